"""The app says its own messages aloud: Orca 43 ignores Qt's announcement events and the status
bar (docs/architecture.md#accessibility), so search results, "where am I", "no next question",
reading paused or stopped… would otherwise never reach a blind user.

What is said: everything the window shows in its status line (``window.say``) that no screen
reader heard, reading paused, stopped and finished among it (shown and told like any message,
so that a screen reader user hears that reading stopped). Not said: reading started or resumed
(the reading voice is the news), the section reached while reading (the reading already says
"Question 3." before each question), and what Orca already reads because it takes focus (error
messages in the banner, dialogs).

How it shares the voice with reading aloud:
1. The message is synthesised by the reading session's own worker (one thread owns the engine:
   docs/architecture.md#speech), in a voice of the interface language (the language the
   installed translation says it is), at the reading speed.
2. It plays through its own player. A newer message cuts an older one short (the latest is
   what matters, as with a screen reader).
3. If reading aloud is speaking, it is paused for the message and resumed right after it: the
   message interrupts briefly, and reading goes on from where it was.

A setting (Speech > Speak the app's messages, ``speech/announce_messages``), on by default; with
no speech engine (espeak-ng missing) or no audio device, nothing is said and the status line
still shows everything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer

from reader import messages
from reader.ui.context import ActionId, ReaderContext
from reader.ui.settings_values import read_value

if TYPE_CHECKING:
    from reader.speech.engine import Synthesis
    from reader.speech.player import Player
    from reader.speech.session import ReadingSession
    from reader.speech.session_types import State

SETTING = "speech/announce_messages"
_POLL_MS = 40  # how often the end of a message is looked for


class Announcer(QObject):
    def __init__(self, context: ReaderContext, settings: QSettings,
                 open_sink: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._context = context
        self._open_sink = open_sink
        self._session: ReadingSession | None = None
        self._player: Player | None = None
        self._paused_reading = False
        self._pending = ""  # said before the engine was there (at start-up): said when it is
        self.spoken: list[str] = []  # what was sent to be said (tests, and nothing else)
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_end)
        action = context.action(ActionId.ANNOUNCE_MESSAGES)
        action.setChecked(self.enabled)
        action.toggled.connect(self._toggled)
        context.set_voice(self.say)

    @property
    def player(self) -> Player | None:
        """The messages' own player, made for the first message said."""
        return self._player

    @property
    def enabled(self) -> bool:
        return read_value(self._settings, SETTING, True)

    def say(self, text: str) -> None:
        if not text or not self.enabled:
            return
        if self._session is None:
            self._pending = text  # e.g. "Reopened where you left off…", before speech loads
            return
        self.spoken.append(text)
        self._session.synthesize_aside(text, messages.messages_language())

    # --- Wiring -----------------------------------------------------------------------------

    def attach(self, session: ReadingSession) -> None:
        """Speech has loaded (the speech controller's ``session_ready``): said from now on."""
        self._session = session
        session.aside_ready.connect(self._play)
        session.state_changed.connect(self._state_changed)
        session.finished.connect(lambda: self._tell(messages.reading_finished()))
        pending, self._pending = self._pending, ""
        self.say(pending)

    def _toggled(self, on: bool) -> None:
        if on:
            self._settings.setValue(SETTING, True)
            self._tell(messages.announcements_on())
        else:
            self._tell(messages.announcements_off())  # the last thing it says
            self._settings.setValue(SETTING, False)
        self._settings.sync()

    # The session's states (reader.speech.session_types) are imported where a session is there
    # to compare, loaded with it: not on the way to the first paint (docs/performance.md,
    # "Start-up (session 20)").

    def _state_changed(self, state: State) -> None:
        from reader.speech.session_types import State

        if self._paused_reading:
            return  # our own pause and resume
        if state is State.PAUSED:
            self._tell(messages.reading_paused())
        elif state is State.IDLE and not self._finishing():
            self._tell(messages.reading_stopped())

    def _tell(self, text: str) -> None:
        # Like every message: shown, and heard through the screen reader if one listens (the
        # reading voice has just gone quiet: nothing else confirms it), else in this voice.
        self._context.say(text)

    def _finishing(self) -> bool:
        # A natural end says "End of reading" (finished follows this state change).
        from reader.speech.player import PlayerState  # loaded with the session already

        session = self._session
        return session is not None and session.player.at_end() and \
            session.player.state is not PlayerState.STOPPED

    # --- Playing ----------------------------------------------------------------------------

    def _play(self, synthesis: Synthesis) -> None:
        from reader.speech.player import AudioUnavailable, Player

        if self._player is None:
            self._player = Player(self._open_sink, self)
            self._player.failed.connect(lambda _reason: self._done())
            self._player.drained.connect(self._done)
        player = self._player
        player.stop()
        session = self._session
        from reader.speech.session_types import State  # (see _state_changed)

        if session is not None and session.state is State.SPEAKING:
            self._paused_reading = True
            session.pause()
        try:
            player.play()
        except AudioUnavailable:
            self._done()
            return
        player.enqueue(synthesis.pcm, None)
        self._poll.start()

    def _check_end(self) -> None:
        if self._player is not None and self._player.at_end():
            self._poll.stop()
            self._player.finish()  # lets the device play the end out, then ``drained``

    def _done(self) -> None:
        self._poll.stop()
        if self._player is not None:
            self._player.stop()
        if self._paused_reading:
            from reader.speech.session_types import State  # (see _state_changed)

            self._paused_reading = False
            if self._session is not None and self._session.state is State.PAUSED:
                self._session.resume()
