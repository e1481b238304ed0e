"""Reads, parses and renders a large document off the GUI thread.

A 10 MB document takes about a second to parse and another to render into a QTextDocument (a
50 MB one, the limit, five times that): done on the GUI thread, the window would freeze, and a
screen reader with it. Small documents are still opened on the spot (``opens_in_background``
decides by size): a thread would only add a frame of delay. PDF, EPUB, Word and OpenDocument
files are compressed and their extraction costs far more per byte than text (a 300-page PDF of
a few hundred KB took seconds): they go to the background from a smaller size.

Rendering in a worker is safe because a QTextDocument is reentrant and is not laid out until a
view shows it; the worker hands it over to the GUI thread (``moveToThread``) before delivery.

A long PDF first delivers a preview, its first pages (``previewed``), parsed and rendered before
the whole; a parse of a few seconds then shows its text in a fraction of a second.

Only the newest request counts: if the user opens another document meanwhile, the older result
(its preview too) is dropped when it arrives (``cancel`` drops it too), and a child process
parsing the older file (``reader.document.parse_apart``) is stopped, as every one is when the
app quits: nothing keeps parsing for a result nobody will see. That module, and the loading's
limits, are imported when a large file is opened or the app quits: a start opening a small or
cached document needs neither (docs/performance.md, "Start-up (session 20)").
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.document.long_lived import kept_out_of_collection
from reader.document.model import Document
from reader.ui.text.outline_rows import OutlineRows
from reader.ui.text.renderer import Rendered

if TYPE_CHECKING:
    from reader.document.pipeline import Preview

Previewer = Callable[[str], "Preview | None"]  # a long file's first pages, or None

BACKGROUND_BYTES = 1024 * 1024  # from this size on, parsing takes long enough to be felt
# Slow to read per byte: archives, PDFs, RTF and transcripts (100 KB of either: 70-100 ms),
# Word 97-2003's binary (about 0.45 s of CPU per MB)
COMPRESSED_FORMATS = frozenset({"pdf", "epub", "docx", "doc", "odt", "rtf", "transcript"})
COMPRESSED_BACKGROUND_BYTES = 64 * 1024


def opens_in_background(path: str, size: int) -> bool:
    """Whether opening ``path`` of ``size`` bytes takes long enough to be felt (a file too large
    to open is refused at once, on the spot)."""
    if size < min(BACKGROUND_BYTES, COMPRESSED_BACKGROUND_BYTES):
        return False  # small in every format: the formats' module is not imported for it
    from reader.document.formats.reading import MAX_DOCUMENT_BYTES, format_for_suffix
    from reader.document.loading import MAX_FILE_BYTES

    if format_for_suffix(path) in COMPRESSED_FORMATS:
        return COMPRESSED_BACKGROUND_BYTES <= size <= MAX_DOCUMENT_BYTES
    return BACKGROUND_BYTES <= size <= MAX_FILE_BYTES


class BackgroundOpen(QObject):
    # (path, the Document or the exception raised on the way, its Rendered or None): delivered
    # on the GUI thread
    finished = Signal(str, object, object)
    superseded = Signal(str)  # a path whose result came after a newer open: dropped
    # (path, its Preview, the preview's Rendered): the first pages, the whole still to come
    previewed = Signal(str, object, object)
    _done = Signal(int, str, object, object)  # from the worker thread: queued to this object
    _previewed = Signal(int, str, object, object)

    def __init__(self, load: Callable[[str], Document], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._generation = 0
        self._pending: str | None = None
        self._done.connect(self._deliver)
        self._previewed.connect(self._deliver_preview)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    @property
    def pending(self) -> str | None:
        """The path being opened, or None."""
        return self._pending

    def start(self, path: str, render: Callable[[Document], Rendered],
              preview: Previewer | None = None) -> None:
        """Load ``path`` and ``render`` it (with fonts and colours copied beforehand: the
        worker must not read the window's); first its ``preview``, when it gives one."""
        self._generation += 1
        self._pending = path
        # A daemon thread: quitting the app must not wait for a parse nobody will see.
        threading.Thread(target=self._run, args=(self._generation, path, render, preview),
                         name="document-open", daemon=True).start()

    def cancel(self) -> None:
        self._generation += 1
        self._pending = None

    def _quitting(self) -> None:
        from reader.document import parse_apart

        self.cancel()
        parse_apart.stop_children()  # now: the worker, a daemon thread, may never ask again

    def _run(self, generation: int, path: str, render: Callable[[Document], Rendered],
             preview: Previewer | None) -> None:
        from reader.document import parse_apart

        if preview is not None and generation == self._generation:
            self._run_preview(generation, path, render, preview)
        result: Document | Exception
        rendered = None
        try:
            # What a large document is made of stays as long as it is shown: no cycle
            # collection may walk it while the window waits (reader.document.long_lived).
            with (kept_out_of_collection(),
                  parse_apart.wanted_while(lambda: generation == self._generation)):
                result = self._load(path)
                rendered = _with_outline(render(result), result)
                rendered.text_document.moveToThread(self.thread())
        except Exception as error:  # the window explains every failure
            result = error
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
            self._done.emit(generation, path, result, rendered)

    def _run_preview(self, generation: int, path: str, render: Callable[[Document], Rendered],
                     preview: Previewer) -> None:
        try:
            with kept_out_of_collection():
                first = preview(path)
                if first is None:
                    return
                rendered = _with_outline(render(first.document), first.document)
                rendered.text_document.moveToThread(self.thread())
        except Exception:  # noqa: BLE001 - no preview, then: the whole parse says what is wrong
            return
        with contextlib.suppress(RuntimeError):  # the window is gone
            self._previewed.emit(generation, path, first, rendered)

    def _deliver_preview(self, generation: int, path: str, first: object,
                         rendered: object) -> None:
        if generation == self._generation:  # else superseded: the whole result says so
            self.previewed.emit(path, first, rendered)

    def _deliver(self, generation: int, path: str, result: object, rendered: object) -> None:
        if generation != self._generation:
            self.superseded.emit(path)  # by a newer open, or cancelled
            return
        self._pending = None
        self.finished.emit(path, result, rendered)


def _with_outline(rendered: Rendered, document: Document) -> Rendered:
    """``rendered`` with the outline's items made here too: 6 500 of them for a 10 MB
    interview, about 20 ms the window would otherwise spend."""
    return rendered._replace(outline=OutlineRows(document.sections))
