"""Starts the speech engine off the GUI thread, once the window has painted.

Building ``EspeakEngine`` imports pyttsx3 and loads libespeak-ng and its voice list (~150 ms,
*measured*): done on the GUI thread it would freeze the window just after it appears, and done
before the first paint it would slow start-up (docs/architecture.md#text-view-and-start-up).
``loaded`` brings the engine, or the ``EngineUnavailable`` that explains why there is none, to the
GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:  # the engine module is not needed before speech starts (start-up time)
    from .engine import Engine
    from .process_sink import ProcessSink


class EngineLoader(QObject):
    loaded = Signal(object)  # Engine | EngineUnavailable, delivered on the GUI thread
    _done = Signal(object)

    def __init__(self, factory: Callable[[], Engine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._thread: threading.Thread | None = None
        self._done.connect(self.loaded, Qt.ConnectionType.QueuedConnection)

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="speech-loader",
                                            daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        from .engine import EngineUnavailable, Unavailability

        try:
            result: object = self._factory()
        except EngineUnavailable as error:
            result = error
        except Exception as error:  # a broken engine must not take the app down
            import traceback

            traceback.print_exc(file=sys.stderr)
            result = EngineUnavailable(Unavailability.INIT_FAILED, str(error))
        self._done.emit(result)


def espeak_engine() -> Engine:
    """The default engine (loads libespeak-ng: call it off the GUI thread)."""
    from .espeak_engine import EspeakEngine

    return EspeakEngine()


def default_sink() -> ProcessSink:
    """The system's default audio output, played by a child process (``process_sink``: an
    audio server that dies must not take the reader with it)."""
    from .process_sink import open_process_sink

    return open_process_sink()
