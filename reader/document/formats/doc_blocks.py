"""A Word 97-2003 story's characters to blocks: paragraphs, headings, list items and tables,
with bold, italic and links.

The text marks its own structure ([MS-DOC] 2.4): a paragraph ends at "\\r", a table's cell
at "\\x07" (a row's end is a paragraph of its own, marked as such), a section at "\\x0c"
when the paragraph runs say a paragraph ends there (else it is a page break, a line break
inside its paragraph, as in .docx files); "\\x0b" is a line break. A field is "\\x13"
instruction "\\x14" result "\\x15": only the result is read, a HYPERLINK's as a link.
Pictures, drawn shapes and note references are characters of their own with no text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, BlockKind, InlineStyle
from .blocks import BlockBuilder
from .doc_fib import Text, whole_characters
from .doc_lists import Lists
from .doc_notes import Note
from .doc_runs import Characters, Paragraph, Runs, with_modifiers
from .doc_sprms import CHAR_BOLD, CHAR_ITALIC
from .doc_styles import Styles, toggled
from .docx_sizes import FontSizes
from .note_places import as_notes, holds_notes_back
from .rtf_tables import Table
from .rtf_words import HYPERLINK

_PARAGRAPH_END = re.compile("[\r\x07\x0c]")
_INLINE_MARK = re.compile("[\x0b\x0c\x0e\x13\x14\x15]")
_PLAIN = Characters()
# Word's hyphens, tabs; a note's own number (a special character that has no text)
_LINKED = str.maketrans({"\x1e": "-", "\x1f": None, "\t": " ", "\x02": None})
_DEFAULT_CHARACTER_STYLE = 10


@dataclass(slots=True)
class _Field:
    in_result: bool = False
    instruction: list[str] = field(default_factory=list)
    linked: bool = False


@dataclass(slots=True)
class StoryReader:
    """Reads one story of ``text`` (the body) into ``builder``'s blocks."""

    text: Text
    paragraphs: Runs[Paragraph]
    characters: Runs[Characters]
    styles: Styles
    lists: Lists
    boxes: list[tuple[int, int, int]] = field(default_factory=list)  # anchor, start, end
    notes: list[Note] = field(default_factory=list)  # footnotes: mark, range, number
    builder: BlockBuilder = field(default_factory=BlockBuilder)
    sizes: FontSizes = field(default_factory=FontSizes)  # plain paragraphs' font sizes
    _table: Table | None = None
    _fields: list[_Field] = field(default_factory=list)
    _in_code: int = 0  # fields whose instruction is being read: their text is not shown
    _applied: tuple[bool, bool] = (False, False)
    _boxes_read: int = 0
    _notes_read: int = 0
    _waiting: list[tuple[int, int, str]] = field(default_factory=list)  # a question's notes
    _style_size: int = 0  # the paragraph's style's font size, in half-points
    _smallest: int = 0  # the smallest size of the paragraph's text so far

    def read(self, start: int, end: int) -> list[Block]:
        chars = self.text.chars
        opened = start
        for mark in _PARAGRAPH_END.finditer(chars, start, end):
            at = mark.start()
            offset, width = self.text.file_offset(at)
            run = self.paragraphs.at(offset)
            if mark.group() == "\x0c" and (run is None or run[0] != offset + width):
                continue  # a page break inside its paragraph
            properties = run[1] if run is not None else Paragraph()
            ended = len(self.builder.blocks)
            self._paragraph(opened, at, properties, mark.group())
            self._read_boxes(at)
            self._read_notes(at, ended)
            opened = at + 1
        if opened < end:
            ended = len(self.builder.blocks)
            self._paragraph(opened, end, Paragraph(), "\r")
            self._read_notes(end, ended)
        self._end_table()
        waiting, self._waiting = self._waiting, []
        for first, last, number in waiting:
            self.read_note(first, last, number)
        return self.builder.blocks

    def read_story(self, start: int, end: int, number: str = "") -> None:
        """Another story's range (a box's, a note's, opened by its ``number``), read into
        the same blocks."""
        if number:
            self.builder.text(f"{number} ")
        StoryReader(self.text, self.paragraphs, self.characters, self.styles, self.lists,
                    builder=self.builder).read(start, min(end, len(self.text.chars)))

    def read_note(self, start: int, end: int, number: str) -> None:
        """A note's range, read as its blocks (``BlockKind.NOTE``), opened by its number."""
        first = len(self.builder.blocks)
        self.read_story(start, end, number)
        as_notes(self.builder, first, number)

    def _read_notes(self, paragraph_end: int, ended: int) -> None:
        """The footnotes cited in the paragraph just read (from block ``ended`` on), after
        it, or after the answer when it asks (``note_places``)."""
        cited = []
        while self._notes_read < len(self.notes) and (
                self.notes[self._notes_read][0] <= paragraph_end):
            cited.append(self.notes[self._notes_read][1:])
            self._notes_read += 1
        blocks = self.builder.blocks
        if len(blocks) > ended and holds_notes_back(blocks[-1]):
            self._waiting += cited
        elif len(blocks) > ended or cited:
            waiting, self._waiting = self._waiting, []
            for start, end, number in waiting + cited:
                self.read_note(start, end, number)

    def _read_boxes(self, paragraph_end: int) -> None:
        """The text boxes anchored in the paragraph just read, after it (as in .docx)."""
        while self._boxes_read < len(self.boxes) and (
                self.boxes[self._boxes_read][0] <= paragraph_end):
            _, start, end = self.boxes[self._boxes_read]
            self._boxes_read += 1
            self.read_story(start, end)

    def _paragraph(self, start: int, end: int, paragraph: Paragraph, mark: str) -> None:
        style = self.styles.style(paragraph.style)
        level = style.level if paragraph.level is None else (
            paragraph.level if paragraph.level < 9 else None)
        list_id = style.list_id if paragraph.list_id is None else paragraph.list_id
        list_level = (style.list_level if paragraph.list_level is None
                      else paragraph.list_level)
        listed = (self.lists.marker(list_id, min(list_level, 8))
                  if list_id and not paragraph.row_end else None)
        if listed is not None and listed.label:  # "Q1.": the list's own words are text
            self._add_text(f"{listed.label} ", _PLAIN, (False, False))
        self._smallest = 0
        self._characters(start, end, paragraph)
        self._close_runs()
        in_table = paragraph.in_table or paragraph.depth > 0
        if self._table is not None and not in_table:
            self._end_table()
        if in_table and self._table is None:
            self._table = Table(len(self.builder.blocks))
        if in_table and mark == "\x07" and paragraph.row_end:
            self.builder.end_block(BlockKind.PARAGRAPH)  # nothing: a row's mark has no text
            if self._table is not None:
                self._table.end_row()
            return
        if level is not None:
            # A heading style linked to a list: its number opens the heading ("2.1").
            self.builder.end_heading(
                level + 1, listed.ordinal if listed is not None and not listed.label else "")
        elif listed is not None and not listed.label:
            self.builder.end_item(listed.depth, listed.ordinal)
        elif style.quote:
            self.builder.end_block(BlockKind.QUOTE, 1)
        else:
            self.builder.end_block(BlockKind.PARAGRAPH)
            if self._smallest and not in_table:  # a title set large by hand: a heading
                self.sizes.sizes[len(self.builder.blocks) - 1] = self._smallest / 2
        if in_table and mark == "\x07" and self._table is not None:
            self._table.end_cell(len(self.builder.blocks))

    def _characters(self, start: int, end: int, paragraph: Paragraph) -> None:
        style = self.styles.style(paragraph.style)
        self._style_size = style.size
        for low, high, offset, width, modifiers in self.text.pieces(start, end):
            position = low
            while position < high:
                at = offset + (position - low) * width
                run = self.characters.at(at)
                if run is None:
                    after = self.characters.next_start(at)
                    properties = _PLAIN
                else:
                    after, properties = run
                if modifiers:
                    properties = with_modifiers(properties, modifiers)
                following = low + -(-(after - offset) // width)
                following = min(high, max(position + 1, following))
                bold = self._flag(style.bold, properties.style, properties.bold, CHAR_BOLD)
                italic = self._flag(style.italic and not style.quote, properties.style,
                                    properties.italic, CHAR_ITALIC)
                self._add(self.text.chars[position:following], properties, (bold, italic))
                position = following

    def _flag(self, inherited: bool, character_style: int, value: int | None,
              sprm: int) -> bool:
        if character_style != _DEFAULT_CHARACTER_STYLE:
            inherited = inherited or self.styles.flag(character_style, sprm)
        return inherited if value is None else toggled(inherited, value)

    def _add(self, text: str, properties: Characters, styles: tuple[bool, bool]) -> None:
        if properties.hidden or properties.deleted:
            return
        position = 0
        for mark in _INLINE_MARK.finditer(text):
            self._add_text(text[position:mark.start()], properties, styles)
            self._mark(mark.group())
            position = mark.end()
        self._add_text(text[position:], properties, styles)

    def _add_text(self, text: str, properties: Characters, styles: tuple[bool, bool]) -> None:
        if not text or properties.special:  # a picture's or a note mark's character
            return
        if self._in_code:
            if self._fields and not self._fields[-1].in_result:
                self._fields[-1].instruction.append(text)
            return
        self._apply(styles)
        self.builder.text(whole_characters(text).translate(_LINKED))
        if not text.isspace():
            size = properties.size or self._style_size
            self._smallest = min(self._smallest or size, size)

    def _mark(self, mark: str) -> None:
        if mark == "\x13":
            self._fields.append(_Field())
            self._in_code += 1
        elif mark == "\x14" and self._fields and not self._fields[-1].in_result:
            opened = self._fields[-1]
            opened.in_result = True
            self._in_code -= 1
            link = HYPERLINK.search("".join(opened.instruction))
            if link is not None and not self._in_code:
                self._close_runs()  # the link under the bold and italic runs
                self.builder.open(InlineStyle.LINK, f"#{link[2]}" if link[1] else link[2])
                opened.linked = True
        elif mark == "\x15" and self._fields:
            closed = self._fields.pop()
            if not closed.in_result:
                self._in_code -= 1
            if closed.linked:
                self._close_runs()
                self.builder.close()
        elif not self._in_code:  # a line, page or column break
            self.builder.line_break()

    def _apply(self, styles: tuple[bool, bool]) -> None:
        if styles == self._applied:
            return
        self._close_runs()
        for style, wanted in zip((InlineStyle.STRONG, InlineStyle.EMPHASIS), styles,
                                 strict=True):
            if wanted:
                self.builder.open(style)
        self._applied = styles

    def _close_runs(self) -> None:
        for _ in range(sum(self._applied)):
            self.builder.close()
        self._applied = (False, False)

    def _end_table(self) -> None:
        if self._table is not None:
            self._table.resolve(self.builder.blocks)
            self._table = None
