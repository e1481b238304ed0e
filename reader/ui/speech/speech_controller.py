"""Reading aloud in the window: the Speech actions, the toolbar, the highlight, the outline and
status line following the reading, and what the user is told when speech cannot work.

The speech machinery comes late on purpose (start-up is measured,
docs/architecture.md#text-view-and-start-up): ``load()``, called by the app once the window has
painted, builds the engine on a thread; the reading session and its modules are imported when the
engine arrives, and Qt Multimedia on the first Play. Play pressed before that is remembered and
honoured when the engine is ready.

Focus never moves while reading (the highlight is silent, the caret stays); only messages that
end reading take focus, so that a screen reader says them (Orca ignores status bars,
docs/architecture.md#accessibility). After Stop, Play goes on from the sentence where reading
stopped if the caret has not moved since, else from the caret; a selection is read exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction

from reader import messages
from reader.document.model import Document
from reader.speech.loader import EngineLoader
from reader.speech.session_types import State
from reader.ui.context import ActionId, DocumentId, ReaderContext, same_document
from reader.ui.settings_values import clamp
from reader.ui.shell.kept_dialogs import forget_native_window_when_closed
from reader.ui.speech import speech_settings
from reader.ui.speech.speech_settings import RATE_RANGE, RATE_STEP, SpeechPreferences
from reader.ui.speech.speech_toolbar import NEED_ENGINE, WHILE_READING, SpeechToolbar

if TYPE_CHECKING:
    from reader.speech.engine import Engine
    from reader.speech.session import ReadingSession
    from reader.ui.shell.main_window import MainWindow
    from reader.ui.speech.speech_settings_dialog import SpeechSettingsDialog



class SpeechController(QObject):
    session_ready = Signal(object)  # the ReadingSession, once the engine has loaded

    def __init__(self, window: MainWindow, context: ReaderContext, settings: QSettings, *,
                 engine_factory: Callable[[], Engine],
                 open_sink: Callable[[], object], toolbar: SpeechToolbar) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._settings = settings
        self._open_sink = open_sink
        self._actions: Mapping[ActionId, QAction] = context.actions
        self._preferences = speech_settings.load(settings)
        self._loader = EngineLoader(engine_factory, self)
        self._loader.loaded.connect(self._engine_loaded)
        self._engine: Engine | None = None
        self._unavailable = ""  # why speech cannot work, once known
        self._session: ReadingSession | None = None  # once the engine is there
        self._play_requested = False
        self._resume: tuple[int, int, DocumentId] | None = None  # caret, position, document
        self._sentence: tuple[int, int] | None = None
        self._settings_dialog: SpeechSettingsDialog | None = None  # built once, then kept
        self.toolbar = toolbar  # the window's, shown from its first paint
        window.text.highlights.set_reading_style(self._preferences.highlight)
        self._actions[ActionId.SECTION_ONLY].setChecked(self._preferences.reading.section_only)
        self._connect()
        context.set_reading_position_source(self.reading_offset)
        window.installEventFilter(self)
        self._update_controls()

    def _connect(self) -> None:
        a, context = self._actions, self._context
        a[ActionId.PLAY_PAUSE].triggered.connect(self.play_pause)
        a[ActionId.STOP].triggered.connect(self.stop)
        a[ActionId.READ_SELECTION].triggered.connect(lambda: self._start(selection_only=True))
        a[ActionId.PREVIOUS_SENTENCE].triggered.connect(lambda: self._skip("sentence", False))
        a[ActionId.NEXT_SENTENCE].triggered.connect(lambda: self._skip("sentence", True))
        a[ActionId.PREVIOUS_PARAGRAPH].triggered.connect(lambda: self._skip("paragraph", False))
        a[ActionId.NEXT_PARAGRAPH].triggered.connect(lambda: self._skip("paragraph", True))
        a[ActionId.FASTER].triggered.connect(lambda: self.change_rate(RATE_STEP))
        a[ActionId.SLOWER].triggered.connect(lambda: self.change_rate(-RATE_STEP))
        a[ActionId.SECTION_ONLY].toggled.connect(self._section_only_toggled)
        a[ActionId.SPEECH_SETTINGS].triggered.connect(self.show_settings)
        context.jumped.connect(self._jumped)
        context.document_changed.connect(self._document_changed)
        context.structure_changed.connect(self._structure_changed)

    # --- State the window reads -------------------------------------------------------------

    @property
    def session(self) -> ReadingSession | None:
        return self._session

    @property
    def engine(self) -> Engine | None:
        """The speech engine, once loaded."""
        return self._engine

    @property
    def preferences(self) -> SpeechPreferences:
        return self._preferences

    @property
    def unavailable(self) -> str:
        return self._unavailable

    def reading(self) -> bool:
        return self._reading_session() is not None

    def reading_offset(self) -> int | None:
        session = self._reading_session()
        return session.position if session is not None else None

    def _reading_session(self) -> ReadingSession | None:
        """The session while it reads (speaking or paused), else None."""
        session = self._session
        return session if session is not None and session.state is not State.IDLE else None

    # --- Loading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Start the engine (after the first paint; Play does it too if it comes first)."""
        self._loader.start()

    def wait_until_loaded(self) -> None:
        """For tests and scripts: block until the engine is built, then deliver it."""
        self._loader.start()
        self._loader.wait()
        QCoreApplication.sendPostedEvents(self._loader, QEvent.Type.MetaCall.value)

    def _engine_loaded(self, result: object) -> None:
        from reader.speech.engine import EngineUnavailable

        if isinstance(result, EngineUnavailable):
            self._unavailable = messages.speech_unavailable(result.reason.value)
            self._update_controls()
            if self._play_requested:
                self._play_requested = False
                self._explain_unavailable()
            return
        from reader.speech.player import Player  # not before the first paint
        from reader.speech.session import ReadingSession

        engine = cast("Engine", result)
        self._engine = engine
        session = ReadingSession(engine, Player(self._open_sink, self),
                                 self._preferences.reading, parent=self)
        session.state_changed.connect(self._state_changed)
        session.sentence_changed.connect(self._sentence_changed)
        session.word_changed.connect(self._word_changed)
        session.section_reached.connect(self._section_reached)
        session.finished.connect(self._finished)
        session.error.connect(self._error)
        self._session = session
        self.session_ready.emit(session)
        self._update_controls()
        if self._play_requested:
            self._play_requested = False
            self._start()

    # --- Commands ---------------------------------------------------------------------------

    def play_pause(self) -> None:
        if self._unavailable:
            self._explain_unavailable()
        elif self._session is None:
            self._play_requested = True
            self._context.say(messages.speech_starting())
            self._loader.start()
        elif self.reading():
            self._session.toggle()
        else:
            self._start()

    def stop(self) -> None:
        if self._session is not None:
            self._session.stop()

    def change_rate(self, step: int) -> None:
        if self._session is None:
            return
        reading = self._preferences.reading
        rate = clamp(reading.rate_wpm + step, *RATE_RANGE)
        self._apply(SpeechPreferences(replace(reading, rate_wpm=rate),
                                      self._preferences.highlight))
        at_limit = rate in RATE_RANGE
        self._context.say(messages.rate_at_limit(rate) if at_limit else messages.rate_changed(rate))

    def show_settings(self) -> SpeechSettingsDialog | None:
        """The Speech settings dialog (returned for tests), applied when accepted."""
        dialog = self.build_settings()
        if dialog is None:
            return None
        if not dialog.isVisible():
            dialog.setFont(self._window.text.font())  # as legible as the text (low vision)
            dialog.reopen(self._preferences)
            dialog.open()
        dialog.activateWindow()
        return dialog

    def build_settings(self) -> SpeechSettingsDialog | None:
        """The Speech settings dialog, built once and kept (None until speech has loaded).
        Built, it sends a screen reader some 80 events (its lists and values set up); Orca,
        flooded, took 2.5 s to say the dialog. Kept, it is shown again with the values that
        changed only (reader.ui.shell.kept_dialogs)."""
        dialog = self._settings_dialog or self._new_settings_dialog(in_parts=False)
        if dialog is not None:
            dialog.finish()  # if it was being built ahead
        return dialog

    def build_settings_ahead(self) -> Iterator[None]:
        """Build the dialog a part at a time, yielding between parts (``BuildAhead``)."""
        dialog = self._settings_dialog or self._new_settings_dialog(in_parts=True)
        while dialog is not None and dialog.build_part():
            yield

    def _new_settings_dialog(self, *, in_parts: bool) -> SpeechSettingsDialog | None:
        from reader.ui.speech.speech_settings_dialog import SpeechSettingsDialog

        if self._engine is None:
            return None
        dialog = SpeechSettingsDialog(self._preferences, self._engine.voices(), self._window,
                                      in_parts=in_parts)
        dialog.accepted.connect(lambda: self._apply(dialog.preferences()))
        forget_native_window_when_closed(dialog)
        self._settings_dialog = dialog
        return dialog

    def _start(self, *, selection_only: bool = False) -> None:
        if self._session is None:
            self.play_pause()
            return
        document: Document | None = self._window.ensure_language()
        if document is None or not document.blocks:
            self._context.say(messages.nothing_to_read())
            return
        text = self._window.text
        cursor = text.textCursor()
        if cursor.hasSelection():
            start = text.positions.to_model(cursor.selectionStart())
            end = text.positions.to_model(cursor.selectionEnd())
            self._session.start(document, start, end)
            return
        if selection_only:
            self._context.say(messages.nothing_selected())
            return
        caret = text.caret_offset()
        resume = self._resume
        resumes = (resume is not None and resume[0] == caret
                   and resume[2] == self._context.document_id)
        offset = resume[1] if resume is not None and resumes else caret
        self._session.start(document, offset)

    def _skip(self, unit: str, forward: bool) -> None:
        session = self._reading_session()
        if session is None:
            return
        if unit == "sentence":
            session.skip_sentence(forward)
        else:
            session.skip_paragraph(forward)

    def _jumped(self, offset: int) -> None:
        session = self._reading_session()
        if session is not None:
            session.jump_to(offset)

    def _section_only_toggled(self, checked: bool) -> None:
        reading = self._preferences.reading
        if reading.section_only != checked:
            self._apply(SpeechPreferences(replace(reading, section_only=checked),
                                          self._preferences.highlight))

    def _apply(self, preferences: SpeechPreferences) -> None:
        self._preferences = preferences
        speech_settings.save(self._settings, preferences)
        self._window.text.highlights.set_reading_style(preferences.highlight)
        self._actions[ActionId.SECTION_ONLY].setChecked(preferences.reading.section_only)
        if self._session is not None:
            self._session.set_options(preferences.reading)

    def _document_changed(self, document: Document) -> None:
        session = self._session
        if (session is not None and session.document is not None
                and not same_document(session.document, document)):
            session.stop()
        self._resume = None

    def _structure_changed(self, document: Document) -> None:
        """The outline corrected while reading: reading goes on from the sentence being read,
        planned anew (the questions it announces, where "section only" stops)."""
        session = self._reading_session()
        if session is None:
            return
        paused = session.state is State.PAUSED
        session.start(document, session.position)
        if paused:
            session.pause()

    # --- What the session says --------------------------------------------------------------

    def _state_changed(self, state: State) -> None:
        window, session = self._window, self._session
        if state is State.IDLE and session is not None:
            window.text.highlights.clear_reading()
            self._sentence = None
            read = session.document is not None
            self._resume = (window.text.caret_offset(), session.position,
                            self._context.document_id) if read else None
            window.show_place(window.text.caret_offset())
        else:
            self._show_place()
        self._update_controls()

    def _sentence_changed(self, start: int, end: int) -> None:
        self._sentence = (start, end)
        self._window.text.show_reading(self._sentence)

    def _word_changed(self, start: int, end: int) -> None:
        self._window.text.show_reading(self._sentence, (start, end))

    def _section_reached(self, _index: int) -> None:
        self._show_place()

    def _show_place(self) -> None:
        session = self._reading_session()
        if session is not None:
            paused = session.state is State.PAUSED
            self._window.show_place(session.position,
                                    lambda where: messages.reading_status(where, paused))

    def _finished(self) -> None:
        self._resume = None  # at the end: the next Play starts from the caret

    def _error(self, message: str) -> None:
        # A message that ends reading takes focus so that a screen reader says it; one about a
        # skipped sentence does not interrupt.
        self._window.banner.show_messages([message], error=True, take_focus=not self.reading())

    def _explain_unavailable(self) -> None:
        self._window.banner.show_messages([self._unavailable], error=True, take_focus=True)

    def _update_controls(self) -> None:
        reading = self.reading()
        for name in WHILE_READING:
            self._actions[name].setEnabled(reading and not self._unavailable)
        for name in NEED_ENGINE:
            self._actions[name].setEnabled(self._session is not None)
        play = self._actions[ActionId.PLAY_PAUSE]
        play.setEnabled(True)  # even without speech: pressing it says why
        play.setStatusTip(self._unavailable)
        state = self._session.state if self._session is not None else State.IDLE
        self.toolbar.show_state(playing=state is State.SPEAKING, paused=state is State.PAUSED)
        if self._unavailable:
            self.toolbar.play_button.setToolTip(self._unavailable)
            self.toolbar.play_button.setAccessibleDescription(self._unavailable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        closing = watched is self._window and event.type() == QEvent.Type.Close
        if closing and self._session is not None:
            self._session.close()  # ends the worker thread
        return False
