"""The find bar under the text: a labelled field, the match count, Previous, Next and Close.

It only shows and reports; ``FindController`` searches and moves. Keys in the field: Enter next,
Shift+Enter previous, Escape closes (the field claims these before the window's shortcuts, so
Esc closes the bar rather than stopping reading aloud). Tab walks field, buttons, and on out.

Its type follows the text up to the panels' cap (28 pt): in one row that is wider than a small
window, so the parts flow onto as many rows as the width needs, in reading order (the field
keeps room for ten characters). The bar never makes the window wider (WCAG 1.4.10).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import messages

_OWN_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FIELD_CHARACTERS = 10  # the field is never narrower: a word or two must show while typing


class FindField(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in _OWN_KEYS:
            event.accept()  # ours, not the window's Esc (Stop reading)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        self.label = QLabel(messages.find_field_label(), self)
        self.field = FindField(self)
        self.field.setObjectName("find_field")
        self.field.setAccessibleName(messages.find_field_name())
        self.field.setAccessibleDescription(messages.find_field_description())
        self.field.setToolTip(messages.find_field_description())
        self.label.setBuddy(self.field)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = self._button("find_previous", messages.find_previous_button())
        self.next_button = self._button("find_next", messages.find_next_button())
        self.close_button = self._button("find_close", messages.find_close_button())
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(6, 4, 6, 4)
        # The bar's minimum is its narrowest arrangement (minimumSizeHint), not the current one.
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._rows: list[list[QWidget]] = []
        self._lines = []
        for _ in self._parts():  # in the narrowest window, a part to a row
            line = QHBoxLayout()
            line.addStretch(0)
            self._column.addLayout(line)
            self._lines.append(line)
        self._keep_room_in_field()
        self._arrange([self._parts()])
        self.field.close_requested.connect(self.close_button.click)
        self.hide()

    # --- Rows that fit the width --------------------------------------------------------------

    def _parts(self) -> list[QWidget]:
        return [self.label, self.field, self.count_label, self.previous_button, self.next_button,
                self.close_button]

    def _widths(self) -> list[int]:
        return [w.minimumSizeHint().width() if w is not self.field else w.minimumWidth()
                for w in self._parts()]

    def _keep_room_in_field(self) -> None:
        self.field.setMinimumWidth(self.field.fontMetrics().averageCharWidth() * _FIELD_CHARACTERS)

    def _edges(self) -> int:
        margins = self._column.contentsMargins()
        return margins.left() + margins.right() + 2 * self.frameWidth()

    def _rows_for(self, width: int) -> list[list[QWidget]]:
        """The parts in reading order, as many to a row as fit ``width`` (at least one)."""
        room, spacing = width - self._edges(), max(0, self._lines[0].spacing())
        rows: list[list[QWidget]] = [[]]
        used = 0
        for widget, wanted in zip(self._parts(), self._widths(), strict=True):
            if rows[-1] and used + spacing + wanted > room:
                rows.append([])
                used = 0
            used += wanted + (spacing if rows[-1] else 0)
            rows[-1].append(widget)
        return rows

    def _arrange(self, rows: list[list[QWidget]]) -> None:
        if rows == self._rows:
            return
        # Widgets move between row layouts made once: no layout item is ever taken out and
        # dropped (PySide then may hand a dead item's wrapper to an unrelated object).
        for line, row in zip(self._lines, self._rows, strict=False):
            for widget in row:
                line.removeWidget(widget)
        for line, row in zip(self._lines, rows, strict=False):
            for widget in row:
                # Before the row's closing stretch: the field takes the room left in its row,
                # a button stays its own size, to the left.
                line.insertWidget(line.count() - 1, widget, 1 if widget is self.field else 0)
        self._rows = rows
        self.updateGeometry()

    def _fit(self, width: int) -> None:
        self._arrange(self._rows_for(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return QSize(max(self._widths()) + self._edges(), self._column.minimumSize().height())

    def sizeHint(self) -> QSize:
        spacing = max(0, self._lines[0].spacing())
        one_row = sum(self._widths()) + spacing * (len(self._parts()) - 1) + self._edges()
        return QSize(one_row, self._column.sizeHint().height())

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
        self._keep_room_in_field()
        self._fit(self.width())  # larger type may need more rows, smaller fewer

    def show_count(self, text: str, *, spoken: str = "") -> None:
        """``spoken``: what a screen reader is to say instead (the count and the match's line)."""
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)  # a fixed name would hide the text
        self._fit(self.width())  # "12 of 345" may need the room of a button
        # The count alone: a screen reader says a changed description, and the hint with every
        # count was heard after each letter typed. The hint is said when the bar opens.
        self.field.setAccessibleDescription(spoken or text or messages.find_field_description())
