"""Values read back from the settings file, checked before anything uses them.

A settings file is text anyone can edit (or a crash can cut): a value that cannot be used must
fall back to its default, never stop the start-up. No Qt here; the window's settings code calls
these and tells the user once which settings were reset.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_JSON_DEPTH = 20  # bookmarks are a map of lists of pairs: three levels; far more is damage
MAX_JSON_CHARS = 8 * 1024 * 1024


def json_value(text: object, default: Any) -> tuple[Any, bool]:
    """The JSON ``text`` holds, and whether it was usable. Nesting deeper than
    ``MAX_JSON_DEPTH`` ("internal error: RecursionError" for a deeply nested bookmarks value),
    text that is not JSON, and text too long give ``(default, False)``."""
    if text is None or text == "":
        return default, True
    if not isinstance(text, str) or len(text) > MAX_JSON_CHARS or _too_deep(text):
        return default, False
    try:
        return json.loads(text), True
    except (ValueError, RecursionError):
        return default, False


def _too_deep(text: str) -> bool:
    """Whether brackets open deeper than allowed (strings' brackets counted too: a false
    alarm only costs a value that was suspect anyway)."""
    depth = 0
    for char in text:
        if char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def finite_number(raw: object, default: float, low: float, high: float) -> tuple[float, bool]:
    """``raw`` as a number within [low, high], and whether it was usable as it was written:
    "inf", "1e999", "nan" and text give ``(default, False)``; out of range is clamped."""
    try:
        number = float(raw)  # type: ignore[arg-type]  # anything: failures are caught
    except (TypeError, ValueError, OverflowError):
        return default, False
    if not math.isfinite(number):
        return default, False
    return min(max(number, low), high), low <= number <= high


def byte_value(raw: object) -> bytes | None:
    """Bytes saved as bytes (a window geometry): QSettings gives them back as a QByteArray,
    or as text when the file was edited ("window/geometry=garbage" raised a TypeError)."""
    if isinstance(raw, (bytes, bytearray)):
        return bytes(raw)
    data = getattr(raw, "data", None)  # a QByteArray, without importing Qt here
    if callable(data):
        value = data()
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
    return None
