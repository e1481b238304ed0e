"""A tagged PDF's headings: the structure tree an accessible PDF carries says which text is
an H1…H6 or the Title, which beats guessing from font sizes (a heading set in the body's
size is found, a large pull quote is not taken for one)."""

from __future__ import annotations

import ctypes
import re
from typing import Any

# H1…H6, and Title (PDF 2.0's, which Word writes for its Title style): a level-1 heading.
_HEADING = re.compile(r"H([1-6])|Title")
_MAX_ELEMENTS = 100_000  # a hostile file's tree is walked no further


def heading_levels(raw: Any, page: Any) -> dict[int, int]:
    """The page's marked-content ids that lie in a heading element, with its level; empty
    when the page has no structure tree or no heading in it."""
    tree = raw.FPDF_StructTree_GetForPage(page)
    if not tree:
        return {}
    levels: dict[int, int] = {}
    try:
        pending = [(raw.FPDF_StructTree_GetChildAtIndex(tree, index), 0)
                   for index in range(raw.FPDF_StructTree_CountChildren(tree))]
        walked = 0
        while pending and walked < _MAX_ELEMENTS:
            element, level = pending.pop()
            walked += 1
            if not element:
                continue
            heading = _HEADING.fullmatch(_element_type(raw, element))
            level = level or (int(heading.group(1) or 1) if heading else 0)
            if level:
                for index in range(raw.FPDF_StructElement_GetMarkedContentIdCount(element)):
                    mcid = raw.FPDF_StructElement_GetMarkedContentIdAtIndex(element, index)
                    if mcid >= 0:
                        levels[mcid] = level
            pending += [(raw.FPDF_StructElement_GetChildAtIndex(element, index), level)
                        for index in range(raw.FPDF_StructElement_CountChildren(element))]
    finally:
        raw.FPDF_StructTree_Close(tree)
    return levels


def _element_type(raw: Any, element: Any) -> str:
    buffer = ctypes.create_string_buffer(64)
    size = raw.FPDF_StructElement_GetType(element, buffer, len(buffer))
    if not 2 < size <= len(buffer):
        return ""
    return buffer.raw[:size].decode("utf-16-le", "ignore").rstrip("\x00")


def marked_content_id(raw: Any, textpage: Any, index: int) -> int:
    """The marked-content id of the text object that draws character ``index`` (-1: none)."""
    text_object = raw.FPDFText_GetTextObject(textpage, index)
    return int(raw.FPDFPageObj_GetMarkedContentID(text_object)) if text_object else -1


def title_key(text: str) -> str:
    """What a bookmark's title and a heading must share to be the same: their letters and
    digits. A heading cut across two lines keeps its hyphen ("Grandi-ose"), its bookmark has
    none; compared as they were, the bookmark was a second copy of the heading at the top of
    its page."""
    return "".join(char for char in text.casefold() if char.isalnum())
