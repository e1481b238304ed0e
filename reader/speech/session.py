"""The reading session: what is read, heard and highlighted, as a state machine (QtCore only).

States: ``IDLE`` (nothing to hear), ``SPEAKING``, ``PAUSED``. Reading is pull-based, as Orca's
say-all and NVDA's sayAll are: the session pulls utterances from ``planning.plan`` one at a time
and keeps only ``LOOKAHEAD`` of them synthesised ahead of the one being heard, so starting to
read costs one sentence's synthesis in a page as in a 10 MB document. The flow:

1. ``start(document, offset[, end])``: a new *generation* (``SpeechWorker.cancel``), the player
   flushed, a new plan from the start of the sentence at ``offset`` (or exactly ``offset:end``
   for a selection; up to the end of the section when "section only" is set). State SPEAKING.
2. Fill: while fewer than ``LOOKAHEAD`` utterances are in the engine or queued behind the one
   heard, pull the next utterance from the plan and submit it to the worker (only one until
   the first sound is queued: it comes sooner alone).
3. The worker synthesises on its own thread; ``_delivered`` (a queued signal) brings the
   result to the GUI thread, where a result of an older generation is dropped. A good result
   is queued in the player behind the pause of the utterance before; the first one starts
   playback. An engine error is reported (``error``) and reading goes on
   with the next sentence; ``MAX_FAILURES`` in a row stop it.
4. A tick, timed for the next word's onset (at most ``TICK_MS`` apart), reads the player's
   clock: the utterance and the word heard now. It emits ``sentence_changed``,
   ``word_changed`` (document offsets, from the engine's word timings mapped through the
   pronunciation map), ``section_reached``, and pulls more (step 2).
5. Pause/resume suspend and resume the player; the plan and the look-ahead stay.
6. Skips (sentence, paragraph, section, question) and changes of voice, rate, pitch, volume or
   pauses go back to step 1 from the new place (a change: from the sentence being read), so
   stale syntheses are dropped and nothing already queued is heard. While paused, a skip moves
   the reading and stays paused.
7. When the plan is exhausted, nothing is in the engine and the player has played everything:
   ``finished``, state IDLE. ``stop()`` gets there at once. Either way ``position`` keeps the
   start of the last sentence heard, so reading can go on from there.
8. The player failing (no audio device, audio server gone) stops reading with ``error``,
   keeping the position.
9. ``synthesize_aside(text, language)``: a short message of the app (the announcer) is
   synthesised by the same worker (one thread owns the engine), in a voice of ``language``,
   never dropped by a jump or a stop; its audio comes back through ``aside_ready`` for the
   announcer to play. Reading itself is not touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..document.labels import shortened
from ..document.model import Document
from . import skips
from .engine import Engine, Synthesis
from .heard import HeardNow
from .options import ReadingOptions, resolve_voice
from .planning import Utterance, plan
from .player import AudioUnavailable, PlaybackError, Player
from .session_types import SessionMessages, State, app_messages
from .worker import SpeechWorker, SynthesisRequest, SynthesisResult

# Asides are never stale: the worker drops requests older than its generation, and no
# generation reaches this.
_ASIDE_GENERATION = 2**62
_ASIDE = object()  # the tag of an aside request
LOOKAHEAD = 2  # utterances synthesised ahead of the one heard (~10 ms each for espeak-ng)
TICK_MS = 40  # the longest wait between two looks at the clock
MAX_FAILURES = 3  # engine errors in a row that end reading
_QUOTE_CHARS = 60  # of a sentence that could not be said, in the message


class ReadingSession(QObject):
    state_changed = Signal(object)  # State
    sentence_changed = Signal(int, int)  # document range heard now (empty: an announcement)
    word_changed = Signal(int, int)  # document range of the word heard now
    section_reached = Signal(int)  # index into Document.sections
    utterance_heard = Signal(object)  # the Utterance that starts to be heard
    finished = Signal()  # reading reached its end by itself
    error = Signal(str)  # a message for the user
    aside_ready = Signal(object)  # the Synthesis of an aside (step 9)
    _delivered = Signal(object)  # SynthesisResult, from the worker thread

    def __init__(
        self,
        engine: Engine,
        player: Player,
        options: ReadingOptions | None = None,
        *,
        messages: SessionMessages | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages if messages is not None else app_messages()
        self._engine = engine
        self._voices_available = engine.voices()
        self._player = player
        self._options = options if options is not None else ReadingOptions()
        self._worker = SpeechWorker(engine, self._delivered.emit)
        self._delivered.connect(self._on_result, Qt.ConnectionType.QueuedConnection)
        player.failed.connect(self._on_player_failed)
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick_timer.timeout.connect(self.update)
        self._state = State.IDLE
        self._document: Document | None = None
        self._generation = 0
        self._plan: Iterator[Utterance] | None = None
        self._limit: int | None = None
        self._skip_announcement = False
        self._inflight = 0
        self._failures = 0
        self._last_pause_ms = 0
        self._first: Utterance | None = None  # first utterance of this generation
        self._current: Utterance | None = None  # the one heard now
        self._heard = HeardNow(self.sentence_changed.emit, self.section_reached.emit,
                               self.word_changed.emit)
        self._position = 0

    # --- What the UI reads ------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def player(self) -> Player:
        return self._player

    @property
    def options(self) -> ReadingOptions:
        return self._options

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def position(self) -> int:
        """Where reading is (or was when it stopped): the start of that sentence."""
        utterance = self._reading()
        return utterance.doc_start if utterance is not None else self._position

    @property
    def pending_syntheses(self) -> int:
        """Utterances submitted to the engine whose result has not arrived yet."""
        return self._inflight

    def reading_range(self) -> tuple[int, int] | None:
        utterance = self._reading()
        return (utterance.doc_start, utterance.doc_end) if utterance is not None else None

    # --- Commands ---------------------------------------------------------------------------

    def start(self, document: Document, offset: int, end: int | None = None) -> None:
        """Read from the sentence at ``offset``, or exactly ``offset:end`` (a selection)."""
        self._document = document
        self._heard.forget_section()
        self._set_state(State.SPEAKING)
        if end is not None:
            self._limit = end
            self._restart(offset)
        else:
            self._limit = self._section_end(offset)
            self._restart(skips.sentence_start(document, offset))
        if self._state is State.SPEAKING:  # not when there was nothing to read
            self._play()

    def pause(self) -> None:
        if self._state is State.SPEAKING:
            self._player.pause()
            self._tick_timer.stop()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self._state is State.PAUSED:
            self._set_state(State.SPEAKING)
            self._play()

    def toggle(self) -> None:
        if self._state is State.SPEAKING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()

    def stop(self) -> None:
        self._position = self.position
        self._worker.cancel()
        self._generation = self._worker.generation
        self._player.stop()
        self._tick_timer.stop()
        self._plan, self._first, self._current, self._inflight = None, None, None, 0
        self._heard.forget_sentence()
        self._set_state(State.IDLE)

    def skip_sentence(self, forward: bool) -> None:
        utterance, document = self._reading(), self._document
        if utterance is not None and document is not None:
            target, past_announcement = skips.from_sentence(document, utterance, forward)
            self._jump(target, skip_announcement=past_announcement)

    def skip_paragraph(self, forward: bool) -> None:
        utterance, document = self._reading(), self._document
        if utterance is not None and document is not None:
            self._jump(skips.from_paragraph(document, utterance, forward))

    def jump_to(self, offset: int) -> None:
        """Go on reading from ``offset`` (a section or question start chosen while reading);
        "section only" now means that section."""
        if self._document is None or self._state is State.IDLE:
            return
        self._limit = self._section_end(offset)
        self._jump(offset)

    def set_options(self, options: ReadingOptions) -> None:
        """New voice, rate, pauses…: applies from the sentence being read (re-synthesised)."""
        changed = options != self._options
        self._options = options
        utterance = self._reading()
        if changed and self._state is not State.IDLE and utterance is not None:
            self._jump(utterance.doc_start)

    def close(self) -> None:
        self.stop()
        self._worker.close()

    def synthesize_aside(self, text: str, language: str) -> None:
        """Step 9."""
        voice = resolve_voice("", self._voices_available, language)
        self._submit(_ASIDE_GENERATION, text, voice, _ASIDE)

    def _submit(self, generation: int, text: str, voice: str, tag: object) -> None:
        options = self._options
        self._worker.submit(SynthesisRequest(generation, text, voice, options.rate_wpm,
                                             options.pitch, options.volume / 100, tag=tag))

    # --- The flow ---------------------------------------------------------------------------

    def _section_end(self, offset: int) -> int | None:
        document = self._document
        if not self._options.section_only or document is None or not document.sections:
            return None
        return document.sections[document.section_index_at(offset)].end

    def _jump(self, offset: int, *, skip_announcement: bool = False) -> None:
        self._restart(offset, skip_announcement=skip_announcement)
        if self._state is State.SPEAKING:
            self._play()

    def _restart(self, offset: int, *, skip_announcement: bool = False) -> None:
        """Step 1 (and 6): everything from ``offset`` in a new generation."""
        document = self._document
        assert document is not None, "a restart follows a start"
        self._generation = self._worker.cancel()
        self._player.flush()
        self._inflight, self._failures, self._last_pause_ms = 0, 0, 0
        self._first, self._current = None, None
        self._heard.forget_word()
        options, messages = self._options, self._messages
        plan_options = options.plan_options(
            lambda section: messages.announce_question(section.number))
        voices = options.voices(self._voices_available, document.language,
                                messages.messages_language())
        self._plan = plan(document, offset, voices, plan_options, end=self._limit)
        self._skip_announcement = skip_announcement
        self._fill()
        if self._first is not None:
            self._heard.sentence(self._first, self._document)  # at once, even paused
        elif self._inflight == 0:
            self._finish()

    def _fill(self) -> None:
        """Step 2."""
        ahead = self._player.queued_ahead()
        # Until the first sound is queued, one synthesis at a time: a look-ahead sentence in
        # the engine would compete with the first one for the GIL and delay the first word.
        wanted = LOOKAHEAD if self._player.position() is not None else 1
        while self._plan is not None and self._inflight + ahead < wanted:
            utterance = next(self._plan, None)
            if utterance is None:
                self._plan = None
                break
            if self._skip_announcement:
                self._skip_announcement = False
                if utterance.announcement:
                    continue
            if self._first is None:
                self._first = utterance
            self._submit(self._generation, utterance.text, utterance.voice_id, utterance)
            self._inflight += 1

    def _on_result(self, result: SynthesisResult) -> None:
        """Step 3, on the GUI thread."""
        if result.request.tag is _ASIDE:
            if result.synthesis is not None:  # a message that cannot be said is still shown
                self.aside_ready.emit(result.synthesis)
            return
        if result.request.generation != self._generation or self._state is State.IDLE:
            return
        self._inflight -= 1
        utterance = cast(Utterance, result.request.tag)
        if result.synthesis is None:
            self._failures += 1
            error = str(result.error or "")
            if self._failures >= MAX_FAILURES:
                self.stop()
                self.error.emit(self._messages.speech_failed_repeatedly(error))
                return
            quote = shortened(utterance.text, _QUOTE_CHARS)
            self.error.emit(self._messages.sentence_failed(quote, error))
        else:
            self._failures = 0
            self._player.enqueue(result.synthesis.pcm, (utterance, result.synthesis),
                                 self._last_pause_ms)
            self._last_pause_ms = utterance.pause_after_ms
        self._fill()
        if self._state is State.SPEAKING:
            self.update()

    def _play(self) -> None:
        try:
            self._player.play()
        except AudioUnavailable as unavailable:
            self._on_player_failed(unavailable.reason)
            return
        self.update()

    def update(self) -> None:
        """Step 4: look at the clock now (a timer does it by itself while speaking)."""
        self._tick_timer.stop()
        if self._state is not State.SPEAKING:
            return
        wait: float = TICK_MS
        heard = self._player.position()
        if heard is not None:
            tag, ms = heard
            utterance, synthesis = cast(tuple[Utterance, Synthesis], tag)
            if utterance is not self._current:
                self._current = utterance
                self._heard.forget_word()
                self._heard.sentence(utterance, self._document)
                self.utterance_heard.emit(utterance)
            to_next_word = self._heard.word(utterance, synthesis, ms)
            wait = to_next_word if to_next_word is not None else min(
                TICK_MS, self._player.ms_until_end_of_audio() or TICK_MS)
        self._fill()
        if self._plan is None and self._inflight == 0 and self._player.at_end():
            self._finish()
            return
        self._tick_timer.start(max(1, min(TICK_MS, int(wait))))

    def _finish(self) -> None:
        self._position = self.position
        self._player.finish()  # the end of the last word still has to come out
        self._tick_timer.stop()
        self._plan, self._first, self._current = None, None, None
        self._heard.forget_sentence()
        was_reading = self._state is not State.IDLE
        self._set_state(State.IDLE)
        if was_reading:
            self.finished.emit()

    def _on_player_failed(self, reason: PlaybackError) -> None:
        """Step 8."""
        if self._state is State.IDLE:
            return
        self.stop()
        self.error.emit(self._messages.playback_error(reason.value))

    def _reading(self) -> Utterance | None:
        return self._current or self._first

    def _set_state(self, state: State) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
