"""RTF documents (.rtf) to blocks: what press offices send and WordPad, TextEdit and older
Word versions save.

No library keeps what the structure rules need (striprtf gives plain text only: a bold
question looks like its answer), so this is a small reader of the RTF 1.9 specification's
text: groups, control words and symbols, in one pass. It keeps paragraphs, bold and italic
runs (also those a paragraph's style sets), headings (by outline level, given on the
paragraph or by its style), list items (a number as written opens the text, a bullet is
none), line breaks, links, tables (``rtf_tables``: as Word files' are), Unicode (``\\uN``
with its fallback characters skipped) and code pages (``\\ansicpg``, the fonts' charsets,
``\\'hh`` bytes, several at once for Asian code pages). A field reads as its result, never
its instruction. Footnotes are read after their paragraph, endnotes after the text
(``rtf_notes``). Left out: hidden text (``\\v``, which no program shows), pictures,
embedded objects (their result stays), headers, footers, comments and every
ignorable destination (``{\\*\\…}``: bookmarks, revision tables, themes, XML data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..loading import LoadError, LoadProblem
from ..model import BlockKind, InlineStyle
from .blocks import BlockBuilder, Extracted
from .metadata_title import given_title
from .rtf_notes import NOTE_WORDS, NUMBER_FORMATS, RtfNotes
from .rtf_state import Group as _Group
from .rtf_state import Paragraph as _Paragraph
from .rtf_tables import Table
from .rtf_words import CHARACTERS, CHARSETS, HYPERLINK, MEANINGFUL, ORDINAL, SKIPPED, SYMBOLS

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, its parameter, its delimiter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    r"|\\(.)"  # a control symbol
    r"|([{}])"
    r"|([^\\{}\r\n]+)"  # text
    r"|[\r\n]+|\\", re.DOTALL)  # line ends in the file are not text
MAX_DEPTH = 1000  # groups inside groups: Word nests a few dozen deep


@dataclass(slots=True)
class _Reader:
    builder: BlockBuilder = field(default_factory=BlockBuilder)
    codepage: str = "cp1252"
    fonts: dict[int, str] = field(default_factory=dict)  # font number to code page
    style_levels: dict[int, int] = field(default_factory=dict)  # style to outline level
    style_flags: dict[int, tuple[bool, bool]] = field(default_factory=dict)  # bold, italic
    paragraph: _Paragraph = field(default_factory=_Paragraph)
    title: str = ""
    marker: str = ""  # the list item's number or bullet as written (\listtext)
    applied: tuple[bool, bool] = (False, False)  # the bold and italic runs open now
    pending_bytes: bytearray = field(default_factory=bytearray)
    pending_codepage: str = ""
    to_skip: int = 0  # fallback characters of a \uN still to skip
    high_surrogate: int = 0  # the first half of a character written as two \uN
    table: Table | None = None  # the table being read
    font: int = 0  # in the font table: the font being described
    style: int = 0  # in the style sheet: the style being described
    instruction: str = ""  # the field being read: its instruction
    style_name: str = ""  # in the style sheet: the name of the style being described
    notes: RtfNotes = field(default_factory=RtfNotes)  # footnotes, read after their paragraph

    def add_text(self, text: str, group: _Group, *, from_file: bool = False) -> None:
        """Text of the group's destination; ``from_file``: bytes as written, in the code page."""
        if from_file:
            text = _decode(text, group.codepage or self.codepage)
        if self.to_skip:  # a \uN's fallback for readers without Unicode
            skipped = min(self.to_skip, len(text))
            text, self.to_skip = text[skipped:], self.to_skip - skipped
        if not text or group.hidden or group.destination not in ("", "title", "marker",
                                                                 "instruction", "styles", "note"):
            return
        if group.destination == "note":
            self.notes.add(text)
            return
        if group.destination in ("instruction", "styles"):
            if group.destination == "instruction":
                self.instruction += text
            else:
                self.style_name += text
            return
        if group.destination == "title":
            self.title += text
        elif group.destination == "marker":
            self.marker += text
        else:
            if self.paragraph.in_table and self.table is None:
                self.table = Table(len(self.builder.blocks))
            self.apply(group.bold, group.italic)
            self.builder.text(text)

    def add_unicode(self, number: int, group: _Group) -> None:
        """A \\uN character (a signed 16-bit number); a character beyond them is written as
        two, a surrogate pair, as Word writes an emoji."""
        code = number % 65536 if -32768 <= number < 0 else number
        if 0xD800 <= code < 0xDC00:
            self.high_surrogate = code
        elif 0xDC00 <= code < 0xE000 and self.high_surrogate:
            high, self.high_surrogate = self.high_surrogate, 0
            self.add_text(chr(0x10000 + ((high - 0xD800) << 10) + code - 0xDC00), group)
        else:
            self.add_text(chr(code) if 0 <= code < 0xD800 or 0xE000 <= code < 0x10000
                          else "\ufffd", group)
        self.to_skip = group.skip_after_unicode

    def add_byte(self, value: int, group: _Group) -> None:
        if self.to_skip:
            self.to_skip -= 1
            return
        codepage = group.codepage or self.codepage
        if self.pending_bytes and codepage != self.pending_codepage:
            self.flush_bytes(group)
        self.pending_bytes.append(value)
        self.pending_codepage = codepage

    def flush_bytes(self, group: _Group) -> None:
        """The bytes given as \\'hh so far, decoded together (a character of an Asian code page
        takes two)."""
        if self.pending_bytes:
            raw = bytes(self.pending_bytes).decode("latin-1")
            self.pending_bytes.clear()
            self.add_text(_decode(raw, self.pending_codepage), group)

    def apply(self, bold: bool, italic: bool) -> None:
        """Open the bold and italic runs the text has, closing those it has not."""
        if (bold, italic) == self.applied:
            return
        self.close_runs()
        for style, wanted in ((InlineStyle.STRONG, bold), (InlineStyle.EMPHASIS, italic)):
            if wanted:
                self.builder.open(style)
        self.applied = (bold, italic)

    def close_runs(self) -> None:
        for _ in range(sum(self.applied)):
            self.builder.close()
        self.applied = (False, False)

    def end_paragraph(self) -> None:
        paragraph = self.paragraph
        if self.table is not None and not paragraph.in_table:  # the table ended before
            self.end_table()
        self.close_runs()
        ended = len(self.builder.blocks)
        level = paragraph.level
        if level is None:
            level = self.style_levels.get(paragraph.style)
        marker, self.marker = self.marker, ""
        if level is not None:  # a numbered heading's number ("2.1") opens it
            self.builder.end_heading(level + 1, marker)
        elif marker:
            self.builder.end_item(max(1, paragraph.list_depth), marker)  # a number: text
        else:
            self.builder.end_block(BlockKind.PARAGRAPH)
        self.notes.after_paragraph(self.builder, ended)

    def end_style(self) -> None:
        """A style is described. Word's Title style has no outline level: it is a level-1
        heading by its name, which Word writes in English whatever its own language."""
        if self.style_name.strip(" ;").casefold() == "title":
            self.style_levels.setdefault(self.style, 0)
        self.style, self.style_name = 0, ""  # the next style may have no \sN (Normal)

    def end_marker(self) -> None:
        """A list item's marker is read: a number or a bullet makes it a list item; words of the
        list's own ("Q1.", "Question 1:") are text, opening a paragraph, as Word shows them."""
        marker = " ".join(self.marker.split())
        if ORDINAL.fullmatch(marker):
            self.marker = marker
        elif any(character.isalnum() for character in marker):
            self.marker = ""
            self.builder.text(f"{marker} ")
        else:
            self.marker = "-" if marker else ""

    def end_cell(self) -> None:
        self.paragraph.in_table = True  # a \cell says so, \intbl or not (a damaged file)
        table = self.table = self.table or Table(len(self.builder.blocks))
        self.end_paragraph()
        table.end_cell(len(self.builder.blocks))

    def end_row(self) -> None:
        if self.table is not None:
            self.table.end_row()
        self.paragraph.in_table = False

    def end_table(self) -> None:
        if self.table is not None:
            self.close_runs()
            self.table.resolve(self.builder.blocks)
            self.table = None


def read_rtf(data: bytes, path: str, *, notes: bool = True) -> Extracted:
    """An RTF document's blocks and title (``notes=False``: without its footnotes and
    endnotes). Raises ``LoadError`` when it is no RTF."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise LoadError(LoadProblem.CORRUPT, path, "RTF")
    reader = _Reader(notes=RtfNotes(wanted=notes))
    _read(data.decode("latin-1"), reader, path)  # one character per byte: \'hh decodes later
    reader.paragraph.in_table = False  # a table at the end ends with the document
    reader.end_paragraph()
    reader.notes.at_the_end(reader.builder)
    return Extracted(reader.builder.blocks, "", given_title(reader.title))


def _read(text: str, reader: _Reader, path: str) -> None:
    stack: list[_Group] = []
    group = _Group()
    position = 0
    while position < len(text):
        token = _TOKEN.match(text, position)
        if token is None:  # pragma: no cover - the pattern matches any character
            break
        position = token.end()
        word, parameter, byte, symbol, brace, plain = token.groups()
        if word is not None and word not in MEANINGFUL:
            continue
        if byte is not None:
            reader.add_byte(int(byte, 16), group)
            continue
        if reader.pending_bytes:
            reader.flush_bytes(group)
        if brace == "{":
            if len(stack) >= MAX_DEPTH:
                raise LoadError(LoadProblem.CORRUPT, path, "RTF")
            stack.append(group)  # the new group starts as its parent stands
        elif brace == "}" and stack:
            parent = stack.pop()
            if group.destination == "styles" and parent.destination == "styles":
                reader.end_style()
            elif group.destination == "marker" and parent.destination != "marker":
                reader.end_marker()
            elif group.destination == "note" and parent.destination != "note":
                reader.notes.end_note()
            if group.link and not parent.link:
                reader.close_runs()
                reader.builder.close()
            group = parent
        elif plain is not None:
            reader.add_text(plain, group, from_file=True)
        elif symbol is not None:
            group = _symbol(symbol, reader, group)
        elif word is not None:
            number = int(parameter) if parameter else None
            if word == "bin" and number:  # raw bytes (a picture): skipped whole
                position += max(0, min(number, len(text) - position))
                continue
            group = _control(word, number, reader, group)


def _symbol(symbol: str, reader: _Reader, group: _Group) -> _Group:
    if symbol == "*":  # an ignorable destination: only a field's instruction is read
        return replace(group, destination="ignorable")
    if symbol in SYMBOLS:
        reader.add_text(SYMBOLS[symbol], group)
    elif symbol in "\r\n":  # "\" before a line end is a paragraph mark
        reader.end_paragraph()
    return group


def _control(word: str, number: int | None, reader: _Reader, group: _Group) -> _Group:
    """What a control word does: to the group's state, or to the text."""
    on = number != 0
    destination = group.destination
    if destination == "skip":
        return group
    if destination == "ignorable":
        return replace(group, destination="instruction" if word == "fldinst" else "skip")
    if destination == "info":  # the document's properties: only its title is read
        return replace(group, destination="title" if word == "title" else "skip")
    if destination == "object":  # an embedded object: only its result (a picture, text)
        return replace(group, destination="") if word == "result" else group
    if destination in ("title", "marker", "note"):  # a note's words: read after its paragraph
        if destination == "note" and word in NOTE_WORDS:
            reader.notes.mark(word)
            return group
        if word == "u" or word in CHARACTERS:
            return _text_control(word, number, reader, group)
        return _formatting(word, number, reader, group) or group
    if destination == "fonts":
        if word == "f" and number is not None:
            reader.font = number
        elif word == "fcharset" and number in CHARSETS:
            reader.fonts[reader.font] = CHARSETS[number]
        return group
    if destination == "styles":
        if word == "s" and number is not None:
            reader.style = number
        elif word == "outlinelevel" and number is not None and 0 <= number < 9:
            reader.style_levels[reader.style] = number
        elif word in ("b", "i"):
            bold, italic = reader.style_flags.get(reader.style, (False, False))
            reader.style_flags[reader.style] = (on, italic) if word == "b" else (bold, on)
        return group
    if word in NUMBER_FORMATS:  # the document's notes' numbers: 1, 2, 3 or i, ii, iii…
        reader.notes.number_format(word)
        return group
    if word == "footnote":
        return replace(group, destination="note")
    if word in SKIPPED:
        return replace(group, destination="skip")
    if word == "fonttbl":
        return replace(group, destination="fonts")
    if word == "stylesheet":
        return replace(group, destination="styles")
    if word in ("listtext", "pntext"):
        return replace(group, destination="marker")
    if word in ("info", "object"):
        return replace(group, destination=word)
    if word == "field":
        reader.instruction = ""
    elif word == "fldinst":
        return replace(group, destination="instruction")
    elif word == "fldrslt":
        return _field_result(reader, group)
    return _formatting(word, number, reader, group) or _text_control(word, number, reader,
                                                                    group)


def _field_result(reader: _Reader, group: _Group) -> _Group:
    """A field's result: a link when its instruction is HYPERLINK, else plain text."""
    link = HYPERLINK.search(reader.instruction)
    reader.instruction = ""
    if link is None or group.link:
        return group
    reader.close_runs()  # the link under the bold and italic runs, which close first
    reader.builder.open(InlineStyle.LINK, f"#{link[2]}" if link[1] else link[2])
    return replace(group, link=True)


def _formatting(word: str, number: int | None, reader: _Reader, group: _Group) -> _Group | None:
    on = number != 0
    if word == "b":
        return replace(group, bold=on)
    if word == "i":
        return replace(group, italic=on)
    if word == "v":
        return replace(group, hidden=on)
    if word == "plain":
        return replace(group, bold=False, italic=False, hidden=False, codepage="")
    if word == "uc" and number is not None:
        return replace(group, skip_after_unicode=max(0, min(number, 8)))
    if word == "f" and number is not None:
        return replace(group, codepage=reader.fonts.get(number, ""))
    if word == "ansicpg" and number:
        reader.codepage = f"cp{number}"
    elif word in ("mac", "pc", "pca"):
        reader.codepage = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
    elif word == "s" and number is not None:
        reader.paragraph.style = number
        bold, italic = reader.style_flags.get(number, (False, False))
        return replace(group, bold=group.bold or bold, italic=group.italic or italic)
    else:
        return None
    return group


def _text_control(word: str, number: int | None, reader: _Reader, group: _Group) -> _Group:
    paragraph = reader.paragraph
    if word == "u" and number is not None:
        reader.add_unicode(number, group)
    elif word in CHARACTERS:
        reader.add_text(CHARACTERS[word], group)
    elif word in ("par", "sect"):
        reader.end_paragraph()
    elif word in ("line", "page", "column"):  # a page break inside a paragraph: a line break
        reader.builder.line_break()
    elif word == "pard":
        reader.paragraph = _Paragraph(in_table=False)
    elif word == "outlinelevel" and number is not None and 0 <= number < 9:
        paragraph.level = number
    elif word == "intbl":
        paragraph.in_table = True
    elif word == "ilvl" and number is not None:
        paragraph.list_depth = max(1, number + 1)
    elif word == "ls":
        paragraph.list_depth = max(1, paragraph.list_depth)
    elif word in ("cell", "nestcell"):
        reader.end_cell()
    elif word in ("row", "nestrow"):
        reader.end_row()
    return group


def _decode(raw: str, codepage: str) -> str:
    try:
        return raw.encode("latin-1").decode(codepage, "replace")
    except LookupError:  # a code page Python lacks
        return raw.encode("latin-1").decode("cp1252", "replace")
