"""Moving past the edge of the part of a large document shown (reader.ui.text.parts) goes on
into the next or previous part, as if the text were one: Down, Right and Page Down on the
part's last line go to the next part (the caret on its first line, the view at its top), Up,
Left and Page Up on its first line to the previous part's end; the mouse wheel past the end or
the start does the same. Ctrl+Home and Ctrl+End are the document's start and end (the window's
actions, and ``LayoutPacer`` for the keys when they reach the text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QWheelEvent

from reader.ui.text.text_view import TextView

WhenShown = Callable[[int, Callable[[], object]], object]
_Key = QKeySequence.StandardKey
_FORWARD = ((_Key.MoveToNextLine, QTextCursor.MoveOperation.Down),
            (_Key.MoveToNextChar, QTextCursor.MoveOperation.Right),
            (_Key.MoveToNextPage, QTextCursor.MoveOperation.Down))
_BACKWARD = ((_Key.MoveToPreviousLine, QTextCursor.MoveOperation.Up),
             (_Key.MoveToPreviousChar, QTextCursor.MoveOperation.Left),
             (_Key.MoveToPreviousPage, QTextCursor.MoveOperation.Up))


class PartEdges(QObject):
    def __init__(self, view: TextView, when_shown: WhenShown) -> None:
        super().__init__(view)
        self._view = view
        self._when_shown = when_shown
        view.viewport().installEventFilter(self)

    def key(self, event: QKeyEvent) -> bool:
        """Whether ``event`` went on into another part (then Qt must not move the caret)."""
        if self._view.source is None:
            return False
        for forward, moves in ((True, _FORWARD), (False, _BACKWARD)):
            for key, move in moves:
                if event.matches(key) and not QTextCursor(self._view.textCursor()).movePosition(
                        move):
                    return self.cross(forward=forward)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QWheelEvent) and self._view.source is not None:
            steps = event.angleDelta().y()
            bar = self._view.verticalScrollBar()
            if steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if steps < 0 and bar.value() >= bar.maximum():
                    return self.cross(forward=True)
                if steps > 0 and bar.value() <= bar.minimum():
                    return self.cross(forward=False)
        return False

    def cross(self, *, forward: bool) -> bool:
        """Into the next part (its start) or the previous one (its end); False at the
        document's edge."""
        view, source = self._view, self._view.source
        if source is None:
            return False
        index = view.part + (1 if forward else -1)
        if not 0 <= index < len(source.parts):
            return False
        part = source.parts[index]
        target = part.start if forward else part.end
        self._when_shown(target, lambda: view.go_to(target))
        return True
