"""Front matter, back matter and questions/answers. STUB: to be completed."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Block, BlockKind, DocumentKind, Section, SectionKind


@dataclass(slots=True)
class Structure:
    kind: DocumentKind
    title: str
    blocks: list[Block]
    sections: list[Section] = field(default_factory=list)


def analyze(blocks: list[Block]) -> Structure:
    sections = []
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.HEADING:
            sections.append(Section(SectionKind.HEADING, i, i + 1, b.start, b.end, b.text, b.level))
    return Structure(DocumentKind.DOCUMENT, blocks[0].text if blocks else "", blocks, sections)
