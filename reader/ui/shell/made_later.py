"""The window's parts made when first used (``reader.ui.shell.first_use``) or first needed:
their modules are imported then, not on the way to the first paint."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QScreen

    from reader.app import ReaderWindow
    from reader.speech.engine import Engine
    from reader.ui.context import ReaderContext
    from reader.ui.export.export_controller import ExportController
    from reader.ui.presenter.presenter_wiring import PresenterLink
    from reader.ui.speech.speech_controller import SpeechController
    from reader.ui.speech.speech_toolbar import SpeechToolbar
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


def speech_controller(window: ReaderWindow, context: ReaderContext, settings: QSettings,
                      toolbar: SpeechToolbar, engine_factory: Callable[[], Engine],
                      open_sink: Callable[[], object]) -> SpeechController:
    """Reading aloud, made after the first paint (or by its first key): the tool bar and the
    actions exist before, so the window looks and sounds the same meanwhile."""
    from reader.ui.speech.speech_controller import SpeechController

    # Reading aloud and audio export share the one engine, a sentence each.
    return SpeechController(window, context, settings,
                            engine_factory=lambda: shared(engine_factory()),
                            open_sink=open_sink, toolbar=toolbar)


def presenter_link(window: ReaderWindow, context: ReaderContext, settings: QSettings,
                   screens: Callable[[], Sequence[QScreen]]) -> PresenterLink:
    """View > Present's link to the window, made when first used (F5, ``--present``)."""
    from reader.ui.presenter.presenter_wiring import PresenterLink, reading_through

    read_aloud, stop_reading = reading_through(window.speech)
    link = PresenterLink(window, context, settings=settings, screens=screens,
                         font=lambda: window.text.document().defaultFont(),
                         read_aloud=read_aloud, stop_reading=stop_reading)
    # Live, on the slides.
    window.appearance.reading_font_changed.connect(link.follow_font)
    return link


def espeak_engine() -> Engine:
    """The window's speech engine (reader.speech.loader), imported when speech loads."""
    from reader.speech.loader import espeak_engine as engine

    return engine()


def default_sink() -> object:
    """The audio device (reader.speech.loader), opened on the first Play."""
    from reader.speech.loader import default_sink as sink

    return sink()
