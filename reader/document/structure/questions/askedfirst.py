"""A dashed question that asks first and then adds a word: "-Ο νέος σας δίσκος; Πείτε μας δυο
λόγια." (your new record? tell us a little), "-Πώς βλέπετε τον εαυτό σας σε δέκα χρόνια;
Προσωπικά και καλλιτεχνικά." (how do you see yourself in ten years? personally and as an
artist). The line ends with a period, so by its end it does not ask, and a page whose dashed
questions mostly end asking lost these two, and with them the share of asking lines that
makes the dash the questions' mark (``questions._form_dash``).

The line's own shape says it asks: its first sentence ends with the script's asking mark
("?", "？", "؟", the Greek ";"), and what follows is short, a request or a narrowing of the
question, not an answer's paragraph.
"""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.measures import wholly_quoted
from ..text.textcues import Ending
from .qa import question_ratio

# The first sentence's end: an asking mark, with a space after it; the Greek ";" after a letter
# of its script. Nothing ends a sentence before it.
_FIRST_ASKS = re.compile(
    r"^[^.!?;？؟…]{2,200}?(?:[?？؟]|(?<=[\u0370-\u03ff\u1f00-\u1fff]);)[ \t]+(?=\S)"
)
_ADDED_WORDS = 8  # what follows the question: a short request or narrowing
_ADDED_SENTENCES = 1


def asks_first(text: str) -> bool:
    """Whether ``text`` asks in its first sentence and adds one short sentence after it. Not
    a line wholly in quotation marks: someone's words quoted, as an article's pull quote sets
    them apart ("“Who rents a DVD in 2024? More people than you would think.”"), not a
    question put to the one who answers next."""
    if wholly_quoted(text):
        return False
    found = _FIRST_ASKS.match(text)
    if found is None:
        return False
    rest = text[found.end():].strip()
    ends = len(re.findall(r"[.!?;？؟…](?=\s|$)", rest))
    return 0 < len(rest.split()) <= _ADDED_WORDS and ends <= _ADDED_SENTENCES


def asked_share(cues: Cues, marks: list[int]) -> float:
    """The share of the marked blocks that ask: ending asking, or asking first (``asks_first``);
    the other endings count as ``qa.question_ratio`` counts them."""
    if not marks:
        return 0.0


    asked = [
        k for k in marks if cues.ends[k] is not Ending.QUESTION and asks_first(cues.content(k))
    ]
    rest = [k for k in marks if k not in asked]
    return (len(asked) + question_ratio(cues, rest) * len(rest)) / len(marks)
