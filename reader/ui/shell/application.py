"""The running QApplication, typed: ``QApplication.instance()`` may be a QCoreApplication or
None as far as its signature goes, though any code that has widgets runs under one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("widgets need a QApplication, and none is running")
    return app
