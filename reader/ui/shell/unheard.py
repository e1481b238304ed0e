"""Dialogs built ahead without a word to a screen reader, and told whole when shown.

Qt tells a screen reader of every widget made, list filled and value set, hidden or not. Its
own file dialog (File > Open where the desktop offers none) gave Orca some 170 events as it
was made and 60 more as its filters and folder were set, in one piece that cannot be split:
its constructor alone sent 168. Built when asked, Orca named it 2 to 3 seconds after Ctrl+O;
built ahead, its events held a key pressed meanwhile for seconds (``kept_dialogs``).

While a dialog is built here, each of its widgets answers Qt's question "what is this to a
screen reader?" (an accessibility factory) with an interface that is not valid, and Qt sends
nothing about an object without a valid one. Before the dialog is first shown, those answers
are dropped: the screen reader then meets the dialog whole, as it meets any window that
appears, with the events of its showing only (some 40).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid


class Unheard:
    """Installed once for the app (Qt keeps every factory installed until it quits)."""

    def __init__(self) -> None:
        self._building = False  # a dialog is being made: it is not known yet
        self._dialogs: list[QDialog] = []  # built, not yet shown
        # The answers given to Qt, with their dialog (None: the one being made).
        self._answers: list[tuple[QDialog | None, _Silent]] = []
        QAccessible.installFactory(self._interface)

    @contextmanager
    def building(self) -> Iterator[None]:
        """Make a dialog within this, then ``keep_quiet`` it: what its constructor sends is
        not heard."""
        self._building = True
        try:
            yield
        finally:
            self._building = False

    def keep_quiet(self, dialog: QDialog) -> None:
        """What ``dialog`` sends is not heard until ``tell``."""
        self._dialogs.append(dialog)
        self._answers = [(dialog if owner is None else owner, answer)
                         for owner, answer in self._answers]

    def is_quiet(self, dialog: QDialog) -> bool:
        return any(kept is dialog for kept in self._dialogs)

    def tell(self, dialog: QDialog) -> None:
        """Just before ``dialog`` is shown: Qt forgets the answers it was given for it, and
        asks again, for real ones, when the screen reader asks."""
        if not self.is_quiet(dialog):
            return
        self._dialogs = [kept for kept in self._dialogs if kept is not dialog]
        for owner, answer in self._answers:
            # An answer whose widget is gone was deleted by Qt with it.
            if owner is dialog and isValid(answer):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(answer))
        self._answers = [(owner, answer) for owner, answer in self._answers
                         if owner is not dialog]

    def _interface(self, _class_name: str, thing: QObject) -> QAccessibleInterface | None:
        """Qt's factory: None lets Qt make its usual interface."""
        if not isinstance(thing, QWidget):
            return None
        owner = self._quiet_dialog(thing)
        if owner is None and not (self._building and not thing.window().isVisible()):
            return None
        answer = _Silent(thing)
        self._answers.append((owner, answer))
        return answer

    def _quiet_dialog(self, widget: QWidget) -> QDialog | None:
        """The quiet dialog ``widget`` belongs to, if any: its own window, or one of its
        parents' (a drop-down list is a window of its own, its combo box's child)."""
        if not self._dialogs:
            return None
        thing: QObject | None = widget
        while thing is not None:
            if (dialog := next((d for d in self._dialogs if d is thing), None)) is not None:
                return dialog
            thing = thing.parent()
        return None


class _Silent(QAccessibleInterface):
    """Not valid: Qt drops every event about its widget (``QAccessibleEvent`` gives no
    interface for it), and asks it nothing more while its dialog is hidden."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self._widget = widget

    def isValid(self) -> bool:  # noqa: N802  (Qt's name)
        return False

    def relations(self, _match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations,
                  ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def childCount(self) -> int:  # noqa: N802  (Qt's name)
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802  (Qt's name)
        return -1

    def text(self, _kind: QAccessible.Text) -> str:
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802  (Qt's name)
        pass

    def rect(self) -> QRect:
        return QRect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        return QAccessible.State()

    def object(self) -> QObject:  # last: in the class, its name hides the builtin's
        return self._widget
