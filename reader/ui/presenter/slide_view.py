"""One slide as the room sees it: the text at its fitted size, and a footer line.

The audience window is a ``SlideView`` shown full screen; the trainer's view shows another one,
scaled down, so the trainer sees exactly what the room sees. Everything is laid out for the
audience screen's size (``SlideGeometry``) and the painter is scaled to the widget.

For screen readers: Orca 43 ignores announcement events and status bars, but speaks the
accessible name of the focused widget when it changes (measured: tests/accessibility). The presenter
keeps focus on the audience view and gives it, as its name, the text each step brings, so a
blind trainer hears every step; the description carries the progress.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from reader.ui.presenter.presentation import Screen
from reader.ui.presenter.slide_fit import (
    SlideGeometry,
    slide_document,
    slide_font,
    slide_geometry,
    text_fits,
)


class SlideView(QWidget):
    key_pressed = Signal(int, str, int)  # Qt.Key value, its text, the modifiers' value

    def __init__(self, base_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide_view")
        self._font = QFont(base_font)
        self._geometry = slide_geometry(QSize(1024, 768))
        self._document: QTextDocument | None = None
        self._pixel_size = 0  # the type the slide is drawn with (its footer follows it)
        self._screen = Screen.SLIDE
        self._footer = ("", "", "")  # left (timer), centre (notices), right (progress)
        self.setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- Content ----------------------------------------------------------------------------

    @property
    def geometry_used(self) -> SlideGeometry:
        return self._geometry

    @property
    def document(self) -> QTextDocument | None:
        return self._document

    @property
    def screen_shown(self) -> Screen:
        return self._screen

    @property
    def footer(self) -> tuple[str, str, str]:
        return self._footer

    @property
    def counter_pixel_size(self) -> int:
        """The footer's type ("3 / 8"), in proportion to the slide's."""
        return self._geometry.counter_pixel_size(self._pixel_size)

    @property
    def base_font(self) -> QFont:
        return QFont(self._font)

    def set_base_font(self, font: QFont) -> None:
        """The reader's font from now on: the next ``show_text`` and the footer use its face."""
        self._font = QFont(font)
        self.update()

    def show_text(
        self, geometry: SlideGeometry, lead: Sequence[str], body: Sequence[str], pixel_size: int
    ) -> None:
        self._geometry = geometry
        document = slide_document(lead, body, self._font, pixel_size, geometry.text_rect.width())
        if not text_fits(document, geometry.text_rect_for(pixel_size)):
            # Only a word wider than the screen at the minimum size gets here: cut it rather
            # than let it run off the edge.
            option = document.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            document.setDefaultTextOption(option)
        document.setParent(self)
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        self._pixel_size = pixel_size
        self.update()

    def set_screen(self, screen: Screen) -> None:
        self._screen = screen
        self.update()

    def set_footer(self, left: str, centre: str, right: str) -> None:
        self._footer = (left, centre, right)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    # --- Keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event.key(), event.text(), event.modifiers().value)
        event.accept()

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab is a key like any other here: it must not leave the slide

    # --- Painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._screen is Screen.BLACK:
            painter.fillRect(self.rect(), QColor(Qt.GlobalColor.black))
            return
        if self._screen is Screen.WHITE:
            painter.fillRect(self.rect(), QColor(Qt.GlobalColor.white))
            return
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        size = self._geometry.size
        scale = min(self.width() / size.width(), self.height() / size.height())
        # Letterboxed in the middle when the widget's shape differs from the screen's (the
        # trainer's preview): the bars in the window colour show where the slide ends.
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.translate((self.width() - size.width() * scale) / 2,
                          (self.height() - size.height() * scale) / 2)
        painter.scale(scale, scale)
        painter.fillRect(QRect(0, 0, size.width(), size.height()),
                         palette.color(QPalette.ColorRole.Base))
        if self._document is not None:
            painter.save()
            text_rect = self._geometry.text_rect_for(self._pixel_size)
            painter.translate(text_rect.topLeft())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, foreground)
            context.clip = QRectF(0, 0, text_rect.width(), text_rect.height())
            self._document.documentLayout().draw(painter, context)
            painter.restore()
        self._paint_footer(painter, foreground)

    def _paint_footer(self, painter: QPainter, colour: QColor) -> None:
        left, _centre, right = self._footer
        rect = self._geometry.footer_rect_for(self._pixel_size)
        painter.setFont(slide_font(self._font, self.counter_pixel_size))
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignLeft, left)
        painter.drawText(rect, flags | Qt.AlignmentFlag.AlignRight, right)
        middle, font, shown = self._notice_layout()
        painter.setFont(font)
        painter.drawText(middle, flags | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                         shown)

    @property
    def notice_shown(self) -> tuple[str, int]:
        """The footer's notice as painted, and its type's pixel size."""
        _middle, font, shown = self._notice_layout()
        return shown, font.pixelSize()

    def _notice_layout(self) -> tuple[QRect, QFont, str]:
        """Where the notice goes (between the timer and the counter), its font and its text.
        Set like the counter; smaller when it would not fit there (under a slide of large type
        "End of the presentation. Esc leaves." was cut to "End of the prese…"), never below the
        footer's readable minimum, on two lines if need be; cut with "…" only when it does not
        fit even then."""
        left, centre, right = self._footer
        rect = self._geometry.footer_rect_for(self._pixel_size)
        counter = QFontMetrics(slide_font(self._font, self.counter_pixel_size))
        side = max(counter.horizontalAdvance(left), counter.horizontalAdvance(right))
        gap = rect.height() // 2  # between the notice and the counter (and the timer)
        middle = QRect(rect.left() + side + gap, rect.top(),
                       max(0, rect.width() - 2 * (side + gap)), rect.height())
        # The largest type from the counter's down to the footer's minimum at which the
        # notice fits the space on one line, else on two (the footer is 1.5 lines of the
        # counter's type tall: two lines of a smaller type; one line reads as a sentence).
        minimum = min(self._geometry.footer_pixel_size, self.counter_pixel_size)
        for flags in (Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignHCenter
                      | Qt.TextFlag.TextWordWrap):
            for pixel_size in range(self.counter_pixel_size, minimum - 1, -1):
                font = slide_font(self._font, pixel_size)
                needed = QFontMetrics(font).boundingRect(middle, flags, centre)
                if needed.width() <= middle.width() and needed.height() <= middle.height():
                    return middle, font, centre
        font = slide_font(self._font, minimum)
        shown = QFontMetrics(font).elidedText(centre, Qt.TextElideMode.ElideRight, middle.width())
        return middle, font, shown
