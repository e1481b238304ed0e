"""Moving past the edge of the part of a large document shown (reader.ui.text.parts) goes on
into the next or previous part, as if the text were one: Down, Right and Page Down on the
part's last line go to the next part (the caret on its first line, the view at its top), Up,
Left and Page Up on its first line to the previous part's end; the mouse wheel past the end or
the start does the same. Ctrl+Home and Ctrl+End are the document's start and end (the window's
actions, and ``LayoutPacer`` for the keys when they reach the text).

Select All (Ctrl+A) selects the part shown, as far as the eye and the screen reader can tell,
but Copy (Ctrl+C) right after it copies the whole document: a reader who copies everything to
paste it elsewhere must not lose all but a part."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QTextCursor, QWheelEvent

from reader.ui.text.text_view import TextView

WhenShown = Callable[[int, Callable[[], object]], object]
_Key = QKeySequence.StandardKey
_FORWARD = ((_Key.MoveToNextLine, QTextCursor.MoveOperation.Down),
            (_Key.MoveToNextChar, QTextCursor.MoveOperation.Right),
            (_Key.MoveToNextPage, QTextCursor.MoveOperation.Down))
_BACKWARD = ((_Key.MoveToPreviousLine, QTextCursor.MoveOperation.Up),
             (_Key.MoveToPreviousChar, QTextCursor.MoveOperation.Left),
             (_Key.MoveToPreviousPage, QTextCursor.MoveOperation.Up))

MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Meta,
                           Qt.Key.Key_Alt, Qt.Key.Key_AltGr})


class PartEdges(QObject):
    def __init__(self, view: TextView, when_shown: WhenShown) -> None:
        super().__init__(view)
        self._view = view
        self._when_shown = when_shown
        self._all_selected = False  # Select All was the last key: Copy takes the whole text
        view.viewport().installEventFilter(self)

    def key(self, event: QKeyEvent) -> bool:
        """Whether ``event`` went on into another part or copied the whole document (then Qt
        must not handle it)."""
        if self._view.source is None:
            return False
        if event.key() in MODIFIER_KEYS:  # Ctrl pressed before C
            return False
        all_selected, self._all_selected = self._all_selected, event.matches(_Key.SelectAll)
        if all_selected and event.matches(_Key.Copy) and self._view.model is not None:
            clipboard = QGuiApplication.clipboard()
            clipboard.setText(self._view.model.text)
            self._all_selected = True  # copied again, the same
            return True
        for forward, moves in ((True, _FORWARD), (False, _BACKWARD)):
            for key, move in moves:
                if event.matches(key) and not QTextCursor(self._view.textCursor()).movePosition(
                        move):
                    return self.cross(forward=forward)
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._all_selected = False  # the selection is the mouse's now
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
