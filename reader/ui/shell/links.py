"""Addresses that leave the app: a link opened from the text, files dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from reader import messages

if TYPE_CHECKING:  # Qt's URL classes load when a link or a drop first needs them (start-up)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

WEB_SCHEMES = frozenset({"http", "https"})


def is_web_link(target: str) -> bool:
    """Only absolute http(s) addresses may leave the app (no file:, javascript:, "#")."""
    from PySide6.QtCore import QUrl

    url = QUrl(target, QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


def open_link(target: str | None, *, say: Callable[[str], None],
              show_error: Callable[[str], None]) -> None:
    """Open a web link in the user's browser; anything else is refused, and said why."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if target is None:
        say(messages.no_link_at_caret())
    elif not is_web_link(target):
        show_error(messages.link_refused(target))
    elif QDesktopServices.openUrl(QUrl(target)):
        say(messages.link_opening(target))
    else:
        show_error(messages.link_failed(target))


def local_files(mime: QMimeData | None) -> list[str]:
    """The local files among what was dragged, those of a format the reader knows first (a
    document dropped with its pictures opens the document)."""
    if mime is None or not mime.hasUrls():
        return []
    from reader.document.formats.reading import ALL_SUFFIXES

    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return sorted(files, key=lambda path: PurePath(path).suffix.lower() not in ALL_SUFFIXES)


def accept_drag(event: QDragEnterEvent) -> None:
    """A drag over the window is taken only if it holds a local file."""
    if local_files(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()


def dropped_file(event: QDropEvent) -> str | None:
    """The file to open from a drop (the drop accepted), or None (ignored)."""
    files = local_files(event.mimeData())
    if not files:
        event.ignore()
        return None
    event.acceptProposedAction()
    return files[0]
