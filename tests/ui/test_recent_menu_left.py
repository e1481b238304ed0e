"""File > Open Recent is made again after each open and each time it is shown: the actions it
replaces must go with it (a menu that kept them would grow by a dozen actions an open, each
with its path and its connection, for as long as the window lives)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication


def _actions_alive(window) -> tuple[int, int]:
    """The window's QActions, and the Python objects of QActions anywhere."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    return (len(window.findChildren(QAction)),
            sum(1 for thing in gc.get_objects() if isinstance(thing, QAction)))


def test_the_recent_menu_keeps_only_its_own_entries(make_window, tmp_path, qtbot):
    window = make_window()
    paths = []
    for number in range(12):  # more than the menu lists: every open changes every entry
        path = tmp_path / f"entretien-{number}.txt"
        path.write_text(f"Entretien {number}\n\nPourquoi ?\n\nParce que.\n", encoding="utf-8")
        paths.append(path)
    counts = []
    for round_ in range(3):
        for path in paths:
            assert window.open_path(path) == ""
            qtbot.waitUntil(lambda path=path: window.document is not None
                            and window.document.path == str(path))
        for _shown in range(5):
            window.recent_menu.aboutToShow.emit()  # as File > Open Recent is opened
        counts.append(_actions_alive(window))
        entries = [action.data() for action in window.recent_menu.actions() if action.data()]
        assert entries[0] == str(paths[-1]) and len(set(entries)) == len(entries), round_
    assert counts[0] == counts[1] == counts[2], counts
