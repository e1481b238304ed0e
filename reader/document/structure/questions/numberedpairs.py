"""The last of numbered questions that does not ask ("7. Para terminar, un deseo…" / "Que
podamos salir pronto."), its answer's line joined to it in one paragraph where the questions
that ask stood on lines of their own: its number follows theirs, so its first sentence is the
question and the next line its answer."""

from __future__ import annotations

import re

from ...model import Block
from ..text.capitals import CAPITALS

_NUMBER = re.compile(r"(\d{1,2})[ \t]*[.)\-][ \t]*")
# The end of the numbered line's sentence: a stop or an ellipsis, a space, then a capital.
_SENTENCE_END = re.compile(rf"[.…!:](?=\s[¡¿«“\"{CAPITALS}])")


def _number(text: str) -> int:
    match = _NUMBER.match(text)
    return int(match.group(1)) if match is not None else -1


def next_numbered_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins in each paragraph of two lines that opens with the number
    after the last numbered question's, asks nothing, and whose first line ends a sentence
    ("7. Para terminar, un deseo…" / "Que podamos salir pronto."), when two numbered
    questions or more came before it."""
    cuts: dict[int, int] = {}
    last, asked = -1, 0
    for index in prose:
        text = blocks[index].text
        number = _number(text)
        if number < 0:
            continue
        if "?" in text:
            last, asked = number, asked + 1
            continue
        first, end = blocks[index].source_lines
        opening = _NUMBER.match(text)
        if asked >= 2 and number == last + 1 and end - first == 2 and opening is not None:
            stop = _SENTENCE_END.search(text, opening.end())
            if stop is not None:
                cuts[index] = stop.end()
        last = -1
    return cuts
