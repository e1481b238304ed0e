"""Whether a page's questions are answered by a reporter quoting others: news that asks its
own questions ("Et le café, qui prend 13 % … ?") and answers each with its own prose and a
quotation of somebody it names ("Mais d'après Grégoire Caron, qui dirige …, « Des gens
qui … », dit-il.").

A guest answers in their own words; when an interview prints its answers as quotations
(``quotedanswers``), the quotation is the answer, with little else around it. Here the
reporter's prose outweighs what it quotes, and the people quoted differ from answer to
answer: nobody is interviewed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block
from ..text.measures import word_count
from .nobodyanswers import NAMED

_MIN_QUESTIONS = 3
_SCAN = 2000
_QUOTE_WORDS = 5
_QUOTATION = re.compile(r"[«“„\"]([^«»“”„\"]+)[»”“\"]")


def answers_report_others(blocks: Sequence[Block], answers: Sequence[tuple[int, int]]) -> bool:
    """Whether three answers or more, half of them or more, each name somebody outside a
    quotation of five words or more that their own prose outweighs, two different people at
    least among them."""
    if len(answers) < _MIN_QUESTIONS:
        return False
    names: set[str] = set()
    reported = 0
    for start, end in answers:
        text = " ".join(block.text[:_SCAN] for block in blocks[start:end])
        quoted = [q for q in _QUOTATION.findall(text) if word_count(q) >= _QUOTE_WORDS]
        if not quoted:
            continue
        prose = _QUOTATION.sub(" ", text)
        named = NAMED.findall(prose)
        if named and word_count(prose) >= sum(word_count(q) for q in quoted):
            reported += 1
            names.update(named)
    return 2 * reported >= len(answers) and len(names) >= 2
