"""Where a Word 97-2003 file's footnotes and endnotes stand ([MS-DOC] 2.9.186 PlcffndRef,
2.9.187 PlcffndTxt, and their endnote twins PlcfendRef, PlcfendTxt).

A note's words are a story of their own after the body's (the footnotes' right after it,
the endnotes' after the headers' and comments'); the body keeps only its mark, a special
character that has no text. The …Ref table gives each mark's character in the body, the
…Txt table where each note's words start in its story, in the same order. As in .docx
files (``docx_notes``), a footnote is read after the paragraph that cites it (after the
answer when the paragraph is a question, ``note_places``) and an endnote after the text.
A damaged table costs the notes, never the text around them. Each note opens with the
number Word prints before it (``note_numbers``): footnotes 1, 2, 3, endnotes i, ii, iii,
counted in the order cited; a note whose FRD says it has a mark of its own (``nAuto`` 0)
takes none (its story writes the mark). The document's own number formats (the DOP's
``nfcFtnRef``, ``nfcEdnRef``) are not read.
"""

from __future__ import annotations

from .doc_fib import Fib
from .doc_sprms import DocDamaged, span, u16, u32
from .note_numbers import ENDNOTE_FORMAT, FOOTNOTE_FORMAT, note_number

FOOTNOTE_MARKS, FOOTNOTE_TEXTS = 2, 3  # PlcffndRef, PlcffndTxt in fibRgFcLcb97
ENDNOTE_MARKS, ENDNOTE_TEXTS = 46, 47  # PlcfendRef, PlcfendTxt
_MARK_SIZE = 2  # an FRD, after the CPs


Note = tuple[int, int, int, str]  # its mark's character, its words' range, its number


def note_ranges(fib: Fib, table: bytes, chars: int) -> tuple[list[Note], list[Note]]:
    """(mark, start, end, number) of each footnote and of each endnote, by mark: its
    character in the body, its words' range in the document's ``chars`` characters, and
    the number Word prints before them ("" for a mark of its own)."""
    return (_notes(fib, table, (FOOTNOTE_MARKS, FOOTNOTE_TEXTS), (fib.footnote_start,
                   fib.footnote_chars, chars), FOOTNOTE_FORMAT),
            _notes(fib, table, (ENDNOTE_MARKS, ENDNOTE_TEXTS), (fib.endnote_start,
                   fib.endnote_chars, chars), ENDNOTE_FORMAT))


def _notes(fib: Fib, table: bytes, places: tuple[int, int], sizes: tuple[int, int, int],
           style: str) -> list[Note]:
    story, story_chars, chars = sizes
    if not story_chars:
        return []
    try:
        marks = _cps(fib, table, places[0], _MARK_SIZE)
        automatic = _automatic(fib, table, places[0], len(marks) - 1)
        starts = _cps(fib, table, places[1], 0)
    except (DocDamaged, ValueError, IndexError):
        return []
    found, counted = [], 0
    for number, mark in sorted(enumerate(marks[:-1]), key=lambda pair: pair[1]):
        if number + 1 >= len(starts):
            continue
        start, end = starts[number], min(starts[number + 1], story_chars)
        if 0 <= start < end and story + end <= chars and mark < fib.body_chars:
            counted += automatic[number]
            label = note_number(counted, style) if automatic[number] else ""
            found.append((mark, story + start, story + end, label))
    return found


def _automatic(fib: Fib, table: bytes, index: int, count: int) -> list[bool]:
    """Each mark's FRD: whether Word numbers the note (``nAuto`` not 0)."""
    offset, length = fib.place(index)
    plc = span(table, offset, length)
    return [u16(plc, 4 * (count + 1) + _MARK_SIZE * i) != 0 for i in range(count)]


def _cps(fib: Fib, table: bytes, index: int, size: int) -> list[int]:
    """A PLC's CPs (its count from its length and the size of its data)."""
    offset, length = fib.place(index)
    plc = span(table, offset, length) if length else b""
    count, rest = divmod(len(plc) - 4, 4 + size)
    if rest or count < 0:
        raise DocDamaged
    return [u32(plc, 4 * i) for i in range(count + 1)] if size else [
        u32(plc, 4 * i) for i in range(len(plc) // 4)]
