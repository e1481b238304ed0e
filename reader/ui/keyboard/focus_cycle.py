"""F6 / Shift+F6: move focus between the window's panes, as browsers and mail readers do.

The panes, in their order on screen from top to bottom: the speech toolbar, the message banner
(when shown), the outline (when shown), the text, the find bar (when open). Hidden panes are
skipped; the cycle wraps, so F6 never gets stuck (no keyboard trap) and Shift+F6 goes back.
A pane gets focus on its first focusable control (the toolbar: Play/Pause; the find bar: its
field). Toolbar buttons are not focusable in Qt by default (docs/architecture.md#accessibility):
they are made Tab-focusable here, so that once there Tab and Shift+Tab move between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from reader.ui.context import ActionId, ReaderContext

Panes = Callable[[], Sequence[QWidget | None]]  # None: a pane not made yet


class FocusCycle(QObject):
    def __init__(self, context: ReaderContext, panes: Panes,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = panes
        context.action(ActionId.NEXT_PANE).triggered.connect(lambda: self.move(forward=True))
        context.action(ActionId.PREVIOUS_PANE).triggered.connect(
            lambda: self.move(forward=False))

    def visible_panes(self) -> list[QWidget]:
        return [pane for pane in self._panes()
                if pane is not None and pane.isVisible() and _entry(pane) is not None]

    def move(self, *, forward: bool) -> QWidget | None:
        panes = self.visible_panes()
        if not panes:
            return None
        focus = QApplication.focusWidget()
        here = next((i for i, pane in enumerate(panes)
                     if focus is not None and (pane is focus or pane.isAncestorOf(focus))), None)
        if here is None:
            index = 0 if forward else len(panes) - 1
        else:
            index = (here + (1 if forward else -1)) % len(panes)
        target = _entry(panes[index])
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return panes[index]


def make_toolbar_focusable(toolbar: QWidget) -> None:
    for button in toolbar.findChildren(QToolButton):
        if button.isVisibleTo(toolbar) and button.defaultAction() is not None:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def _entry(pane: QWidget) -> QWidget | None:
    """The widget that takes focus for ``pane``: itself, or its first focusable visible child."""
    if isinstance(pane, QToolBar):  # its layout makes new buttons NoFocus: each time, then
        make_toolbar_focusable(pane)
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return pane
    for child in pane.findChildren(QWidget):
        takes_tab = child.focusPolicy() & Qt.FocusPolicy.TabFocus
        if child.isVisible() and child.isEnabled() and takes_tab:
            return child
    return None
