"""A quoted headline under its kicker on the line above, the copy having run both into one
paragraph: "Hintergrund Rathausrund Lindach" / "„Zwei Stunden Tuba, und der Akku ist wieder
voll“". A regional paper's series, a rubric, a place set over the headline that quotes its
guest: the quotation, a line of its own, is the headline; the kicker is the page's label."""

from __future__ import annotations

import re

from ...model import Block, BlockKind

# A short kicker with no sentence's end, then a whole quotation to the end of the paragraph.
_KICKER_THEN_QUOTE = re.compile(
    r"^(?P<kicker>[^„“\"«»”.!?:]{2,60}?)\s+(?P<quote>[„“\"«»][^„“\"«»”]{8,}[“”\"»«])$"
)
_KICKER_WORDS = 4
_LINES = 2  # the kicker's line and the headline's


def quoted_headline_under_kicker(block: Block) -> str:
    """The quotation that is the headline of a two-line title paragraph whose first line is a
    kicker of four words at most; "" when the paragraph is no such one."""
    if block.kind is not BlockKind.PARAGRAPH:
        return ""
    if block.source_lines[1] - block.source_lines[0] != _LINES:
        return ""
    match = _KICKER_THEN_QUOTE.match(block.text.strip())
    if match is None or len(match.group("kicker").split()) > _KICKER_WORDS:
        return ""
    if match.group("kicker").isupper():
        return ""  # "LUCÍA CARRASCO" / "“UN AÑO …”": a capitals headline, who says it first
    return match.group("quote")
