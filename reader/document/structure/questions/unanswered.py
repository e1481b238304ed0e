"""An interviewer's remark that nobody answers: "记者:王学长说得太好了,对我们很有启发。" (that
was well said, very instructive), then "采访二" (interview two) and the interviewer again with
the next guest. A school paper sets its alumni interviews one under the other; the reporter's
closing remark to the first guest asks nothing, and no guest speaks after it.

The page's own evidence: every other turn of the interviewer is answered by a turn labelled
with another speaker's name, as the page labels its answers; this one, which does not ask,
is followed by no labelled turn before the interviewer speaks again, nor by any block as long
as itself (a section's name, "采访二", answers nothing). It is no question. A
remark the guest answers ("Thanks for having me, Nell. …") stays one, as the corpus counts a
host's welcome answered at length.
"""

from __future__ import annotations

from ..text.cues import Cues
from ..text.textcues import Ending, Prefix
from .qa import QA, Form

_MIN_ANSWERED = 2  # labelled answers elsewhere, to tell the page's way


def without_unanswered_remarks(cues: Cues, qa: QA | None) -> QA | None:
    """``qa`` without the SPEAKER form's turns that ask nothing and that nothing answers (no
    labelled turn, no block as long as the turn), on a page where two turns or more are
    answered by a labelled turn of another speaker."""
    if qa is None or qa.form is not Form.SPEAKER or len(qa.questions) < _MIN_ANSWERED + 1:
        return qa
    ends = [q.first for q in qa.questions[1:]] + [cues.lo + len(cues)]
    answered = [
        _answered_by_name(cues, q.answer, end) for q, end in zip(qa.questions, ends, strict=True)
    ]
    if sum(answered) < _MIN_ANSWERED:
        return qa
    dropped = {
        n for n, (q, end) in enumerate(zip(qa.questions, ends, strict=True))
        if not answered[n] and _remark(cues, q.first - cues.lo)
        and not _answered_at_all(cues, q.first - cues.lo, q.answer, end)
    }
    if not dropped:
        return qa
    return QA(qa.form, tuple(q for n, q in enumerate(qa.questions) if n not in dropped),
              qa.headings)


def _remark(cues: Cues, k: int) -> bool:
    """Whether the turn at ``k`` asks nothing: no asking end, no "?" in it."""
    content = cues.content(k)
    return cues.ends[k] is not Ending.QUESTION and "?" not in content and "？" not in content


def _answered_at_all(cues: Cues, k: int, start: int, end: int) -> bool:
    """Whether a block after the turn at ``k`` and before the next one (``start``..``end``,
    absolute) is as long as the turn: an answer, labelled or not ("采访二" is a section's name)."""
    return any(cues.sizes[i - cues.lo] >= cues.sizes[k] for i in range(start, end))


def _answered_by_name(cues: Cues, start: int, end: int) -> bool:
    """Whether a block between ``start`` and ``end`` (absolute) opens with a speaker's name."""
    return any(
        cues.prefixes[i - cues.lo] is Prefix.SPEAKER
        for i in range(start, min(end, cues.lo + len(cues)))
    )
