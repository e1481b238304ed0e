"""Line focus (a reading ruler): everything but a few lines around the caret, or around the
word being read aloud, is dimmed.

Painted over the text view's viewport after the text, not as extra selections: the speech
highlight and the find matches (extra selections) keep their own colours inside the band, and
nothing here moves the caret, so a screen reader hears nothing of it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QTextBlock
from PySide6.QtWidgets import QTextEdit

DIM_ALPHA = 0.72  # how much of the page colour covers the text outside the band


def band(view: QTextEdit, position: int, lines: int) -> tuple[int, int] | None:
    """(top, bottom) in viewport pixels of ``lines`` lines centred on the line of the Qt
    ``position``; None when that line is not laid out."""
    document = view.document()
    block = document.findBlock(position)
    layout = block.layout()
    if not block.isValid() or layout is None or layout.lineCount() == 0:
        return None
    line = layout.lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    first = last = (block, line.lineNumber())
    for _ in range(lines // 2):
        first = _step(first, -1) or first
        last = _step(last, +1) or last
    offset = view.verticalScrollBar().value()
    top_block, top_line = first
    bottom_block, bottom_line = last
    top = top_block.layout().position().y() + top_block.layout().lineAt(top_line).y()
    bottom_layout = bottom_block.layout()
    end = bottom_layout.lineAt(bottom_line)
    bottom = bottom_layout.position().y() + end.y() + end.height()
    return round(top - offset), round(bottom - offset)


def _step(place: tuple[QTextBlock, int], direction: int) -> tuple[QTextBlock, int] | None:
    block, line = place
    line += direction
    while block.isValid():
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        if 0 <= line < count and block.isVisible():
            return block, line
        block = block.previous() if direction < 0 else block.next()
        if block.isValid() and block.layout() is not None:
            line = block.layout().lineCount() - 1 if direction < 0 else 0
    return None


def paint(view: QTextEdit, position: int, lines: int) -> tuple[int, int] | None:
    """Dim the viewport outside the band; returns the band painted (or None)."""
    edges = band(view, position, lines)
    if edges is None:
        return None
    top, bottom = edges
    viewport = view.viewport()
    dim = QColor(view.palette().base().color())
    dim.setAlphaF(DIM_ALPHA)
    painter = QPainter(viewport)
    width, height = viewport.width(), viewport.height()
    if top > 0:
        painter.fillRect(0, 0, width, top, dim)
    if bottom < height:
        painter.fillRect(0, bottom, width, height - bottom, dim)
    painter.end()
    return edges
