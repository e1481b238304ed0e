"""A non-modal message area above the text: load errors and notes about the open document.

Never a modal box for these: the user keeps reading. The message is a focusable, selectable
label (a screen reader reads it, once and with its kind, "Error: …", when it gets focus; the
window gives it focus after a failed open so the failure is heard), with a Close button;
Escape closes it too. Errors and notes differ by icon and its accessible name, not by colour
alone.

The message never hides the text it is about: the banner takes at most a quarter of the
window's height (at 96 pt a missing-font note took 60 % of it until closed), and a longer
message scrolls inside it (the wheel, or Page Up/Down and Ctrl+Home/End in the message). A
screen reader still hears the whole message, which is the label's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from reader import messages

_ICON_SIZE = 32
_SHARE_OF_WINDOW = 4  # the banner is at most a quarter of the window's height
_SCROLL_KEYS = {
    (Qt.Key.Key_PageDown, False): QAbstractSlider.SliderAction.SliderPageStepAdd,
    (Qt.Key.Key_PageUp, False): QAbstractSlider.SliderAction.SliderPageStepSub,
    (Qt.Key.Key_End, True): QAbstractSlider.SliderAction.SliderToMaximum,
    (Qt.Key.Key_Home, True): QAbstractSlider.SliderAction.SliderToMinimum,
}
_PAGE_STEPS = {QAbstractSlider.SliderAction.SliderPageStepAdd: 1,
               QAbstractSlider.SliderAction.SliderPageStepSub: -1}
_LABEL_EDGE = 4  # the message's focus frame and padding (its style sheet), above and below


class MessageBanner(QFrame):
    closed = Signal(bool)  # True when it had keyboard focus (the window puts focus back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_banner")
        # No accessible name, on purpose: Orca presents a named panel as the focused message's
        # context, with every label inside it ("Message panel. <text>"), then the focused label
        # itself: the text twice. Unnamed, the panel is layout only to Orca and the message is
        # said once, by the label, which names its kind (``show_messages``).
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as its message needs, never given the text's room by the window's layout
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self._icon = QLabel(self)
        self._icon.setObjectName("message_icon")
        self._icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)  # the same place with or without it
        self._icons_held = False
        self._label = QLabel(self)
        self._label.setObjectName("message_text")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # a path may contain "<b>"
        self._label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._label.setStyleSheet(
            "QLabel { border: 2px solid transparent; padding: 2px; }"
            "QLabel:focus { border-color: palette(highlight); }"
        )
        self._label.installEventFilter(self)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("message_scroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the message takes the focus
        self._scroll.setWidget(self._label)
        # Measured again once the area has its width: first shown, it is a few letters wide
        # and a one-line note wrapped into a quarter of the window (seen at 14 pt)
        self._scroll.viewport().installEventFilter(self)
        for see_through in (self._scroll, self._scroll.viewport()):
            see_through.setAutoFillBackground(False)  # the banner's own background shows
        # After the message: F6 and the accessibility tree meet the message first
        self._close = QPushButton(messages.message_close(), self)
        self._close.setObjectName("message_close")
        self._close.setAccessibleName(messages.message_close_name())
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        # Its share follows the window's height, watched while a message is shown (``_watch``):
        # a filter on the window runs Python for each of the window's events, some 200 before
        # the first paint of a document with no note (docs/performance.md, "Start-up (session
        # 21)").
        self._watched_window = parent.window() if parent is not None else None
        self.hide()

    def show_messages(self, texts: Sequence[str], *, error: bool, take_focus: bool = False) -> None:
        if not texts:
            self.dismiss()
            return
        self._icon.clear()
        if not self._icons_held:
            self._draw_icon(error)
        kind = messages.message_kind_error() if error else messages.message_kind_note()
        self._icon.setAccessibleName(kind)
        text = "\n".join(texts)
        self._label.setText(text)
        # Orca says a label's name instead of its text: "Error: …", once.
        self._label.setAccessibleName(messages.message_spoken(kind, text))
        self._scroll.verticalScrollBar().setValue(0)
        self.show()
        self._watch(True)
        self._fit()
        if take_focus:
            self._label.setFocus(Qt.FocusReason.OtherFocusReason)

    def hold_icons(self) -> None:
        """Until ``release_icons``, a message shows without its icon (its place kept): the
        style's icons need QStyle's Python enums, 15-30 ms of start-up when the first document
        opens with a note (its kind is said and shown in words all the same)."""
        self._icons_held = True

    def release_icons(self) -> None:
        self._icons_held = False
        if not self.isHidden():
            self._draw_icon(self.is_error())

    def _draw_icon(self, error: bool) -> None:
        from PySide6.QtWidgets import QStyle  # its Python enums take a moment: not at start-up

        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if error else (
            QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(_ICON_SIZE, _ICON_SIZE))

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def is_error(self) -> bool:
        return self._icon.accessibleName() == messages.message_kind_error()

    def dismiss(self) -> None:
        if self.isHidden():
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self.hide()
        self._watch(False)
        self._label.clear()
        self._label.setAccessibleName("")
        self.closed.emit(had_focus)

    def _watch(self, shown: bool) -> None:
        """The window's resizes followed while a message is shown (a hidden banner has no
        share to fit)."""
        if self._watched_window is None:
            return
        if shown:
            self._watched_window.installEventFilter(self)  # again: Qt moves it, never doubles it
        else:
            self._watched_window.removeEventFilter(self)

    def _fit(self) -> None:
        """The message area as tall as the message, up to the banner's share of the window
        (then it scrolls)."""
        if self.isHidden():
            return
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        layout = self.layout()
        if layout is not None:
            margins += layout.contentsMargins().top() + layout.contentsMargins().bottom()
        room = max(self.window().height() // _SHARE_OF_WINDOW - margins,
                   self._close.sizeHint().height(), _ICON_SIZE)
        width = self._scroll.viewport().width()
        needed = self._label.heightForWidth(width) if width > 0 else -1
        if needed < 0:
            needed = self._label.sizeHint().height()
        if needed > room:  # the scroll bar takes some of the width: the text grows taller
            width -= self._scroll.verticalScrollBar().sizeHint().width()
            needed = max(needed, self._label.heightForWidth(width))
        line = self.line_height()
        if needed > room:  # whole lines, none cut at the bottom edge
            room = max(1, (room - 2 * _LABEL_EDGE) // line) * line + 2 * _LABEL_EDGE
        self._scroll.verticalScrollBar().setSingleStep(line)
        self._scroll.setFixedHeight(min(needed, room))

    def line_height(self) -> int:
        """The height of a line of the message, as its label sets it."""
        return QFontMetrics(self._label.font()).lineSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (self.window(),
                                                              self._scroll.viewport()):
            self._fit()
        elif (watched is self._label and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)):
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            action = _SCROLL_KEYS.get((Qt.Key(event.key()), control))
            bar = self._scroll.verticalScrollBar()
            if action in _PAGE_STEPS:  # the lines shown but the last, kept as the first
                line = self.line_height()
                lines = max(1, (self._scroll.viewport().height() - 2 * _LABEL_EDGE) // line - 1)
                bar.setValue(bar.value() + _PAGE_STEPS[action] * lines * line)
                return True
            if action is not None:
                bar.triggerAction(action)
                return True
        return super().eventFilter(watched, event)

    def set_interface_font(self, font: QFont) -> None:
        """The close button in the interface's font, as the menus (larger with large text):
        under the window's own fonts it kept the one it was first polished with."""
        self._close.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        # A widget with a style sheet stops inheriting its parent's font: hand the message the
        # banner's (reading-size) font, or low-vision readers get it in the small UI font.
        if event.type() == QEvent.Type.FontChange:
            self._label.setFont(self.font())
            self._fit()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc is also the window's "Stop reading" shortcut: inside the message it closes the
        # message, so claim the key before the shortcut does.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and not event.modifiers()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
