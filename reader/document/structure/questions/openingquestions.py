"""Questions that open their answers' paragraphs with no mark at all ("What book are you
reading right now? Too many at once! On my nightstand …"): a staff profile or a questionnaire
whose web page kept each question and its answer in one paragraph, neither bold nor labelled
nor quoted. ``gluedturns`` splits each such paragraph after its question."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..lines.lines import opens_with_interrogative
from ..text.capitals import CAPITALS

# The question's "?" and the space after it, a capital opening the answer.
_QUESTION_END = re.compile(rf"\?[»”\"]?( )(?=[¡¿«“„‘\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9])")
_SENTENCE_END = re.compile(r"[.!…?][»”\"]?\s")
_QUESTION_CHARS = 250  # the question is the paragraph's first sentence, and short
_ANSWER_WORDS = 2
_MIN_PARAGRAPHS = 3


def opening_question_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins in paragraphs opened by a question, an interrogative word
    first ("What …?", "Where …?"), the rest asking nothing: when three paragraphs or more are
    so, and two in three of the paragraphs from the first of them to the last (an article's
    rhetorical "Why does it matter? Because …" is one paragraph among many)."""
    paragraphs = [i for i in prose if blocks[i].kind is BlockKind.PARAGRAPH]
    cuts = {i: cut for i in paragraphs if (cut := _answer_start(blocks[i].text)) > 0}
    if len(cuts) < _MIN_PARAGRAPHS:
        return {}
    first, last = min(cuts), max(cuts)
    between = [i for i in paragraphs if first <= i <= last]
    return cuts if 3 * len(cuts) >= 2 * len(between) else {}


def _answer_start(text: str) -> int:
    """The space after the question opening ``text``, or -1 when none opens it as above."""
    if not opens_with_interrogative(text):
        return -1
    end = _QUESTION_END.search(text, 0, _QUESTION_CHARS)
    if end is None or _SENTENCE_END.search(text, 0, end.start()) is not None:
        return -1
    answer = text[end.end() :]
    if "?" in answer or len(answer.split()) < _ANSWER_WORDS:
        return -1
    return end.start(1)
