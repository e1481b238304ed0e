"""The one composition root: parses the command line, builds the settings, the window and its
collaborators, opens the first document and runs the event loop.

Nothing here runs at import time and nothing is global: ``run_gui`` builds everything and hands
each object what it needs; the documents' loader and the seed come from ``window_documents``.
Speech and other heavy modules are not imported on the way to the first paint
(docs/architecture.md#text-view-and-start-up).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from . import __version__, messages
from .appearance.preferences import AppearanceValues
from .compiled_once import save_new_patterns
from .document.cache import DocumentCache
from .document.model import Document
from .messages.languages import (
    LANGUAGE_SETTING,
    install_translators,
    interface_language,
    translate_terminal,
)
from .parse_ahead import APP_NAME, ParseAhead
from .ui.actions import CORRECTION_ACTIONS
from .ui.appearance.appearance_controller import AppearanceController
from .ui.context import ActionId, ReaderContext
from .ui.keyboard.keyboard_wiring import add_keyboard_features
from .ui.opening.opening import Loader
from .ui.opening.preview import preview_unless_cached
from .ui.opening.reading_choices import ReadingChoices
from .ui.opening.recent_files import RecentFiles
from .ui.shell import made_later
from .ui.shell.application import ErrorReporter
from .ui.shell.collector import WindowThreadCollector
from .ui.shell.first_paint import AfterFirstPaint, FirstPaintProbe
from .ui.shell.first_use import OnFirstUse
from .ui.shell.full_screen import FullScreen
from .ui.shell.main_window import MainWindow
from .ui.shell.screen_reader import screen_reader_listening
from .ui.shell.settings_check import CheckedSettings, SettingsNotes, reset_unusable_settings
from .ui.speech.speech_toolbar import SPEECH_ACTIONS, SpeechToolbar, before_speech
from .ui.text.caret import ThickCaret
from .ui.text.language_detection import LanguageDetection
from .ui.text.outline_width import OutlineWidth
from .ui.text.place_keeper import PlaceKeeper
from .ui.text.renderer import reading_font
from .window_documents import (
    cache_folder,
    default_document_path,
    detect_language,
    open_without_language,
    through_cache,
)
from .window_options import argument_parser, early_options, list_themes

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from .speech.engine import Engine
    from .speech.session import ReadingSession
    from .ui.export.export_controller import ExportController
    from .ui.presenter.presenter_wiring import PresenterLink
    from .ui.speech.speech_controller import SpeechController
    from .ui.text.outline_corrections import OutlineCorrections

GC_AT_LATEST_MS = 3000  # the cyclic garbage collector is off until the first paint (__main__)


def make_settings() -> CheckedSettings:
    """The user's settings: an INI file in the platform's per-user config folder (the window
    says so if it cannot be written)."""
    where = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "settings")
    return CheckedSettings(where.fileName())


class ReaderWindow(MainWindow):
    """The main window with the features that work on it, each given what it needs (the
    window's widgets, the shared ``ReaderContext``), never the window as a hub. The order
    matters: the speech tool bar (F6's first pane) comes before the keyboard features, and
    they (the announcer) before the speech controller, made in ``finish`` (after the first
    paint) or by a Speech key."""

    def __init__(
        self,
        settings: QSettings,
        *,
        load: Loader,
        engine_factory: Callable[[], Engine],
        open_sink: Callable[[], object],
        screens: Callable[[], Sequence[QScreen]],
        appearance: AppearanceValues | None,
        deferred: bool = False,
    ) -> None:
        context = ReaderContext()
        reset = reset_unusable_settings(settings)  # before anything reads them
        self._detection = LanguageDetection(detect_language)
        choices = ReadingChoices(settings)
        super().__init__(
            context=context,
            load=choices.loader(load),
            language=self._detection,
            recent=RecentFiles(settings),
            settings=settings,
            reading_font=reading_font(QApplication.font()),
        )
        context.setParent(self)
        # The thick caret paints the page itself and keeps the page's paint events from the
        # filters installed before it; the place keeper, installed after it, still sees where
        # the page was drawn (Qt asks the last installed filter first).
        self.caret = ThickCaret(self.text)
        # Before anything that changes the layout: every such change keeps the reader's place.
        self.place_keeper = PlaceKeeper(self.text, self.typesetter, context.place)
        context.set_place_keeper(self.place_keeper.kept)
        context.document_changed.connect(self.place_keeper.release)
        self.opening.first_pages.attach(self.place_keeper, self._reading_session)
        self.typesetter.layout.waiting.connect(context.say)  # a jump held for the layout
        self.typesetter.layout.done_waiting.connect(self.status_line.forget)  # no longer
        self.reading_choices = choices
        choices.attach(self, context)
        self.appearance = AppearanceController(self, context, settings, overrides=appearance)
        self.full_screen = FullScreen(self, context)
        self.outline_width = OutlineWidth(self.splitter, self.outline, context, settings)
        # Shown from the first paint; the speech controller is made after it (finish). (The
        # actions' states first: a change of one gives its button the action's bare tool tip.)
        before_speech(context.actions, settings)
        self.speech_toolbar = SpeechToolbar(context.action(ActionId.PLAY_PAUSE),
                                            context.action(ActionId.STOP), self)
        self.addToolBar(self.speech_toolbar)
        self._speech = OnFirstUse(
            lambda: self._wire_speech(settings, engine_factory, open_sink),
            [context.action(a) for a in SPEECH_ACTIONS])
        self._export = OnFirstUse(lambda: made_later.export_controller(self, context, settings),
                                  [context.action(ActionId.EXPORT_AUDIO)])
        self._presenter_link = OnFirstUse(
            lambda: made_later.presenter_link(self, context, settings, screens),
            [context.action(ActionId.PRESENT)])
        self.keyboard = add_keyboard_features(self, context, self.speech_toolbar, settings,
                                              open_sink)
        self._corrections = OnFirstUse(lambda: made_later.outline_corrections(self, context),
                                       [context.action(a) for a in CORRECTION_ACTIONS])
        if deferred:  # made after the first paint (finish), or by a document that needs it
            context.set_outline_corrections(self._saved_corrections)
        else:
            self.finish()
        self.settings_notes = SettingsNotes(self.banner, context, settings)
        self.settings_notes.tell_reset(reset)

    def finish(self) -> None:
        """Make the parts that only answer later actions (``deferred``: after the first
        paint)."""
        self._corrections.get()
        self._speech.get()

    def _wire_speech(self, settings: QSettings, engine_factory: Callable[[], Engine],
                     open_sink: Callable[[], object]) -> SpeechController:
        speech = made_later.speech_controller(self, self.context, settings,
                                              self.speech_toolbar, engine_factory, open_sink)
        speech.session_ready.connect(self.keyboard.announcer.attach)
        # Once speech has loaded the start-up is over: with a screen reader listening, the
        # larger dialogs are built then, not when asked (reader.ui.shell.kept_dialogs).
        speech.session_ready.connect(self._prepare_for_screen_reader)
        return speech

    @property
    def speech(self) -> SpeechController:
        return self._speech.get()

    def _reading_session(self) -> ReadingSession | None:
        speech = self._speech.if_built()
        return speech.session if speech is not None else None

    @property
    def presenter_link(self) -> PresenterLink:
        return self._presenter_link.get()

    @property
    def corrections(self) -> OutlineCorrections:
        return self._corrections.get()

    def _saved_corrections(self, document: Document) -> Document:
        """``document`` about to be shown before the corrections are made: they are made now
        only if the reader kept some."""
        from .document.correction_store import CorrectionStore

        if CorrectionStore().is_empty():
            return document
        self._corrections.get()  # which registers its own way (reader.ui.text.outline_corrections)
        return self.context.with_corrections(document)

    def _prepare_for_screen_reader(self, _session: object) -> None:
        """The larger dialogs, and File > Open, built in parts when no key is pressed."""
        if screen_reader_listening():
            # Imported now, once speech has loaded: no start needs it before (docs/performance.md,
            # "Start-up (session 20)").
            from .ui.shell.kept_dialogs import BUILD_AHEAD_QUIET_MS, BuildAhead

            BuildAhead([self.appearance.preferences.build_ahead, lambda: self.export.build_ahead(),
                        self.speech.build_settings_ahead,
                        lambda: self.opening.chooser.build_ahead(lambda: self.document)],
                       BUILD_AHEAD_QUIET_MS, self).start()

    @property
    def language_detection(self) -> LanguageDetection:
        return self._detection

    @property
    def export(self) -> ExportController:
        return self._export.get()


WINDOW_SWITCH_INTERVAL_S = 0.0005


def build_main_window(
    settings: QSettings,
    *,
    load: Loader = open_without_language,
    engine_factory: Callable[[], Engine] = made_later.espeak_engine,
    open_sink: Callable[[], object] = made_later.default_sink,
    screens: Callable[[], Sequence[QScreen]] = QApplication.screens,
    appearance: AppearanceValues | None = None,
    deferred: bool = False,
) -> ReaderWindow:
    """The window and everything it uses; needs a QApplication. Tests build it with their own
    settings file, loader, speech engine (the scripted one) and audio sink (in memory).

    Speech is wired but not started: ``window.speech.load()`` builds the engine (run_gui calls
    it once the window has painted). ``appearance`` overrides saved appearance values for this
    run only (the command line's --theme, --font-size). ``deferred``: what only answers later
    actions is made by ``window.finish()`` (after the first paint) or when first used."""
    # Documents are opened, parsed and searched in worker threads, in Python: the window's
    # thread waits for Python's lock each time Qt calls into Python (an event filter, a paint,
    # a slot), up to the switch interval every time (5 ms by default), and a turn of the event
    # loop that entered Python twenty times waited 100 ms and more (opening 10 MB: 210 ms,
    # 75 ms with 0.5 ms). Only a thread that waits pays for it.
    sys.setswitchinterval(WINDOW_SWITCH_INTERVAL_S)
    return ReaderWindow(settings, load=load, engine_factory=engine_factory,
                        open_sink=open_sink, screens=screens, appearance=appearance,
                        deferred=deferred)


def speak_interface_language(app: QCoreApplication, settings: QSettings) -> list[QTranslator]:
    """The language chosen in Preferences, else the desktop's, for the app's words and Qt's
    own (file dialogs, context menus); before any widget exists, as widgets take their texts
    when they are built."""
    return install_translators(app, interface_language(str(settings.value(LANGUAGE_SETTING, ""))))


def run_gui(argv: Sequence[str], *, ahead: ParseAhead | None = None) -> int:
    """``ahead``: the command line's document parsed in a child process (reader.__main__)."""
    try:
        known, overrides = early_options(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    if known.list_themes:
        translate_terminal()
        return list_themes()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    settings = make_settings()
    settings.hold_writes()  # written after the first paint (or at exit), not before it
    speak_interface_language(app, settings)
    QApplication.setApplicationDisplayName(messages.app_display_name())
    try:
        # Built again now that its words can be translated.
        args = argument_parser().parse_args(app.arguments()[1:])  # Qt took its own options out
    except SystemExit as stop:
        return int(stop.code or 0)

    folder = cache_folder()
    cache = DocumentCache(folder)
    if ahead is not None and not ahead.matches(folder):
        ahead = None
    window = build_main_window(settings,
                               load=through_cache(open_without_language, cache, ahead),
                               appearance=overrides, deferred=True)
    window.opening.set_previewer(preview_unless_cached(cache.holds))  # a long PDF's first pages
    # Background work waits for the first paint: its imports would compete with it.
    window.language_detection.hold()
    window.language_detection.detected.connect(
        lambda document: cache.remember_language(document.path, document.language))
    window.banner.hold_icons()  # a note's icon is drawn after the first paint
    window.appearance.hold_screen_reader()  # asked after it too (Qt's accessibility enums)
    window.typesetter.hold_syllables()  # a thread loading them would take the window's CPU
    reporter = ErrorReporter(lambda: window)
    collector = WindowThreadCollector(app)
    previous_hook, sys.excepthook = sys.excepthook, reporter
    try:
        path = Path(args.file) if args.file else default_document_path()
        if path is not None:
            # Presenting needs the document at once; otherwise a large one opens in the
            # background, in a window already shown.
            presenting = args.present or args.question is not None
            error = window.open_path(path, in_background=not presenting)
            if error:
                print(error, file=sys.stderr)
        if args.present or args.question is not None:
            from .ui.presenter.presenter_wiring import start_options

            problem = start_options(window, present=args.present, question=args.question)
            if problem:
                print(f"reader: {problem}", file=sys.stderr)
        window.appearance.remind_focus_mode()
        probe = None
        if os.environ.get("READER_FIRST_PAINT_PROBE") in ("1", "stay"):
            probe = FirstPaintProbe(os.environ["READER_FIRST_PAINT_PROBE"] == "1", window)
            window.text.viewport().installEventFilter(probe)
        # In this order (collections from the first paint on, on this thread only:
        # reader.ui.shell.collector).
        window.text.viewport().installEventFilter(AfterFirstPaint(
            (window.appearance.preferences.prepare, lambda: window.speech.load(),
             window.typesetter.release_syllables, window.language_detection.release,
             window.banner.release_icons, save_new_patterns, settings.release_writes,
             collector.start, window.finish, window.appearance.release_screen_reader),
            window))
        QTimer.singleShot(GC_AT_LATEST_MS, collector.start)  # should the window never be painted
        QTimer.singleShot(GC_AT_LATEST_MS, settings.release_writes)
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        settings.release_writes()  # should the app end before the first paint
        settings.sync()  # what the last turns set, the reading place at quit among them
        save_new_patterns()  # the rules' of modules imported since the first paint (Find's...)
        collector.stop()  # collection as before: off in the reader's (see collector.stop)

