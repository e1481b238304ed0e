"""A Word file's footnotes and endnotes, read where a reader of the page meets them.

Word keeps a note's words apart from the text (``word/footnotes.xml``, ``endnotes.xml``)
and leaves a mark where it is cited (``w:footnoteReference w:id="2"``). A footnote is read
after the paragraph that cites it (it stands at the foot of that page), an endnote after
the whole text (where Word prints it); Word's separator notes (``w:type="separator"``) are
lines, not words. With the "notes" reading option off, neither is read, as in books.
Each note opens with the number Word prints before it (``note_numbers``): counted in the
order cited, in the ``w:numFmt`` of the last section's (or the settings') ``w:footnotePr``
/ ``w:endnotePr``; a ``w:customMarkFollows`` reference's mark is the run after it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .blocks import BlockBuilder
from .note_numbers import NoteCounter, NoteParagraph, numbered
from .note_places import WaitingNotes, add_paragraphs
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
    endnotes: list[list[NoteParagraph]] = field(default_factory=list)  # numbered
    footnotes: WaitingNotes = field(default_factory=WaitingNotes)  # a question's, for later
    counter: NoteCounter = field(default_factory=NoteCounter)

    @classmethod
    def of(cls, document: Any, path: str, wanted: bool = True) -> WordNotes:
        found = cls()
        if not wanted:
            return found
        found.counter = NoteCounter(_format(document, "footnotePr", "decimal"),
                                    _format(document, "endnotePr", "lowerRoman"))
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
        footnotes: list[NoteParagraph] = []
        for kind, number, custom in _cited(p):
            words = self.texts.get((kind, number))
            if words is None:
                continue
            mark = custom if custom is not None else self.counter.next(kind == "end")
            # Word writes a custom mark in the note's words too
            written = bool(custom and words and words[0].startswith(custom))
            if kind == "end":
                self.endnotes.append(numbered(mark, words, written=written))
            else:
                footnotes += numbered(mark, words, written=written)
        self.footnotes.place(builder, footnotes, ended)

    def at_the_end(self, builder: BlockBuilder) -> None:
        self.footnotes.flush(builder)
        for paragraphs in self.endnotes:
            add_paragraphs(builder, paragraphs)


def _format(document: Any, properties: str, default: str) -> str:
    """The notes' number format: the last section's, else the settings', else Word's."""
    places = [document.element.body.find(f"{_W}sectPr")]
    with contextlib.suppress(KeyError, ValueError, AttributeError):  # a damaged settings part
        places.append(document.settings.element)
    for place in places:
        found = None if place is None else place.find(f"{_W}{properties}/{_W}numFmt")
        if found is not None and found.get(f"{_W}val"):
            return str(found.get(f"{_W}val"))
    return default


def _cited(p: Any) -> Iterator[tuple[str, str, str | None]]:
    """Each note cited: its kind, id, and its own mark when it has one (else None)."""
    for mark in p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
        custom = None
        if mark.get(f"{_W}customMarkFollows") in ("1", "true", "on"):
            run = mark.getparent()
            following = run.getnext() if run is not None else None
            custom = _mark_text(following) if following is not None else ""
        yield ("foot" if mark.tag.endswith("footnoteReference") else "end",
               mark.get(f"{_W}id", ""), custom)


def _mark_text(run: Any) -> str:
    """A custom mark's run: its text, or its symbol (a Symbol font's character code
    0xF0xx is the ASCII one)."""
    text = "".join(t.text or "" for t in run.iter(f"{_W}t")).strip()
    if text:
        return text
    for symbol in run.iter(f"{_W}sym"):
        try:
            code = int(symbol.get(f"{_W}char", ""), 16)
            return chr(code - 0xF000 if 0xF020 <= code <= 0xF0FF else code)
        except (ValueError, OverflowError):
            continue
    return ""


def _text(p: Any) -> str:
    parts = []
    for element in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        parts.append(element.text or "" if element.tag == f"{_W}t" else " ")
    return " ".join("".join(parts).split())

