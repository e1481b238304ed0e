"""Where "previous/next sentence" and "previous/next paragraph" take the reading (no Qt).

Each function takes the document range of the sentence being read and returns the offset to
read from: a sentence or block start, so that a new plan starts exactly there. Blocks hidden
from reading (share links) and empty ones are never a target, as the plan never reads them.
``None`` means there is nowhere to go (the end of the document).

``from_sentence`` and ``from_paragraph`` say where a skip takes the reading from the utterance
being heard (an announcement such as "Question 3" included): the reading session only jumps.
"""

from __future__ import annotations

from ..document.model import HIDDEN_FROM_READING, Document
from ..document.segmentation import block_sentences
from .planning import Utterance


def _readable(document: Document, index: int) -> bool:
    block = document.blocks[index]
    return block.role not in HIDDEN_FROM_READING and bool(block.text.strip())


def next_sentence(document: Document, start: int, end: int) -> int | None:
    """The start of the first sentence after the one at ``start:end``."""
    if not document.blocks:
        return None
    for index in range(document.block_index_at(end), len(document.blocks)):
        if not _readable(document, index):
            continue
        for sentence in block_sentences(document, index):
            if sentence.start >= max(end, start + 1):
                return sentence.start
    return None


def previous_sentence(document: Document, start: int) -> int:
    """The start of the sentence before the one starting at ``start`` (``start`` itself when
    it is the first: reading it again, as a screen reader does)."""
    if not document.blocks:
        return start
    for index in range(document.block_index_at(start), -1, -1):
        if not _readable(document, index):
            continue
        before = [s.start for s in block_sentences(document, index) if s.start < start]
        if before:
            return before[-1]
    return start


def next_paragraph(document: Document, start: int) -> int | None:
    """The start of the first readable block after the one containing ``start``."""
    if not document.blocks:
        return None
    for index in range(document.block_index_at(start) + 1, len(document.blocks)):
        if _readable(document, index):
            return document.blocks[index].start
    return None


def previous_paragraph(document: Document, start: int) -> int:
    """The start of the readable block before the one containing ``start`` (its own start when
    there is none)."""
    if not document.blocks:
        return start
    here = document.block_index_at(start)
    for index in range(here - 1, -1, -1):
        if _readable(document, index):
            return document.blocks[index].start
    return document.blocks[here].start


def sentence_start(document: Document, offset: int) -> int:
    """Where reading from the caret at ``offset`` begins: the start of its sentence (or of the
    next one when the caret is between sentences)."""
    if not document.blocks:
        return offset
    index = document.block_index_at(offset)
    for sentence in block_sentences(document, index):
        if sentence.end > offset:
            return sentence.start
    return offset


def from_sentence(document: Document, utterance: Utterance, forward: bool) -> tuple[int, bool]:
    """Where "next/previous sentence" goes from ``utterance``, and whether the announcement
    that starts there is passed over (forward from an announcement: its question's words)."""
    if utterance.announcement:
        if forward:
            return utterance.doc_start, True
        return previous_sentence(document, utterance.doc_start), False
    if forward:
        following = next_sentence(document, utterance.doc_start, utterance.doc_end)
        return (len(document.text) if following is None else following), False
    return previous_sentence(document, utterance.doc_start), False


def from_paragraph(document: Document, utterance: Utterance, forward: bool) -> int:
    """Where "next/previous paragraph" goes from ``utterance``."""
    if forward:
        target = next_paragraph(document, utterance.doc_start)
        return len(document.text) if target is None else target
    block = document.blocks[document.block_index_at(utterance.doc_start)]
    # Within a paragraph, "previous" goes to its start first (as a screen reader does).
    if utterance.doc_start > block.start and not utterance.announcement:
        return block.start
    return previous_paragraph(document, utterance.doc_start)
