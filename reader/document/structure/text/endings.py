"""How a block's text ends: asking ("?", and the marks of scripts that ask otherwise: the
Arabic "؟", the Greek ";", the Japanese "か。"), left open ("…"), announcing (":"), or not.
Only the last few characters are read, so a block of any length costs the same."""

from __future__ import annotations

import re
from enum import Enum


class Ending(Enum):
    """How a block's text ends, once closing quotes, brackets and spaces are set aside."""

    NONE = "none"
    QUESTION = "question"  # "?", "?»", "? »", '?"', "¿…?", "?!"
    SUSPENDED = "suspended"  # "…" or "..."
    COLON = "colon"


# Closing quotes include “ (German „…“) and the straight quotes that close as well as open.
CLOSERS = " \t\u00a0\u202f\u2009»”“’'\")]|"  # "|": a text table's empty cells after a question


def ending(text: str) -> Ending:
    core = text[-16:].rstrip(CLOSERS)  # the end is all that matters: never copy the whole text
    if not core:
        return Ending.NONE if len(text) <= 16 else ending(text.rstrip(CLOSERS))
    last = core[-1]
    if last in "?？؟\u037e" or core.endswith(("?!", "!?")) or _asks_before_examples(text):
        return Ending.QUESTION
    if core.endswith(("か。", "吗。", "呢。")):
        return Ending.QUESTION  # a question's particle before the full stop: "…ですか。"
    if last == ";" and _GREEK_LETTER.match(core, len(core) - 2):
        return Ending.QUESTION  # Greek asks with a semicolon: "Πώς ξεκινήσατε;"
    if last == "…" or core.endswith("..."):
        return Ending.SUSPENDED
    if last in ":：":
        return Ending.COLON
    return Ending.NONE


_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_EXAMPLES = 120  # "Quel est votre endroit préféré ? (lit, fauteuil, bain…)": examples, not an end


def _asks_before_examples(text: str) -> bool:
    """A question followed by examples in brackets still asks: "… préféré ? (lit, bain…)"."""
    tail = text[-_EXAMPLES:].rstrip()
    if not tail.endswith(")"):
        return False
    opened = tail.rfind("(")
    return opened > 0 and tail[:opened].rstrip().endswith(("?", "？"))
