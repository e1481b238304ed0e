"""A headline a plain text broke over two lines, the first ending on a word that cannot end
one ("L'intervista alla" / "bibliotecaria Carla"): the title is both lines, heard as one."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind

# Words that never end a headline: articles, prepositions and their contractions.
_OPEN_END = re.compile(
    r"(?i)(?:^|\s)(?:alla|allo|alle|agli|al|della|dello|delle|degli|del|di|da|dal|nella|nel|con"
    r"|per|the|a|an|of|with|for|to|in|on|de|du|des|la|le|les|au|aux|avec|pour|el|los|las|con"
    r"|en|del|por|para|der|die|das|dem|den|des|mit|für|von|zum|zur|im|am|het|een|van|met|voor"
    r"|do|da|dos|das|na|no|com)$"
)
_TWO_LINE_WORDS = 12


def broken_headline(blocks: list[Block], title: int) -> str:
    """The headline a plain text broke over two lines ("L'intervista alla" / "bibliotecaria
    Carla"): the title block's line above ends on an article or a preposition and the title's
    own line opens in lower case; "" when it is no such pair."""
    if title < 1:
        return ""
    upper, lower = blocks[title - 1], blocks[title]
    if upper.kind is not BlockKind.PARAGRAPH or lower.kind is not BlockKind.PARAGRAPH:
        return ""
    top, bottom = upper.text.strip(), lower.text.strip()
    if (
        not top
        or not bottom
        or LINE_BREAK in top + bottom
        or len((top + " " + bottom).split()) > _TWO_LINE_WORDS
        or _OPEN_END.search(top) is None
        or not bottom[0].islower()
    ):
        return ""
    return f"{top} {bottom}"
