"""A note heard as a note: "Note 1: La cantera …".

A footnote or endnote (``BlockKind.NOTE``) is read where the file puts it, after the
paragraph that cites it or after the text; heard as it is written ("1 La cantera …") it
sounds like the next words of the answer before it. Its first sentence is therefore said
after the words for a note, which take the place of its mark (the number is not said
twice); a note's later paragraphs are read as they are. The words say "Note" alone for a
note with no mark, unless the block before is a note too (then it goes on that note). The
words come from ``reader.messages`` (``note_heard``), in the document's voice: they are
part of the utterance, highlighted on the mark.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document.model import BlockKind, Document, InlineStyle
from .pronunciation import OffsetMap, Spoken

_AROUND_MARK = "[]()."  # "[2]", "1." are said "2", "1"
# A note's mark as printed in the text: a number, a small roman numeral or letter, stars or
# a dagger, maybe in brackets ("1", "[2]", "(iv)", "*").
_MARK = re.compile(r"[\[(]?(?:\d{1,3}|[ivxlc]{1,6}|[a-z]|\*{1,3}|[†‡§])[\])]?")


def opens_note(document: Document, index: int) -> bool:
    """Whether block ``index`` opens a note: it has a mark, or follows no note."""
    block = document.blocks[index]
    if block.kind is not BlockKind.NOTE:
        return False
    return bool(block.ordinal) or index == 0 or (
        document.blocks[index - 1].kind is not BlockKind.NOTE)


def said_as_note(spoken: Spoken, document: Document, index: int,
                 words: Callable[[str], str]) -> Spoken:
    """``spoken``, the first sentence of note ``index`` from its start, opened by ``words``
    for its mark in place of the mark as written."""
    block = document.blocks[index]
    mark = block.ordinal
    written = mark if mark and block.text.startswith(mark) else ""
    after_mark = block.start + len(written)
    starts, ends = spoken.offsets.starts, spoken.offsets.ends
    cut = next((i for i, start in enumerate(starts) if start >= after_mark), len(starts))
    while cut < len(spoken.text) and spoken.text[cut] == " ":
        cut += 1
    rest = spoken.text[cut:]
    label = words(mark.strip(_AROUND_MARK) or mark)
    said = f"{label}: " if rest else f"{label}."
    return Spoken(said + rest, OffsetMap(
        (block.start,) * len(said) + starts[cut:],
        (max(after_mark, block.start),) * len(said) + ends[cut:], spoken.offsets.end))


def without_note_marks(spoken: Spoken, document: Document, index: int) -> Spoken:
    """``spoken`` without the marks of notes in block ``index``: a link to a place in the
    document ("#n1") whose text is a mark, glued to the word before it ("Bürgerfunk¹").
    espeak-ng read it as a word of the sentence ("Bürgerfunk eins, der…"); the note is
    heard with its mark where it is read ("Note 1: …"). The highlight keeps the mark."""
    block, text = document.blocks[index], document.text
    marks = [(inline.start, inline.end) for inline in block.inlines
             if inline.style is InlineStyle.LINK and (inline.target or "").startswith("#")
             and inline.start > block.start and not text[inline.start - 1].isspace()
             and _MARK.fullmatch(text[inline.start:inline.end])]
    starts, ends = spoken.offsets.starts, spoken.offsets.ends
    kept = [i for i in range(len(spoken.text))
            if not any(start <= starts[i] and ends[i] <= end for start, end in marks)]
    if len(kept) == len(spoken.text):
        return spoken
    return Spoken("".join(spoken.text[i] for i in kept), OffsetMap(
        tuple(starts[i] for i in kept), tuple(ends[i] for i in kept), spoken.offsets.end))
