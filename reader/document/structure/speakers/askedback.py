"""The guest asking back: in a transcript whose turns are labelled, the guest is the label
that speaks right after the questions, turn after turn; a question in the guest's own turn
("逆に聞いてもいいですか?…", "Do you agree?"), answered by the interviewer, asks the
interviewer, not the reader's interview. What the transcript repeats — who speaks after whom —
tells the guest, whatever the labels are ("スピーカー 2", "Track 3", "Giulia")."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...model import Block
from ..questions.qa import QA
from ..text.cues import Cues
from ..text.textcues import Prefix

_MIN_ANSWERED = 2  # the guest answers two questions at least before being known so
_MIN_LEFT = 2


def without_asked_back(blocks: list[Block], qa: QA, lo: int, hi: int) -> QA:
    """``qa`` without the guest's questions: those whose label is the one that answers most of
    the others (more than half of them, twice at least), that is never the label of most
    questions, and that an asker's turn answers in its turn; ``qa`` itself when fewer than
    two questions would be left or when the turns are not labelled."""
    questions = qa.questions
    if len(questions) < _MIN_ANSWERED + 1 or not lo <= questions[0].first:
        return qa
    cues = Cues(blocks, lo, hi)

    def label(k: int) -> str:
        i = k - lo
        if 0 <= i < len(cues) and cues.prefixes[i] is Prefix.SPEAKER:
            return cues.speakers[i]
        return ""

    asked_by = Counter(label(q.first) for q in questions)
    answered_by = Counter(label(q.answer) for q in questions if q.answer < hi)
    answered_by.pop("", None)
    if not answered_by:
        return qa
    guest, answers = answered_by.most_common(1)[0]
    if answers < _MIN_ANSWERED or 2 * answers <= len(questions) or "" in asked_by:
        return qa
    if asked_by[guest] == 0 or 2 * asked_by[guest] >= len(questions):
        return qa
    kept = tuple(
        q for q in questions
        if not (label(q.first) == guest and q.answer < hi and label(q.answer) not in ("", guest))
    )
    if len(kept) < _MIN_LEFT or len(kept) == len(questions):
        return qa
    return replace(qa, questions=kept)
