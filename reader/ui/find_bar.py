"""The find bar under the text: a labelled field, the match count, Previous, Next and Close.

It only shows and reports; ``FindController`` searches and moves. Keys in the field: Enter next,
Shift+Enter previous, Escape closes (the field claims these before the window's shortcuts, so
Esc closes the bar rather than stopping reading aloud). Tab walks field, buttons, and on out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .. import messages

_OWN_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindField(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def event(self, event: QEvent) -> bool:  # noqa: A003 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in _OWN_KEYS:
            event.accept()  # ours, not the window's Esc (Stop reading)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.setAccessibleName(messages.find_bar_name())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(messages.find_field_label(), self)
        self.field = FindField(self)
        self.field.setObjectName("find_field")
        self.field.setAccessibleName(messages.find_field_name())
        self.field.setAccessibleDescription(messages.find_field_description())
        self.field.setToolTip(messages.find_field_description())
        label.setBuddy(self.field)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = self._button("find_previous", messages.find_previous_button())
        self.next_button = self._button("find_next", messages.find_next_button())
        self.close_button = self._button("find_close", messages.find_close_button())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.field.close_requested.connect(self.close_button.click)
        self.hide()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        return button

    def set_text_font(self, font: QFont) -> None:
        """The panels' font (the reading font, capped). Given to each child: under the central
        widget's style sheet they are polished with the default font and no longer inherit."""
        for widget in (self, *self.findChildren(QWidget)):
            if widget.font() != font:
                widget.setFont(font)

    def show_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)  # a fixed name would hide the text
        self.field.setAccessibleDescription(
            f"{text}. {messages.find_field_description()}" if text
            else messages.find_field_description())
