"""Questions kept on their own line over their answers, three exchanges or more, each a
paragraph: "Herr Kremer, wie ärgerlich ist die Verzögerung für Sie?" / "Sehr. Wir hatten …"
(a "Nachgefragt bei …" box under a news report), "Varifrån kommer du?" / "Peter Wallin är
uppvuxen i Sundsvall …" / "– Det känns som …" (a local paper's questions answered in the third
person, the guest quoted after). The page's bold is lost; its line break is not: the lines'
rules keep a question's line apart from the answer lines under it (``turnlines``).

``gluedturns``'s two-line pairs want most of the page's two-line paragraphs to be such pairs,
and an answer of one line; a news page has its bylines and menus on two lines, and an answer
may run to three. What the page repeats decides here: three paragraphs or more whose first
line, kept apart, asks, and whose lines below ask nothing anywhere ("Hasta cuándo …?" /
"Cuándo lo dejes, cómo …?" / "-eso no se sabe …" goes on asking: the question's second line)
and do not open with a dash (a dashed answer under its question is ``gluedturns``'s own),
neither line opening with a label ("Q. …?" / "The Moderator: …": the labels' rules read it).
Each is cut at its kept line break, as the blank line its copy lost would have cut it. A leaf
of ``lines``.
"""

from __future__ import annotations

from ...model import LINE_BREAK, Block, BlockKind
from ..text.textcues import Prefix, split_prefix

_MIN_EXCHANGES = 3
_ASKED = ("?", "?»", "?”", "?\"", "？", "؟")
_QUESTION_WORDS = 30
_MARKS = "?？؟"
_DASHES = tuple("-–—")


def kept_question_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins (the kept line break) in each paragraph of ``prose`` (indices
    into ``blocks``) that keeps its question's line apart, when three or more do."""
    cuts: dict[int, int] = {}
    for index in prose:
        block = blocks[index]
        text = block.text
        at = text.find(LINE_BREAK)
        if block.kind is not BlockKind.PARAGRAPH or at <= 0:
            continue
        question, answer = text[:at].rstrip(), text[at + 1 :].rstrip()
        if (
            question.endswith(_ASKED)
            and len(question.split()) <= _QUESTION_WORDS
            and answer
            and not any(mark in answer for mark in _MARKS)
            and not answer.startswith(_DASHES)
            # "Q. …?" / "The Moderator: …": labelled turns are the labels' rules' to cut
            and split_prefix(question)[0] is Prefix.NONE
            and split_prefix(answer)[0] is Prefix.NONE
        ):
            cuts[index] = at
    return cuts if len(cuts) >= _MIN_EXCHANGES else {}
