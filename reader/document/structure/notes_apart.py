"""Notes read apart from the structure: a footnote or endnote (``BlockKind.NOTE``) belongs
to the text, never to the interview's turns.

A note stands after the paragraph that cites it, which may be a question, or between two
answers. Read by the structure rules as a paragraph, it could be taken for a question (a
note ending in "?"), make a question look answered (a note under it), count as an answer's
words, or cut a question from its answer; a document without headings listed it as a
section. So the rules read the blocks without the notes, and each note is put back where it
stood, in the section of the block before it: right after a question's last block it opens
the answer part, so the question is the question's words alone. The outline never lists a
note; its role stays ``BODY``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..model import Block, BlockKind, Role, Section, place_blocks


class _Analysed(Protocol):
    blocks: list[Block]
    sections: list[Section]


Result = TypeVar("Result", bound=_Analysed)


def analysed_without_notes(blocks: list[Block],
                           analyse: Callable[[list[Block]], Result]) -> Result:
    """``analyse`` run on ``blocks`` without their notes, the notes put back after it."""
    if not any(block.kind is BlockKind.NOTE for block in blocks):
        return analyse(blocks)
    kept = [block for block in blocks if block.kind is not BlockKind.NOTE]
    if not kept:  # nothing but notes: they are the text
        return analyse(blocks)
    result = analyse(place_blocks(kept))
    places = _places(blocks, len(kept), result.blocks)
    merged: list[Block] = []
    where = []  # where[i]: the index of the analysis's block i among the blocks with notes
    for index in range(len(result.blocks) + 1):  # (+1: the notes after the last block)
        merged += places.get(index, [])
        where.append(len(merged))
        if index < len(result.blocks):
            merged.append(result.blocks[index])
    result.blocks = place_blocks(merged)
    result.sections = [_moved(section, where, result.blocks) for section in result.sections]
    return result


def _places(blocks: list[Block], kept: int, analysed: list[Block]) -> dict[int, list[Block]]:
    """The notes by the index of the analysis's block they stand before (its number of
    blocks: after the last). Where the analysis kept one block for one, a note goes back
    exactly where it was; where it parted or joined blocks, before the first block read from
    a later line of the source."""
    places: dict[int, list[Block]] = {}
    before = 0  # blocks that are no notes, before the one looked at
    firsts = [block.source_lines[0] for block in analysed]  # in the order of the source
    for block in blocks:
        if block.kind is not BlockKind.NOTE:
            before += 1
            continue
        if len(analysed) == kept:
            place = before
        else:
            place = bisect.bisect_right(firsts, block.source_lines[0])
        note = block if block.role is Role.BODY else _body(block)
        places.setdefault(place, []).append(note)
    return places


def _body(block: Block) -> Block:
    return Block(block.kind, block.text, block.start, block.source_lines, block.level,
                 block.inlines, Role.BODY, block.ordinal)


def _moved(section: Section, where: list[int], blocks: list[Block]) -> Section:
    """``section`` over the blocks with their notes: the notes after its last block are its
    own, and those after a question's words open its answer."""
    first = 0 if section.first_block == 0 else where[section.first_block]
    end = where[section.end_block]
    answer = section.answer_block
    if answer < 0:
        moved_answer = answer
    elif answer > section.first_block:  # (a question left unanswered: its notes after it)
        moved_answer = where[answer - 1] + 1
    else:
        moved_answer = first
    start = blocks[first].start if first < len(blocks) else section.start
    stop = blocks[end - 1].end if end > first else start
    return Section(section.kind, first, end, start, stop, section.heading, section.level,
                   section.number, moved_answer, section.speaker)
