"""The headline at the end of a title line that the page says again on a line of its own.

An e-paper's page, a forum's thread, a tab's title copied above the article name the page
before its headline: "第D03版:花样年华·小记者对话校长" (the edition's page, its section, then the
headline), "Forum · Off topic · Meeting the mayor". When the last piece after the template's
separator stands again below as a line of its own ("小记者对话校长"), the page itself shows which
part is its headline: that piece. A piece said nowhere else keeps the line whole (the page
gives no evidence: "Interview · Anna Berg" may be the headline)."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.measures import word_count

# The separators a template puts between a page's labels and its headline.
_SEPARATOR = re.compile(r"\s*(?:·|•|\|)\s*")
_PIECE_WORDS = 3  # "Meeting the mayor": a name ("Anna Berg") said again is a speaker's label
_UNSPACED_PIECE_CHARS = 5  # ... in an unspaced script, where a name is two to four characters


def piece_said_again(blocks: list[Block], title: int) -> str:
    """The last piece of the title's line after a separator, when a later paragraph or heading
    says exactly it; "" otherwise."""
    text = blocks[title].text.strip()
    pieces = _SEPARATOR.split(text)
    if len(pieces) < 2 or not _long_enough(last := pieces[-1].strip()):
        return ""
    for block in blocks[title + 1 :]:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and block.text.strip() == last:
            return last
    return ""


def _long_enough(piece: str) -> bool:
    if " " not in piece and not piece.isascii():
        return len(piece) >= _UNSPACED_PIECE_CHARS
    return word_count(piece) >= _PIECE_WORDS
