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

from collections.abc import Callable

from ..document.model import BlockKind, Document
from .pronunciation import OffsetMap, Spoken

_AROUND_MARK = "[]()."  # "[2]", "1." are said "2", "1"


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
