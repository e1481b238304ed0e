"""The user's own keys for the window's actions: stored, checked for conflicts, applied.

Stored in QSettings group ``shortcuts``, one entry per changed action: its id, then a JSON list
of keys in Qt's portable text (["Ctrl+Shift+K"]; JSON because "Ctrl+," has a comma, and an INI
file mangles one-item lists), [] meaning "no key". An action not in the group has the table's
keys, so "reset" is removing the entry. Unreadable entries are ignored (the default applies).

Conflicts: every scope of the main window overlaps the others (the reading pane is inside the
window, and a native key of the text is handled when the text has focus), so one key may belong
to one action only; the media keys an action also answers count too. Some keys are reserved:
Tab and Shift+Tab move focus (a shortcut there would be a keyboard trap), and the arrows, Home,
End, Page Up/Down move the caret in the text. A single unmodified key the user gives to a
window-wide action acts only in the reading pane (``actions.effective_scope``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.ui import actions as action_table
from reader.ui.actions import ACTIONS, ActionSpec, Scope
from reader.ui.context import ActionId

_GROUP = "shortcuts"
RESERVED = frozenset(QKeySequence(k).toString() for k in (
    "Tab", "Shift+Tab", "Backtab", "Shift+Backtab", "Up", "Down", "Left", "Right",
    "Home", "End", "PgUp", "PgDown", "Shift+Up", "Shift+Down", "Shift+Left", "Shift+Right",
))


def portable(keys: str) -> str:
    """One spelling per key ("ctrl+b", "Ctrl+B" -> "Ctrl+B"); "" if it is not a key."""
    sequence = QKeySequence(keys)
    return "" if sequence.isEmpty() else sequence.toString()


def load(settings: QSettings) -> dict[str, tuple[str, ...]]:
    known = {item.id for item in ACTIONS if item.scope is not Scope.NATIVE}
    keys: dict[str, tuple[str, ...]] = {}
    settings.beginGroup(_GROUP)
    try:
        for action_id in settings.childKeys():
            if action_id not in known:
                continue
            value = settings.value(action_id, "")
            try:
                parts = json.loads(value) if isinstance(value, str) else None
            except ValueError:
                continue
            if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
                continue
            parts = [portable(part) for part in parts]
            if all(parts):
                keys[action_id] = tuple(parts)
    finally:
        settings.endGroup()
    return keys


class ShortcutEditor:
    """Changes the window's keys and keeps the settings in step."""

    def __init__(self, settings: QSettings, actions: Mapping[ActionId, QAction], window: QWidget,
                 reading_pane: QWidget) -> None:
        self._settings = settings
        self._actions = actions
        self._window = window
        self._reading_pane = reading_pane
        self._user = load(settings)

    def apply_saved(self) -> None:
        """Give the actions the keys saved last time (at start-up)."""
        for action_id in self._user:
            self._apply(action_table.spec(action_id))

    @property
    def user_keys(self) -> dict[str, tuple[str, ...]]:
        return dict(self._user)

    def keys_of(self, action_id: str) -> tuple[str, ...]:
        return self._user.get(action_id, action_table.spec(action_id).shortcuts)

    @staticmethod
    def editable(action_id: str) -> bool:
        return action_table.spec(action_id).scope is not Scope.NATIVE

    @staticmethod
    def reserved(keys: str) -> bool:
        return portable(keys) in RESERVED

    def conflicts(self, action_id: str, keys: str) -> list[str]:
        """The other actions that already answer ``keys``."""
        wanted = portable(keys)
        return [item.id for item in ACTIONS if item.id != action_id and wanted in {
            portable(k) for k in (*self.keys_of(item.id), *item.window_shortcuts)}]

    def assign(self, action_id: str, keys: str) -> list[str]:
        """Give ``keys`` to ``action_id`` as its only key, taking it from any action that had
        it; returns the ids it was taken from."""
        wanted = portable(keys)
        taken = self.conflicts(action_id, wanted)
        for other in taken:
            self._set(other, tuple(k for k in self.keys_of(other) if portable(k) != wanted))
        self._set(action_id, (wanted,))
        return taken

    def remove(self, action_id: str) -> None:
        self._set(action_id, ())

    def reset(self, action_id: str) -> None:
        self._user.pop(action_id, None)
        self._settings.remove(f"{_GROUP}/{action_id}")
        self._settings.sync()
        self._apply(action_table.spec(action_id))

    def reset_all(self) -> None:
        self._user.clear()
        self._settings.remove(_GROUP)
        self._settings.sync()
        for item in ACTIONS:
            self._apply(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """(action id or "", action, keys) for the shortcuts list: every action (those without
        keys too, so that one can be given), then the widgets' own keys."""
        rows: list[tuple[str, str, str]] = []
        for item in ACTIONS:
            [(text, keys)] = action_table.shortcut_rows([item], [], self._user) or [
                (action_table.plain_text(item.text()), "")]
            rows.append((item.id, text, keys))
        rows += [("", text, keys) for text, keys in action_table.shortcut_rows([])]
        return rows

    def _set(self, action_id: str, keys: tuple[str, ...]) -> None:
        item = action_table.spec(action_id)
        if tuple(portable(k) for k in item.shortcuts) == keys:
            self.reset(action_id)
            return
        self._user[action_id] = keys
        self._settings.setValue(f"{_GROUP}/{action_id}", json.dumps(list(keys)))
        self._settings.sync()
        self._apply(item)

    def _apply(self, item: ActionSpec) -> None:
        action_table.set_keys(self._actions[item.id], item, self.keys_of(item.id),
                              self._window, self._reading_pane)
