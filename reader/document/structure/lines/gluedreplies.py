"""A reply's label glued to the question before it, with no space between.

Copied from a page that set the answer on the line under its question, the two may run
together with nothing between them: "3ª PERGUNTA: O que …?Resposta do Diretor: Mantemos …",
and in a Chinese magazine's text, every pair so ("人物周刊:你怎么看?赵川:其实不是。…"). The
question then reads as holding its answer, and the answer is lost. Where a question mark is
followed at once by a label (a name or a few words, then a colon) that the page uses for turns
elsewhere too (opening a paragraph, or glued so again), the paragraph is cut after the
question mark (``gluedturns`` cuts it; the mark stays with the question).
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Block
from ..text.capitals import CAPITALS

_UNSPACED = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# A label: up to four words from a capital ("Resposta do Diretor"), or up to eight Han or
# kana characters ("赵川"), then a colon.
_LABEL = (
    rf"(?:[{CAPITALS}][\w.'’-]*(?: [\w.'’-]+){{0,3}}|[{_UNSPACED}][{_UNSPACED}A-Za-z]{{0,7}})"
)
_GLUED = re.compile(rf"[?？](?=({_LABEL})\s?[:：])")
_OPENING = re.compile(rf"({_LABEL})\s?[:：]")
_MIN_USES = 2  # the label's uses as a turn's on the page: no colon inside an answer by chance


def glued_reply_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where a paragraph's question mark is glued to a reply's label (the mark's offset: the
    cut keeps it with the question)."""
    glued = {
        index: found
        for index in prose
        if (found := [(m.start(), m.group(1).casefold())
                      for m in _GLUED.finditer(blocks[index].text)])
    }
    if not glued:
        return {}
    uses = Counter(label for found in glued.values() for _, label in found)
    for index in prose:
        if opening := _OPENING.match(blocks[index].text):
            uses[opening.group(1).casefold()] += 1
    cuts = {
        index: [at for at, label in found if uses[label] >= _MIN_USES]
        for index, found in glued.items()
    }
    return {index: found for index, found in cuts.items() if found}
