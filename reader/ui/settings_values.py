"""Reading one value out of the user's settings file: an INI file gives everything back as text
("true", "12"), and a hand-edited or older file may hold anything. A value that cannot be read
as its default's type gives the default; a number out of range is brought into it."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", bool, int, float, str)
N = TypeVar("N", int, float)


def read_value(settings: QSettings, key: str, default: T) -> T:
    value: Any = settings.value(key, default)
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            return True if text == "true" else False if text == "false" else default
        return type(default)(value)
    except (TypeError, ValueError):
        return default


def clamp(value: N, low: N, high: N) -> N:
    return min(max(value, low), high)
