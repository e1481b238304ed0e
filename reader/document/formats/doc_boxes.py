"""Where a Word 97-2003 file's text boxes stand in its body ([MS-DOC] 2.9.252 PlcfSpa,
2.9.240 PlcftxbxTxt).

A text box's text is a story of its own after the body's (with the footnotes', headers'
and comments'); the box itself is a shape anchored at a character of the body. PlcSpaMom
gives each shape's anchor and identifier, PlcftxbxTxt each box's range in the text box
story and the identifier of the shape that shows it. As in .docx files, a box's paragraphs
are read after the paragraph its shape is anchored in.
"""

from __future__ import annotations

from .doc_sprms import DocDamaged, u32

SHAPES, BOXES = 40, 56  # PlcSpaMom and PlcftxbxTxt in fibRgFcLcb97
_SHAPE_SIZE, _BOX_SIZE = 26, 22  # an FSPA, an FTXBXS
_BOX_SHAPE = 14  # in an FTXBXS: lid, the shape's identifier


def text_boxes(shapes: bytes, boxes: bytes, story: int, story_chars: int
               ) -> list[tuple[int, int, int]]:
    """(anchor, start, end) of each text box, by anchor: its shape's character in the body,
    and its text's range in the document's characters (the story starts at ``story``)."""
    if not shapes or not boxes or not story_chars:
        return []
    try:
        anchors = _plc(shapes, _SHAPE_SIZE)
        ranges = _plc(boxes, _BOX_SIZE)
    except DocDamaged:  # damaged boxes cost the boxes, not the text around them
        return []
    anchored = {identifier: cp for cp, identifier in anchors}
    found = []
    for number, (start, identifier) in enumerate(ranges):
        end = ranges[number + 1][0] if number + 1 < len(ranges) else story_chars
        if identifier in anchored and start < end <= story_chars:
            found.append((anchored[identifier], story + start, story + end))
    return sorted(found)


def _plc(plc: bytes, size: int) -> list[tuple[int, int]]:
    """A PLC's (cp, shape identifier) pairs: CPs, then structures of ``size`` bytes, each
    holding the identifier (an FSPA at its start, an FTXBXS at ``_BOX_SHAPE``)."""
    count, rest = divmod(len(plc) - 4, 4 + size)
    if rest or count < 0:
        raise DocDamaged
    at = 0 if size == _SHAPE_SIZE else _BOX_SHAPE
    return [(u32(plc, 4 * i), u32(plc, 4 * (count + 1) + size * i + at))
            for i in range(count)]
