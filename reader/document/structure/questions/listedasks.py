"""Questions an article lists rather than asks: a run of them, none answered, right after a
paragraph announcing them with a colon ("Ordføraren måtte svara på ei rekkje spørsmål …:" /
"– Vert det fleire skulenedleggingar?" / "– Får me nytt basseng?"). An interview answers each
question before the next; a list puts them one under another."""

from __future__ import annotations

from ..text.cues import Cues
from ..text.endings import Ending

_RUN = 2


def listed_after_colon(cues: Cues, marks: list[int]) -> set[int]:
    """The marked blocks of ``marks`` that stand in a run of two or more asking ones, one
    right under another, below a block ending with a colon."""
    marked, ends = set(marks), cues.ends
    listed: set[int] = set()
    for k in marks:
        if k - 1 in marked or k == 0 or ends[k - 1] is not Ending.COLON:
            continue
        end = k
        while end in marked and ends[end] is Ending.QUESTION:
            end += 1
        if end - k >= _RUN:
            listed.update(range(k, end))
    return listed
