"""Questions shaped as the page's other questions, whose answers are not dashed as theirs are:
"Varifrån kommer du?" / "Peter Wallin är uppvuxen i Sundsvall …" / "– Det känns som …" among
"Hur ska kyrkan locka unga?" / "– Genom att finnas där …" (a local paper's five questions, the
answers told in the third person first and quoted after a dash, or quoted at once).

The dashed-answers form (``answerforms``) finds the questions over a dashed answer; a question
whose answer opens with the reporter's words is left out. The page's own shape brings it
back: a paragraph marked by nothing, one sentence that asks, at most twice as long as the
longest question found, standing between paragraphs that do not ask, its answer (up to the
next question) asking nothing.
Read only where two questions or more were found so and all of them are such paragraphs. A
leaf of ``questions``.
"""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix
from .qa import QA, Form, Question, text_of

_MIN_FOUND = 2
_LONGER = 2  # times the longest question found, at most


def with_same_shape_questions(cues: Cues, qa: QA | None) -> QA | None:
    """``qa`` with the paragraphs shaped as its questions that it left out (see the module)."""
    if qa is None or qa.form is not Form.DASH or len(qa.questions) < _MIN_FOUND:
        return qa
    lo = cues.lo
    firsts = [q.first - lo for q in qa.questions]
    found = zip(qa.questions, firsts, strict=True)
    if any(q.answer - q.first != 1 or not _shaped(cues, k) for q, k in found):
        return qa
    longest = max(cues.words(k) for k in firsts)
    taken = {k for q in qa.questions for k in range(q.first - lo, q.answer - lo)}
    candidates = [
        k
        for k in range(1, len(cues) - 1)
        if k not in taken
        and _shaped(cues, k)
        and cues.words(k) <= _LONGER * longest
        and cues.ends[k - 1] is not Ending.QUESTION
        and cues.kinds[k + 1] is BlockKind.PARAGRAPH
        and k + 1 not in taken
    ]
    starts = sorted({*firsts, *candidates, len(cues)})
    added = [
        Question(lo + k, lo + k + 1, text_of(cues, k, k + 1))
        for k in candidates
        # the answer, up to the next question, asks nothing: "Знакомы ли" / "Вы …?" /
        # "Советовались ли Вы …? - …" is one question broken over lines, not two turns
        if not any("?" in cues.content(j) for j in range(k + 1, starts[starts.index(k) + 1]))
    ]
    if not added:
        return qa
    questions = sorted([*qa.questions, *added], key=lambda q: q.first)
    return QA(qa.form, tuple(questions), qa.headings)


def _shaped(cues: Cues, k: int) -> bool:
    """Whether block ``k`` is a paragraph marked by nothing that asks in one sentence."""
    text = cues.content(k)
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.ends[k] is Ending.QUESTION
        and text.count("?") == 1
        and ". " not in text
    )
