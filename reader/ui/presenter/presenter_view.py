"""The trainer's screen while presenting on a second screen: what the room sees, what comes
next, what is still hidden, and the time.

Shown only with two screens (on one, the trainer sees the audience slide itself). It is built
from plain labels in the reading font so a low-vision trainer can read it at a glance; keys
pressed here reach the presentation as if pressed on the audience slide, which keeps the
keyboard focus (and so speaks each step to a screen-reader user).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from reader import messages
from reader.ui.presenter.slide_fit import lead_weight
from reader.ui.presenter.slide_view import SlideView


class PresenterView(QWidget):
    key_pressed = Signal(int, str, int)  # as SlideView.key_pressed

    def __init__(self, reading_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_view")
        self.position = self._label("presenter_position")
        self.times = self._label("presenter_times")
        self.times.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.preview = SlideView(reading_font, self)  # the audience's font: the same layout
        self.preview.setObjectName("presenter_preview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setAccessibleName(messages.presenter_preview_name())
        self.next_title = self._label("presenter_next_title", messages.presenter_next_title())
        self.next_text = self._label("presenter_next")
        self.hidden_title = self._label("presenter_hidden_title", messages.presenter_hidden_title())
        self.hidden_text = QPlainTextEdit(self)
        self.hidden_text.setObjectName("presenter_hidden")
        self.hidden_text.setReadOnly(True)
        self.hidden_text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the slide
        self.hidden_text.setAccessibleName(messages.presenter_hidden_title())
        self.keys = self._label("presenter_keys", messages.presenter_key_summary())
        layout = QGridLayout(self)
        layout.addWidget(self.position, 0, 0)
        layout.addWidget(self.times, 0, 1)
        layout.addWidget(self.preview, 1, 0, 4, 1)
        layout.addWidget(self.next_title, 1, 1)
        layout.addWidget(self.next_text, 2, 1)
        layout.addWidget(self.hidden_title, 3, 1)
        layout.addWidget(self.hidden_text, 4, 1)
        layout.addWidget(self.keys, 5, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(4, 1)
        self.setWindowTitle(messages.presenter_view_title())
        self.set_reading_font(reading_font)

    def set_reading_font(self, reading_font: QFont) -> None:
        """The reader's font, now and whenever it changes: the preview takes its face, the
        labels its face at half as large again as the reading text (read at a glance, from a
        step or two away), the titles in bold. Each child is given its font: under a theme's
        application style sheet children stop inheriting their parent's."""
        self.preview.set_base_font(reading_font)
        font = QFont(reading_font)
        font.setPointSizeF(reading_font.pointSizeF() * 1.5)
        bold = QFont(font)
        bold.setWeight(lead_weight(font))
        self.setFont(font)
        titles = (self.position, self.next_title, self.hidden_title)
        for widget in (*titles, self.times, self.next_text, self.hidden_text, self.keys):
            widget.setFont(bold if widget in titles else font)

    def _label(self, name: str, text: str = "") -> QLabel:
        # No accessible name: a label's name is its text, which is what must be heard.
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # document text may look like HTML
        return label

    def show_state(self, position: str, next_text: str, hidden_text: str) -> None:
        self.position.setText(position)
        self.next_text.setText(next_text or messages.presenter_no_next())
        # heard as words, without the isolates that place a right-to-left question's "?"
        self.next_text.setAccessibleName(messages.without_isolates(self.next_text.text()))
        self.hidden_text.setPlainText(hidden_text or messages.presenter_nothing_hidden())

    def show_times(self, text: str) -> None:
        self.times.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event.key(), event.text(), event.modifiers().value)
        event.accept()
