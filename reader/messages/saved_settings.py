"""Messages about the user's settings file."""

from __future__ import annotations

from .translate import tr


def settings_reset(names: list[str]) -> str:
    return tr(
        "Some settings could not be read and were reset to their defaults: {names}."
    ).format(names=", ".join(name.replace("_", " ") for name in names))


def settings_not_saved(file_name: str) -> str:
    return tr(
        "Your settings cannot be saved: the file {file} cannot be written. Changes last until "
        "you close the reader."
    ).format(file=file_name)
