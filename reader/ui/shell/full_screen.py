"""Full screen: F11 or View > Full screen; F11 again, or Esc when nothing else takes it, leaves.

Esc first does what it does where the reader is: it stops reading aloud (the Stop action's key
while reading), closes the find bar or the message. Only a key nobody took reaches the window,
where it leaves full screen. With focus mode, the text has the whole screen.

Not remembered: full screen is for this session (``reader.ui.shell.geometry`` never restores it).
The reader's place stays where it was on screen (``ReaderContext.keeping_place``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from reader import messages
from reader.ui.context import ActionId, ReaderContext


class FullScreen(QObject):
    def __init__(self, window: QMainWindow, context: ReaderContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._maximized = False  # what leaving full screen goes back to
        self._action = context.action(ActionId.FULL_SCREEN)
        self._action.triggered.connect(lambda: self.set(not self.on))
        window.installEventFilter(self)

    @property
    def on(self) -> bool:
        return self._window.isFullScreen()

    def set(self, on: bool) -> None:
        window = self._window
        if on != self.on:
            with self._context.keeping_place():
                if on:
                    self._maximized = window.isMaximized()
                    window.showFullScreen()
                elif self._maximized:
                    window.showMaximized()
                else:
                    window.showNormal()
        self._action.setChecked(on)
        keys = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._context.say(messages.full_screen_now(on, keys))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() == Qt.Key.Key_Escape and not event.modifiers() and self.on):
                self.set(False)
                return True
            if event.type() == QEvent.Type.WindowStateChange:
                self._action.setChecked(self.on)  # also when the window manager changed it
        return False
