"""The app says its own messages (Orca ignores the status bar): what is said, in which voice,
how it shares the voice with reading aloud, and the setting that turns it off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.speech.engine import EngineUnavailable, Unavailability
from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.session import State
from reader.ui.shell import screen_reader

from .test_speech import WAIT_MS, Speaking

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def speaking(qtbot, settings, interview):
    made = []

    def make(**kwargs):
        kwargs.setdefault("announce", True)
        made.append(Speaking(qtbot, settings, interview, **kwargs))
        return made[-1]

    yield make
    for item in made:
        item.window.close()


def _engine(s) -> ScriptedEngine:
    return s.speech.engine  # the scripted engine records what it was given


def _said(s, qtbot, text: str):
    """Wait until ``text`` has been synthesised; its ScriptedCall."""
    qtbot.waitUntil(lambda: any(text in c.text for c in _engine(s).calls), timeout=WAIT_MS)
    return next(c for c in _engine(s).calls if text in c.text)


def _announcer_sink(s):
    return s.window.keyboard.announcer.player.sink


def test_where_am_i_is_said_in_the_voice_of_the_messages(speaking, qtbot):
    s = speaking()
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.text)
    call = _said(s, qtbot, "Une interview de test. Front matter. 0 %")
    assert call.voice_id == "en"  # the messages are English; the document is French
    qtbot.waitUntil(lambda: s.window.keyboard.announcer.player is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _announcer_sink(s) is not None, timeout=WAIT_MS)
    _announcer_sink(s).advance(500)
    assert _announcer_sink(s).played  # it went to the loudspeaker


def test_find_results_are_said(speaking, qtbot):
    s = speaking()
    s.window.keyboard.find.open()
    qtbot.keyClicks(s.window.keyboard.find.bar.field, "question")
    _said(s, qtbot, "1 of 2")


def test_an_announcement_pauses_reading_briefly_then_reading_goes_on(speaking, qtbot):
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(100)
    reading_sink = s.sinks[-1]
    assert s.session.state is State.SPEAKING
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.text)
    qtbot.waitUntil(lambda: s.session.state is State.PAUSED, timeout=WAIT_MS)
    announcer = s.window.keyboard.announcer
    sink = _announcer_sink(s)
    assert sink is not reading_sink
    assert announcer.spoken == [s.window.statusBar().currentMessage()]  # no "Paused" for it
    sink.advance(60_000)  # the whole message is heard
    qtbot.waitUntil(lambda: s.session.state is State.SPEAKING, timeout=WAIT_MS)


def test_pause_and_stop_are_said_but_not_start(speaking, qtbot):
    s = speaking()
    announcer = s.window.keyboard.announcer
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    assert announcer.spoken == []  # the reading voice is the news
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert announcer.spoken == ["Paused"]
    s.key(Qt.Key.Key_Escape, widget=s.text)
    assert announcer.spoken == ["Paused", "Stopped"]
    _said(s, qtbot, "Stopped")


def test_the_setting_turns_it_off_and_is_kept(speaking, qtbot, settings):
    s = speaking()
    action = s.window.named_actions["announce_messages"]
    assert action.isChecked()
    action.trigger()  # Speech > Speak the app's messages
    assert settings.value("speech/announce_messages") in (False, "false")
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.text)
    assert s.window.statusBar().currentMessage().startswith("Une interview")  # still shown
    assert s.window.keyboard.announcer.spoken == ["The app no longer speaks its messages"]


def test_without_speech_messages_are_only_shown(speaking, qtbot):
    def missing():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING, "no libespeak-ng")

    s = speaking(engine_factory=missing)
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.text)
    assert s.window.statusBar().currentMessage().startswith("Une interview")
    assert s.window.keyboard.announcer.spoken == []


def test_a_message_before_speech_loads_is_said_when_it_has(speaking, qtbot):
    s = speaking(load=False)
    s.window.say("Reopened where you left off: Question 2 of 3")
    assert s.window.keyboard.announcer.spoken == []
    s.speech.wait_until_loaded()
    _said(s, qtbot, "Reopened where you left off")


def test_with_a_screen_reader_listening_the_message_is_heard_once(speaking, qtbot, monkeypatch):
    # Orca is told through the text view (reader.ui.shell.screen_reader): the app's own voice saying
    # it too would make a blind user hear every message twice.
    monkeypatch.setattr(screen_reader, "screen_reader_listening", lambda: True)
    s = speaking()
    s.text.setFocus()
    qtbot.waitUntil(s.text.hasFocus)
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.text)
    assert "Front matter" in s.window.statusBar().currentMessage()
    assert s.window.keyboard.announcer.spoken == []
    s.window.outline.setFocus()  # where the screen reader is not told: the app's voice says it
    qtbot.waitUntil(s.window.outline.hasFocus)
    s.key(Qt.Key.Key_K, CTRL_SHIFT, widget=s.window.outline)
    assert len(s.window.keyboard.announcer.spoken) == 1


def test_with_a_french_interface_the_messages_are_said_in_french_by_a_french_voice(
        speaking, qtbot, qapp):
    from reader.messages.languages import install_translators, remove_translators

    installed = install_translators(qapp, "fr")
    try:
        s = speaking()
        s.window.keyboard.find.open()
        qtbot.keyClicks(s.window.keyboard.find.bar.field, "question")
        call = _said(s, qtbot, "1 sur 2")
        assert call.voice_id == "fr"
    finally:
        remove_translators(qapp, installed)
