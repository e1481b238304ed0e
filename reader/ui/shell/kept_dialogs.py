"""Dialogs built once, quietly, and kept, so that a screen reader speaks them at once.

Building a dialog sends a screen reader an event for every list filled and value set. Orca
queues them, and past about 50 queued events it prunes the whole queue again after each one it
takes: it said a freshly built dialog 2 to 3 s after its key, and a kept one within half a
second. So a dialog fills each list in one step (``set_choices``: one event where a row at a
time sent one a row) and writes each spin box's text once (``set_up_spin_box``), is kept and
shown again with only the values that changed, and, when a screen reader listens, is built
ahead while the reader is idle (``BuildAhead``), one at a time: building three at once gave
Orca some 300 events together and it lost the keys pressed meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QListView,
    QSpinBox,
)

from reader.ui.shell.unheard import Unheard

# How long the reader must have pressed no key before a dialog is built ahead, and between
# two builds: Orca works through one build's events within a second on a quiet machine, in a
# few seconds on a busy one.
BUILD_AHEAD_QUIET_MS = 3000
SEPARATOR = object()  # in set_choices' entries: a line between two groups of choices


def forget_native_window_when_closed(dialog: QDialog) -> None:
    """Closed, only the dialog's native window goes: a hidden window would still be listed
    among the app's windows to a screen reader. Its widgets stay, built."""
    dialog.finished.connect(lambda _result: dialog.destroy())


def set_choices(combo: QComboBox, entries: Iterable[tuple[str, object] | object]) -> None:
    """``combo``'s choices become ``entries`` (text and data, or ``SEPARATOR``), the first
    chosen. The list is made apart and handed over whole: added a row at a time, it sent a
    screen reader an event per row (a hundred languages, a hundred events). The drop-down
    list becomes a ``QuietChoiceList``."""
    if not isinstance(combo.view(), QuietChoiceList):
        quiet = QuietChoiceList()
        quiet.setAccessibleName(combo.view().accessibleName())
        combo.setView(quiet)  # which deletes the list it had
    model = QStandardItemModel(combo)
    for entry in entries:
        if entry is SEPARATOR:  # as QComboBox.insertSeparator marks one
            item = QStandardItem()
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData("separator", Qt.ItemDataRole.AccessibleDescriptionRole)
        else:
            text, data = entry  # type: ignore[misc]
            item = QStandardItem(text)
            item.setData(data, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    combo.setModel(model)  # which deletes the list it had, a child of the combo box too


class QuietChoiceList(QListView):
    """A list of choices that tells a screen reader its row chosen only while it is shown.
    Qt's tells it at every change, shown or not: a row selected and a list changed, the two
    events Orca takes longest over (0.2 s each on a busy machine), for every value a dialog
    is built or reopened with."""

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.isVisible():
            super().selectionChanged(selected, deselected)
        else:  # what QListView adds to it is the screen reader's events
            QAbstractItemView.selectionChanged(self, selected, deselected)


def set_up_spin_box(box: QSpinBox | QDoubleSpinBox, limits: tuple[float, float],
                    step: float, suffix: str, value: float, decimals: int = 2) -> None:
    """A new spin box's range, step, unit and first value, with its text written once: each
    setting rewrote the text, and each rewrite sent a screen reader three or four events
    (Preferences' seven boxes, some 80 events). ``decimals`` for a QDoubleSpinBox."""
    # The ignores below: a QSpinBox is given ints, as ``number`` makes them (mypy cannot tell).
    number = float if isinstance(box, QDoubleSpinBox) else int
    low, high = number(limits[0]), number(limits[1])
    if isinstance(box, QDoubleSpinBox) and box.decimals() != decimals:
        box.setDecimals(decimals)  # which writes the text whatever comes after
    box.clear()  # Qt leaves a cleared box's text alone until a value is set
    box.setSingleStep(number(step))  # type: ignore[arg-type]
    box.setSuffix(suffix)
    box.setRange(min(low, 0), max(high, 0))  # type: ignore[arg-type]  # its value, 0, in range
    box.setValue(number(value))  # type: ignore[arg-type]  # the one rewrite
    box.setRange(low, high)  # type: ignore[arg-type]


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
