"""Word 97-2003 list numbering: what Word draws before a list paragraph ([MS-DOC] 2.9.147
PlfLst, 2.9.150 LVL, 2.9.133 PlfLfo).

A paragraph names its list by ilfo (1-based, in PlfLfo) and its level by ilvl; the list
override names a list definition (lsid, in PlfLst), whose levels (nine, or one for a simple
list) follow PlfLst in the table stream. Each level has a number format (nfc) and a number
text (xst) where a character 0-8 stands for that level's number: "\\x00." is "1.",
"Q\\x00." is "Q1.". As in .docx files (``docx_numbering``), a bullet or a number makes a
list item (the number as Word shows it, "b)", "iv.", opens the item's text), and a number text
with words of its own ("Q1.", "Question 1:") opens a paragraph's text instead. A list
override's own levels (a restart, another format) are not read: such a list counts on as its
definition says.
"""

from __future__ import annotations

from dataclasses import dataclass

from .doc_sprms import DocDamaged, span, u8, u16, u32
from .docx_numbering import Marker, written

LISTS, OVERRIDES = 73, 74  # PlfLst and PlfLfo in fibRgFcLcb97
_BULLET, _NO_NUMBER = 23, 255
# The number formats (nfc, MS-DOC's MSONFC) a level writes as .docx files' w:numFmt does.
_FORMATS = {1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
            22: "decimalZero"}
_MAX_LISTS = 32767  # cLst is a signed 16-bit count


@dataclass(frozen=True, slots=True)
class _Level:
    format: int  # nfc
    text: str  # xst: characters 0-8 stand for the levels' numbers
    start: int = 1  # iStartAt: the first item's number


class Lists:
    """Each list paragraph's marker, counting the items of each list as Word does."""

    def __init__(self, table: bytes, lists: tuple[int, int], overrides: tuple[int, int]
                 ) -> None:
        self._levels: dict[int, list[_Level]] = {}
        self._definitions: list[int] = []  # ilfo - 1 to lsid
        self._counters: dict[tuple[int, int], int] = {}
        try:
            self._levels = _definitions(table, *lists) if lists[1] else {}
            if overrides[1]:
                count = u32(table, overrides[0])
                if count > len(table) // 16:
                    raise DocDamaged
                self._definitions = [u32(table, overrides[0] + 4 + 16 * i)
                                     for i in range(count)]
        except DocDamaged:  # damaged lists cost their numbers: their items stay items
            self._levels, self._definitions = {}, []

    def marker(self, list_id: int, level: int) -> Marker:
        """The marker of paragraph with ilfo ``list_id`` at ilvl ``level``."""
        lsid = self._definitions[list_id - 1] if 0 < list_id <= len(self._definitions) else 0
        levels = self._levels.get(lsid, [])
        defined = levels[min(level, len(levels) - 1)] if levels else _Level(_BULLET, "")
        if defined.format in (_BULLET, _NO_NUMBER):
            return Marker(level + 1, "-")
        for deeper in [key for key in self._counters if key[0] == lsid and key[1] > level]:
            del self._counters[deeper]  # a new item restarts the numbering below it
        count = self._counters.get((lsid, level), defined.start - 1) + 1
        self._counters[(lsid, level)] = count
        shown = " ".join("".join(self._shown(lsid, ord(c), levels) if ord(c) <= 8 else c
                                 for c in defined.text).split())
        if any(c.isalpha() for c in defined.text if ord(c) > 8):  # words of its own: text
            return Marker(level + 1, f"{count}.", shown)
        return Marker(level + 1, shown if any(c.isalnum() for c in shown) else "-")

    def _shown(self, lsid: int, level: int, levels: list[_Level]) -> str:
        defined = levels[level] if level < len(levels) else _Level(0, "")
        count = self._counters.get((lsid, level), defined.start)
        return written(count, _FORMATS.get(defined.format, "decimal"))


def _definitions(table: bytes, offset: int, size: int) -> dict[int, list[_Level]]:
    """Each list definition's levels, by lsid."""
    count = u16(table, offset)
    if count > _MAX_LISTS:
        raise DocDamaged
    position = offset + 2 + 28 * count  # the levels follow the list of definitions
    found: dict[int, list[_Level]] = {}
    for number in range(count):
        at = offset + 2 + 28 * number
        simple = u8(table, at + 26) & 1
        levels = []
        for _ in range(1 if simple else 9):
            level, position = _level(table, position)
            levels.append(level)
        found[u32(table, at)] = levels
    return found


def _level(table: bytes, position: int) -> tuple[_Level, int]:
    """An LVL: its LVLF, its two property lists, its number text; and where the next one
    starts."""
    start = int.from_bytes(span(table, position, 4), "little", signed=True)
    number_format = u8(table, position + 4)
    characters, paragraph = u8(table, position + 24), u8(table, position + 25)
    position += 28 + characters + paragraph
    length = u16(table, position)
    text = span(table, position + 2, 2 * length).decode("utf-16-le", "replace")
    return _Level(number_format, text, min(max(start, 0), 32767)), position + 2 + 2 * length
