"""Whether a column's "?" paragraphs are the writer's own, asked and answered by the same
"I": a blog post or an opinion column that opens in the first person ("I spent the whole of
last Saturday in the hall cupboard …", "Mi empresa ha decidido …") and then asks itself
("Why do I keep things I never use?", "¿Quién paga el tiempo del trayecto?"), each question
answered by the writer going on in the first person ("Yo, claro.").

An interview's lead presents somebody else, by name, and its questions are put to them; here
nobody is named and nobody is asked: no question speaks to anybody, and the voice that answers
is the one that opened the page. (A post's one or two questions tagged for its readers, "…,
wisst ihr?", are ``selfasked.the_writers_own``'s.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block, BlockKind
from ..text.measures import word_count
from .nobodyanswers import names_somebody, speaks_in_first_person, speaks_to_someone

_MIN_QUESTIONS = 2
_LEAD_BLOCKS = 3  # the paragraphs right above the first question: the writer's opening
_LEAD_WORDS = 15  # a sentence or two at least: a byline or a date is no opening
_SCAN = 2000


def column_asks_itself(
    blocks: Sequence[Block],
    questions: Sequence[str],
    answers: Sequence[tuple[int, int]],
    first: int,
) -> bool:
    """Whether two questions or more, none speaking to anybody, follow an opening paragraph
    in the first person singular (one of the few right above block ``first``, the first
    question) and are answered in the first person, half of them at least."""
    if len(questions) < _MIN_QUESTIONS or len(answers) != len(questions):
        return False
    if any(speaks_to_someone(text) for text in questions):
        return False
    lead = [
        block
        for block in blocks[max(0, first - _LEAD_BLOCKS) : first]
        if block.kind is BlockKind.PARAGRAPH and word_count(block.text) >= _LEAD_WORDS
    ]
    if not any(speaks_in_first_person(block.text[:_SCAN]) for block in lead):
        return False
    if names_somebody(blocks, first):
        return False  # "I met Lena Marsh at her workshop …": the writer presents a guest
    voiced = sum(
        1
        for start, end in answers
        if any(speaks_in_first_person(block.text[:_SCAN]) for block in blocks[start:end])
    )
    return 2 * voiced >= len(answers)
