"""Bullets a PDF draws as shapes, not characters: browsers printing a page, Qt and some
layout programs draw a list's bullet as a small filled circle or square, so the text layer
has no "•" and an item whose line ends short ran into the next one. A small shape just left
of a line, at its height, is that line's bullet: the line opens with "•", as when the file
writes it as text.
"""

from __future__ import annotations

import ctypes
from dataclasses import replace
from typing import Any

from .pdf_breaks import BULLET
from .pdf_lines import Line

_SMALLEST, _LARGEST = 0.15, 0.7  # a bullet's width and height, in the line's font sizes
_SQUARE = 1.6  # at most this much wider than high, or higher than wide
_GAP = 2.5  # font sizes at most between the bullet and its text
_INDENT = 5  # points: a page whose lines all start at one margin holds no bulleted list


def with_drawn_bullets(raw: Any, page: Any, lines: list[Line]) -> list[Line]:
    """``lines`` with a "• " before each that a shape on ``page`` marks as a list item."""
    if not lines or not _may_list(lines):
        return lines  # the common page: its objects (a glyph each, in some files) unwalked
    shapes = _small_shapes(raw, page, max(line.size for line in lines))
    if not shapes:
        return lines
    return [_bulleted(line) if not BULLET.match(line.text) and any(
        _marks(shape, line) for shape in shapes) else line for line in lines]


def _may_list(lines: list[Line]) -> bool:
    """Whether a line set in from the margin ends short above another set in as far: where
    a drawn bullet would tell a list's next item from the same item's next line."""
    margin = min(line.left for line in lines)
    edge = max(line.right for line in lines)
    return any(abs(line.left - after.left) <= 1 and line.left > margin + _INDENT
               and line.right < edge - 2 * line.size
               for line, after in zip(lines, lines[1:], strict=False))


def _small_shapes(raw: Any, page: Any, size: float) -> list[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of the page's paths no larger than a bullet
    of the largest text."""
    found = []
    bounds = [ctypes.c_float() for _ in range(4)]
    for index in range(raw.FPDFPage_CountObjects(page)):
        shape = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(shape) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(shape, *(ctypes.byref(b) for b in bounds)):
            continue
        left, bottom, right, top = (b.value for b in bounds)
        if 0 < right - left <= _LARGEST * size and 0 < top - bottom <= _LARGEST * size:
            found.append((left, bottom, right, top))
    return found


def _marks(shape: tuple[float, float, float, float], line: Line) -> bool:
    left, bottom, right, top = shape
    width, height = right - left, top - bottom
    if not (_SMALLEST * line.size <= min(width, height) and max(width, height) <= (
            _LARGEST * line.size) and max(width, height) <= _SQUARE * min(width, height)):
        return False
    middle = (bottom + top) / 2
    return (0 <= line.left - right <= _GAP * line.size
            and line.bottom <= middle <= line.bottom + 0.7 * line.size)


def _bulleted(line: Line) -> Line:
    styles = tuple((start + 2 if start else 0, end + 2, strong, emphasis)
                   for start, end, strong, emphasis in line.styles)
    return replace(line, text=f"• {line.text}", styles=styles)
