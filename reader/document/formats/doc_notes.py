"""Where a Word 97-2003 file's footnotes and endnotes stand ([MS-DOC] 2.9.186 PlcffndRef,
2.9.187 PlcffndTxt, and their endnote twins PlcfendRef, PlcfendTxt).

A note's words are a story of their own after the body's (the footnotes' right after it,
the endnotes' after the headers' and comments'); the body keeps only its mark, a special
character that has no text. The …Ref table gives each mark's character in the body, the
…Txt table where each note's words start in its story, in the same order. As in .docx
files (``docx_notes``), a footnote is read after the paragraph that cites it (after the
answer when the paragraph is a question, ``note_places``) and an endnote after the text.
A damaged table costs the notes, never the text around them.
"""

from __future__ import annotations

from .doc_fib import Fib
from .doc_sprms import DocDamaged, span, u32

FOOTNOTE_MARKS, FOOTNOTE_TEXTS = 2, 3  # PlcffndRef, PlcffndTxt in fibRgFcLcb97
ENDNOTE_MARKS, ENDNOTE_TEXTS = 46, 47  # PlcfendRef, PlcfendTxt
_MARK_SIZE = 2  # an FRD, after the CPs


def note_ranges(fib: Fib, table: bytes, chars: int) -> tuple[list[tuple[int, int, int]],
                                                              list[tuple[int, int, int]]]:
    """(mark, start, end) of each footnote and of each endnote, by mark: its character in
    the body and its words' range in the document's ``chars`` characters."""
    return (_notes(fib, table, FOOTNOTE_MARKS, FOOTNOTE_TEXTS, fib.footnote_start,
                   fib.footnote_chars, chars),
            _notes(fib, table, ENDNOTE_MARKS, ENDNOTE_TEXTS, fib.endnote_start,
                   fib.endnote_chars, chars))


def _notes(fib: Fib, table: bytes, marks_at: int, texts_at: int, story: int,
           story_chars: int, chars: int) -> list[tuple[int, int, int]]:
    if not story_chars:
        return []
    try:
        marks = _cps(fib, table, marks_at, _MARK_SIZE)
        starts = _cps(fib, table, texts_at, 0)
    except (DocDamaged, ValueError, IndexError):
        return []
    found = []
    for number, mark in enumerate(marks[:-1]):
        if number + 1 >= len(starts):
            break
        start, end = starts[number], min(starts[number + 1], story_chars)
        if 0 <= start < end and story + end <= chars and mark < fib.body_chars:
            found.append((mark, story + start, story + end))
    return sorted(found)


def _cps(fib: Fib, table: bytes, index: int, size: int) -> list[int]:
    """A PLC's CPs (its count from its length and the size of its data)."""
    offset, length = fib.place(index)
    plc = span(table, offset, length) if length else b""
    count, rest = divmod(len(plc) - 4, 4 + size)
    if rest or count < 0:
        raise DocDamaged
    return [u32(plc, 4 * i) for i in range(count + 1)] if size else [
        u32(plc, 4 * i) for i in range(len(plc) // 4)]
