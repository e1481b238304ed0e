"""Opening documents in the window: on the spot, or in the background when large; a failure is
explained in the message area and the document already open stays open.

The window keeps what it shows (``MainWindow.show_document``); this is how a path becomes a
document: the loader (parse, or the cache of parsed documents), the busy cursor, the recent
files, and the words for every way opening can fail.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.document.model import Document
from reader.ui.opening import background_open
from reader.ui.opening.background_open import BackgroundOpen, Previewer
from reader.ui.opening.missing_fonts import missing_font_notes
from reader.ui.opening.preview import FirstPages
from reader.ui.opening.recent_files import RecentFiles
from reader.ui.shell.screen_reader import NotesUntilHeard
from reader.ui.text.renderer import Rendered

if TYPE_CHECKING:
    from reader.document.pipeline import Preview
    from reader.ui.opening.file_chooser import FileChooser
    from reader.ui.shell.main_window import MainWindow

Loader = Callable[[str], Document]


class Opening(QObject):
    def __init__(self, window: MainWindow, load: Loader, recent: RecentFiles) -> None:
        super().__init__(window)
        self._window = window
        self._load = load
        self._recent = recent
        self._background = BackgroundOpen(load, self)
        self._background.finished.connect(self._background_opened)
        self._background.previewed.connect(self._previewed)
        self._previewer: Previewer | None = None
        self.first_pages = FirstPages(window, window.context)
        self._chooser: FileChooser | None = None  # File > Open's dialog (``chooser``)
        self._notes: NotesUntilHeard | None = None  # made with the first document's notes

    def set_previewer(self, previewer: Previewer | None) -> None:
        """What gives a long file's first pages to show while the whole is read in the
        background (reader.document.pipeline.open_preview, unless the file is cached); None:
        no preview."""
        self._previewer = previewer

    @property
    def chooser(self) -> FileChooser:
        """File > Open's dialog, kept: made when first asked for (File > Open, or built ahead
        for a screen reader), its module imported then (docs/performance.md, "Start-up
        (session 20)")."""
        if self._chooser is None:
            from reader.ui.opening.file_chooser import FileChooser

            self._chooser = FileChooser(self._window)
        return self._chooser

    @property
    def background(self) -> BackgroundOpen:
        """Where large files are parsed (its signals say when a parse is over)."""
        return self._background

    def unless_opening(self, message: str) -> str:
        """``message`` (no questions, no document), unless no document is shown yet because
        one is still being opened: then that it is."""
        pending = self._background.pending
        if pending is not None and self._window.context.document is None:
            return messages.still_opening(pending)
        return message

    def open(self, path: str | Path, *, in_background: bool = True) -> str:
        """Open ``path``; on failure keep the current document and show why.

        A large file is parsed in the background (unless not ``in_background``): the window
        stays usable, says what it is opening, and shows the document when it is ready.
        Returns the error message shown, or "" when the document opened or is opening.
        """
        path = str(path)
        size = _file_size(path)
        if in_background and background_open.opens_in_background(path, size):
            from reader.document.loading import human_size  # when needed, as in _opened

            if self._background.pending is None:
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # busy, yet usable
            self._background.start(path, self._window.fonts.render_in_worker(), self._previewer)
            self._window.banner.show_messages(
                [messages.opening_large_document(path, human_size(size))],
                error=False, take_focus=True)
            return ""
        self._stop_background()  # what the user chose last wins
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result: Document | Exception = self._load(path)
            except Exception as error:  # explained by _opened
                result = error
            return self._opened(path, result)
        finally:
            QApplication.restoreOverrideCursor()

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self._recent.remove(path)
            self._window.recent_menu.rebuild()
            self._window.banner.show_messages([messages.recent_missing(path)], error=True,
                                              take_focus=True)
            return
        self.open(path)

    def _stop_background(self) -> None:
        if self._background.pending is not None:
            self._background.cancel()
            QApplication.restoreOverrideCursor()
            self.first_pages.end()

    def _previewed(self, path: str, preview: Preview, rendered: Rendered) -> None:
        self.first_pages.show(path, preview, rendered)

    def _background_opened(self, path: str, result: Document | Exception,
                           rendered: Rendered | None) -> None:
        QApplication.restoreOverrideCursor()
        self._opened(path, result, rendered)

    def _opened(self, path: str, result: Document | Exception,
                rendered: Rendered | None = None) -> str:
        """Show the document (``result``), or why ``path`` could not be opened (``result`` is
        the exception raised; the current document stays)."""
        window = self._window
        if isinstance(result, Document):
            if self.first_pages.showing(path):
                self.first_pages.replace_with_whole(result, rendered)
            else:
                window.show_document(result, rendered)
            self._say_missing_fonts()
            self._tell_notes()
            self._recent.add(path)
            window.recent_menu.rebuild()
            return ""
        self.first_pages.end()  # if a preview is shown, it is all there is
        # The loading's module is imported when a file could not be opened or is large: a start
        # showing a cached document needs it for nothing else (docs/performance.md, "Start-up
        # (session 20)").
        from reader.document.loading import LoadError, LoadProblem

        if isinstance(result, LoadError):
            message = messages.load_error(result)
        elif isinstance(result, OSError):  # a loader that let one through: still clear
            detail = result.strerror or str(result)
            message = messages.load_error(LoadError(LoadProblem.UNREADABLE, path, detail))
        else:  # a parser bug must not lose the open document
            traceback.print_exception(result, file=sys.stderr)
            message = messages.open_failed_unexpectedly(path, f"{type(result).__name__}: {result}")
        window.banner.show_messages([message], error=True, take_focus=True)
        return message

    def _say_missing_fonts(self) -> None:
        """A script of the document no installed font can draw is said beside its other notes
        (once per open: a corrected outline shows the same text again)."""
        document = self._window.context.document
        if document is None:
            return
        missing = missing_font_notes(document.text)
        if missing:
            notes = [messages.notice(notice) for notice in document.notices]
            self._window.banner.show_messages([*notes, *missing], error=False)

    def _tell_notes(self) -> None:
        """The notes just shown are heard by a screen reader too, once: shown without the
        focus, Orca would never say them (reader.ui.shell.screen_reader.NotesUntilHeard)."""
        window = self._window
        if self._notes is None:
            self._notes = NotesUntilHeard(window.text)
            window.banner.closed.connect(self._notes.drop)  # a note closed is not told
        shown = window.banner.text()
        self._notes.tell(messages.message_spoken(messages.message_kind_note(), shown)
                         if shown and not window.banner.is_error() else "")


def _file_size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # the loader will say what is wrong with it
