"""Where a question starts on a page that opens every turn with a dash, the guest's as well as
the interviewer's ("– Koks jausmas būti rekordininku?" / "– Keistas. …" / "Kasdien parašau …"
/ "– Rašote ranka ar kompiuteriu?"): the answer's later paragraph, which has no dash of its
own, goes on with the answer above it; it does not open the next question, which opens at its
dash.

The plain form (``plainform``) takes a statement before a question for its lead-in ("Vous
avez quitté Paris en 2019." / "Pourquoi ?"), and it is one on a page with no dashes. Where the
page dashes its turns, four dashed paragraphs at least, and the question's own last paragraph
is dashed, the paragraphs above its first dash are the previous answer's. A leaf of
``questions``: it reads the cues only.
"""

from __future__ import annotations

from ..text.cues import Cues
from ..text.textcues import Prefix

_DASHED_TURNS = 4


def dashed_turn_starts(
    cues: Cues, pairs: list[tuple[int, int]] | None
) -> list[tuple[int, int]] | None:
    """``pairs`` (each question's first block and its answer's first block), each question
    starting at its first dashed paragraph on a page whose turns open with a dash."""
    if not pairs:
        return pairs
    prefixes = cues.prefixes
    dashed = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.DASH]
    if len(dashed) < _DASHED_TURNS:
        return pairs
    moved = []
    for first, end in pairs:
        if prefixes[first] is not Prefix.DASH and prefixes[end - 1] is Prefix.DASH:
            first = next(k for k in range(first, end) if prefixes[k] is Prefix.DASH)
        moved.append((first, end))
    return moved
