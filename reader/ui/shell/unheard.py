"""Dialogs built ahead without a word to a screen reader, and told whole when shown.

Qt tells a screen reader of every widget made, list filled and value set, hidden or not. Its
own file dialog (File > Open where the desktop offers none) gave Orca some 170 events as it
was made and 60 more as its filters and folder were set, in one piece that cannot be split:
its constructor alone sent 168. Built when asked, Orca named it 2 to 3 seconds after Ctrl+O;
built ahead, its events held a key pressed meanwhile for seconds (``kept_dialogs``).

While ``building``, each widget of a hidden window answers Qt's question "what is this to a
screen reader?" (an accessibility factory) with an interface that is not valid, and Qt sends
nothing about an object without a valid one; so does any widget made later in that window
while it stays hidden. When the window is shown, those answers are dropped, before it tells
the screen reader it appears: the screen reader then meets it whole, as any new window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import getCppPointer, isValid, wrapInstance


class Unheard(QObject):
    """Installed for the app (Qt keeps every factory installed until it quits)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._building = False
        self._quiet: list[QWidget] = []  # hidden windows built unheard, not yet shown
        self._answers: list[_Silent] = []  # given to Qt for their widgets
        QAccessible.installFactory(self._interface)

    @contextmanager
    def building(self) -> Iterator[None]:
        """What is made or changed within this in a hidden window is not heard until the
        window is shown."""
        self._building = True
        windows = QApplication.topLevelWidgets()
        try:
            yield
        finally:
            self._building = False
            known = {id(window) for window in windows}
            self._settle([window for window in QApplication.topLevelWidgets()
                          if id(window) not in known])

    def is_quiet(self, widget: QWidget) -> bool:
        """Whether ``widget`` is in a window built unheard and not shown since."""
        return self._quiet_root(widget) is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Sent as a window is shown, before Qt tells the screen reader it appears.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self._tell(watched)
        return False

    def _settle(self, new_windows: list[QWidget]) -> None:
        """After a build: every window it made, and every one with unheard widgets, is
        watched until it is shown; a widget the build put in a window shown is heard."""
        self._quiet = [root for root in self._quiet if isValid(root)]
        for answer in self._live_answers():
            if (root := _outermost_hidden(answer.widget())) is None:
                _forget(answer)
            else:
                self._watch(root)
        for window in new_windows:
            if (root := _outermost_hidden(window)) is not None:
                self._watch(root)
        self._answers = self._live_answers()

    def _watch(self, root: QWidget) -> None:
        if not any(quiet is root for quiet in self._quiet):
            self._quiet.append(root)
            root.installEventFilter(self)

    def _tell(self, root: QWidget) -> None:
        """Qt forgets the answers it was given for ``root``'s widgets, and asks again, for
        real ones, when the screen reader asks."""
        if not any(quiet is root for quiet in self._quiet):
            return
        root.removeEventFilter(self)
        self._quiet = [quiet for quiet in self._quiet if quiet is not root]
        for answer in self._live_answers():
            if _within(answer.widget(), root):
                _forget(answer)
        self._answers = self._live_answers()

    def _live_answers(self) -> list[_Silent]:
        # An answer whose widget is gone was deleted by Qt with it; one forgotten too.
        return [answer for answer in self._answers if isValid(answer)]

    def _interface(self, _class_name: str, thing: QObject) -> QAccessibleInterface | None:
        """Qt's factory: None lets Qt make its usual interface."""
        if not isinstance(thing, QWidget):
            return None
        if not (self._building and not thing.window().isVisible()) \
                and self._quiet_root(thing) is None:
            return None
        answer = _Silent(getCppPointer(thing)[0])
        self._answers.append(answer)
        return answer

    def _quiet_root(self, widget: QWidget) -> QWidget | None:
        for quiet in self._quiet:
            if isValid(quiet) and _within(widget, quiet):
                return quiet
        return None


def _within(widget: QWidget, root: QWidget) -> bool:
    """``widget`` is ``root`` or in it, through its parents (a drop-down list is a window of
    its own, its combo box's child)."""
    thing: QObject | None = widget
    while thing is not None:
        if thing is root:
            return True
        thing = thing.parent()
    return False


def _outermost_hidden(widget: QWidget) -> QWidget | None:
    """The last of ``widget`` and its parents before one that is shown; None when
    ``widget`` is in a window shown."""
    if widget.window().isVisible():
        return None
    root = widget
    while (parent := root.parentWidget()) is not None and not parent.window().isVisible():
        root = parent
    return root


def _forget(answer: _Silent) -> None:
    QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(answer))


class _Silent(QAccessibleInterface):
    """Not valid: Qt drops every event about its widget (``QAccessibleEvent`` gives no
    interface for it), and asks it nothing more while its dialog is hidden.

    It keeps its widget's address, not its Python object: a widget Qt makes (a dialog's
    standard button) may be asked for while half made, and a Python object made then and
    kept would stay of the half-made class (a QWidget where Python code later expects a
    QPushButton). Qt deletes the answer with its widget, so a valid answer's address is a
    live widget's."""

    def __init__(self, address: int) -> None:
        super().__init__()
        self._address = address

    def widget(self) -> QWidget:
        return cast(QWidget, wrapInstance(self._address, QWidget))

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
        return cast(QObject, wrapInstance(self._address, QObject))
