"""A guide told by its title: the questions a reader should ask someone ("Three Questions to
Ask the Doctor", "14 Questions to Ask Your Landlord Before You Sign", "Questions à poser à son
banquier", "Preguntas que debes hacerle a tu casero", "Fragen, die Sie Ihrem Arzt stellen
sollten"). Its questions are the reader's to put, each followed by advice ("Ask your doctor
what is going on"): an article, never an interview, however its questions are set. An
interview's headline puts questions *to* or *for* someone ("Five questions for the mayor")."""

from __future__ import annotations

import re

_SCAN = 300  # a headline's first characters
_TO_ASK = re.compile(
    r"(?i)\b(?:"
    r"questions?\s+(?:to|you\s+should|you\s+must|worth)\s+ask"
    r"|questions?\s+à\s+(?:poser|se\s+poser)"
    r"|preguntas?\s+(?:que\s+(?:debes|deberías|debería|hay\s+que|tienes\s+que)\s+hacer"
    r"|para\s+hacer)"
    r"|perguntas?\s+(?:para|a)\s+fazer|perguntas?\s+que\s+(?:você\s+)?deve\s+fazer"
    r"|domande\s+da\s+(?:fare|porre)"
    r"|fragen,?\s+die\s+(?:sie|du|man)\b[^.?!]{0,40}\bstellen\s+(?:sollten|solltest|sollte)"
    r"|vragen\s+om\s+te\s+stellen|vragen\s+die\s+je\s+(?:moet|kunt)\s+stellen"
    r")"
)


def names_questions_to_ask(title: str) -> bool:
    """Whether a title names the questions its reader should ask someone."""
    return _TO_ASK.search(title, 0, _SCAN) is not None
