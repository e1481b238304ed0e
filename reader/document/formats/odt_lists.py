"""An OpenDocument list's numbers, as LibreOffice draws them.

A list style (``text:list-style``) numbers each level its own way: a
``text:list-level-style-number`` gives the format (``style:num-format``: "1", "a", "A", "i",
"I", or "" for no number), the words or signs around the number (``style:num-prefix``,
``style:num-suffix``), the first number (``text:start-value``) and how many levels' numbers are
shown ("2.1." with ``text:display-levels="2"``); a ``text:list-level-style-bullet`` level is
bulleted. The number as shown is the item's marker and opens its text
(``BlockBuilder.end_item``); one with words of its own ("Q1.", "Question 1 :") opens a
paragraph, as the text's "Q1. Why…?" does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .html_lists import written

_FORMATS = frozenset({"1", "a", "A", "i", "I"})


@dataclass(frozen=True, slots=True)
class NumberedLevel:
    """How a list style numbers one level."""

    format: str  # "1", "a", "A", "i", "I"; "" shows no number
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown_levels: int = 1  # text:display-levels: this level's number and those above it

    @property
    def has_words(self) -> bool:
        """Words around the number ("Q", "Question … :"): the interview's own labels."""
        return any(c.isalpha() for c in self.prefix + self.suffix)


def item_marker(levels: dict[int, NumberedLevel], counts: list[int]) -> str:
    """The number of an item whose lists' counts so far are ``counts`` (the outermost first,
    the item's own last), as its list style ``levels`` shows it: "3.", "b)", "b.1." (each
    level's number in that level's format); "-" when its level shows no number."""
    own = levels.get(len(counts))
    if own is None or own.format not in _FORMATS:
        return "-"
    first = len(counts) - max(1, min(own.shown_levels, len(counts)))
    shown = ".".join(
        written(count, getattr(levels.get(level), "format", "1") or "1")
        for level, count in enumerate(counts[first:], first + 1))
    return f"{own.prefix}{shown}{own.suffix}".strip()


def numbered_levels(style: Any) -> dict[int, NumberedLevel]:
    """The numbered levels of the list style ``style``, by level (1 for the outermost); of
    the outline style (``text:outline-style``, LibreOffice's "Heading Numbering"), each
    outline level's."""
    levels = {}
    tag = ("text:outline-level-style" if style.tag == "text:outline-style"
           else "text:list-level-style-number")
    for level in style.get_elements(tag):
        number = _integer(level.get_attribute_string("text:level"), 1)
        shown = level.get_attribute_string("style:num-format")  # "": no number
        levels[number] = NumberedLevel(
            "1" if shown is None else shown,
            level.get_attribute_string("style:num-prefix") or "",
            level.get_attribute_string("style:num-suffix") or "",
            _integer(level.get_attribute_string("text:start-value"), 1),
            _integer(level.get_attribute_string("text:display-levels"), 1))
    return levels


def item_start(item: Any) -> int | None:
    """The number an item sets for itself (``text:start-value``: a restart), if any."""
    value = item.get_attribute_string("text:start-value")
    return _integer(value, 1) if value else None


def _integer(value: str | None, default: int) -> int:
    text = (value or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else default


class OutlineNumbers:
    """The numbers LibreOffice's heading numbering draws before headings.

    A heading is numbered when its paragraph style is assigned to an outline level
    (``style:default-outline-level``, the "Heading Numbering" dialog's paragraph style) and
    the outline style numbers that level; not when it is a list header
    (``text:is-list-header``), nor when it carries its number as text (``text:number``).
    Each numbered heading counts on at its level and restarts the levels below it."""

    def __init__(self, levels: dict[int, NumberedLevel]) -> None:
        self.levels = levels
        self._counts: list[int] = []  # the count so far at each level, the outermost first

    def number(self, heading: Any, level: int) -> str:
        """The number drawn before ``heading`` at outline level ``level`` ("2.1."), or ""."""
        numbered = self.levels.get(level)
        if (numbered is None or numbered.format not in _FORMATS or level > 10
                or heading.get_attribute_string("text:is-list-header") == "true"
                or heading.get_elements("text:number")):
            return ""
        counts = (self._counts + [0] * level)[:level]
        start = item_start(heading)
        restart = heading.get_attribute_string("text:restart-numbering") == "true"
        counts[-1] = (start if start is not None else numbered.start if restart or not counts[-1]
                      else counts[-1] + 1)
        self._counts = counts
        return item_marker(self.levels, [count or 1 for count in counts])
