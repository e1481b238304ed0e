"""Word 97-2003 documents (.doc) to blocks: the body in order with its tables, as .docx files.

A .doc file is an OLE container (olefile reads it) whose WordDocument stream holds the
text and whose table stream holds its structures ([MS-DOC]): ``doc_fib`` finds the text,
``doc_styles``, ``doc_runs`` and ``doc_lists`` its formatting, ``doc_boxes`` its text
boxes, ``doc_blocks`` makes the blocks. Headings come from outline levels and the built-in
heading styles (whatever Word's language named them), the Title style is a level-1
heading, bold and italic come from the runs and their styles, list paragraphs are list
items with their numbers, tables are read as Word files' tables are, a field reads as its
result, and a text box follows the paragraph it is drawn in. Footnotes follow the paragraph
that cites them and endnotes the text (``doc_notes``; the "notes" reading option off leaves
them out). Comments, headers and footers are other stories, left out (but a title set in
the header only, read first).

Word also saved other formats under this name: RTF ("Rich Text Format" kept as .doc), web
pages (Word's "Save as web page"), .docx files renamed and plain text; each is read as
what it is. Another OLE file (an Excel workbook, an Outlook message) is no Word document:
it is refused as binary data of its kind. Word 6 and 95 files (and older ones), and
encrypted ones, are refused with a message saying how to read them.
"""

from __future__ import annotations

import locale
import re
from typing import Any

from ..loading import OLE_SIGNATURE, BinaryData, LoadError, LoadProblem, decode_bytes
from ..model import Block, BlockKind
from .blocks import BlockBuilder, Extracted
from .doc_blocks import StoryReader
from .doc_boxes import BOXES, SHAPES, text_boxes
from .doc_fib import (
    CHARACTER_RUNS,
    HEADER_STORIES,
    PARAGRAPH_RUNS,
    PIECE_TABLE,
    STYLES,
    Encrypted,
    Fib,
    OldWord,
    read_fib,
    read_text,
)
from .doc_lists import LISTS, OVERRIDES, Lists
from .doc_notes import note_ranges
from .doc_runs import Runs, character_runs, paragraph_runs
from .doc_sprms import DocDamaged, u32
from .doc_styles import Styles
from .docx_header import piece_title, with_header_title
from .html_language import primary_language
from .metadata_title import given_title

MAX_PARAGRAPHS = 1_000_000  # some 30,000 pages: more is a damaged or hostile file
# Streams that name what an OLE file other than a Word document is (in the refusal).
_OTHER_KINDS = (("Workbook", "Excel"), ("Book", "Excel"), ("PowerPoint Document",
                "PowerPoint"), ("__properties_version1.0", "Outlook"))
# Word for DOS, Word 1 and Word 2 for Windows: no OLE container, a signature of their own.
_OLDER_WORDS = frozenset({b"\x31\xbe", b"\x9b\xa5", b"\xdb\xa5"})
_ENCRYPTED_PACKAGE = "EncryptedPackage"  # a password-protected .docx is an OLE file too
# PlcfHdd: six separators' stories, then each section's six (even and odd header, even and
# odd footer, first page's header and footer).
_HEADER, _FIRST_PAGE_HEADER, _FIRST_SECTION_END = 7, 10, 13
_FIELD_CODE = re.compile("\x13[^\x14\x15]*\x14?|\x15")  # a page number's field: its result


def read_doc(data: bytes, path: str, *, notes: bool = True) -> Extracted:
    """A .doc file's blocks and title (``notes=False``: without its footnotes and
    endnotes); raises ``LoadError`` only."""
    written_as = _written_as(data)
    if written_as == "rtf":
        from .rtf import read_rtf

        return read_rtf(data, path, notes=notes)
    if written_as == "html":
        from .html import read_html

        return read_html(data, path)
    if written_as == "docx":
        from .docx import read_docx

        return read_docx(data, path, notes=notes)
    if written_as == "text":
        try:
            return _read_plain_text(data)
        except BinaryData:  # text at its start only
            raise LoadError(LoadProblem.CORRUPT, path, "DOC") from None
    if written_as == "older":
        raise LoadError(LoadProblem.OLD_FORMAT, path, "Word 2")
    if written_as == "xml":
        raise LoadError(LoadProblem.CORRUPT, path, "Word XML")
    return _read_word(data, path, notes)


def _written_as(data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data and OLE_SIGNATURE.startswith(data[:8]):  # a Word file, perhaps cut short
        return "word"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    page = head.startswith((b"<html", b"<!doctype html", b"<?xml")) and b"<html" in head
    if page or head.startswith(b"mime-version:"):  # a web page, or Word's single-file one
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"  # Word 2003's XML document: no reader of its own
    if data[:2] in _OLDER_WORDS:
        return "older"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    try:
        decode_bytes(data[:65536])
    except BinaryData:
        return "word"  # no other format: read as Word's, which refuses it as damaged
    return "text"


def _read_plain_text(data: bytes) -> Extracted:
    """A text file named .doc: a paragraph per line, as old programs saved them."""
    builder = BlockBuilder()
    for line in decode_bytes(data).text.splitlines():
        builder.add(BlockKind.PARAGRAPH, line)
    return Extracted(builder.blocks)


def _read_word(data: bytes, path: str, notes: bool) -> Extracted:
    import olefile  # here: only .doc files need it

    try:
        container = olefile.OleFileIO(data)
    except Exception:  # noqa: BLE001 - olefile raises many kinds on a damaged container
        raise LoadError(LoadProblem.CORRUPT, path, "DOC") from None
    with container:
        if container.exists(_ENCRYPTED_PACKAGE):
            raise LoadError(LoadProblem.PASSWORD, path, "Word")
        if not container.exists("WordDocument"):
            kind = next((name for stream, name in _OTHER_KINDS if container.exists(stream)),
                        "OLE")
            raise LoadError(LoadProblem.BINARY, path, kind)
        try:
            blocks, language = _blocks(container, notes)
        except OldWord:
            raise LoadError(LoadProblem.OLD_FORMAT, path, "Word 95") from None
        except Encrypted:
            raise LoadError(LoadProblem.PASSWORD, path, "Word") from None
        except (DocDamaged, OSError, ValueError, IndexError):
            raise LoadError(LoadProblem.CORRUPT, path, "DOC") from None
        return Extracted(blocks, language, given_title(_title(container)))


def _blocks(container: Any, notes: bool) -> tuple[list[Block], str]:
    """The body's blocks, and the language its Normal style names ("" for none)."""
    word = _stream(container, "WordDocument")
    fib = read_fib(word)
    if not container.exists(fib.table_stream):
        raise DocDamaged
    table = _stream(container, fib.table_stream)
    text = read_text(word, fib.part(table, PIECE_TABLE))
    end = min(fib.body_chars, len(text.chars))
    if text.chars.count("\r", 0, end) + text.chars.count("\x07", 0, end) > MAX_PARAGRAPHS:
        raise DocDamaged
    # Damaged formatting costs the formatting, not the text: the text is read plain.
    try:
        paragraphs = paragraph_runs(word, fib.part(table, PARAGRAPH_RUNS))
    except DocDamaged:
        paragraphs = Runs([], [], [])
    try:
        characters = character_runs(word, fib.part(table, CHARACTER_RUNS))
    except DocDamaged:
        characters = Runs([], [], [])
    try:
        styles = Styles(fib.part(table, STYLES))
    except DocDamaged:
        styles = Styles(b"")
    lists = Lists(table, fib.place(LISTS), fib.place(OVERRIDES))
    boxes = text_boxes(_part_or_none(fib, table, SHAPES), _part_or_none(fib, table, BOXES),
                       fib.box_start, fib.box_chars)
    footnotes, endnotes = note_ranges(fib, table, len(text.chars)) if notes else ([], [])
    reader = StoryReader(text, paragraphs, characters, styles, lists, boxes, notes=footnotes)
    reader.read(0, end)
    for _, start, stop, number in endnotes:  # after the text, where Word prints them
        reader.read_note(start, stop, number)
    blocks = reader.sizes.headings(reader.builder.blocks)
    language = primary_language(locale.windows_locale.get(styles.language_id(), ""))
    return with_header_title(blocks, _header_title(text.chars, fib, table)), language


def _part_or_none(fib: Fib, table: bytes, index: int) -> bytes:
    try:
        return fib.part(table, index)
    except DocDamaged:
        return b""


def _header_title(chars: str, fib: Fib, table: bytes) -> str:
    """The title a letter or a press release sets in its page header only, as in .docx files
    (``docx_header``): the first section's first-page header, else its header."""
    try:
        plc = fib.part(table, HEADER_STORIES)
        edges = [u32(plc, 4 * i) for i in range(min(len(plc) // 4, _FIRST_SECTION_END))]
    except DocDamaged:
        return ""
    for story in (_FIRST_PAGE_HEADER, _HEADER):
        if story + 1 < len(edges) and edges[story] < edges[story + 1] <= fib.header_chars:
            start = fib.header_start + edges[story]
            header = _FIELD_CODE.sub("", chars[start:fib.header_start + edges[story + 1]])
            if not any(c.isalpha() for c in header):
                continue  # an empty story, kept when the first page's header was switched off
            for line in re.split("[\r\x07\x0b\x0c]", header):
                for piece in line.split("\t"):
                    if (title := piece_title(piece)) is not None:
                        return title
            return ""
    return ""


def _stream(container: Any, name: str) -> bytes:
    return bytes(container.openstream(name).read())


def _title(container: Any) -> str:
    """The title in the file's properties (SummaryInformation), "" when it has none."""
    try:
        properties = container.get_metadata()
        title = properties.title or b""
        codepage = (properties.codepage or 1252) % 65536  # a signed 16-bit number: 65001
        return bytes(title).decode(f"cp{codepage}" if codepage != 65001 else "utf-8",
                                   "replace").rstrip("\x00")
    except Exception:  # noqa: BLE001 - damaged properties cost the title, not the text
        return ""
