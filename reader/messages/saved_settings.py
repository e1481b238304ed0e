"""Messages about the user's settings file."""

from __future__ import annotations

from .translate import tr


def settings_reset(names: list[str]) -> str:
    return tr(
        "Some settings could not be read and were reset to their defaults: {names}."
    ).format(names=", ".join(_setting_name(name) for name in names))


def _setting_name(key: str) -> str:
    """A setting's key ("max_line_length", "window/geometry") in words."""
    named = {
        "window/geometry": tr("window size and place"),
        "window/splitter": tr("outline width"),
        "places/bookmarks": tr("bookmarks"),
        "places/last_positions": tr("last reading positions"),
    }
    return named.get(key) or key.replace("_", " ")


def settings_not_saved(file_name: str) -> str:
    return tr(
        "Your settings cannot be saved: the file {file} cannot be written. Changes last until "
        "you close the reader."
    ).format(file=file_name)
