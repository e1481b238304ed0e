"""Labelled turns a copy ran together: the page's own labels say where each turn begins.

Cut where its turns begin (``lines.gluedturns`` cuts the blocks, through
``runonturns.run_on_cuts``): "س: … ج: … س: … ج: …", "س: …؟ يونسي: … س: …", an Arabic
site's whole interview kept in one paragraph, its labels inline. Whatever the labels' word or
script, what tells turns is that two labels (a question's label, or a name that
``textcues.split_prefix`` reads as a speaker) each open two turns or more in the paragraph,
taking turns; one of them asks. An article's paragraph may hold one "Note:" or a quoted
"Minister: …", never two labels each twice in turn.

A labelled question whose unlabelled answer runs on after it ("Q. 요즘 어떻게 지내세요? 오는
…") is ``lines.runonanswers``'s.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Block
from ..text.textcues import Prefix, split_prefix

# Where a label may open a turn inside a paragraph: after a space, up to three words (of any
# script), then a colon ("س:", "يونسي:"); ``split_prefix`` decides what the label is.
_INLINE_LABEL = re.compile(
    r"(?<=\s)(?=[^\W\d_][^\s:：]{0,20}(?:[ \t][^\W\d_][^\s:：]{0,20}){0,2}[ \t]?[:：][ \t])"
)
_LABEL_CHARS = 24
_TURNS_EACH = 2
_TURNS = 4
_ASKS = re.compile(r"[?？؟]")


def inline_label_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where labelled turns begin in paragraphs that hold several."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        text = blocks[index].text
        if text.count(":") + text.count("：") < _TURNS:
            continue
        found = _inline_turns(text)
        if found:
            cuts[index] = found
    return cuts


def _label(text: str, start: int) -> tuple[Prefix, str] | None:
    prefix, name, cut = split_prefix(text[start : start + 200])
    if prefix is Prefix.NONE or cut > _LABEL_CHARS or prefix is Prefix.DASH:
        return None
    return prefix, name


def _inline_turns(text: str) -> list[int]:
    """The offsets of the spaces before the labelled turns run together in ``text``."""
    turns: list[tuple[int, tuple[Prefix, str]]] = []
    opening = _label(text, 0)
    if opening is not None:
        turns.append((0, opening))
    for found in _INLINE_LABEL.finditer(text):
        label = _label(text, found.start())
        if label is not None:
            turns.append((found.start(), label))
    if len(turns) < _TURNS:
        return []
    counts = Counter(label for _, label in turns)
    common = counts.most_common(2)
    if len(common) < 2 or common[1][1] < _TURNS_EACH:
        return []
    if all(prefix is not Prefix.QUESTION for (prefix, _), _ in common):
        return []  # names alone: ``lines.namedturns`` reads them, with a transcript's care
    # Turns taken in turn: a label seldom follows itself.
    repeated = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a[1] == b[1])
    if 4 * repeated > len(turns):
        return []
    ends = [start for start, _ in turns[1:]] + [len(text)]
    asking = sum(1 for (start, _), end in zip(turns, ends, strict=True)
                 if _ASKS.search(text, start, end))
    if asking == 0:
        return []
    return [start - 1 for start, _ in turns if start > 0]
