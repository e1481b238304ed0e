"""Note references marked as such: a link to a place in the same file whose words are a
note's mark, glued to the word it annotates ("Bürgerfunk<a href="#n1">1</a>",
"Ayuntamiento<sup><a href="#nota1">1</a></sup>", Pandoc's ``role="doc-noteref"``).

Web pages and EPUBs rarely say a link is a note reference (no ``epub:type="noteref"`` in a
book made by hand, none on a blog), so it is known by its shape, as a reader knows it: a
mark (a number, a small roman numeral or letter, stars, a dagger, maybe in brackets) with
no space before it. Such a run gets ``InlineStyle.NOTE_REFERENCE`` beside its link, so
that the view and the voice can tell "Bürgerfunk¹" from a word ("Bürgerfunk1" read
glued). The text is not changed; a link with words ("see note 1"), one with a space
before it, and one to another file are left as links only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Inline, InlineStyle
from .blocks import Extracted

_MARK = re.compile(r"[\[(]?(?:\d{1,3}|[ivxlc]{1,6}|[a-z]|\*{1,3}|[†‡§])[\])]?")


def with_note_references(extracted: Extracted) -> Extracted:
    """``extracted`` with its glued note marks marked as note references."""
    extracted.blocks = [_marked(block) for block in extracted.blocks]
    return extracted


def _marked(block: Block) -> Block:
    marks = [Inline(inline.start, inline.end, InlineStyle.NOTE_REFERENCE, inline.target)
             for inline in block.inlines if _is_note_reference(block, inline)]
    return replace(block, inlines=block.inlines + tuple(marks)) if marks else block


def _is_note_reference(block: Block, inline: Inline) -> bool:
    if inline.style is not InlineStyle.LINK or not inline.target.startswith("#"):
        return False
    start, end = inline.start - block.start, inline.end - block.start
    return (0 < start < end <= len(block.text) and not block.text[start - 1].isspace()
            and _MARK.fullmatch(block.text[start:end]) is not None)
