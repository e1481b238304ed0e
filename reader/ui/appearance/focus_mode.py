"""Focus mode: only the text. The outline, the toolbars, the menu bar and the status line are
hidden, and brought back as they were.

The outline and the status line are hidden through their View actions (unchecked), so the menu
stays truthful and Ctrl+T, which shows the outline when it is hidden, still works in focus mode.
The message area stays: it tells the way back, and errors must still be seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from reader.ui.context import ActionId

if TYPE_CHECKING:
    from reader.ui.shell.main_window import MainWindow

_PANEL_ACTIONS = (ActionId.SHOW_OUTLINE, ActionId.SHOW_STATUS)


class FocusMode:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._restore: dict[ActionId | QWidget, bool] | None = None  # was each shown

    @property
    def on(self) -> bool:
        return self._restore is not None

    def set(self, on: bool) -> None:
        if on and self._restore is None:
            self._enter()
        elif not on and self._restore is not None:
            self._leave()

    def _widgets(self) -> list[QWidget]:
        window = self._window
        return [window.menuBar(), *window.findChildren(QToolBar)]

    def _enter(self) -> None:
        window = self._window
        had_focus = QApplication.focusWidget()
        restore: dict[ActionId | QWidget, bool] = {}
        for action_id in _PANEL_ACTIONS:
            action = window.named_actions[action_id]
            restore[action_id] = action.isChecked()
            action.setChecked(False)
        for widget in self._widgets():
            restore[widget] = widget.isVisibleTo(window)
            widget.hide()
        self._restore = restore
        if had_focus is None or not had_focus.isVisible():
            window.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave(self) -> None:
        window = self._window
        restore, self._restore = self._restore or {}, None
        for key, shown in restore.items():
            if isinstance(key, ActionId):
                window.named_actions[key].setChecked(shown)
            elif shown:
                key.show()
