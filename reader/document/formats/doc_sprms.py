"""The binary pieces every part of a Word 97-2003 file (.doc) is made of: little-endian
numbers read only inside their stream, and property modifiers ("sprms": a code, then an
operand whose size the code tells) as [MS-DOC] 2.2.5 lays them out.

A number read past its stream's end is a ``DocDamaged``: every offset and count in a .doc
file comes from the file itself, so none is trusted.
"""

from __future__ import annotations

from collections.abc import Iterator


class DocDamaged(Exception):
    """A structure of the file points outside its stream, or holds an impossible count."""


# The sprms the reader uses (their operands: a byte unless said).
CHAR_BOLD = 0x0835  # 0 off, 1 on, 0x80 the style's, 0x81 the style's opposite
CHAR_ITALIC = 0x0836
CHAR_HIDDEN = 0x083C  # fVanish: text Word neither shows nor prints
CHAR_DELETED = 0x0800  # fRMarkDel: a tracked deletion
CHAR_SPECIAL = 0x0855  # fSpec: a picture's, a note mark's or a field's character
CHAR_STYLE = 0x4A30  # the character style (2 bytes)
CHAR_SIZE = 0x4A43  # the font size in half-points (2 bytes)
PARA_OUTLINE = 0x2640  # 0-8 a heading's level, 9 body text
PARA_IN_TABLE = 0x2416
PARA_ROW_END = 0x2417  # fTtp: the paragraph that ends a table's row
PARA_DEPTH = 0x6649  # itap: how deep in nested tables (4 bytes)
PARA_INNER_CELL = 0x244B  # a nested table's cell end
PARA_INNER_ROW_END = 0x244C
PARA_LIST_LEVEL = 0x260A  # ilvl
PARA_LIST = 0x460B  # ilfo (2 bytes): 0 no list
# A fast save's single change coded in a piece's descriptor (Prm0) names its modifier by
# Word 6's number for it: the ones the reader uses.
SINGLE_CHANGES = {0x41: CHAR_DELETED, 0x55: CHAR_BOLD, 0x56: CHAR_ITALIC, 0x5C: CHAR_HIDDEN}
_TABLE_DEFINITION = 0xD608  # its size is two bytes, not one
_TAB_CHANGES = 0xC615  # a size of 255 means two arrays follow
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


def u8(data: bytes, offset: int) -> int:
    if not 0 <= offset < len(data):
        raise DocDamaged
    return data[offset]


def u16(data: bytes, offset: int) -> int:
    if offset < 0 or offset + 2 > len(data):
        raise DocDamaged
    return int.from_bytes(data[offset:offset + 2], "little")


def u32(data: bytes, offset: int) -> int:
    if offset < 0 or offset + 4 > len(data):
        raise DocDamaged
    return int.from_bytes(data[offset:offset + 4], "little")


def span(data: bytes, offset: int, size: int) -> bytes:
    """``size`` bytes from ``offset``, all inside ``data``."""
    if offset < 0 or size < 0 or offset + size > len(data):
        raise DocDamaged
    return data[offset:offset + size]


def sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Each (sprm, operand) of a list of property modifiers; a cut list ends where its last
    whole modifier does (properties are hints: a damaged one is ignored, not fatal)."""
    position = 0
    while position + 2 <= len(grpprl):
        sprm = u16(grpprl, position)
        position += 2
        size = _OPERAND_SIZES.get(sprm >> 13)
        if size is None:  # variable: the operand says how long it is
            if sprm == _TABLE_DEFINITION:
                if position + 2 > len(grpprl):
                    return
                size = u16(grpprl, position) - 1
                position += 2
            elif position >= len(grpprl):
                return
            elif sprm == _TAB_CHANGES and grpprl[position] == 255:
                deleted = 1 + 4 * grpprl[position + 1] if position + 1 < len(grpprl) else 0
                added_at = position + 1 + deleted
                if not deleted or added_at >= len(grpprl):
                    return
                size = 1 + deleted + 1 + 3 * grpprl[added_at]
            else:
                size = grpprl[position]
                position += 1
        if size < 0 or position + size > len(grpprl):
            return
        yield sprm, grpprl[position:position + size]
        position += size


def operand(value: bytes) -> int:
    """A sprm's operand as an unsigned number."""
    return int.from_bytes(value, "little")
