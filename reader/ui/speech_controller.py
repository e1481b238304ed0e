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

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction

from .. import messages
from ..document.model import Document
from ..speech.loader import EngineLoader
from . import speech_settings
from .speech_settings import RATE_RANGE, RATE_STEP, SpeechPreferences
from .speech_toolbar import SpeechToolbar

if TYPE_CHECKING:
    from ..speech.engine import Engine

_WHILE_READING = ("stop", "previous_sentence", "next_sentence", "previous_paragraph",
                  "next_paragraph")
_NEED_ENGINE = ("read_selection", "faster", "slower", "section_only", "speech_settings")


class SpeechController(QObject):
    session_ready = Signal(object)  # the ReadingSession, once the engine has loaded

    def __init__(self, window, settings: QSettings, *, engine_factory: Callable[[], "Engine"],
                 open_sink: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._open_sink = open_sink
        self._actions: dict[str, QAction] = window.named_actions
        self._preferences = speech_settings.load(settings)
        self._loader = EngineLoader(engine_factory, self)
        self._loader.loaded.connect(self._engine_loaded)
        self._engine: "Engine | None" = None
        self._unavailable = ""  # why speech cannot work, once known
        self._session = None  # ReadingSession, once the engine is there
        self._play_requested = False
        self._resume: tuple[int, int, object] | None = None  # caret, position, blocks
        self._sentence: tuple[int, int] | None = None
        self.toolbar = SpeechToolbar(self._actions["play_pause"], self._actions["stop"], window)
        window.addToolBar(self.toolbar)
        window.text.set_reading_style(self._preferences.highlight)
        self._actions["section_only"].setChecked(self._preferences.reading.section_only)
        self._connect()
        window.reading_origin = self.reading_offset
        window.installEventFilter(self)
        self._update_controls()

    def _connect(self) -> None:
        a, window = self._actions, self._window
        a["play_pause"].triggered.connect(self.play_pause)
        a["stop"].triggered.connect(self.stop)
        a["read_selection"].triggered.connect(lambda: self._start(selection_only=True))
        a["previous_sentence"].triggered.connect(lambda: self._skip("sentence", False))
        a["next_sentence"].triggered.connect(lambda: self._skip("sentence", True))
        a["previous_paragraph"].triggered.connect(lambda: self._skip("paragraph", False))
        a["next_paragraph"].triggered.connect(lambda: self._skip("paragraph", True))
        a["faster"].triggered.connect(lambda: self.change_rate(RATE_STEP))
        a["slower"].triggered.connect(lambda: self.change_rate(-RATE_STEP))
        a["section_only"].toggled.connect(self._section_only_toggled)
        a["speech_settings"].triggered.connect(self.show_settings)
        window.jumped.connect(self._jumped)
        window.document_changed.connect(self._document_changed)

    # --- State the window reads -------------------------------------------------------------

    @property
    def session(self):
        return self._session

    @property
    def preferences(self) -> SpeechPreferences:
        return self._preferences

    @property
    def unavailable(self) -> str:
        return self._unavailable

    def reading(self) -> bool:
        return self._session is not None and self._session.state.value != "idle"

    def reading_offset(self) -> int | None:
        return self._session.position if self.reading() else None

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
        from ..speech.engine import EngineUnavailable

        if isinstance(result, EngineUnavailable):
            self._unavailable = messages.speech_unavailable(result.reason.value)
            self._update_controls()
            if self._play_requested:
                self._play_requested = False
                self._explain_unavailable()
            return
        from ..speech.player import Player  # not before the first paint
        from ..speech.session import ReadingSession

        self._engine = result
        session = ReadingSession(result, Player(self._open_sink, self),
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
            self._window.say(messages.speech_starting())
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
        rate = min(max(reading.rate_wpm + step, RATE_RANGE[0]), RATE_RANGE[1])
        self._apply(SpeechPreferences(replace(reading, rate_wpm=rate),
                                      self._preferences.highlight))
        at_limit = rate in RATE_RANGE
        self._window.say(messages.rate_at_limit(rate) if at_limit else messages.rate_changed(rate))

    def show_settings(self):
        """The Speech settings dialog (returned for tests), applied when accepted."""
        from .speech_settings_dialog import SpeechSettingsDialog

        if self._engine is None:
            return None
        dialog = SpeechSettingsDialog(self._preferences, self._engine.voices(), self._window)
        dialog.setFont(self._window.text.font())  # as legible as the text (low vision)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog.preferences()))
        dialog.open()
        return dialog

    def _start(self, *, selection_only: bool = False) -> None:
        if self._session is None:
            self.play_pause()
            return
        document: Document | None = self._window.ensure_language()
        if document is None or not document.blocks:
            self._window.say(messages.nothing_to_read())
            return
        text = self._window.text
        cursor = text.textCursor()
        if cursor.hasSelection():
            start = text.positions.to_model(cursor.selectionStart())
            end = text.positions.to_model(cursor.selectionEnd())
            self._session.start(document, start, end)
            return
        if selection_only:
            self._window.say(messages.nothing_selected())
            return
        caret = text.caret_offset()
        resume = self._resume
        offset = resume[1] if resume and resume[0] == caret and resume[2] is document.blocks \
            else caret
        self._session.start(document, offset)

    def _skip(self, unit: str, forward: bool) -> None:
        if not self.reading():
            return
        if unit == "sentence":
            self._session.skip_sentence(forward)
        else:
            self._session.skip_paragraph(forward)

    def _jumped(self, offset: int) -> None:
        if self.reading():
            self._session.jump_to(offset)

    def _section_only_toggled(self, checked: bool) -> None:
        reading = self._preferences.reading
        if reading.section_only != checked:
            self._apply(SpeechPreferences(replace(reading, section_only=checked),
                                          self._preferences.highlight))

    def _apply(self, preferences: SpeechPreferences) -> None:
        self._preferences = preferences
        speech_settings.save(self._settings, preferences)
        self._window.text.set_reading_style(preferences.highlight)
        self._actions["section_only"].setChecked(preferences.reading.section_only)
        if self._session is not None:
            self._session.set_options(preferences.reading)

    def _document_changed(self, document: Document) -> None:
        session = self._session
        if session is not None and session.document is not None and (
                session.document.blocks is not document.blocks):
            session.stop()
        self._resume = None

    # --- What the session says --------------------------------------------------------------

    def _state_changed(self, state) -> None:
        window = self._window
        if state.value == "idle":
            window.text.clear_reading()
            self._sentence = None
            document = self._session.document
            self._resume = (window.text.caret_offset(), self._session.position,
                            document.blocks if document is not None else None)
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
        if self.reading():
            paused = self._session.state.value == "paused"
            self._window.show_place(self._session.position,
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
        for name in _WHILE_READING:
            self._actions[name].setEnabled(reading and not self._unavailable)
        for name in _NEED_ENGINE:
            self._actions[name].setEnabled(self._session is not None)
        play = self._actions["play_pause"]
        play.setEnabled(True)  # even without speech: pressing it says why
        play.setStatusTip(self._unavailable)
        state = self._session.state.value if self._session is not None else "idle"
        self.toolbar.show_state(playing=state == "speaking", paused=state == "paused")
        if self._unavailable:
            self.toolbar.play_button.setToolTip(self._unavailable)
            self.toolbar.play_button.setAccessibleDescription(self._unavailable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Close:
            if self._session is not None:
                self._session.close()  # ends the worker thread
        return False
