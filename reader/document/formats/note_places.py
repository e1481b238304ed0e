"""Where a footnote cited in a question is read.

A footnote is read after the paragraph that cites it (it stands at the foot of that page).
Cited in a heading, or in a question set apart in bold, it would be read between the
question and its answer: the listener hears the question, then a note about one of its
words, and only then the answer, and the structure rules no longer see an answer under the
question. Such a note waits and is read after the next paragraph that is neither (the
answer's first paragraph), before that paragraph's own notes; notes still waiting at the end
are read before the endnotes. Word, OpenDocument and RTF files share the rule.

Each of a note's paragraphs is a ``BlockKind.NOTE`` block, its first one's ``ordinal`` the
note's mark: the view sets it apart, speech says it as a note and the structure rules read
the text without it (``structure.notes_apart``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Block, BlockKind, InlineStyle
from .blocks import BlockBuilder
from .note_numbers import NoteParagraph


def holds_notes_back(block: Block | None) -> bool:
    """Whether the block is a heading or a question set apart in bold: its notes wait."""
    if block is None:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text.strip()
    strong = sum(i.end - i.start for i in block.inlines if i.style is InlineStyle.STRONG)
    return (block.kind is BlockKind.PARAGRAPH and text.rstrip(" »”\"'").endswith("?")
            and strong >= len(text) - 1)


@dataclass(slots=True)
class WaitingNotes:
    waiting: list[NoteParagraph] = field(default_factory=list)

    def place(self, builder: BlockBuilder, notes: list[NoteParagraph], ended: int) -> None:
        """``notes``: the footnotes' paragraphs the block(s) ended since block ``ended``
        cite. Read now, or kept for after the answer."""
        last = builder.blocks[-1] if len(builder.blocks) > ended else None
        if last is not None and holds_notes_back(last):
            self.waiting += notes
            return
        if last is None and not notes:
            return  # an empty paragraph: the answer is still to come
        self.flush(builder, notes)

    def flush(self, builder: BlockBuilder, notes: list[NoteParagraph] | None = None) -> None:
        add_paragraphs(builder, self.waiting + (notes or []))
        self.waiting = []


def add_paragraphs(builder: BlockBuilder, notes: list[NoteParagraph]) -> None:
    """Each of a note's paragraphs (or each note) as a note's block of its own."""
    for mark, text in notes:
        builder.text(text)
        builder.end_block(BlockKind.NOTE, 0, mark)


def as_notes(builder: BlockBuilder, first: int, mark: str) -> None:
    """The blocks built from block ``first`` on, a note read as the file's other text is
    (OpenDocument's, Word 97-2003's), made its blocks: the first takes ``mark``."""
    blocks = builder.blocks
    for index in range(first, len(blocks)):
        blocks[index] = as_note(blocks[index], mark if index == first else "")


def note_actions(builder: BlockBuilder, mark: str, bodies: list[Any]) -> list[Any]:
    """What a walk reads for a note (OpenDocument's): its mark, its ``bodies``, then the
    blocks they made become the note's."""
    first: list[int] = []

    def opened() -> None:
        first.append(len(builder.blocks))
        builder.text(f"{mark} " if mark else "")

    def closed() -> None:
        as_notes(builder, first.pop(), mark)

    return [opened, *bodies, closed]


def as_note(block: Block, mark: str) -> Block:
    """``block`` as a note's paragraph (a heading, a list item or a quote in it too: a note
    is read as one piece of small print); a table's row, a rule or code stay what they are."""
    if block.kind not in _NOTE_KINDS:
        return block
    return Block(BlockKind.NOTE, block.text, block.start, block.source_lines, 0, block.inlines,
                 block.role, mark)


_NOTE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM,
                         BlockKind.QUOTE, BlockKind.NOTE})
