"""The window's size, place and outline width, as the user left them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader.settings_values import byte_value

DEFAULT_SIZE = (1100, 760)
STORED_KEYS = ("window/geometry", "window/splitter")


def restore_geometry(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    # A hand-edited file gives text back ("window/geometry=garbage" raised a TypeError).
    geometry = byte_value(settings.value("window/geometry"))
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    if window.windowState() & Qt.WindowState.WindowFullScreen:  # per session, never restored
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    state = byte_value(settings.value("window/splitter"))
    if state is not None:
        splitter.restoreState(state)


def save_geometry(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.sync()
