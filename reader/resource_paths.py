"""Where the files that are not code live: icons, translations, the desktop entry, metainfo.

They are kept in the top-level ``resources/``; ``reader/resources`` links to it, so a checkout
and an installed wheel (which carries the folder inside the package, see pyproject.toml) find
them at the same place.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "io.github.accessiblereader.AccessibleReader"  # the desktop entry's and metainfo's id


def resources_dir() -> Path:
    return Path(__file__).with_name("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def desktop_entry() -> Path:
    return resources_dir() / f"{APP_ID}.desktop"


def metainfo() -> Path:
    return resources_dir() / f"{APP_ID}.metainfo.xml"


def icons_dir() -> Path:
    return resources_dir() / "icons"
