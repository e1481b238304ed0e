"""The app says its own messages aloud: Orca 43 ignores Qt's announcement events and the status
bar (docs/architecture.md#accessibility), so search results, "where am I", "no next question",
reading paused or stopped… would otherwise never reach a blind user.

What is said: everything the window shows in its status line (``window.say``), and reading
paused, stopped and finished. Not said: reading started or resumed (the reading voice is the
news), the section reached while reading (the reading already says "Question 3." before each
question), and what Orca already reads because it takes focus (error messages in the banner,
dialogs).

How it shares the voice with reading aloud:
1. The message is synthesised by the reading session's own worker (one thread owns the engine:
   docs/architecture.md#speech), in a voice of the messages' language, at the reading speed.
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

from PySide6.QtCore import QObject, QSettings, QTimer

from .. import messages

SETTING = "speech/announce_messages"
# The language of the messages: English until the app ships translations (then the installed
# translator's language).
MESSAGES_LANGUAGE = "en"
_POLL_MS = 40  # how often the end of a message is looked for


class Announcer(QObject):
    def __init__(self, window, settings: QSettings,  # noqa: ANN001 (MainWindow)
                 open_sink: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._open_sink = open_sink
        self._session = None
        self._player = None
        self._paused_reading = False
        self._pending = ""  # said before the engine was there (at start-up): said when it is
        self.spoken: list[str] = []  # what was sent to be said (tests, and nothing else)
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_end)
        action = window.named_actions["announce_messages"]
        action.setChecked(self.enabled)
        action.toggled.connect(self._toggled)
        window.announce = self.say
        window.speech.session_ready.connect(self._attach)
        if window.speech.session is not None:
            self._attach(window.speech.session)

    @property
    def enabled(self) -> bool:
        value = self._settings.value(SETTING, True)
        return value if isinstance(value, bool) else str(value).lower() != "false"

    def say(self, text: str) -> None:
        if not text or not self.enabled:
            return
        if self._session is None:
            self._pending = text  # e.g. "Reopened where you left off…", before speech loads
            return
        self.spoken.append(text)
        self._session.synthesize_aside(text, MESSAGES_LANGUAGE)

    # --- Wiring -----------------------------------------------------------------------------

    def _attach(self, session) -> None:  # noqa: ANN001 (ReadingSession)
        self._session = session
        session.aside_ready.connect(self._play)
        session.state_changed.connect(self._state_changed)
        session.finished.connect(lambda: self.say(messages.reading_finished()))
        pending, self._pending = self._pending, ""
        self.say(pending)

    def _toggled(self, on: bool) -> None:
        if on:
            self._settings.setValue(SETTING, True)
            self.say(messages.announcements_on())
        else:
            self.say(messages.announcements_off())  # the last thing it says
            self._settings.setValue(SETTING, False)
        self._settings.sync()

    def _state_changed(self, state) -> None:  # noqa: ANN001 (State)
        if self._paused_reading:
            return  # our own pause and resume
        if state.value == "paused":
            self.say(messages.reading_paused())
        elif state.value == "idle" and not self._finishing():
            self.say(messages.reading_stopped())

    def _finishing(self) -> bool:
        # A natural end says "End of reading" (finished follows this state change).
        session = self._session
        return session is not None and session.player.at_end() and \
            session.player.state.value != "stopped"

    # --- Playing ----------------------------------------------------------------------------

    def _play(self, synthesis) -> None:  # noqa: ANN001 (Synthesis)
        from ..speech.player import AudioUnavailable, Player

        if self._player is None:
            self._player = Player(self._open_sink, self)
            self._player.failed.connect(lambda _reason: self._done())
            self._player.drained.connect(self._done)
        player = self._player
        player.stop()
        session = self._session
        if session.state.value == "speaking":
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
            self._paused_reading = False
            if self._session is not None and self._session.state.value == "paused":
                self._session.resume()
