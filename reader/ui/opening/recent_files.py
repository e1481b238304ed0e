"""The recently opened files, most recent first, kept in the QSettings it is given."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

_KEY = "recent/files"
DEFAULT_LIMIT = 10


class RecentFiles:
    def __init__(self, settings: QSettings, limit: int = DEFAULT_LIMIT) -> None:
        self._settings = settings
        self._limit = limit

    def paths(self) -> list[str]:
        value: object = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list (INI)
            value = [value] if value else []
        paths = value if isinstance(value, list | tuple) else []
        return [str(p) for p in paths if p][: self._limit]

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        # No sync(): Qt writes the file itself at the next turn of the event loop. A sync here
        # wrote it (two fdatasync calls) in the turn that shows the document opened, 5-9 ms
        # on an idle disk and up to 300 ms on a busy one, while the window waited.
        self._settings.setValue(_KEY, paths[: self._limit])
