"""A how-to's sections: a recipe or a guide sets its ingredients and its steps as lists under
headings of their own ("## Ingredients", "## Method"), which an interview, whose answers are
prose, never does. Its question headings ("## Why leave it uncovered?") are the guide's
intertitles, not questions put to someone."""

from __future__ import annotations

from .cues import Cues
from .model import BlockKind
from .textcues import Ending

_LISTED_SECTIONS = 2


def listed_sections(cues: Cues, headings: list[int], rank: int) -> bool:
    """Whether two of the ``headings`` of ``rank`` or more that do not ask are each over
    nothing but a list (two items or more)."""
    blocks, lo, kinds, count = cues.blocks, cues.lo, cues.kinds, len(cues)
    listed = 0
    for k in headings:
        if blocks[lo + k].level != rank or cues.ends[k] is not Ending.NONE:
            continue
        j = k + 1
        while j < count and kinds[j] is BlockKind.LIST_ITEM:
            j += 1
        listed += j - k > 2 and (j == count or kinds[j] is BlockKind.HEADING)
    return listed >= _LISTED_SECTIONS
