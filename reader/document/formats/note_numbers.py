"""The number a word processor prints before a note's words, at the foot of the page or
the end of the text.

A note read after its paragraph, with nothing to set it apart, read as part of the
paragraph (or of the answer) before it; with its number it is a note, as EPUB and web
pages' notes, whose files write the number as text, always were. Word numbers footnotes
1, 2, 3 and endnotes i, ii, iii in the order they are cited unless the document says
otherwise (``w:numFmt``, RTF's ``\\ftnn…`` / ``\\aftnn…``); a note with a mark of its own
("*") takes no number. The mark where the note is cited stays out of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

FOOTNOTE_FORMAT, ENDNOTE_FORMAT = "decimal", "lowerRoman"  # Word's defaults
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_SYMBOLS = "*†‡§"  # Word's "chicago" format: *, †, ‡, §, then **, ††…


def note_number(number: int, style: str) -> str:
    """``number`` (from 1) written in Word's ``w:numFmt`` ``style`` (decimal unknown)."""
    if style in ("lowerRoman", "upperRoman") and 0 < number < 4000:
        roman = ""
        for value, letters in _ROMAN:
            count, number = divmod(number, value)
            roman += letters * count
        return roman.upper() if style == "upperRoman" else roman
    if style in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if style == "upperLetter" else letter
    if style == "chicago" and number > 0:
        return _SYMBOLS[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)


NoteParagraph = tuple[str, str]  # the note's mark ("" on its later paragraphs), the words


def numbered(mark: str, paragraphs: list[str], *, written: bool = False) -> list[NoteParagraph]:
    """A note's paragraphs, the first opened by its mark ("1 The quarry…"), each with the
    mark it is a ``BlockKind.NOTE`` of; ``written``: the first already opens with it."""
    if not paragraphs:
        return []
    first = paragraphs[0] if written or not mark else f"{mark} {paragraphs[0]}"
    return [(mark, first), *(("", paragraph) for paragraph in paragraphs[1:])]


@dataclass(slots=True)
class NoteCounter:
    """Footnotes' and endnotes' numbers, each counted apart in the order they are cited."""

    footnote_format: str = FOOTNOTE_FORMAT
    endnote_format: str = ENDNOTE_FORMAT
    footnotes: int = 0
    endnotes: int = 0

    def next(self, endnote: bool) -> str:
        if endnote:
            self.endnotes += 1
            return note_number(self.endnotes, self.endnote_format)
        self.footnotes += 1
        return note_number(self.footnotes, self.footnote_format)
