"""The one translation call every message goes through (context "Messages")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Messages", text, disambiguation, n)
