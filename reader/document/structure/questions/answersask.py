"""Whether the lines under a page's questions ask again: a litany of rhetorical questions
("Será que vale a pena …?" / "Será que vale a pena …?", "Varför …?" / "Varför …?"), one a
line, which a line-by-line reading pairs as question and answer, each "answer" a question of
its own. A guest answers; a question under a question is the writer asking on, and nobody
answers either.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block

_MIN_QUESTIONS = 2


def answers_ask_again(blocks: Sequence[Block], answers: Sequence[tuple[int, int]]) -> bool:
    """Whether half of the answers or more (spans of ``blocks``, two at least) open with a
    block that asks, ending with "?"."""
    if len(answers) < _MIN_QUESTIONS:
        return False
    asking = sum(
        1 for start, end in answers
        if start < end and blocks[start].text.rstrip().rstrip("»”\"')").endswith(("?", "？"))
    )
    return 2 * asking >= len(answers)
