"""Which actions of the table open a window (a dialog, a message box, the presenter), found by
running each one in a fresh window, offscreen, and watching for new top-level windows.

Nothing has to be marked or listed: a dialog added to the table later (preferences, bookmarks…)
is found and then walked by the AT-SPI test. Modal dialogs started with ``exec()`` (the file
dialog) are closed from inside their own event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from reader.ui.actions import ACTIONS
from tests.accessibility.keyboard_paths import Key, menu_keys, shortcut_keys


def _visible_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
            and not isinstance(w, QMenu)}


def actions_opening_windows(make_window: Callable[[], QWidget], qtbot) -> dict[str, list[Key]]:
    """{action id: the keys that open it from the text view}, in table order.

    ``make_window`` builds a shown main window with a document and speech loaded."""
    found: dict[str, list[Key]] = {}
    for spec in ACTIONS:
        window = make_window()
        before = _visible_windows()
        opened: list[QWidget] = []

        def close_modal() -> None:  # runs inside a modal dialog's exec(), if one started
            modal = QApplication.activeModalWidget()
            if modal is not None and modal not in before:
                opened.append(modal)
                modal.close()

        QTimer.singleShot(0, close_modal)
        window.named_actions[spec.id].trigger()
        qtbot.wait(10)
        for widget in _visible_windows() - before:
            opened.append(widget)
            widget.close()
        if opened:
            keys = shortcut_keys(spec)
            if keys is not None:
                found[spec.id] = [keys]
            else:
                menus = [m for m in window.menuBar().findChildren(QMenu)
                         if window.named_actions[spec.id] in m.actions()]
                found[spec.id] = menu_keys(menus[0], window.named_actions[spec.id])
        window.close()
    return found
