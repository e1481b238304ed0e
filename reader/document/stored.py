"""A parsed ``Document`` as JSON-ready data and back, for the cache of parsed documents.

JSON, not pickle: reading a cache entry must never run code, whoever wrote the file. Every
model value is written as a list of its fields in a fixed order (``*_FIELDS`` below, which a
test compares with the model's own fields, so a new field cannot be forgotten) and every enum
by its value. Reading checks what it builds: a corrupt or forged entry raises
``StoredDocumentError`` rather than handing the window offsets outside the text.

The text is stored once: ``Document.text`` whole, and each block by its text's end in it (in
the place of its text), so that the blocks read back read their texts from it, as those of a
document just parsed do (``reader.document.model``). The source is not stored, only its key
(``content_key``): a re-open needs nothing else of it. Version 1 stored the source and every
block's text: such data is refused, the entry then a cache miss, the document parsed again.
"""

from __future__ import annotations

from typing import Any

from .correction_store import content_key
from .model import (
    Block,
    BlockKind,
    Document,
    DocumentKind,
    Inline,
    InlineStyle,
    Notice,
    NoticeKind,
    Role,
    Section,
    SectionKind,
    block_in_text,
)

VERSION = 4  # 3: notes are blocks of their own kind (BlockKind.NOTE); 4: note references

INLINE_FIELDS = ("start", "end", "style", "target")
# "text": stored as the end of the block's text in the document's.
BLOCK_FIELDS = ("kind", "text", "start", "source_lines", "level", "inlines", "role", "ordinal")
SECTION_FIELDS = ("kind", "first_block", "end_block", "start", "end", "heading", "level",
                  "number", "answer_block", "speaker")
NOTICE_FIELDS = ("kind", "detail")
DOCUMENT_FIELDS = ("title", "kind", "language", "blocks", "sections", "source", "path",
                   "encoding", "notices", "format", "content_key")  # source: by its key


# Enum members by value, looked up in a dict: calling the enum costs 15 µs a value, 1.4 s for
# the 100,000 values of a 10 MB document.
_BLOCK_KINDS = {kind.value: kind for kind in BlockKind}
_ROLES = {role.value: role for role in Role}
_STYLES = {style.value: style for style in InlineStyle}


class StoredDocumentError(ValueError):
    """The data is not a document this version wrote."""


def to_data(document: Document) -> dict[str, Any]:
    return {
        "version": VERSION,
        "title": document.title,
        "kind": document.kind.value,
        "language": document.language,
        "text": document.text,
        "blocks": [_block_data(block) for block in document.blocks],
        "sections": [_section_data(section) for section in document.sections],
        "path": document.path,
        "encoding": document.encoding,
        "notices": [[notice.kind.value, notice.detail] for notice in document.notices],
        "format": document.format,
        "content_key": content_key(document),
    }


def from_data(data: Any) -> Document:
    """The document ``to_data`` described. Raises ``StoredDocumentError`` only."""
    try:
        if data["version"] != VERSION:
            raise StoredDocumentError("version")
        text = _text(data["text"])
        document = Document(
            title=_text(data["title"]),
            kind=DocumentKind(data["kind"]),
            language=_text(data["language"]),
            blocks=_blocks(text, data["blocks"]),
            sections=tuple(_section(item) for item in data["sections"]),
            source="",
            path=_text(data["path"]),
            encoding=_text(data["encoding"]),
            notices=tuple(Notice(NoticeKind(kind), _text(detail))
                          for kind, detail in data["notices"]),
            format=_text(data["format"]),
            content_key=_text(data["content_key"]),
        )
    except StoredDocumentError:
        raise
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise StoredDocumentError(str(error)) from None
    _check_coordinates(document)
    return document


def _block_data(block: Block) -> list[Any]:
    inlines = [[i.start, i.end, i.style.value, i.target] for i in block.inlines]
    return [block.kind.value, block.end, block.start, list(block.source_lines), block.level,
            inlines, block.role.value, block.ordinal]


def blocks_of_line(data: dict[str, Any], items: list[Any]) -> list[Any]:
    """A line of a document's blocks made blocks as soon as it is read (``json_pieces.load``),
    reading from the text read before them: the line's data is dropped before the next is
    read, rather than every block's data before the first block is made, which left 13 MB of
    holes between the blocks that outlived it. Raises ``StoredDocumentError`` only."""
    text = data.get("text")
    if type(text) is not str:
        raise StoredDocumentError("the text before the blocks")
    try:
        return [_block(text, item) for item in items]
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise StoredDocumentError(str(error)) from None


def _blocks(text: str, items: list[Any]) -> tuple[Block, ...]:
    """The blocks, reading from ``text`` (already made if read with ``blocks_of_line``; data
    never holds a Block otherwise); the last ends with the text."""
    blocks = tuple(items if items and isinstance(items[0], Block)
                   else (_block(text, item) for item in items))
    if (blocks[-1].end if blocks else 0) != len(text):
        raise StoredDocumentError("block offsets")
    return blocks


def _block(text: str, item: list[Any]) -> Block:
    """A block reading ``text[start:end]``, which must end before a "\n" or with the text
    (``_check_coordinates`` checks that the blocks follow one another)."""
    kind, end, start, (first, last), level, inlines, role, ordinal = item
    if not 0 <= _number(start) <= _number(end) <= len(text) or text[end:end + 1] not in ("\n", ""):
        raise StoredDocumentError("block offsets")
    return block_in_text(
        text, end, _BLOCK_KINDS[kind], start, (_number(first), _number(last)), _number(level),
        tuple(Inline(_number(a), _number(b), _STYLES[style], _text(target))
              for a, b, style, target in inlines) if inlines else (),
        _ROLES[role], _text(ordinal))


def _section_data(section: Section) -> list[Any]:
    return [section.kind.value, section.first_block, section.end_block, section.start,
            section.end, section.heading, section.level, section.number, section.answer_block,
            section.speaker]


def _section(item: list[Any]) -> Section:
    kind, first, end_block, start, end, heading, level, number, answer, speaker = item
    return Section(SectionKind(kind), _number(first), _number(end_block), _number(start),
                   _number(end), _text(heading), _number(level), _number(number),
                   _number(answer), _text(speaker))


def _text(value: Any) -> str:
    if type(value) is not str:
        raise StoredDocumentError("text expected")
    return value


def _number(value: Any) -> int:
    if type(value) is not int:
        raise StoredDocumentError("integer expected")
    return value


def _check_coordinates(document: Document) -> None:
    """The invariants the window relies on: blocks placed one after another, inline runs and
    sections inside the text, in order."""
    offset, length = 0, len(document.text)
    for block in document.blocks:
        if block.start != offset:
            raise StoredDocumentError("block offsets")
        for inline in block.inlines:
            if not block.start <= inline.start <= inline.end <= block.end:
                raise StoredDocumentError("inline offsets")
        offset = block.end + 1
    count, previous = len(document.blocks), 0
    for section in document.sections:
        if not (previous <= section.start <= section.end <= length
                and 0 <= section.first_block <= section.end_block <= count):
            raise StoredDocumentError("section offsets")
        previous = section.start
