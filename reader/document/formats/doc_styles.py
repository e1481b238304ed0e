"""A Word 97-2003 file's style sheet (the STSH, [MS-DOC] 2.9.271): what each paragraph and
character style makes of the text it styles.

A heading's level comes from the style's outline level, else from its built-in identity
(the sti: "heading 1" to "heading 9" are 1 to 9 whatever Word's language named them), and
the Title style (sti 62) is a level-1 heading, as in .docx files. Bold and italic are the
style's own or its base style's; a style may also toggle its base's ("0x81").
"""

from __future__ import annotations

from dataclasses import dataclass

from .doc_sprms import (
    CHAR_BOLD,
    CHAR_ITALIC,
    CHAR_SIZE,
    PARA_LIST,
    PARA_LIST_LEVEL,
    PARA_OUTLINE,
    DocDamaged,
    operand,
    span,
    sprms,
    u16,
)

_HEADINGS = range(1, 10)  # sti of "heading 1" .. "heading 9"
_TITLE = 62
_QUOTES = frozenset({"quote", "intense quote"})  # English names: Word 2007's own styles
_PARAGRAPH, _CHARACTER = 1, 2
_LANGUAGES = frozenset({0x486D, 0x4873, 0x4A41})  # sprmCRgLid0_80, sprmCRgLid0, sprmCLid
_WORD_SIZE = 20  # 10 pt: Word's size where no style gives one
_MAX_BASES = 12  # a chain of based-on styles longer than this is a loop, cut
MAX_STYLES = 4096  # istd is twelve bits


@dataclass(frozen=True, slots=True)
class Style:
    level: int | None = None  # a heading's level, 0-8; None for body text
    bold: bool = False
    italic: bool = False
    list_id: int = 0  # ilfo: 0 for no list
    list_level: int = 0
    quote: bool = False
    size: int = _WORD_SIZE  # in half-points


@dataclass(frozen=True, slots=True)
class _Record:
    sti: int
    kind: int
    base: int
    name: str
    paragraph: bytes  # the style's paragraph sprms
    character: bytes  # its character sprms


class Styles:
    """The style sheet; ``style(istd)`` resolves a style with those it is based on."""

    def __init__(self, stsh: bytes) -> None:
        self._records = _records(stsh) if stsh else []
        self._resolved: dict[int, Style] = {}
        self._flags: dict[tuple[int, int], bool] = {}

    def style(self, istd: int) -> Style:
        if istd not in self._resolved:
            self._resolved[istd] = self._resolve(istd)
        return self._resolved[istd]

    def language_id(self) -> int:
        """The Normal style's language (a Windows LCID), 0 when it names none."""
        found = 0
        for record in reversed(self._chain(0)):
            for code, value in sprms(record.character):
                if code in _LANGUAGES and operand(value):
                    found = operand(value)
        return found

    def flag(self, istd: int, sprm: int) -> bool:
        """A character style's bold or italic (CHAR_BOLD, CHAR_ITALIC), False when none."""
        if (istd, sprm) not in self._flags:
            value = False
            for record in reversed(self._chain(istd)):
                for code, value_bytes in sprms(record.character):
                    if code == sprm:
                        value = toggled(value, operand(value_bytes))
            self._flags[(istd, sprm)] = value
        return self._flags[(istd, sprm)]

    def _chain(self, istd: int) -> list[_Record]:
        """The style and the styles it is based on, nearest first."""
        chain: list[_Record] = []
        while 0 <= istd < len(self._records) and len(chain) < _MAX_BASES:
            record = self._records[istd]
            if record.kind == 0:
                break
            chain.append(record)
            istd = record.base  # 0xFFF: based on no style
        return chain

    def _resolve(self, istd: int) -> Style:
        chain = self._chain(istd)
        level: int | None = None
        list_id = list_level = 0
        size = _WORD_SIZE
        quote = any(record.name.casefold() in _QUOTES for record in chain)
        for record in reversed(chain):  # the base first, each style over it
            if record.sti in _HEADINGS:
                level = record.sti - 1
            elif record.sti == _TITLE:
                level = 0
            for code, value in sprms(record.paragraph):
                if code == PARA_OUTLINE:
                    level = operand(value) if operand(value) < 9 else None
                elif code == PARA_LIST:
                    list_id = operand(value)
                elif code == PARA_LIST_LEVEL:
                    list_level = operand(value)
            for code, value in sprms(record.character):
                if code == CHAR_SIZE and operand(value):
                    size = operand(value)
        if chain and (chain[0].sti == _TITLE or chain[0].name.casefold() == "title"):
            level = 0  # by its name too, as in .docx and RTF files (other programs' Title)
        return Style(level, self.flag(istd, CHAR_BOLD), self.flag(istd, CHAR_ITALIC),
                     list_id, list_level, quote, size)


def toggled(inherited: bool, value: int) -> bool:
    """A bold or italic operand over what the style gives: 0 off, 1 on, 0x80 as the style,
    0x81 the style's opposite."""
    if value == 0x80:
        return inherited
    if value == 0x81:
        return not inherited
    return bool(value)


def _records(stsh: bytes) -> list[_Record]:
    header = u16(stsh, 0)
    count, base_size = u16(stsh, 2), u16(stsh, 4)
    if count > MAX_STYLES:
        raise DocDamaged
    records = []
    position = 2 + header
    for _ in range(count):
        size = u16(stsh, position)
        std = span(stsh, position + 2, size)
        position += 2 + size
        records.append(_record(std, base_size) if size >= 10 else _Record(0, 0, 0xFFF, "",
                                                                             b"", b""))
    return records


def _record(std: bytes, base_size: int) -> _Record:
    sti, kind, base = u16(std, 0) & 0x0FFF, u16(std, 2) & 0x000F, u16(std, 2) >> 4
    try:
        length = u16(std, base_size)
        name = span(std, base_size + 2, 2 * length).decode("utf-16-le", "replace")
        position = base_size + 2 + 2 * length + 2
        upxs = []
        for _ in range(2 if kind == _PARAGRAPH else 1 if kind == _CHARACTER else 0):
            position += position % 2
            size = u16(std, position)
            upxs.append(span(std, position + 2, size))
            position += 2 + size
    except DocDamaged:  # a style cut short keeps its identity, not its properties
        return _Record(sti, kind, base, "", b"", b"")
    if kind == _PARAGRAPH:
        return _Record(sti, kind, base, name, upxs[0][2:], upxs[1])
    return _Record(sti, kind, base, name, b"", upxs[0] if upxs else b"")
