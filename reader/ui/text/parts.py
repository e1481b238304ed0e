"""A large document is shown a part at a time: runs of whole blocks cut where a section starts.

Qt keeps 35-60 bytes a character for every block it has laid out, for as long as the block
lives (docs/performance.md, "Large documents"): 10 MB laid out to its end held 600 MB. So, as
e-book readers show one chapter at a time, a document over ``Parting.threshold`` characters is
cut into parts of about ``Parting.size`` characters and the view's ``QTextDocument`` holds only
the part with the reader's place; everything else (outline, find, speech, places) works on the
whole model, in model offsets. A part ends where a section (a heading, a question) starts when
one is near, else before a paragraph; never inside a block, so a part is ``Document.text``
from its first block's start to its last block's end, and the "\\n" between two parts is the
end of the first (every offset is in exactly one part).

Pure Python: no Qt here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.document.model import BlockKind, Document

# Blocks a part may begin with when no section starts near the cut: a part never begins
# inside a table or a list item's later paragraph.
_OPENING_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE,
                            BlockKind.CODE, BlockKind.RULE})
_SECTION_REACH = 0.5  # a section start this far (in parts' sizes) past the size is waited for


@dataclass(frozen=True, slots=True)
class Parting:
    """When a document is shown in parts, and how long they are (characters)."""

    threshold: int = 1_500_000  # documents longer than this are shown in parts
    size: int = 150_000  # about this long each (whole blocks: a longer block is a part alone)


PARTING = Parting()


@dataclass(frozen=True, slots=True)
class Part:
    first_block: int
    end_block: int  # just after its last block
    start: int  # Document.text offset of its first character
    end: int  # Document.text offset just after its last character

    def holds(self, offset: int) -> bool:
        return self.start <= offset <= self.end


@dataclass(frozen=True, slots=True)
class Parts:
    parts: tuple[Part, ...]
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(part.start for part in self.parts))

    def __len__(self) -> int:
        return len(self.parts)

    def __getitem__(self, index: int) -> Part:
        return self.parts[index]

    def __iter__(self) -> Iterator[Part]:
        return iter(self.parts)

    def index_at(self, offset: int) -> int:
        """The part holding ``offset`` (before the text: the first; past it: the last)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> Part:
        return self.parts[self.index_at(offset)]


def cut(document: Document, parting: Parting = PARTING) -> Parts | None:
    """``document``'s parts, or None when it is shown whole (not over the threshold)."""
    blocks = document.blocks
    if len(document.text) <= parting.threshold or len(blocks) < 2:
        return None
    section_starts = {section.first_block for section in document.sections}
    parts, first = [], 0
    while first < len(blocks):
        end = _end_of_part(document, first, parting.size, section_starts)
        parts.append(Part(first, end, blocks[first].start, blocks[end - 1].end))
        first = end
    return Parts(tuple(parts))


def _end_of_part(document: Document, first: int, size: int, section_starts: set[int]) -> int:
    """Just after the last block of the part that begins at block ``first``."""
    blocks = document.blocks
    start = blocks[first].start
    target = first + 1
    while target < len(blocks) and blocks[target].start - start < size:
        target += 1
    if target >= len(blocks):
        return len(blocks)
    reach = start + size + round(size * _SECTION_REACH)
    fallback = -1
    for index in range(target, len(blocks)):
        if blocks[index].start > reach:
            break
        if index in section_starts:
            return index
        if fallback < 0 and _opens(document, index):
            fallback = index
    return fallback if fallback > 0 else target


def _opens(document: Document, index: int) -> bool:
    block = document.blocks[index]
    if block.kind is BlockKind.LIST_ITEM:
        return bool(block.ordinal)  # a new item, not an item's later paragraph
    return block.kind in _OPENING_KINDS
