"""Asks for one new key for an action, and says at once whether another action has it.

Not a ``QKeySequenceEdit``: that one swallows Tab and Escape, a keyboard trap for someone who
cannot use a mouse. Here the capture field takes one key combination (pressing another replaces
it); Tab and Shift+Tab move on, Escape cancels, Enter accepts (Enter itself cannot be captured:
it is how the dialog is confirmed). The verdict (free, already the key of …, reserved) is shown
under the field, set as its description and said through ``say``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.ui.appearance.dialog_fit import fit_dialog

_NOT_CAPTURED = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return,
                 Qt.Key.Key_Enter}
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
                  Qt.Key.Key_unknown}


class KeyCaptureField(QLineEdit):
    """A read-only field showing the last key combination pressed in it."""

    def __init__(self, on_key: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlaceholderText(messages.key_field_empty())
        self._on_key = on_key
        self.keys = ""

    def event(self, event: QEvent) -> bool:
        # Keys that are the window's shortcuts (Ctrl+F…) must reach this field, not run.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() not in _NOT_CAPTURED:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _NOT_CAPTURED:
            event.ignore()  # focus moves, the dialog cancels or accepts
            return
        if key in _MODIFIER_KEYS:
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = QKeySequence(QKeyCombination(modifiers, Qt.Key(key))).toString()
        self.keys = keys
        self.setText(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        self._on_key(keys)


class KeyDialog(QDialog):
    def __init__(self, action_name: str, verdict: Callable[[str], tuple[str, bool]],
                 say: Callable[[str], None], parent: QWidget | None = None) -> None:
        """``verdict(keys)``: what giving ``keys`` to the action would mean, and whether OK
        may do it."""
        super().__init__(parent)
        self.setObjectName("key_dialog")
        self.setWindowTitle(messages.key_dialog_title(action_name))
        self._verdict = verdict
        self._say = say
        prompt = QLabel(messages.key_dialog_prompt(action_name), self)
        prompt.setWordWrap(True)
        self.field = KeyCaptureField(self._captured, self)
        self.field.setObjectName("key_field")
        self.field.setAccessibleName(messages.key_field_name())
        self.field.setAccessibleDescription(messages.key_dialog_prompt(action_name))
        prompt.setBuddy(self.field)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("key_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        fit_dialog(self)
        self.field.setFocus()

    @property
    def keys(self) -> str:
        return self.field.keys

    def _captured(self, keys: str) -> None:
        verdict, allowed = self._verdict(keys)
        self.verdict.setText(verdict)
        self.field.setAccessibleDescription(verdict)
        self.ok_button.setEnabled(allowed)
        self._say(verdict)
