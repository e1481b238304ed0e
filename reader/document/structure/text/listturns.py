"""Turns a list swallowed: numbered questions each answered by a dashed item under it, as a
blog's editor lays out a quick interview ("1. Norge eller charter?" / "- Norge, først og
fremst."), read as one list of two markers by every format that knows lists."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from .endings import Ending, ending

_NUMBERED = re.compile(r"\d{1,9}[.)]")
_MIN_PAIRS = 3


def numbered_over_dashed(span: list[Block], kinds: list[BlockKind]) -> tuple[set[int], set[int]]:
    """The numbered items that ask and the "-" items under them that answer, when three
    numbered items or more are so answered and no more than one in four of the text's numbered
    items is not (a question printed twice, the copy right under it, counts with its copy; a
    question and its answer printed again further down are the answer's). A how-to's numbered
    steps with dashed notes ask nothing; a list of questions answers none."""
    numbered = [
        k for k, kind in enumerate(kinds)
        if kind is BlockKind.LIST_ITEM and span[k].level == 1
        and _NUMBERED.fullmatch(span[k].ordinal)
    ]

    def dashed(k: int) -> bool:
        return (
            k < len(kinds) and kinds[k] is BlockKind.LIST_ITEM and span[k].level == 1
            and span[k].ordinal == "-" and ending(span[k].text) is not Ending.QUESTION
        )

    asks: set[int] = set()
    answers: set[int] = set()
    asked: dict[str, str] = {}  # each question's text, to its answer's
    for k in numbered:
        below = k + 1
        if below in numbered and span[below].text == span[k].text:
            below += 1  # the copy answered in its place
        if dashed(below) and span[below].text.startswith(asked.get(span[k].text) or "\0"):
            continue  # the pair printed again below itself: the last answer's, not a question
        if ending(span[k].text) is Ending.QUESTION and dashed(below):
            asked[span[k].text] = span[below].text
            asks.update(range(k, below))
            answers.add(below)
    if len(answers) < _MIN_PAIRS or 4 * len(asks) < 3 * len(numbered):
        return set(), set()
    return asks, answers
