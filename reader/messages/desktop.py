"""The desktop install: ``reader --install-desktop``. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr


def desktop_installed(folder: str) -> str:
    return tr(
        "Accessible Reader is now in the applications menu, and in “Open with” for text, "
        "Markdown and the other documents it reads (files in {folder})."
    ).format(folder=folder)


def desktop_uninstalled(folder: str) -> str:
    return tr(
        "Accessible Reader was removed from the applications menu (files in {folder})."
    ).format(folder=folder)


def desktop_not_installed(folder: str) -> str:
    return tr("Accessible Reader was not in the applications menu (nothing in {folder}).").format(
        folder=folder
    )
