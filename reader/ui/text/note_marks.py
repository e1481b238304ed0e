"""A note's mark where the text cites it, shown raised and met apart from its word.

The model marks a note reference (``InlineStyle.NOTE_REFERENCE``: "Bürgerfunk<a>1</a>");
shown as written, the mark sat on the line glued to its word, and Orca said
"Bürgerfunk1, der …" (docs/what-orca-hears.md, session 16). A mark's digits are therefore
shown as the superscript digits ("¹²³"): one character for one, in the Basic Multilingual
Plane, so every model offset keeps its Qt position (reader.ui.text.renderer.PositionMap), and
Orca speaks them as "superscript 1" (its ``adjustForDigits``), apart from the word.

Brackets around a mark's digits ("Lokalradio[2]") stand in for raising in plain text: shown
"[²]", Orca said "Lokalradio[ superscript 2]" and speech-dispatcher named each bracket ("left
bracket superscript 2 right bracket"). They are drawn as hair spaces, one for one, so the
mark is "Lokalradio ²", heard "Lokalradio superscript 2". Anything else in a mark (a letter,
a star, a dagger) is raised by its format and said as written: speech-dispatcher names "*"
and "†" as words of their own ("star", "dagger": its symbols.dic, at Orca's "most"), so they
are heard apart from the word although Orca's log shows "Eck*". Find, reading aloud and
copying use the document's own characters.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from reader.document.model import Document, InlineStyle

_DIGITS = "0123456789"
_SUPERSCRIPT = str.maketrans(_DIGITS, "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BRACKETS = str.maketrans("[]()", "\u200a" * 4)  # hair spaces: see the module's docstring


def insert_note_mark(cursor: QTextCursor, text: str, mark_format: QTextCharFormat) -> None:
    """``text`` (part of a mark, raised by ``mark_format``) with its digits as superscript
    digits, which are drawn raised already (raising them again would set them too high), and
    the brackets around them as hair spaces."""
    if any(character in _DIGITS for character in text):
        text = text.translate(_BRACKETS)
    digits = QTextCharFormat(mark_format)
    digits.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
    start = 0
    while start < len(text):
        is_digit = text[start] in _DIGITS
        end = start + 1
        while end < len(text) and (text[end] in _DIGITS) == is_digit:
            end += 1
        piece = text[start:end]
        if is_digit:
            cursor.insertText(piece.translate(_SUPERSCRIPT), digits)
        else:
            cursor.insertText(piece, mark_format)
        start = end


def holds_note_mark(document: Document, start: int, end: int) -> bool:
    """Whether model offsets ``start`` to ``end`` hold part of a note's mark."""
    first = document.block_index_at(start)
    last = document.block_index_at(max(start, end - 1))
    return any(inline.style is InlineStyle.NOTE_REFERENCE and inline.start < end
               and start < inline.end
               for block in document.blocks[first:last + 1] for inline in block.inlines)
