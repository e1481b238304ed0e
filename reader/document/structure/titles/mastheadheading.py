"""A site's name set as the page's top heading over the headline set one rank lower: a club,
a library or a blog copied as Markdown opens on its menu, then "# TSV Grünwinkel 1898 e.V."
(perhaps its tagline, "*a reading blog from the north woods*", and a rule), then "## Häufige
Fragen zur Mitgliedschaft" or "## Author Q&A: …", then the text.

The rules before took the highest heading for the title, as they should on a page whose "#"
is its headline and whose "##" head its sections. The page tells the two apart by itself: its
sections' headings recur, a site's header has one heading under its name. When the "#" reads
as a name, stands under the site's lines or over its tagline with no sentence between, and
the one "##" of the whole page follows it, the "##" is the headline and the "#" the site's."""

from __future__ import annotations

from ...model import Block, BlockKind
from ..text.textcues import Ending, ending, word_count
from .chrome import is_chrome
from .sitenames import reads_as_name

_BETWEEN = 3  # the tagline, a menu, a rule between the name and the headline
_BETWEEN_WORDS = 12  # a tagline is short and states no sentence


def _heading(block: Block, level: int) -> bool:
    return block.kind is BlockKind.HEADING and block.level == level


def _site_line(block: Block) -> bool:
    """A line of the site's header between its name and the headline: a rule, the menu, a
    tagline (short, no sentence's end: the text has not begun)."""
    text = block.text.strip()
    return block.kind is BlockKind.RULE or is_chrome(block) or (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _BETWEEN_WORDS
        and ending(text) is Ending.NONE
        and text[-1] not in ".!…。"
    )


def headline_under_masthead_heading(blocks: list[Block], title: int, n: int) -> int:
    """The page's one second-rank heading under the title ``title`` when the title is the
    site's name set as the top heading ("# Cedar Hollow Public Library" / "## Frequently
    Asked Questions (FAQ)"): -1 when the title is no such name, when the page has another
    top heading or more than one second-rank heading (they head its sections), or when text
    stands between the two."""
    if not 0 <= title < n or not _heading(blocks[title], 1):
        return -1
    name = blocks[title].text.strip()
    if not name or not reads_as_name(name) or ending(name) is not Ending.NONE:
        return -1
    head = next((k for k in range(title + 1, min(n, title + 2 + _BETWEEN))
                 if blocks[k].kind is BlockKind.HEADING), -1)
    if head < 0 or not _heading(blocks[head], 2):
        return -1
    between = blocks[title + 1 : head]
    if not all(_site_line(b) for b in between):
        return -1
    # The site's header shows itself: its menu above the name, or its tagline under it.
    header = any(is_chrome(b) for b in blocks[:title]) or any(
        b.kind is BlockKind.PARAGRAPH for b in between)
    headline = blocks[head].text.strip()
    if (
        not header
        or len(headline) <= len(name)
        or ending(headline) is Ending.QUESTION
        or sum(_heading(b, 2) for b in blocks) != 1
        or sum(_heading(b, 1) for b in blocks) != 1
    ):
        return -1
    return head
