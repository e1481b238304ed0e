"""Whether a page's questions are its own, with nobody interviewed: the reader's questions
answered by the page (``nobodyanswers``: an explainer, a how-to) or the writer's,
asked and answered in one voice (``selfcolumn``: a column asking itself), or a few of an
explainer's intertitles (``intertitles``)."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from .intertitles import explainers_intertitles
from .nobodyanswers import nobody_answers
from .qa import QA, Form
from .selfcolumn import column_asks_itself


def answered_by_the_page(
    blocks: Sequence[Block], qa: QA, answers: Sequence[tuple[int, int]]
) -> bool:
    """Whether ``qa``'s questions (``answers``: each one's answer as a span of ``blocks``) are
    the page's own, not an interview's."""
    texts = [q.text for q in qa.questions]
    first = qa.questions[0].first
    if nobody_answers(blocks, texts, answers, first, labelled=qa.form is Form.PREFIX):
        return True
    return qa.form is Form.PLAIN and (
        column_asks_itself(blocks, texts, answers, first)
        or explainers_intertitles(blocks, answers))
