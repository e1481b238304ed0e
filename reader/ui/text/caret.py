"""A caret a low-vision reader can find: as thick as the text is large, in the theme's text
colour.

Qt draws a text view's caret ``cursorWidth`` pixels wide by inverting what is under it: at
48 pt the 2-pixel line was lost beside letters a hundred pixels tall, and over antialiased text
or a highlight the inversion came out grey. Here Qt's caret is made zero pixels wide (the text
view keeps its caret, for the keyboard and for screen readers, which read its offset, not its
picture), and the caret is painted over the page after the text view has painted it:
``caret_width`` pixels wide, in the palette's text colour, steady (a blinking caret is gone half
of the time), while the page has keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTextEdit

THINNEST = 2  # pixels, at small sizes
POINTS_PER_PIXEL = 8  # at 48 pt the caret is 6 pixels wide


def caret_width(points: float) -> int:
    """The caret's width in pixels for text of ``points``."""
    return max(THINNEST, round(points / POINTS_PER_PIXEL))


_WATCHED = {QEvent.Type.Paint, QEvent.Type.FocusIn, QEvent.Type.FocusOut}


class ThickCaret(QObject):
    """Paints ``text``'s caret over its page; follows the caret, the scrolling, the layout and
    the focus. Not a widget of its own: a screen reader would find it in the text view."""

    def __init__(self, text: QTextEdit) -> None:
        super().__init__(text)
        self.setObjectName("thick_caret")
        self._text = text
        self._page = text.viewport()
        self._painted = QRect()
        text.setCursorWidth(0)
        text.installEventFilter(self)
        self._page.installEventFilter(self)
        text.cursorPositionChanged.connect(self._moved)
        text.verticalScrollBar().valueChanged.connect(self._moved)
        text.horizontalScrollBar().valueChanged.connect(self._moved)

    def caret_rect(self) -> QRect:
        """Where the caret is drawn, in the page's pixels; empty when the page does not have
        keyboard focus."""
        if not self._text.hasFocus():
            return QRect()
        line = self._text.cursorRect()
        width = caret_width(self._text.document().defaultFont().pointSizeF())
        # Centred on Qt's caret position, so it sits between the two letters.
        return QRect(line.left() - width // 2, line.top(), width, line.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's kind first: while the text view is being destroyed its page still sends
        # events, and the view may no longer be asked anything.
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if watched is self._page and kind == QEvent.Type.Paint:
            # The page as the text view paints it, then the caret on top. Filters installed
            # before this one never see the page's paint (the place keeper is installed after).
            self._text.viewportEvent(event)
            self._paint()
            return True
        if watched is self._text:
            self._moved()
        return False

    def _moved(self) -> None:
        # Only the old and the new place are painted again.
        self._page.update(self._painted)
        self._page.update(self.caret_rect())

    def _paint(self) -> None:
        rect = self.caret_rect()
        self._painted = rect
        if rect.isEmpty():
            return
        painter = QPainter(self._page)
        # A brush and no pen, not fillRect: its overloads make PySide build QGradient's enums
        # (its Preset has about 180 members) at the first paint. The same pixels.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._text.palette().color(QPalette.ColorRole.Text))
        painter.drawRect(rect)
        painter.end()
