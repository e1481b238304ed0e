"""File > Open Recent: rebuilt from ``RecentFiles`` each time it opens, so it is never stale."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from reader import messages
from reader.ui.opening.recent_files import RecentFiles
from reader.ui.text.tooltips import plain_tooltip


class RecentMenu(QMenu):
    file_chosen = Signal(str)

    def __init__(self, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(messages.menu_recent(), parent)
        self.setObjectName("menu_recent")
        self._recent = recent
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._recent.paths()
        if not paths:
            placeholder = self.addAction(messages.recent_empty())
            placeholder.setEnabled(False)
            return
        for number, path in enumerate(paths, start=1):
            folder, name = os.path.split(path)
            action = self.addAction(messages.recent_entry(number, name, folder))
            action.setToolTip(plain_tooltip(path))
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.file_chosen.emit(p))
        self.addSeparator()
        self.addAction(messages.recent_clear()).triggered.connect(self._clear)

    def _clear(self) -> None:
        self._recent.clear()
        self.rebuild()
