"""Whether a page's questions are its own, with nobody interviewed: the reader's questions
answered by the page (``nobodyanswers``: an explainer, a how-to) or the writer's,
asked and answered in one voice (``selfcolumn``: a column asking itself), or a few of an
explainer's intertitles (``intertitles``); asked by the writer with the reader, "we"
(``weasking``); a litany whose every line asks (``answersask``); news answering its own questions
with its prose and the people it quotes (``reportedanswers``); or an interview told, its
questions and answers speaking of the guest as "she" or "he" (``toldinterview``)."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block
from .answersask import answers_ask_again
from .intertitles import explainers_intertitles
from .nobodyanswers import nobody_answers
from .qa import QA, Form
from .reportedanswers import answers_report_others
from .selfcolumn import column_asks_itself
from .toldinterview import told_in_the_third_person
from .weasking import asked_with_the_reader

# The forms whose questions carry a label or a name: a conversation's, read by its own gates.
_LABELLED = (Form.PREFIX, Form.SPEAKER)


def answered_by_the_page(
    blocks: Sequence[Block], qa: QA, answers: Sequence[tuple[int, int]]
) -> bool:
    """Whether ``qa``'s questions (``answers``: each one's answer as a span of ``blocks``) are
    the page's own, not an interview's."""
    texts = [q.text for q in qa.questions]
    first = qa.questions[0].first
    if nobody_answers(blocks, texts, answers, first, labelled=qa.form is Form.PREFIX):
        return True
    if qa.form not in _LABELLED and (
        asked_with_the_reader(blocks, texts, first)
        or answers_ask_again(blocks, texts, answers)
        or answers_report_others(blocks, answers)
        or told_in_the_third_person(blocks, texts, answers)
    ):
        return True
    return qa.form is Form.PLAIN and (
        column_asks_itself(blocks, texts, answers, first)
        or explainers_intertitles(blocks, answers))
