"""A Word file's title set in its page header only: some letters, press releases and school
handouts put the title there, above every page, and leave the body without one.

The header is running text, left out of the reading (it repeats on every page); but when
the body opens with no heading, the header's first line of words is read once, first, so
that the title rules see it as the document's first line, as a reader sees it on the page.
Page numbers, dates and a header that only repeats the body's opening are not a title;
a body opening with a short paragraph all bold (a title typed by hand) has its own.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Block, BlockKind, InlineStyle
from .blocks import BlockBuilder

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_WORDS = 16  # a title, not a letterhead's address block
_OPENING_BLOCKS = 3  # the body "has a title" when one of these is a heading,
_BEFORE_PROSE = 10  # or one of those above its first paragraph of prose (at most so many)
_PROSE_WORDS = 12  # a paragraph of running text, not a dateline, a kicker or a label
_TITLE_WORDS = 3  # a title typed bold by hand, not a kicker's one word ("Pressemitteilung")
_ENDS_A_SENTENCE = (".", "?", "!", ":", ";", ",")
_NOT_A_TITLE = re.compile(
    r"^(?:(?:page|seite|página|pagina)\s*\d+(?:\s*(?:of|/|sur|von|de)\s*\d+)?"
    r"|[\d\s./:-]+|confidential|confidentiel|vertraulich|draft|brouillon|entwurf)$",
    re.IGNORECASE)


def piece_title(piece: str) -> str | None:
    """The title a piece of a header's line (between tabs) gives: its words, "" when they are
    too many for a title, None when it is no title at all (a page number, a date, a mark)."""
    words = " ".join(piece.split())
    if any(c.isalpha() for c in words) and not _NOT_A_TITLE.match(words):
        return words if len(words.split()) <= _MAX_WORDS else ""
    return None


def header_title(document: Any, text_of: Any) -> str:
    """The first line of words in the first page's header, or "" (none, or no title).
    ``text_of``: a paragraph element's text as the body's reader reads it."""
    if not document.sections:
        return ""
    section = document.sections[0]
    header = (section.first_page_header if section.different_first_page_header_footer
              else section.header)
    if header.is_linked_to_previous:  # the first section's: no header at all
        return ""
    for paragraph in header._element.iter(f"{_W}p"):  # noqa: SLF001 - python-docx's own XML
        for piece in text_of(paragraph).split("\t"):
            if (title := piece_title(piece)) is not None:
                return title
    return ""


def with_header_title(blocks: list[Block], title: str) -> list[Block]:
    """``blocks`` opened by the header's ``title`` when the body has no heading of its own
    above its text and does not already open with those words."""
    opening = _opening(blocks)
    if not title or any(block.kind is BlockKind.HEADING for block in opening) or (
            blocks and _typed_as_title(blocks[0])):
        return blocks
    folded = title.casefold()
    if any(folded in block.text.casefold() for block in opening):
        return blocks
    builder = BlockBuilder()
    builder.add(BlockKind.PARAGRAPH, title)
    return builder.blocks + blocks


def _opening(blocks: list[Block]) -> list[Block]:
    """The blocks above the body's text: its first three, and whatever stands above its
    first paragraph of prose — a press release's "Pressemitteilung", its dateline and the
    table of who is speaking stand above the headline, which is the body's own title."""
    prose = next((n for n, block in enumerate(blocks[:_BEFORE_PROSE])
                  if block.kind is BlockKind.PARAGRAPH
                  and len(block.text.split()) >= _PROSE_WORDS), _BEFORE_PROSE)
    return blocks[:max(_OPENING_BLOCKS, prose)]


def _typed_as_title(block: Block) -> bool:
    """The body opens with its own title made by hand: a short paragraph all bold (the
    Normal style made bold, and often larger, in an old Word), no sentence and no question
    (an interview opening with a bold question has no title of its own)."""
    words = block.text.strip()
    if (block.kind is not BlockKind.PARAGRAPH or words.endswith(_ENDS_A_SENTENCE)
            or not _TITLE_WORDS <= len(words.split()) <= _MAX_WORDS):
        return False
    lead = len(block.text) - len(block.text.lstrip())
    return any(run.style is InlineStyle.STRONG and run.start <= lead
               and run.end >= lead + len(words) for run in block.inlines)
