"""The document model: immutable values that the parser builds and everything else reads.

Coordinates. ``Document.text`` is the text the reader sees: the blocks' display texts joined by
one ``"\\n"``. Offsets into it (``Block.start``/``end``, ``Section.start``/``end``,
``Inline.start``/``end``) are the coordinates the text view, the outline, speech highlighting and
"where am I" share: the Qt text view puts each block in one paragraph, so a ``QTextCursor``
position equals an offset here. ``Block.source_lines`` points back into ``Document.source`` (the
normalised input), like markdown-it's ``Token.map``.

The text once. A document opened from a file lets its source go once parsed (the structure
rules read it while parsing, nothing after): it keeps only the source's ``content_key``, which
outline corrections are kept under (``reader.document.correction_store``). The source is not
part of a document's equality: the same blocks and sections are the same document. And the
blocks of a ``Document`` read their texts from ``Document.text`` (``_BlockInText``) rather
than keep them a second time.

No Qt here, and no user-visible strings: labels are made by ``reader.messages``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .long_text import joined_lines


class BlockKind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"  # a paragraph inside a block quote
    CODE = "code"
    RULE = "rule"  # a thematic break; its text is empty
    # A table is one block per row, its cells joined by TABLE_CELL_SEPARATOR, so every row
    # keeps the one-paragraph-per-block coordinates; header rows are read before each value.
    TABLE_HEADER = "table_header"
    TABLE_ROW = "table_row"
    # A footnote's or endnote's paragraph, where the file reads it (after the paragraph that
    # cites it, after the text): its ``ordinal`` is the note's mark as printed ("1", "iv",
    # "*"), which its text opens with; "" on a note's later paragraph. The structure rules
    # read the text without notes (reader.document.structure.notes_apart).
    NOTE = "note"


class Role(Enum):
    """What a block is for, once the structure is understood."""

    BODY = "body"
    TITLE = "title"
    LEAD = "lead"  # standfirst, possibly opened by a rubric word such as "INTERVIEW"
    BYLINE = "byline"
    SHARE = "share"  # "- [Twitter](#)": kept in the model, hidden from reading by default
    DATELINE = "dateline"
    CAPTION = "caption"  # photo caption, often ending in an emphasised credit
    SUMMARY = "summary"  # the bullet points that sum the article up
    INTRO = "intro"  # paragraphs between the front matter and the first question
    QUESTION = "question"
    ANSWER = "answer"
    FOOTER = "footer"  # "Source:", "Crédit Photo:" …


FRONT_MATTER_ROLES = frozenset(
    {Role.TITLE, Role.LEAD, Role.BYLINE, Role.SHARE, Role.DATELINE, Role.CAPTION, Role.SUMMARY}
)
HIDDEN_FROM_READING = frozenset({Role.SHARE})


class InlineStyle(Enum):
    EMPHASIS = "emphasis"
    STRONG = "strong"
    LINK = "link"
    CODE = "code"
    IMAGE = "image"  # the image is never fetched: its alt text stands in the text
    # A note's mark where the text cites it ("Bürgerfunk¹"), beside the LINK to its note
    # (formats.note_refs): not a word of the sentence.
    NOTE_REFERENCE = "note_reference"


@dataclass(frozen=True, slots=True)
class Inline:
    """A styled run inside a block, in document coordinates."""

    start: int
    end: int
    style: InlineStyle
    target: str = ""  # the link's or image's address, never followed unasked


# Each record has a docstring: without one, dataclass() makes one from the class's signature
# (inspect.signature), about 0.2 ms of the start-up for each.
@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, list item, row… of the text shown: one paragraph of the view."""

    kind: BlockKind
    text: str  # display text: Markdown markers removed, soft line breaks made spaces
    start: int  # offset of the block's first character in Document.text
    source_lines: tuple[int, int]  # [first, last) line of Document.source, as Token.map
    level: int = 0  # heading level 1-6; list nesting depth (1 = top level)
    inlines: tuple[Inline, ...] = ()
    role: Role = Role.BODY
    ordinal: str = ""  # the list item's marker as written ("-", "1.", "b)", "iv."); a note's mark

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def number_length(self) -> int:
        """How much of the text an ordered list item's number takes ("20. " of "20. Minutes",
        "b) " of "b) Ensuite"): a list's numbers are text in every format, seen, heard and
        found. 0 for a bullet, which is a marker drawn beside the text, and for a note, whose
        mark is said and shown as a note's (reader.speech.notes)."""
        ordinal = self.ordinal
        if (self.kind is BlockKind.NOTE or not is_list_number(ordinal)
                or not self.text.startswith(ordinal)):
            return 0
        return len(ordinal) + (self.text[len(ordinal):len(ordinal) + 1] == " ")


def is_list_number(marker: str) -> bool:
    """Whether a list item's marker is a number as written ("3.", "b)", "iv.", "1.2."), which
    opens the item's text, rather than a bullet ("-", "•"), which is drawn beside it."""
    return any(character.isalnum() for character in marker)


class SectionKind(Enum):
    FRONT_MATTER = "front_matter"
    INTRODUCTION = "introduction"
    QUESTION = "question"
    HEADING = "heading"
    PARAGRAPH = "paragraph"  # for documents with no headings: paragraphs (or groups of them)
    BACK_MATTER = "back_matter"


@dataclass(frozen=True, slots=True)
class Section:
    """One entry of the outline: a run of consecutive blocks ``blocks[first_block:end_block]``."""

    kind: SectionKind
    first_block: int
    end_block: int
    start: int  # Document.text offset of the first block
    end: int  # Document.text offset just after the last block
    heading: str = ""  # the question's whole text, the heading's text, or a paragraph's opening
    level: int = 1  # nesting depth in the outline tree (1 = top level)
    number: int = 0  # 1-based question number for QUESTION sections, else 0
    answer_block: int = -1  # QUESTION: index of the answer's first block (== end_block if none)
    speaker: str = ""  # QUESTION: who asks, when the document names them ("Q", "Priya")


class DocumentKind(Enum):
    INTERVIEW = "interview"
    ARTICLE = "article"
    DOCUMENT = "document"


class NoticeKind(Enum):
    """Things the user is told about a document that still opened."""

    EMPTY = "empty"
    BYTES_REPLACED = "bytes_replaced"  # detail: how many undecodable bytes became U+FFFD
    LEGACY_ENCODING = "legacy_encoding"  # detail: the encoding used, e.g. "cp1252"
    REPAIRED = "repaired"  # detail: how many broken paragraphs were joined
    NUL_REMOVED = "nul_removed"  # detail: how many NUL bytes (past the first 64 KB) were left out
    FLATTENED = "flattened"  # detail: the deepest nesting kept; deeper lists/quotes flattened


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell (``NoticeKind``), with its detail."""

    kind: NoticeKind
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed document: its blocks, its outline's sections, and what is known of it."""

    title: str
    kind: DocumentKind
    language: str  # ISO 639-1 code ("fr"), "" when unknown
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    source: str = field(compare=False)  # the normalised input text; "" once let go
    path: str = ""
    encoding: str = "utf-8"
    notices: tuple[Notice, ...] = ()
    format: str = "text"  # the file's format as data: "text", "markdown", "html", "docx", …
    # SHA-256 of the source (correction_store.content_digest), taken before it was let go;
    # "" while the document keeps its source.
    content_key: str = field(default="", compare=False)
    text: str = field(init=False, repr=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _block_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = _text_shared_by(self.blocks)
        if text is None:  # blocks of their own (a parse's, a correction's): read from the text
            # A few thousand blocks at a time: one join of a 45 MB document's text held
            # Python's lock, and froze the window, for 60 ms and more (long_text).
            text = joined_lines(block.text for block in self.blocks)
            object.__setattr__(self, "blocks", _blocks_in_text(self.blocks, text))
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_starts", tuple(s.start for s in self.sections))
        object.__setattr__(self, "_block_starts", tuple(b.start for b in self.blocks))

    @property
    def questions(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind is SectionKind.QUESTION)

    def section_index_at(self, offset: int) -> int:
        """Index of the section that contains ``offset`` (the last one starting at or before it);
        -1 for an empty outline."""
        if not self.sections:
            return -1
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def block_index_at(self, offset: int) -> int:
        """Index of the block that contains ``offset`` (or ends just before it); -1 if none."""
        if not self.blocks:
            return -1
        return max(0, bisect.bisect_right(self._block_starts, offset) - 1)

    def block_text(self, first: int, end: int) -> str:
        return "\n".join(b.text for b in self.blocks[first:end])

    def question_text(self, section: Section) -> str:
        return " ".join(b.text for b in self.blocks[section.first_block : section.answer_block])

    def answer_text(self, section: Section) -> str:
        return "\n".join(b.text for b in self.blocks[section.answer_block : section.end_block])


TABLE_CELL_SEPARATOR = "\t"  # between the cells of a TABLE_HEADER / TABLE_ROW block's text

LINE_BREAK = "\u2028"  # a line break inside a block (hard break, code line): keeps one block


def place_blocks(blocks: list[Block]) -> list[Block]:
    """Give each block its offset in the joined text (blocks joined by one "\\n"), moving its
    inline runs with it. Used after parsing and after any repair that changes the blocks."""
    placed, offset = [], 0
    for block in blocks:
        shift = offset - block.start
        if shift:
            # The constructor, not dataclasses.replace: twice as fast, and this runs for every
            # block of a 10 MB document.
            inlines = tuple(
                Inline(i.start + shift, i.end + shift, i.style, i.target) for i in block.inlines
            ) if block.inlines else ()
            block = Block(
                block.kind, block.text, offset, block.source_lines, block.level, inlines,
                block.role, block.ordinal,
            )
        placed.append(block)
        offset += len(block.text) + 1
    return placed


# --- Blocks that read their text from the document's ----------------------------------------

_FIELDS = ("kind", "text", "start", "source_lines", "level", "inlines", "role", "ordinal")
# Block's own slots, set directly on a _BlockInText: its "text" slot holds the whole text.
_SET = tuple(Block.__dict__[name].__set__ for name in _FIELDS)
_WHOLE_TEXT = Block.__dict__["text"].__get__


class _BlockInText(Block):
    """A block of a ``Document``, its text read from the document's, which it holds in
    ``Block``'s own ``text`` slot, from ``start`` to ``end``: a 10 MB document's text once,
    not once more in its blocks (11 MB more). It equals and hashes as the ``Block`` it stands
    for; ``dataclasses.replace``, copying or pickling make a ``Block`` with a text of its own."""

    __slots__ = ("_end",)
    _end: int

    # mypy: __new__ returns a Block, not a _BlockInText, on purpose.
    def __new__(cls, *args: Any, **kwargs: Any) -> Block:  # type: ignore[misc]
        # What dataclasses.replace calls, with every field: a block of its own.
        return Block(*args, **kwargs)

    @property
    def text(self) -> str:
        whole: str = _WHOLE_TEXT(self)
        return whole[self.start:self._end]

    @property
    def end(self) -> int:
        return self._end

    def _fields(self) -> tuple[Any, ...]:
        return (self.kind, self.text, self.start, self.source_lines, self.level, self.inlines,
                self.role, self.ordinal)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        if (type(other) is _BlockInText and _WHOLE_TEXT(other) is _WHOLE_TEXT(self)
                and other.start == self.start and other._end == self._end):
            same_text = True  # the same place of the same text: no copy of either to compare
        else:
            same_text = self.start == other.start and self.text == other.text
        return same_text and (self.kind, self.source_lines, self.level, self.inlines, self.role,
                              self.ordinal) == (other.kind, other.source_lines, other.level,
                                                other.inlines, other.role, other.ordinal)

    __hash__ = Block.__hash__

    def __repr__(self) -> str:
        return repr(Block(*self._fields()))

    def __reduce__(self) -> tuple[type[Block], tuple[Any, ...]]:
        return Block, self._fields()


def block_in_text(text: str, end: int, kind: BlockKind, start: int,
                  source_lines: tuple[int, int], level: int = 0, inlines: tuple[Inline, ...] = (),
                  role: Role = Role.BODY, ordinal: str = "") -> Block:
    """A block whose text is ``text[start:end]``, for a ``Document`` whose text is ``text``
    (``reader.document.stored`` reads them back so, having checked the offsets)."""
    placed = object.__new__(_BlockInText)
    set_kind, set_text, set_start, set_lines, set_level, set_inlines, set_role, set_ordinal = _SET
    set_kind(placed, kind)
    set_text(placed, text)
    set_start(placed, start)
    set_lines(placed, source_lines)
    set_level(placed, level)
    set_inlines(placed, inlines)
    set_role(placed, role)
    set_ordinal(placed, ordinal)
    _SET_END(placed, end)
    return placed


_SET_END = _BlockInText.__dict__["_end"].__set__


def _blocks_in_text(blocks: tuple[Block, ...], text: str) -> tuple[Block, ...]:
    """``blocks`` reading from ``text``, which joins their texts; left as they are if they are
    not placed one after another (a test's deliberately broken document), whose texts are
    then not at their offsets in it."""
    offset = 0
    for block in blocks:
        if block.start != offset:
            return blocks
        offset = block.end + 1
    return tuple([
        block_in_text(text, block.start + len(block.text), block.kind, block.start,
                      block.source_lines, block.level, block.inlines, block.role, block.ordinal)
        for block in blocks])


def _text_shared_by(blocks: tuple[Block, ...]) -> str | None:
    """The text that ``blocks`` read from, if they all read from one text that they tile (as
    the document they come from made them: ``dataclasses.replace`` of a document); else
    None."""
    if not blocks or type(blocks[0]) is not _BlockInText:
        return None
    text = _WHOLE_TEXT(blocks[0])
    offset = 0
    for block in blocks:
        if type(block) is not _BlockInText or _WHOLE_TEXT(block) is not text:
            return None
        if block.start != offset:
            return None
        offset = block.end + 1
    return text if offset == len(text) + 1 else None
