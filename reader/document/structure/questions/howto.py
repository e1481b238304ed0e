"""A how-to's sections: a recipe or a guide sets its ingredients and its steps as lists under
headings of their own ("## Ingredients", "## Method"), which an interview, whose answers are
prose, never does. Its question headings ("## Why leave it uncovered?") are the guide's
intertitles, not questions put to someone."""

from __future__ import annotations

from ...model import LINE_BREAK, BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending

_LISTED_SECTIONS = 2


def listed_sections(cues: Cues, headings: list[int], rank: int) -> bool:
    """Whether two of the ``headings`` of ``rank`` or more that do not ask are each over a
    list of two lines or more that makes most of their section (a PDF may keep a list's items
    as lines of one item, or leave a stray number between them); or whether most of those
    that ask, two or more, are so ("## ¿Cómo investigo la empresa?" over its numbered steps:
    a guide's intertitles, where an interview's answers are prose)."""
    listed, asking, asking_listed = 0, 0, 0
    for k in headings:
        if cues.blocks[cues.lo + k].level != rank:
            continue
        asks = cues.ends[k] is not Ending.NONE
        over_list = _over_list(cues, k)
        listed += over_list and not asks
        asking += asks
        asking_listed += over_list and asks
    return listed >= _LISTED_SECTIONS or (
        asking_listed >= _LISTED_SECTIONS and 2 * asking_listed > asking
    )


def _over_list(cues: Cues, k: int) -> bool:
    """Whether the section of heading ``k`` is mostly a list of two lines or more."""
    blocks, lo, kinds, count = cues.blocks, cues.lo, cues.kinds, len(cues)
    j, items, lines = k + 1, 0, 0
    while j < count and kinds[j] is not BlockKind.HEADING:
        if blocks[lo + j].kind is BlockKind.LIST_ITEM:  # a lone item too, unlike ``kinds``
            items += 1
            lines += 1 + blocks[lo + j].text.count(LINE_BREAK)
        j += 1
    return lines >= 2 and 2 * items > j - k - 1
