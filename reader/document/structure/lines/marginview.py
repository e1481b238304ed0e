"""The line rules' view of a paragraph whose lines are numbered in the margin
(``marginnumbers``): each line read without its number."""

from __future__ import annotations

from ..text.ruleview import LineView
from .marginnumbers import NUMBERED, in_margin


class MarginView(LineView):
    """A ``LineView`` of a paragraph whose lines are numbered in the margin, read without the
    numbers; a line of nothing but its number (a page's blank line, numbered) is left out with
    its line break. ``back`` gives the text's offsets."""

    __slots__ = ("_margin",)

    def __init__(self, text: str, breaks: list[int], *, flowed: bool = False) -> None:
        dropped: list[tuple[int, int]] = []  # [start, end) of what is read away
        lines = list(zip([0, *(b + 1 for b in breaks)], [*breaks, len(text)], strict=True))
        for number, (start, end) in enumerate(lines):
            match = NUMBERED.match(text, start, end)
            if match is None:
                continue
            if match.end() < end:
                dropped.append((start, match.end()))
            elif len(lines) > 1:  # the line alone: with the break before it (after, first)
                dropped.append((start - 1, end) if number else (start, end + 1))
        kept: list[int] = []
        at = 0
        for start, end in dropped:
            kept += range(at, max(at, start))
            at = max(at, end)
        kept += range(at, len(text))
        self._margin = kept
        bare = "".join(text[i] for i in kept)
        at_kept = {index: position for position, index in enumerate(kept)}
        bare_breaks = [at_kept[b] for b in breaks if b in at_kept]
        super().__init__(bare, bare_breaks, flowed=flowed)

    def back(self, cuts: list[int]) -> list[int]:
        return [self._margin[cut] for cut in super().back(cuts)]


def line_view(text: str, breaks: list[int], *, flowed: bool = False) -> LineView:
    """The paragraph's lines as the line rules read them (``MarginView`` in a text numbered
    in the margin)."""
    if in_margin():
        return MarginView(text, breaks, flowed=flowed)
    return LineView(text, breaks, flowed=flowed)
