"""File > Open's dialog, built once and kept.

``QFileDialog.getOpenFileName`` builds Qt's own file dialog afresh each time where the desktop
offers no native one: its folder view, its lists and their values reach a screen reader as a
flood of events, and Orca said the dialog 2 to 10 seconds after Ctrl+O. Kept, it is shown again
with only its folder changed (see ``reader.ui.shell.kept_dialogs``). With a screen reader
listening it is built ahead, unheard (``reader.ui.shell.unheard``): its first opening is then
as quick as a later one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from reader import messages
from reader.ui.shell.kept_dialogs import forget_native_window_when_closed

if TYPE_CHECKING:
    from reader.document.model import Document


def folder_of(document: Document | None) -> str:
    """Where File > Open starts: the folder of the document shown, or "" (the dialog's)."""
    return str(Path(document.path).parent) if document and document.path else ""


class FileChooser:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._dialog: QFileDialog | None = None

    def dialog(self) -> QFileDialog:
        """The dialog, built the first time it is needed."""
        if self._dialog is None:
            self._dialog = QFileDialog(self._parent)
            self._dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self._dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            forget_native_window_when_closed(self._dialog)
        return self._dialog

    def build_ahead(self, document: Callable[[], Document | None]) -> Iterator[None]:
        """For ``BuildAhead``, with a screen reader listening: the dialog, then its title,
        filters and the folder of ``document()`` listed (its files are read in the
        background, and reach the dialog before it is first shown)."""
        if self._dialog is not None:
            return
        dialog = self.dialog()
        yield
        if not dialog.isVisible():
            self._set_up(dialog, folder_of(document()))

    def choose(self, folder: str) -> str:
        """The file the user chose, starting in ``folder`` (if given); "" when cancelled."""
        dialog = self.dialog()
        self._set_up(dialog, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""

    @staticmethod
    def _set_up(dialog: QFileDialog, folder: str) -> None:
        # Each time: the interface language may have changed since it was built.
        dialog.setWindowTitle(messages.open_dialog_title())
        filters = messages.open_dialog_filters().split(";;")
        if dialog.nameFilters() != filters:
            dialog.setNameFilters(filters)
            dialog.selectNameFilter(filters[0])
        if folder:
            dialog.setDirectory(folder)
