"""The window's parts made when first used (``reader.ui.shell.first_use``) or first needed:
their modules are imported then, not on the way to the first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from reader.app import ReaderWindow
    from reader.speech.engine import Engine
    from reader.ui.context import ReaderContext
    from reader.ui.export.export_controller import ExportController
    from reader.ui.text.outline_corrections import OutlineCorrections


def shared(engine: Engine) -> Engine:
    from reader.speech.shared_engine import SharedEngine

    return SharedEngine(engine)


def outline_corrections(window: ReaderWindow, context: ReaderContext) -> OutlineCorrections:
    from reader.ui.text.outline_corrections import OutlineCorrections

    return OutlineCorrections(window, context)


def export_controller(window: ReaderWindow, context: ReaderContext,
                      settings: QSettings) -> ExportController:
    """File > Export audio, made when first chosen (its modules are not needed before)."""
    from reader.ui.export.export_controller import ExportController

    return ExportController(window, context, window.speech, settings)
