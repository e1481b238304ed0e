"""How the outline draws its rows: wrapped, never cut with "…".

At large sizes a cut row showed "Question 2: …" and no word of the question. A tree view asks
its delegate for a row's height without saying how wide the row is, so ``WrappingDelegate``
asks the view (``OutlineView.row_width``), and the view lays the rows out again when its width
changes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from reader.messages.documents import FIRST_STRONG_ISOLATE, POP_ISOLATE
from reader.messages.languages import interface_language_in_use
from reader.ui.text.long_words import hyphenated

if TYPE_CHECKING:
    from reader.ui.text.outline_view import OutlineView

# Around a row's text: the focus frame's margin (2 px in Qt's Fusion and common styles) and one
# pixel, as Qt's own item views leave.
_TEXT_MARGIN = 3
_HEIGHTS_KEPT = 20_000  # rows' heights kept: a 10 MB interview's 6 500 rows at three widths


class WrappingDelegate(QStyledItemDelegate):
    """A row as tall as its text wrapped to the width the row has; a word wider than the row
    (a long word at 96 pt) breaks at a syllable, with a hyphen (reader.ui.text.long_words)."""

    def __init__(self, view: OutlineView) -> None:
        super().__init__(view)
        self._view = view
        # Qt measures the rows again at every restyle (a theme change): kept per text, font
        # and width, they are measured once.
        self._heights: dict[tuple[str, str, int, str], tuple[str, int]] = {}  # and text shown

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.row_width(index) - 2 * _TEXT_MARGIN
        _shown, height = self.wrapped(str(index.data()), option.font, width)
        return QSize(width, height + 2 * _TEXT_MARGIN)

    def wrapped(self, text: str, font: QFont, width: int) -> tuple[str, int]:
        """``text`` as shown (hyphenated where a word is wider than the row), and its height."""
        if not self._view.isVisible():
            # Qt asks a hidden view's rows at a width it does not have yet (38 px as the window
            # starts): measured whole, not kept, and no syllables loaded for a width never
            # seen (pyphen's 80 ms before the first paint: reader.ui.text.syllables_ahead).
            return text, wrapped_height(text, font, width)
        key = (text, font.key(), width, self._view.language)
        made = self._heights.get(key)
        if made is None:
            if len(self._heights) >= _HEIGHTS_KEPT:
                self._heights.clear()
            shown = _hyphenated_by_language(text, font, width, self._view.language)
            made = self._heights[key] = (shown, wrapped_height(shown, font, width))
        return made

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # Qt draws the row, its selection and focus; paint adds the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        # Asked of the selection, not of the option's QStyle flags: PySide makes QStyle's
        # Python enums when the class is first used, 15-20 ms of start-up.
        selected = self._view.selectionModel().isSelected(index)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        rect = QRectF(option.rect.adjusted(_TEXT_MARGIN, _TEXT_MARGIN, -_TEXT_MARGIN,
                                           -_TEXT_MARGIN))
        shown, _height = self.wrapped(str(index.data()), option.font, round(rect.width()))
        painter.drawText(rect, shown, _wrapping())
        painter.restore()


def _hyphenated_by_language(text: str, font: QFont, width: int, language: str) -> str:
    """A row hyphenated where a word is wider than ``width``: the document's words (a row's
    isolated heading, or a row with no isolate) at ``language``'s syllables, the interface's
    ("Question 3: ") at its own. In a Hebrew interview at 96 pt "Question" broke between
    letters ("Qu-esti-on": Hebrew has no syllable dictionary)."""
    if FIRST_STRONG_ISOLATE not in text:
        return hyphenated(text, font, width, language)
    pieces = re.split(f"({FIRST_STRONG_ISOLATE}[^{POP_ISOLATE}]*{POP_ISOLATE}?)", text)
    interface = interface_language_in_use()
    return "".join(hyphenated(piece, font, width,
                              language if piece.startswith(FIRST_STRONG_ISOLATE) else interface)
                   for piece in pieces if piece)


def _wrapping() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text`` in ``font`` wrapped at word boundaries (or anywhere in a word
    wider than ``width``)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        height += line.height()
    layout.endLayout()
    return max(QFontMetrics(font).height(), round(height + 0.5))
