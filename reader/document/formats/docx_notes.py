"""A Word file's footnotes and endnotes, read where a reader of the page meets them.

Word keeps a note's words apart from the text (``word/footnotes.xml``, ``endnotes.xml``)
and leaves a mark where it is cited (``w:footnoteReference w:id="2"``). A footnote is read
after the paragraph that cites it (it stands at the foot of that page), an endnote after
the whole text (where Word prints it); Word's separator notes (``w:type="separator"``) are
lines, not words. With the "notes" reading option off, neither is read, as in books.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import BlockKind
from .blocks import BlockBuilder
from .note_places import WaitingNotes
from .safety import parse_xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KINDS = {"foot": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  "footnotes",
          "end": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "endnotes"}


@dataclass(slots=True)
class WordNotes:
    """Each note's paragraphs' text by kind and id; the endnotes cited, in order."""

    texts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    endnotes: list[str] = field(default_factory=list)
    footnotes: WaitingNotes = field(default_factory=WaitingNotes)  # a question's, for later

    @classmethod
    def of(cls, document: Any, path: str, wanted: bool = True) -> WordNotes:
        found = cls()
        if not wanted:
            return found
        for relationship in document.part.rels.values():
            kind = next((k for k, t in _KINDS.items() if relationship.reltype == t), None)
            if kind is None or relationship.is_external:
                continue
            root = parse_xml(relationship.target_part.blob, path)  # entities refused
            for note in root.iter(f"{_W}{kind}note"):
                if note.get(f"{_W}type") in (None, "normal"):
                    paragraphs = [_text(p) for p in note.iter(f"{_W}p")]
                    found.texts[(kind, note.get(f"{_W}id", ""))] = [p for p in paragraphs if p]
        return found

    def after_paragraph(self, p: Any, builder: BlockBuilder, ended: int) -> None:
        """The footnotes ``p`` (built from block ``ended`` on) cites, as paragraphs (after
        the answer when ``p`` asks, ``note_places``); its endnotes kept for the end."""
        footnotes = []
        for kind, number in _cited(p):
            if kind == "end":
                self.endnotes.append(number)
            else:
                footnotes += self.texts.get(("foot", number), [])
        self.footnotes.place(builder, footnotes, ended)

    def at_the_end(self, builder: BlockBuilder) -> None:
        self.footnotes.flush(builder)
        for number in self.endnotes:
            _add(self.texts.get(("end", number), []), builder)


def _cited(p: Any) -> Iterator[tuple[str, str]]:
    for mark in p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
        yield ("foot" if mark.tag.endswith("footnoteReference") else "end",
               mark.get(f"{_W}id", ""))


def _text(p: Any) -> str:
    parts = []
    for element in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        parts.append(element.text or "" if element.tag == f"{_W}t" else " ")
    return " ".join("".join(parts).split())


def _add(paragraphs: list[str], builder: BlockBuilder) -> None:
    for text in paragraphs:
        builder.text(text)
        builder.end_block(BlockKind.PARAGRAPH)
