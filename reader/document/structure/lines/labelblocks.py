"""A speaker's label in a paragraph of its own, read with the words under it.

An HTML page sets each speaker's label in a bold block of its own ("Pageturner:" over "Estamos
aquí con …"); pasted, the label is a paragraph alone, a blank line or a line of its own
between it and its words, and no turn rule reads a label without words. The rules therefore
read each such label joined with the paragraph below it, by a space in place of the line
break between the two (no offset moves); their blocks and sections are put back on the
blocks as they are, a block read across the join parted at it again (the label's paragraph
and the words' paragraph keep their own text, shown as the file has them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ...model import Block, BlockKind, Section, place_blocks
from ..questions.asklines import is_sender_line
from ..text.ruleview import Result, view_pieces

# A label alone ("Q:", "Interviewer:", "Laura Whitfield:"): three words at most, a colon.
_LABEL = re.compile(r"[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2}:")

# Words that open a turn of their own ("Q. Good morning …", "MS. REYES: Objection", "– Och …"):
# the label alone above them heads a part of the record ("BY MR. DALTON:"), no turn.
_OWN_TURN = re.compile(r"(?:[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2}:|[^\W\d_][.)]|[-–—])\s")


def _label(block: Block) -> str:
    """The label ``block`` is alone, or "": not a blog's "Anonymous asked:", which the asks'
    rule reads on its own line (``asklines``; joined, its ask would read as the answer)."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not _LABEL.fullmatch(text):
        return ""
    return "" if is_sender_line(text) else text


def _joins(blocks: list[Block]) -> list[int]:
    """The indices of label paragraphs to read with the paragraph after them: a label alone
    twice or more (one alone once is a lead-in, "For example:", over what it introduces),
    over a paragraph of words that is no label itself and opens no turn of its own."""
    labels = [_label(block) for block in blocks]
    counts = Counter(label for label in labels if label)
    return [
        i for i, label in enumerate(labels[:-1])
        if label and counts[label] > 1 and not labels[i + 1]
        and blocks[i + 1].kind is BlockKind.PARAGRAPH and blocks[i + 1].text.strip()
        and not _OWN_TURN.match(blocks[i + 1].text.lstrip())
    ]


def analysed_with_labels_joined(blocks: list[Block], analyse: Callable[[list[Block]], Result]
                                ) -> Result:
    """``analyse(blocks)`` with each label alone read with its words (see the module)."""
    joins = _joins(blocks)
    if not joins:
        return analyse(blocks)
    joined: list[Block] = []
    parts: list[tuple[int, int]] = []  # per joined block: its first block, the label's length
    at = 0
    for i in joins:
        joined += blocks[at:i]
        parts += [(n, -1) for n in range(at, i)]
        label, words = blocks[i], blocks[i + 1]
        joined.append(Block(words.kind, label.text + " " + words.text, label.start,
                            (label.source_lines[0], words.source_lines[1]), words.level,
                            label.inlines + words.inlines, words.role, words.ordinal))
        parts.append((i, len(label.text)))
        at = i + 2
    joined += blocks[at:]
    parts += [(n, -1) for n in range(at, len(blocks))]
    result = analyse(place_blocks(joined))
    pieces = view_pieces(joined, result.blocks)
    if pieces is None:
        return analyse(blocks)
    restored: list[Block] = []
    first_of: list[int] = []  # per analysed block, the index of its first restored block
    for analysed, (index, begin, end, _consumed) in zip(result.blocks, pieces, strict=True):
        first_of.append(len(restored))
        origin, label_length = parts[index]
        start = max(begin, 0)
        stop = len(joined[index].text) if end < 0 else end
        if label_length < 0:
            restored.append(_part(blocks[origin], analysed, start, stop))
            continue
        if start < label_length:
            restored.append(_part(blocks[origin], analysed, start, min(stop, label_length)))
        if stop > label_length + 1:
            restored.append(_part(blocks[origin + 1], analysed,
                                  max(start - label_length - 1, 0), stop - label_length - 1))
    first_of.append(len(restored))
    placed = place_blocks(restored)
    if len("\n".join(b.text for b in placed)) != len("\n".join(b.text for b in blocks)):
        return analyse(blocks)  # a cut the join cannot put back
    result.blocks = placed

    def moved(index: int) -> int:
        return index if index < 0 else first_of[index]

    result.sections = [
        Section(s.kind, first, end, placed[first].start, placed[end - 1].end, s.heading,
                s.level, s.number, moved(s.answer_block), s.speaker)
        for s in result.sections
        for first, end in [(moved(s.first_block), moved(s.end_block))]
    ]
    return result


def _part(block: Block, analysed: Block, start: int, stop: int) -> Block:
    """The piece ``[start, stop)`` of ``block``'s text, as the rules read it (``analysed``)."""
    first, last = block.start + start, block.start + stop
    inlines = tuple(i for i in block.inlines if i.start >= first and i.end <= last)
    return Block(analysed.kind, block.text[start:stop], first, block.source_lines,
                 analysed.level, inlines, analysed.role, analysed.ordinal)
