"""A vox pop: one question put to passers-by, each named with their age (and town) over their
answer ("Gaat u deze zomer op vakantie in eigen land?" / "Anouk (34), Zwolle: "Ja, …"" /
"Henk (67), Dalfsen: "Wij blijven thuis. …""). The question is asked once, unlabelled; the
people are named once each, so they are no interviewers' names (``cues`` counts a name used
once as a lead-in), and their answers may ask back ("… waarom zou ik weggaan?")."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending
from .qa import QA, Form, Question, text_of

# "Anouk (34), Zwolle:", "Henk (67):", "Marie, 34 ans, Lyon :", "Tom, 12:": a first name (and a
# surname), the age in brackets or after a comma, the town after it, then a colon.
_PERSON = re.compile(
    rf"[{CAPITALS}][\w'’\-]+(?:\s[{CAPITALS}][\w'’\-]+)?"
    r"(?:\s\(\d{1,3}\)|,\s\d{1,3}(?:\s[^\W\d_]{1,5}\.?)?)"
    rf"(?:,\s[{CAPITALS}][\w'’\-]+(?:[ \-][\w'’\-]+){{0,2}})?\s?:\s"
)
_PEOPLE = 3  # people answering, at least
_QUESTION_WORDS = 40


def vox_pop(cues: Cues) -> QA | None:
    """The one question, when a short paragraph that asks is followed right away by three
    paragraphs or more each opened by a person named with their age, and by nothing else
    before the last of them."""
    for k in range(len(cues) - _PEOPLE):
        if (
            cues.ends[k] is not Ending.QUESTION
            or cues.kinds[k] is not BlockKind.PARAGRAPH
            or cues.words(k) > _QUESTION_WORDS
            or _named(cues, k)
        ):
            continue
        people = 0
        while k + 1 + people < len(cues) and _named(cues, k + 1 + people):
            people += 1
        if people >= _PEOPLE:
            lo = cues.lo
            question = Question(lo + k, lo + k + 1, text_of(cues, k, k + 1), "")
            return QA(Form.PLAIN, (question,))
    return None


def _named(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and _PERSON.match(cues.blocks[cues.lo + k].text, 0, 120) is not None
    )
