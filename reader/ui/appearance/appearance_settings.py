"""The appearance as stored in the user's QSettings file (group ``appearance``).

Missing or unreadable values fall back to their defaults and numbers are clamped
(reader.appearance.preferences.from_mapping): a hand-edited file never breaks the app.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reader.appearance.preferences import Appearance, from_mapping, to_mapping

_GROUP = "appearance"


def load(settings: QSettings) -> Appearance:
    settings.beginGroup(_GROUP)
    try:
        values = {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()
    return from_mapping({k: v for k, v in values.items() if v is not None})


def save(settings: QSettings, appearance: Appearance) -> None:
    settings.beginGroup(_GROUP)
    try:
        for key, value in to_mapping(appearance).items():
            settings.setValue(key, value)
    finally:
        settings.endGroup()
    settings.sync()
