"""Where the files that are not code live: icons, translations, the desktop entry, metainfo.

In a checkout they are in the top-level ``resources/``; an installed wheel carries the same
folder inside the package as ``reader/resources`` (pyproject.toml maps it there).
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"
