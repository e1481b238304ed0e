"""Whether the lines under a page's questions ask again: a litany of rhetorical questions
("Será que vale a pena …?" / "Será que vale a pena …?", "Varför …?" / "Varför …?"), one a
line, which a line-by-line reading pairs as question and answer, each "answer" a question of
its own. A guest answers; a question under a question is the writer asking on, and nobody
answers either.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from .nobodyanswers import speaks_to_someone

_MIN_QUESTIONS = 2


def answers_ask_again(
    blocks: Sequence[Block], questions: Sequence[str], answers: Sequence[tuple[int, int]]
) -> bool:
    """Whether half of the answers or more (spans of ``blocks``), two at least, open with a
    block that asks another question, ending with "?", and no question speaks to anybody (a
    guest asked "Vous êtes optimiste ?" may ask back "Qui ne le serait pas ?"). A question
    repeated under itself (an EPUB chapter's title, then its first line in bold) asks
    nothing new."""
    if len(answers) < _MIN_QUESTIONS or len(answers) != len(questions):
        return False
    if any(speaks_to_someone(text) for text in questions):
        return False
    asking = sum(
        1 for question, (start, end) in zip(questions, answers, strict=True)
        if start < end
        and _asks(blocks[start].text)
        and _fold(blocks[start].text) != _fold(question)
    )
    return asking >= _MIN_QUESTIONS and 2 * asking >= len(answers)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip("»”\"')").endswith(("?", "？"))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
