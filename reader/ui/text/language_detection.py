"""Detects a document's language off the GUI thread.

py3langid's model takes ~0.5 s to load (numpy included) on the first detection, which would more
than triple the time to the first painted document (docs/architecture.md#text-view-and-start-up):
the window shows the document first and learns its language a moment later. The app's ``detect``
runs the model in a child process (``reader.document.language.detect_language_apart``): its ~100 MB
never stay in the window's memory.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.document.model import Document


class LanguageDetection(QObject):
    # Emitted from a pool thread; receivers in the GUI thread get it queued (AutoConnection).
    detected = Signal(object)  # the Document again, with ``language`` set

    def __init__(self, detect: Callable[[Document], Document], parent: QObject | None = None):
        super().__init__(parent)
        self._detect = detect
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one model load, one detection at a time
        self._held = False
        self._pending: Document | None = None

    def hold(self) -> None:
        """Keep detections for later (``release``): at start-up the model load (numpy
        included) would compete with the first paint for the interpreter."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._pending is not None:
            document, self._pending = self._pending, None
            self.start(document)

    def start(self, document: Document) -> None:
        if self._held:
            self._pending = document  # only the last document shown matters
            return
        self._pool.start(lambda: self._run(document))

    def wait(self) -> None:
        """For tests and shutdown: block until running detections are done (a held one stays
        held)."""
        self._pool.waitForDone()

    def _run(self, document: Document) -> None:
        try:
            detected = self._detect(document)
        except Exception:  # an unknown language is no reason to disturb reading
            traceback.print_exc(file=sys.stderr)
            return
        # The window closed meanwhile: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.detected.emit(detected)
