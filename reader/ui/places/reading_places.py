"""Where the reader was in each document, and their bookmarks, kept in the user's QSettings.

Both are keyed by the file's absolute path and stored as JSON text (an INI file turns nested
lists and one-item lists into strings; JSON comes back as it went). Both are bounded: the last
position of the ``POSITION_LIMIT`` most recently read documents, the bookmarks of the
``BOOKMARKED_LIMIT`` most recently bookmarked documents. A hand-edited or damaged value reads as
"nothing saved", never as an error.
"""

from __future__ import annotations

import json
import os
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from reader.settings_values import json_value

POSITION_LIMIT = 50
BOOKMARKED_LIMIT = 100
_POSITIONS_KEY = "places/last_positions"
_BOOKMARKS_KEY = "places/bookmarks"
STORED_KEYS = (_POSITIONS_KEY, _BOOKMARKS_KEY)  # JSON text, checked at start-up


class Bookmark(NamedTuple):  # a named tuple: a dataclass took 1.4 ms of start-up to define
    offset: int  # model offset (Document.text)
    label: str


def _key(path: str) -> str:
    return os.path.abspath(path)


class ReadingPlaces:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    # --- Last position ----------------------------------------------------------------------

    def last_position(self, path: str) -> int | None:
        for entry in self._positions():
            if entry[0] == _key(path):
                return int(entry[1])
        return None

    def remember_position(self, path: str, offset: int) -> None:
        key = _key(path)
        entries = [[key, int(offset)]] + [e for e in self._positions() if e[0] != key]
        # Written by Qt at a later turn (the app's settings: once the reader is quiet), not
        # in the turn that shows the next document: a sync() waited for the disk there.
        self._store(_POSITIONS_KEY, entries[:POSITION_LIMIT], sync=False)

    def _positions(self) -> list[list[Any]]:
        value = self._load(_POSITIONS_KEY, [])
        return [e for e in value if isinstance(e, list) and len(e) == 2
                and isinstance(e[0], str) and isinstance(e[1], int) and e[1] >= 0] \
            if isinstance(value, list) else []

    # --- Bookmarks --------------------------------------------------------------------------

    def bookmarks(self, path: str) -> list[Bookmark]:
        entries = self._all_bookmarks().get(_key(path), [])
        marks = [Bookmark(e[0], e[1]) for e in entries if isinstance(e, list) and len(e) == 2
                 and isinstance(e[0], int) and e[0] >= 0 and isinstance(e[1], str)]
        return sorted(marks, key=lambda mark: mark.offset)

    def set_bookmarks(self, path: str, marks: list[Bookmark]) -> None:
        key = _key(path)
        everything = self._all_bookmarks()
        everything.pop(key, None)
        if marks:  # most recently changed first: the oldest fall off the end
            everything = {key: [[m.offset, m.label] for m in marks], **everything}
        self._store(_BOOKMARKS_KEY, dict(list(everything.items())[:BOOKMARKED_LIMIT]))

    def _all_bookmarks(self) -> dict[str, list[Any]]:
        value = self._load(_BOOKMARKS_KEY, {})
        return {k: v for k, v in value.items() if isinstance(v, list)} \
            if isinstance(value, dict) else {}

    # --- Storage ----------------------------------------------------------------------------

    def _load(self, key: str, default: object) -> Any:  # what the JSON held
        # Nested too deep ("internal error: RecursionError"), damaged: the default.
        value, _usable = json_value(self._settings.value(key, ""), default)
        return value

    def _store(self, key: str, value: object, *, sync: bool = True) -> None:
        self._settings.setValue(key, json.dumps(value, ensure_ascii=False))
        if sync:
            self._settings.sync()
