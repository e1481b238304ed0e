"""An RTF document's footnotes and endnotes, read where a reader of the page meets them.

Word writes a note where it is cited, inside the paragraph: ``{\\footnote \\pard\\plain
{\\chftn} words\\par}`` (``\\ftnalt`` makes it an endnote). Read there, its words would cut
the sentence in two; they are kept apart and read after the paragraph (a footnote, at the
foot of its page) or after the whole text (an endnote), as in Word files (``docx_notes``).
``\\chftn`` inside the note is its automatic number, written as Word prints it
(``note_numbers``: footnotes 1, 2, 3, endnotes i, ii, iii unless ``\\ftnn…`` /
``\\aftnn…`` says otherwise); a note with a mark of its own has the mark as its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import BlockBuilder
from .note_numbers import NoteCounter, NoteParagraph, numbered
from .note_places import WaitingNotes, add_paragraphs

NOTE_WORDS = frozenset({"par", "ftnalt", "chftn"})  # read inside a note
_STYLES = {"ar": "decimal", "alc": "lowerLetter", "auc": "upperLetter",
           "rlc": "lowerRoman", "ruc": "upperRoman", "chi": "chicago"}
NUMBER_FORMATS = frozenset({f"{kind}{style}" for kind in ("ftnn", "aftnn") for style in _STYLES})


@dataclass(slots=True)
class RtfNotes:
    wanted: bool = True  # the "notes" reading option: off, no note is read
    reading: list[str] = field(default_factory=list)  # the note being read, by paragraph
    endnote: bool = False  # the note being read is an endnote (\ftnalt)
    number: str = ""  # the note being read's number (\chftn), "" for a mark of its own
    footnotes: list[NoteParagraph] = field(default_factory=list)  # after the paragraph
    endnotes: list[NoteParagraph] = field(default_factory=list)  # for after the text
    waiting: WaitingNotes = field(default_factory=WaitingNotes)  # a question's, for later
    counter: NoteCounter = field(default_factory=NoteCounter)

    def add(self, text: str) -> None:
        if not self.reading:
            self.reading.append("")
        self.reading[-1] += text

    def mark(self, word: str) -> None:
        """A control word inside a note: ``\\par`` ends one of its paragraphs, ``\\chftn``
        writes its number."""
        if word == "ftnalt":
            self.endnote = True
        elif word == "chftn":
            self.number = self.number or self.counter.next(self.endnote)
            self.add(f"{self.number} ")
        elif word == "par":
            self.reading.append("")

    def number_format(self, word: str) -> None:
        """``\\ftnnrlc``: footnotes numbered i, ii, iii (``\\aftnn…``: endnotes)."""
        if word.startswith("aftnn"):
            self.counter.endnote_format = _STYLES[word[5:]]
        else:
            self.counter.footnote_format = _STYLES[word[4:]]

    def end_note(self) -> None:
        words = [" ".join(p.split()) for p in self.reading]
        if self.wanted:  # (its words open with its number already)
            (self.endnotes if self.endnote else self.footnotes).extend(
                numbered(self.number, [w for w in words if w], written=True))
        self.reading, self.endnote, self.number = [], False, ""

    def after_paragraph(self, builder: BlockBuilder, ended: int) -> None:
        """The footnotes of the paragraph built from block ``ended`` on (after the answer
        when it asks, ``note_places``)."""
        self.waiting.place(builder, self.footnotes, ended)
        self.footnotes = []

    def at_the_end(self, builder: BlockBuilder) -> None:
        self.waiting.flush(builder, self.footnotes)
        add_paragraphs(builder, self.endnotes)
        self.footnotes, self.endnotes = [], []

