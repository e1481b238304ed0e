"""The speech settings as stored in the user's QSettings file (group ``speech``).

A value missing or unreadable in the file falls back to its default, and numbers are clamped
to what the controls allow: a hand-edited settings file never breaks reading.
"""

from __future__ import annotations

from dataclasses import fields
from typing import NamedTuple

from PySide6.QtCore import QSettings

from reader.speech.options import TIMBRES, ReadingOptions
from reader.ui.settings_values import clamp, read_value
from reader.ui.text.highlights import HIGHLIGHT_STYLES

RATE_RANGE = (80, 450)
RATE_STEP = 25  # Faster/Slower
PITCH_RANGE = (0, 100)
VOLUME_RANGE = (0, 100)
PAUSE_RANGE = (0, 3000)
_GROUP = "speech"


class SpeechPreferences(NamedTuple):  # a named tuple: a dataclass took 1.5 ms of start-up
    reading: ReadingOptions = ReadingOptions()
    highlight: str = "background"  # one of highlights.HIGHLIGHT_STYLES


_LIMITS = {
    "rate_wpm": RATE_RANGE,
    "pitch": PITCH_RANGE,
    "volume": VOLUME_RANGE,
    "sentence_pause_ms": PAUSE_RANGE,
    "paragraph_pause_ms": PAUSE_RANGE,
}


def load(settings: QSettings) -> SpeechPreferences:
    defaults = ReadingOptions()
    values = {}
    settings.beginGroup(_GROUP)
    try:
        for field in fields(ReadingOptions):
            default = getattr(defaults, field.name)
            values[field.name] = read_value(settings, field.name, default)
        highlight = str(settings.value("highlight", "background"))
    finally:
        settings.endGroup()
    for name, (low, high) in _LIMITS.items():
        values[name] = clamp(values[name], low, high)
    for name in ("interviewer_timbre", "interviewee_timbre"):
        if values[name] not in TIMBRES:
            values[name] = ""
    if highlight not in HIGHLIGHT_STYLES:
        highlight = "background"
    return SpeechPreferences(ReadingOptions(**values), highlight)


def save(settings: QSettings, preferences: SpeechPreferences) -> None:
    settings.beginGroup(_GROUP)
    try:
        for field in fields(ReadingOptions):
            settings.setValue(field.name, getattr(preferences.reading, field.name))
        settings.setValue("highlight", preferences.highlight)
    finally:
        settings.endGroup()
    settings.sync()
