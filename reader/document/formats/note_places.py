"""Where a footnote cited in a question is read.

A footnote is read after the paragraph that cites it (it stands at the foot of that page).
Cited in a heading, or in a question set apart in bold, it would be read between the
question and its answer: the listener hears the question, then a note about one of its
words, and only then the answer, and the structure rules no longer see an answer under the
question. Such a note waits and is read after the next paragraph that is neither (the
answer's first paragraph), before that paragraph's own notes; notes still waiting at the end
are read before the endnotes. Word, OpenDocument and RTF files share the rule."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block, BlockKind, InlineStyle
from .blocks import BlockBuilder


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
    waiting: list[str] = field(default_factory=list)

    def place(self, builder: BlockBuilder, notes: list[str], ended: int) -> None:
        """``notes``: the footnotes' paragraphs the block(s) ended since block ``ended``
        cite. Read now, or kept for after the answer."""
        last = builder.blocks[-1] if len(builder.blocks) > ended else None
        if last is not None and holds_notes_back(last):
            self.waiting += notes
            return
        if last is None and not notes:
            return  # an empty paragraph: the answer is still to come
        self.flush(builder, notes)

    def flush(self, builder: BlockBuilder, notes: list[str] | None = None) -> None:
        add_paragraphs(builder, self.waiting + (notes or []))
        self.waiting = []


def add_paragraphs(builder: BlockBuilder, texts: list[str]) -> None:
    """Each of a note's paragraphs (or each note) as a paragraph of its own."""
    for text in texts:
        builder.text(text)
        builder.end_block(BlockKind.PARAGRAPH)
