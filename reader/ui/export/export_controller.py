"""File > Export audio…: the dialog, then ``reader.export.export_audio`` on a worker thread
with a progress window, and the end (or why it stopped) told in the message area.

Reading aloud stops when an export starts (the reader asked for something else); it may start
again meanwhile, the engine taking turns between them (``reader.speech.shared_engine``). The
last folder and format are remembered. Closing the window cancels the export and waits for it,
so no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Signal

from reader import messages
from reader.document.labels import display_title
from reader.export.parts import outline_parts, safe_name
from reader.ui.context import ActionId, ReaderContext
from reader.ui.settings_values import read_value
from reader.ui.shell.kept_dialogs import forget_native_window_when_closed

# The export job, its encoders (numpy, libsndfile) and its dialogs load when first asked for:
# never on the way to the window's first paint.
if TYPE_CHECKING:
    from reader.document.model import Document
    from reader.export.encoding import AudioFormat
    from reader.export.job import ExportProgress, ExportRequest
    from reader.speech.engine import Engine
    from reader.ui.export.export_dialog import ExportChoice, ExportDialog
    from reader.ui.export.export_progress import ExportProgressDialog
    from reader.ui.shell.main_window import MainWindow
    from reader.ui.speech.speech_controller import SpeechController

_FOLDER_KEY = "export/folder"
_FORMAT_KEY = "export/format"
_JOIN_SECONDS = 30.0  # closing the window waits this long at most for a cancelled export


class ExportRun(QObject):
    """One export on its own thread; its news arrives on the GUI thread."""

    progressed = Signal(object)  # ExportProgress
    ended = Signal(object)  # ExportResult, ExportError, or another Exception (a bug)

    def __init__(self, request: ExportRequest, engine: Engine,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request, self._engine = request, engine
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audio-export", daemon=True)

    @property
    def request(self) -> ExportRequest:
        return self._request

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        last: list[tuple[int, int]] = []  # what was last sent: a permille per part is enough

        def progress(news: ExportProgress) -> None:
            step = (news.index, int(news.fraction * 1000))
            if not last or last[0] != step:
                last[:] = [step]
                self.progressed.emit(news)

        from reader.export.job import ExportError, export_audio

        try:
            result: object = export_audio(self._request, self._engine, progress=progress,
                                          cancelled=self._stop.is_set)
        except ExportError as error:
            result = error
        except Exception as error:  # a bug must not pass silently, nor take the window
            traceback.print_exception(error, file=sys.stderr)
            result = error
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
            self.ended.emit(result)


class ExportController(QObject):
    started = Signal(object)  # the ExportRun
    finished = Signal(str)  # what the user was told at the end

    def __init__(self, window: MainWindow, context: ReaderContext, speech: SpeechController,
                 settings: QSettings) -> None:
        super().__init__(window)
        self._window, self._context, self._speech = window, context, speech
        self._settings = settings
        self._run: ExportRun | None = None
        self._progress: ExportProgressDialog | None = None
        self.dialog: ExportDialog | None = None  # while it is open (tests fill it in)
        self._kept: ExportDialog | None = None  # built once
        self._asked_for: Document | None = None  # the document the dialog is about
        context.actions[ActionId.EXPORT_AUDIO].triggered.connect(self.ask)
        window.installEventFilter(self)

    @property
    def running(self) -> ExportRun | None:
        return self._run

    @property
    def progress_dialog(self) -> ExportProgressDialog | None:
        return self._progress

    def ask(self) -> ExportDialog | None:
        """Open the dialog for the document shown (returned for tests)."""
        if self._run is not None:
            self._context.say(messages.export_busy())
            if self._progress is not None:
                self._progress.raise_()
                self._progress.activateWindow()
            return None
        document = self._window.ensure_language()
        if document is None:
            self._context.say(messages.where_no_document())
            return None
        parts = outline_parts(document)
        if not parts:
            self._show_error(messages.export_fault("nothing_to_read", ""))
            return None
        title, folder = display_title(document), self._default_folder(document)
        dialog = self._built_dialog()
        if not dialog.isVisible():
            dialog.reopen(title, parts, folder, self._saved_format())
        self._asked_for = document
        dialog.setFont(self._window.fonts.panel_font())  # as legible as the panels (low vision)
        self.dialog = dialog
        dialog.open()
        return dialog

    def build_ahead(self) -> Iterator[None]:
        """Build the dialog before it is first asked for (a screen reader listens), then, at
        the next quiet moment, fill it in for the document shown: ``ask`` then changes only
        what differs. Each part sends a screen reader half the events (kept_dialogs)."""
        dialog = self._built_dialog()
        dialog.setFont(self._window.fonts.panel_font())
        yield
        document = self._window.document
        if document is not None and (parts := outline_parts(document)):
            dialog.reopen(display_title(document), parts, self._default_folder(document),
                          self._saved_format())

    def _built_dialog(self) -> ExportDialog:
        """The dialog, built once and kept: built fresh, its events flooded Orca
        (reader.ui.shell.kept_dialogs). Empty: ``ask`` reopens it for its document."""
        from reader.ui.export.export_dialog import ExportDialog

        if self._kept is None:
            dialog = ExportDialog("", [], Path(), self._saved_format(), self._window)
            dialog.accepted.connect(self._accepted)
            dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
            forget_native_window_when_closed(dialog)
            self._kept = dialog
        return self._kept

    def _accepted(self) -> None:
        if self._asked_for is not None and self._kept is not None:
            self._chosen(self._asked_for, self._kept.choice())

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
        elif self._run is not None:
            self._run.cancel()

    # --- Running ----------------------------------------------------------------------------

    def _chosen(self, document: Document, choice: ExportChoice) -> None:
        from reader.export.job import ExportRequest
        from reader.ui.export.export_progress import ExportProgressDialog

        engine = self._engine()
        if engine is None:
            return
        folder = choice.folder
        if not folder.exists() and folder.parent.is_dir():
            with contextlib.suppress(OSError):  # the job says what is wrong with it
                folder.mkdir()
        self._settings.setValue(_FOLDER_KEY, str(folder.parent))
        self._settings.setValue(_FORMAT_KEY, choice.audio_format.extension)
        self._speech.stop()
        request = ExportRequest(document, folder, choice.audio_format,
                                self._speech.preferences.reading, choice.parts)
        run = ExportRun(request, engine, self)
        progress = ExportProgressDialog(display_title(document), self._context.say, self._window)
        progress.setFont(self._window.fonts.panel_font())
        progress.cancel_requested.connect(run.cancel)
        run.progressed.connect(progress.show_progress)
        run.ended.connect(self._ended)
        self._run, self._progress = run, progress
        progress.show()
        run.start()
        self.started.emit(run)

    def _engine(self) -> Engine | None:
        speech = self._speech
        if speech.engine is None and not speech.unavailable:
            speech.wait_until_loaded()  # a moment, once: the user asked for speech
        if speech.engine is None:
            self._show_error(messages.export_no_engine(speech.unavailable))
            return None
        return speech.engine

    def _ended(self, result: object) -> None:
        from reader.export.job import ExportError, ExportResult

        run, progress = self._run, self._progress
        self._run = self._progress = None
        if progress is not None:
            progress.done_exporting()
        folder = str(run.request.folder) if run is not None else ""
        if isinstance(result, ExportResult) and not result.cancelled:
            minutes = round(result.duration_ms / 60000, 1)
            text = messages.export_finished(len(result.parts) + 1, folder, minutes)
            self._window.banner.show_messages([text], error=False, take_focus=True)
        elif isinstance(result, ExportResult):
            text = messages.export_cancelled_in_window(len(result.parts), folder)
            self._window.banner.show_messages([text], error=False, take_focus=True)
        elif isinstance(result, ExportError):
            text = messages.export_stopped(result.message, len(result.finished))
            self._show_error(text)
        else:
            text = messages.internal_error(f"{type(result).__name__}: {result}")
            self._show_error(text)
        self.finished.emit(text)

    def _show_error(self, text: str) -> None:
        self._window.banner.show_messages([text], error=True, take_focus=True)

    # --- Remembered -------------------------------------------------------------------------

    def _default_folder(self, document: Document) -> Path:
        """A new folder named after the document, in the folder used last (else Music)."""
        saved = str(read_value(self._settings, _FOLDER_KEY, ""))
        base = Path(saved) if saved and Path(saved).is_dir() else _music_folder()
        return base / safe_name(display_title(document))

    def _saved_format(self) -> AudioFormat:
        from reader.export.encoding import AudioFormat

        name = str(read_value(self._settings, _FORMAT_KEY, AudioFormat.OPUS.extension))
        try:
            return AudioFormat.named(name)
        except KeyError:
            return AudioFormat.OPUS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self._run:
            self._run.cancel()  # finished sections stay; the one being made is removed
            self._run.wait(_JOIN_SECONDS)
        return False


def _music_folder() -> Path:
    music = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MusicLocation)
    return Path(music) if music and Path(music).is_dir() else Path.home()
