"""The caret never stops at a soft hyphen.

Justified text is hyphenated with soft hyphens on the page (reader.appearance.hyphenation).
One is invisible unless a line breaks there, but Qt counts it as a character: Left and Right
would stop twice at one visible place, and a screen reader would say nothing for the second
stop. Arriving just before one, the caret goes on past it, in the direction it was moving.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.appearance.hyphenation import SOFT_HYPHEN


class SoftHyphenCaret(QObject):
    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._last = 0
        view.cursorPositionChanged.connect(self._moved)

    def _moved(self) -> None:
        cursor = self._view.textCursor()
        position = cursor.position()
        previous, self._last = self._last, position
        if self._view.document().characterAt(position) != SOFT_HYPHEN:
            return
        # One step left from just after it: on to the letter before; any other arrival: past.
        target = position - 1 if previous == position + 1 else position + 1
        mode = (QTextCursor.MoveMode.KeepAnchor if cursor.hasSelection()
                else QTextCursor.MoveMode.MoveAnchor)
        cursor.setPosition(target, mode)
        self._view.setTextCursor(cursor)
