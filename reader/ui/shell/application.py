"""The running QApplication, typed: ``QApplication.instance()`` may be a QCoreApplication or
None as far as its signature goes, though any code that has widgets runs under one; and its
``sys.excepthook`` (installed by ``reader.app.run_gui``)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import messages


def running_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("widgets need a QApplication, and none is running")
    return app


class ErrorReporter:
    """``sys.excepthook`` for the GUI: an unexpected exception becomes a message box and a
    traceback on stderr, never a silent crash or a traceback in the user's face."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._showing = False  # an error inside the box's own event loop must not recurse

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.critical(
                self._parent(), messages.internal_error_title(),
                messages.internal_error(f"{kind.__name__}: {error}"),
            )
        finally:
            self._showing = False
