"""A Word 97-2003 file's direct formatting: the paragraph and character runs its formatted
disk pages (FKPs, [MS-DOC] 2.9.175 and 2.9.174) list, by byte offset in the WordDocument
stream (the FC), with the property modifiers of each run.

The table stream's PlcBtePapx and PlcBteChpx name the 512-byte pages; each page lists runs
(where each starts and ends) and their modifiers: a paragraph's style (istd) and its own
properties, a character run's bold or italic.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from .doc_sprms import (
    CHAR_BOLD,
    CHAR_DELETED,
    CHAR_HIDDEN,
    CHAR_ITALIC,
    CHAR_SIZE,
    CHAR_SPECIAL,
    CHAR_STYLE,
    PARA_DEPTH,
    PARA_IN_TABLE,
    PARA_INNER_CELL,
    PARA_INNER_ROW_END,
    PARA_LIST,
    PARA_LIST_LEVEL,
    PARA_OUTLINE,
    PARA_ROW_END,
    DocDamaged,
    operand,
    span,
    sprms,
    u8,
    u16,
    u32,
)

_PAGE = 512
_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's own properties (None: its style's)."""

    style: int = 0  # istd
    level: int | None = None  # sprmPOutLvl: 0-8, 9 for body text
    in_table: bool = False
    row_end: bool = False  # the mark ending a row, not a cell
    depth: int = 0  # 1 in a table, more in a table inside a cell
    inner_cell: bool = False  # ends a cell of a table inside a cell
    inner_row_end: bool = False
    list_id: int | None = None
    list_level: int | None = None


@dataclass(frozen=True, slots=True)
class Characters:
    """A character run's own bold and italic (None: the styles'), as its operand says."""

    bold: int | None = None
    italic: int | None = None
    hidden: bool = False
    deleted: bool = False
    special: bool = False  # a picture's, a note reference's: no text of its own
    style: int = 10  # the character style; 10 is "Default Paragraph Font"
    size: int = 0  # in half-points; 0: the style's


class Runs(Generic[_Value]):
    """Properties by byte offset: the run holding a character's offset."""

    def __init__(self, starts: list[int], ends: list[int], values: list[_Value]) -> None:
        self.starts, self.ends, self._values = starts, ends, values

    def at(self, offset: int) -> tuple[int, _Value] | None:
        """The run's end and its value, or None where no run lies."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0 or offset >= self.ends[index]:
            return None
        return self.ends[index], self._values[index]

    def next_start(self, offset: int) -> int:
        """Where the next run after ``offset`` starts (past the end when none does)."""
        index = bisect.bisect_right(self.starts, offset)
        return self.starts[index] if index < len(self.starts) else 1 << 62


def paragraph_runs(word: bytes, plc: bytes) -> Runs[Paragraph]:
    starts: list[int] = []
    ends: list[int] = []
    values: list[Paragraph] = []
    for page in _pages(word, plc):
        count = u8(page, _PAGE - 1)
        for i in range(count):
            start, end = u32(page, 4 * i), u32(page, 4 * i + 4)
            at = 2 * u8(page, 4 * (count + 1) + 13 * i)
            values.append(_paragraph(page, at) if at else Paragraph())
            starts.append(start)
            ends.append(end)
    return _sorted(starts, ends, values)


def character_runs(word: bytes, plc: bytes) -> Runs[Characters]:
    starts: list[int] = []
    ends: list[int] = []
    values: list[Characters] = []
    for page in _pages(word, plc):
        count = u8(page, _PAGE - 1)
        for i in range(count):
            start, end = u32(page, 4 * i), u32(page, 4 * i + 4)
            at = 2 * u8(page, 4 * (count + 1) + i)
            values.append(_characters(span(page, at + 1, u8(page, at))) if at
                          else Characters())
            starts.append(start)
            ends.append(end)
    return _sorted(starts, ends, values)


def _pages(word: bytes, plc: bytes) -> list[bytes]:
    """The FKPs a PlcBte names. More than the stream holds is a damaged file."""
    count, rest = divmod(len(plc) - 4, 8)
    if not plc:
        return []
    if rest or count < 0 or count > len(word) // _PAGE + 1:
        raise DocDamaged
    first = 4 * (count + 1)
    return [span(word, _PAGE * (u32(plc, first + 4 * i) & 0x3FFFFF), _PAGE)
            for i in range(count)]


def _sorted(starts: list[int], ends: list[int], values: list[_Value]) -> Runs[_Value]:
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return Runs([starts[i] for i in order], [ends[i] for i in order],
                [values[i] for i in order])


def _paragraph(page: bytes, at: int) -> Paragraph:
    size = u8(page, at)
    if size == 0:
        size, at = 2 * u8(page, at + 1), at + 2
    else:
        size, at = 2 * size - 1, at + 1
    data = span(page, at, size)
    found: dict[int, int] = {}
    for sprm, value in sprms(data[2:]):
        found[sprm] = operand(value)
    level = found.get(PARA_OUTLINE)
    return Paragraph(
        style=u16(data, 0), level=level, in_table=bool(found.get(PARA_IN_TABLE)),
        row_end=bool(found.get(PARA_ROW_END)), depth=found.get(PARA_DEPTH, 0),
        inner_cell=bool(found.get(PARA_INNER_CELL)),
        inner_row_end=bool(found.get(PARA_INNER_ROW_END)),
        list_id=found.get(PARA_LIST), list_level=found.get(PARA_LIST_LEVEL))


def _characters(grpprl: bytes) -> Characters:
    found = {sprm: operand(value) for sprm, value in sprms(grpprl)}
    return Characters(
        bold=found.get(CHAR_BOLD), italic=found.get(CHAR_ITALIC),
        hidden=bool(found.get(CHAR_HIDDEN)), deleted=bool(found.get(CHAR_DELETED)),
        special=bool(found.get(CHAR_SPECIAL)), style=found.get(CHAR_STYLE, 10),
        size=found.get(CHAR_SIZE, 0))


def with_modifiers(characters: Characters, grpprl: bytes) -> Characters:
    """``characters`` with a piece's own modifiers over them (a fast save's changes)."""
    changed = _characters(grpprl)
    return replace(
        characters,
        bold=characters.bold if changed.bold is None else changed.bold,
        italic=characters.italic if changed.italic is None else changed.italic,
        hidden=characters.hidden or changed.hidden,
        deleted=characters.deleted or changed.deleted,
        special=characters.special or changed.special,
        style=characters.style if changed.style == 10 else changed.style,
        size=changed.size or characters.size)
