"""Questions kept on their own line over their answers, three exchanges or more, each a
paragraph: "Herr Kremer, wie ärgerlich ist die Verzögerung für Sie?" / "Sehr. Wir hatten …"
(a "Nachgefragt bei …" box under a news report), "Varifrån kommer du?" / "Peter Wallin är
uppvuxen i Sundsvall …" / "– Det känns som …" (a local paper's questions answered in the third
person, the guest quoted after). The page's bold is lost; its line break is not: the lines'
rules keep a question's line apart from the answer lines under it (``turnlines``).

``gluedturns``'s two-line pairs want most of the page's two-line paragraphs to be such pairs,
and an answer of one line; a news page has its bylines and menus on two lines, and an answer
may run to three. What the page repeats decides here: three paragraphs or more whose first
line, kept apart, asks, and whose lines below end asking nothing. Each is cut at its kept line
break, as the blank line its copy lost would have cut it. A leaf of ``lines``.
"""

from __future__ import annotations

from ...model import LINE_BREAK, Block, BlockKind

_MIN_EXCHANGES = 3
_ASKED = ("?", "?»", "?”", "?\"", "？", "؟")
_QUESTION_WORDS = 30


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
            and not answer.endswith(_ASKED)
        ):
            cuts[index] = at
    return cuts if len(cuts) >= _MIN_EXCHANGES else {}
