"""A numbered question that does not ask, found by its place between the numbered questions
around it ("3- DIMMI IL PRIMO MOTIVO…" between 2 and 4), and a numbered topic's name, which
is no question put as a statement."""

from __future__ import annotations

import re

from ..text import textcues
from ..text.cues import Cues
from .qa import QA, Question, label_of, text_of

# "3- DIMMI…", "4 – LA PARTITA…": a question's number and the mark after it.
_OPENING_NUMBER = re.compile(r"(\d{1,3})[ \t]*([-–.)/])")


def with_missing_numbers(cues: Cues, qa: QA) -> QA:
    """A numbered question that does not ask ("3- DIMMI IL PRIMO MOTIVO…", "3. Vertel eens…")
    between the questions numbered 2 and 4 with the same mark: the block after the answer's
    first that opens with that number and mark is the missing question."""
    lo = cues.lo

    def number(index: int) -> tuple[int, str] | None:
        found = _OPENING_NUMBER.match(cues.blocks[index].text)
        return (int(found.group(1)), found.group(2).replace("–", "-")) if found else None

    added = []
    for question, following in zip(qa.questions, qa.questions[1:], strict=False):
        before, after = number(question.first), number(following.first)
        if before is None or after != (before[0] + 2, before[1]):
            continue
        missing = next(
            (i for i in range(question.answer + 1, following.first)
             if number(i) == (before[0] + 1, before[1])),
            None,
        )
        if missing is not None and not topic(cues.content(missing - lo)):
            k = missing - lo
            added.append(Question(missing, missing + 1, text_of(cues, k, k + 1), label_of(cues, k)))
    added += _unnumbered_between(cues, qa)
    if not added:
        return qa
    questions = sorted([*qa.questions, *added], key=lambda question: question.first)
    return QA(qa.form, tuple(questions), qa.headings)


_DASHED_ANSWERS = 3
_REQUEST_WORDS = 20


def _unnumbered_between(cues: Cues, qa: QA) -> list[Question]:
    """A question printed without a number between numbered ones, each answered after a dash
    ("2. Care este filmul …?" / "– …" / "Rezumaţi anul 2020 în trei cuvinte!" / "– Manipulare."
    / "3. Cum arată …?"): a short paragraph, unmarked, asking or exclaiming, right under a
    dashed answer and over one, when three numbered questions or more are answered so."""
    lo, dash, none = cues.lo, textcues.Prefix.DASH, textcues.Prefix.NONE
    numbered = [q for q in qa.questions if _OPENING_NUMBER.match(cues.blocks[q.first].text)]
    if len(numbered) < _DASHED_ANSWERS or len(numbered) < len(qa.questions) or any(
        q.answer - lo >= len(cues) or cues.prefixes[q.answer - lo] is not dash for q in numbered
    ):
        return []
    added = []
    for question, following in zip(qa.questions, qa.questions[1:], strict=False):
        for k in range(question.answer - lo + 1, following.first - lo - 1):
            text = cues.content(k).rstrip()
            if (
                cues.prefixes[k] is none and cues.prefixes[k - 1] is dash
                and cues.prefixes[k + 1] is dash and text[-1:] in "?!？！"
                and cues.words(k) <= _REQUEST_WORDS and not _OPENING_NUMBER.match(text)
            ):
                asked = text_of(cues, k, k + 1)
                added.append(Question(lo + k, lo + k + 1, asked, label_of(cues, k)))
    return added


_TOPIC_WORDS = 6


def topic(text: str) -> bool:
    """A few words with no final punctuation: a topic's name, not a question put as a
    statement ("Parlez-moi du vernis.", "3- DIMMI IL PRIMO MOTIVO…")."""
    return text.rstrip()[-1:].isalnum() and textcues.word_count(text) <= _TOPIC_WORDS
