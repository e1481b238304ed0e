"""Dialogs built once, quietly, and kept, so that a screen reader speaks them at once.

Building a dialog sends a screen reader an event for every list filled and value set. Orca
queues them, and past about 50 queued events it prunes the whole queue again after each one it
takes: it said a freshly built dialog 2 to 3 s after its key, and a kept one within half a
second. So a dialog fills each list in one step (``set_choices``: one event where a row at a
time sent one a row) and writes each spin box's text once (``set_up_spin_box``), is kept and
shown again with only the values that changed, and, when a screen reader listens, is built
ahead while the reader is idle (``BuildAhead``), one at a time: building three at once gave
Orca some 300 events together and it lost the keys pressed meanwhile.

The lists and spin boxes filled quietly are in ``reader.ui.shell.quiet_choices``: this module
is imported before the first paint (by the file chooser and the window), and PySide builds the
Python enums of every widget class a module names (about 11 ms with the accessibility classes
``Unheard`` uses)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

# How long the reader must have pressed no key before a dialog is built ahead, and between
# two builds: Orca works through one build's events within a second on a quiet machine, in a
# few seconds on a busy one.
BUILD_AHEAD_QUIET_MS = 3000


def forget_native_window_when_closed(dialog: QDialog) -> None:
    """Closed, only the dialog's native window goes: a hidden window would still be listed
    among the app's windows to a screen reader. Its widgets stay, built."""
    dialog.finished.connect(lambda _result: dialog.destroy())


class BuiltInParts:
    """A dialog built a part at a time (``BuildAhead`` builds one part per quiet moment): its
    ``_parts`` yield once after each part."""

    _parts: Iterator[object]

    def build_part(self) -> bool:
        """Build the next part; False once the dialog is whole."""
        return next(self._parts, None) is not None

    def finish(self) -> None:
        """Build the parts not built yet."""
        while self.build_part():
            pass


class BuildAhead(QObject):
    """Builds dialogs ahead, a step at a time, each step after ``quiet_ms`` without a key
    pressed or a dialog open, so that their events never reach a screen reader while the
    reader works: every key starts the wait again. A builder is one step, or, if it returns an
    iterator (a generator function that yields between its parts), as many steps as it yields
    parts. Orca queues the events of every step before it can say anything else, and past 50
    queued it goes over the whole queue again for each new one (a second each): a step must
    send it fewer than that, and it needs the quiet moment to work through them. So every
    step is built ``Unheard``: the screen reader hears of a dialog only when it is shown."""

    def __init__(self, builders: Sequence[Callable[[], object]], quiet_ms: int,
                 parent: QObject) -> None:
        from reader.ui.shell.unheard import Unheard  # after the first paint: QAccessible's enums

        super().__init__(parent)
        self._builders = list(builders)
        self._unheard = Unheard(self)
        self._parts: Iterator[object] | None = None  # the rest of a builder built in steps
        self._timer = QTimer(self, singleShot=True, interval=quiet_ms)
        self._timer.timeout.connect(self._build_next)

    def start(self) -> None:
        """Build once the reader has pressed a key, and then none for ``quiet_ms``: until the
        first key, the screen reader may still be presenting the new window."""
        app = QApplication.instance()
        if self._builders and app is not None:
            app.installEventFilter(self)  # the keys pressed anywhere in the app

    def pending(self) -> int:
        """How many builders have yet to start or finish."""
        return len(self._builders) + (self._parts is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A key bound to an action (N, Ctrl+G) reaches the app as a shortcut: no KeyPress.
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            self._timer.start()  # the wait starts again
        return False

    def _build_next(self) -> None:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            self._timer.start()  # a dialog or a menu is open: the reader is busy
            return
        with self._unheard.building():
            if self._parts is None:
                built = self._builders.pop(0)()
                self._parts = built if isinstance(built, Iterator) else None
            if self._parts is not None and next(self._parts, _DONE) is _DONE:
                self._parts = None  # its last part built
        if self.pending():
            self._timer.start()
        elif (app := QApplication.instance()) is not None:
            app.removeEventFilter(self)


_DONE = object()  # what next() gives once a builder built in steps has finished
