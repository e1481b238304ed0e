"""Whether a line opens a sentence, as a numbered question's answer on the line under it does
("1. ''ஒருவரை நம்புவது தவறா?''" / "''யாரை நம்புகிறீர்கள் …''"): a capital, an opening
quotation mark, or, in a script with no capitals (Tamil, Hindi, Thai …), Arabic or Hebrew,
any of its letters, since the case that tells a sentence's start in Latin script is not
there to tell it. Two apostrophes stand for a double quote where a typewriter's habit set
them ("''…''"). A leaf of ``lines``."""

from __future__ import annotations

import re

from ..text.capitals import UNCASED_SCRIPTS

_OPENING_QUOTES = tuple("«“„\"‘")
_UNCASED_LETTER = re.compile(rf"[{UNCASED_SCRIPTS}\u0620-\u06d3\u05d0-\u05ea]")


def opens_a_sentence(line: str) -> bool:
    """Whether ``line`` (stripped on the left) opens as a sentence or a quotation does."""
    first = line[:1]
    return (
        first.isupper()
        or line.startswith(_OPENING_QUOTES)
        or line.startswith("''")
        or _UNCASED_LETTER.match(first) is not None
    )
