"""Which actions of the table open a window (a dialog, a message box, the presenter) or show
controls that were hidden in the main window (a find bar…), found by running each action in a
fresh window, offscreen, and watching what appears.

Nothing has to be marked or listed: a dialog or a bar added to the table later (preferences,
bookmarks, find…) is found and then walked by the AT-SPI test. Modal dialogs started with
``exec()`` (the file dialog) are closed from inside their own event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from reader.ui.actions import ACTIONS
from tests.accessibility.keyboard_paths import Key, menu_keys, shortcut_keys


@dataclass(frozen=True)
class Opener:
    keys: list[Key]  # from the text view
    window: bool  # True: a new window; False: new controls inside the main window


def _visible_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
            and not isinstance(w, QMenu)}


def _visible_controls(window: QWidget) -> set[QWidget]:
    return {w for w in window.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus}


def _keys(window: QWidget, action_id: str) -> list[Key]:
    spec = next(s for s in ACTIONS if s.id == action_id)
    keys = shortcut_keys(spec)
    if keys is not None:
        return [keys]
    action = window.named_actions[action_id]
    menus = [m for m in window.menuBar().findChildren(QMenu) if action in m.actions()]
    return menu_keys(menus[0], action)


def actions_showing_controls(make_window: Callable[[], QWidget], qtbot) -> dict[str, Opener]:
    """{action id: how to open what it shows}, in table order.

    ``make_window`` builds a shown main window with a document and speech loaded."""
    found: dict[str, Opener] = {}
    for spec in ACTIONS:
        window = make_window()
        before, controls = _visible_windows(), _visible_controls(window)
        opened: list[QWidget] = []

        def close_modal(before: set[QWidget] = before, opened: list[QWidget] = opened) -> None:
            # Runs inside a modal dialog's exec(), if one started.
            modal = QApplication.activeModalWidget()
            if modal is not None and modal not in before:
                opened.append(modal)
                modal.close()

        QTimer.singleShot(0, close_modal)
        window.named_actions[spec.id].trigger()
        qtbot.wait(10)
        shown = window.isVisible() and bool(_visible_controls(window) - controls)
        for widget in _visible_windows() - before:
            opened.append(widget)
            widget.close()
        if opened or shown:
            found[spec.id] = Opener(_keys(window, spec.id), window=bool(opened))
        window.close()
    return found
