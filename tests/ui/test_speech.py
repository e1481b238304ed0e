"""Reading aloud in the window, as a keyboard and screen-reader user meets it: Space reads from
the caret, the sentence and word heard are highlighted (silently: extra selections, the caret
and focus never move), Esc stops, the skips follow the keys, and failures are explained.

The scripted engine speaks; the audio goes to an in-memory sink whose clock the test moves.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.speech.engine import EngineUnavailable, Unavailability
from reader.speech.memory_sink import MemorySink, SinkState
from reader.speech.player import AudioUnavailable, PlaybackError
from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.session import State
from reader.ui.speech import speech_settings

WAIT_MS = 10_000


class Speaking:
    """A shown window whose speech uses the scripted engine and in-memory sinks."""

    def __init__(self, qtbot, settings, interview, *, engine_factory=ScriptedEngine,
                 open_sink=None, load=True, announce=False):
        self.qtbot = qtbot
        self.sinks: list[MemorySink] = []
        # The app's spoken messages have their own sink; off, ``sinks[-1]`` is the reading's
        # (tests/ui/test_announcer.py covers them).
        settings.setValue("speech/announce_messages", announce)
        self.window = build_main_window(settings, engine_factory=engine_factory,
                                        open_sink=open_sink or self._sink)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.show_document(interview)
        self.speech = self.window.speech
        self.text = self.window.text
        if load:
            self.speech.wait_until_loaded()
        # Keys go through the shortcut map only once the window is active (asynchronous).
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.text, timeout=WAIT_MS)

    def _sink(self):
        self.sinks.append(MemorySink())
        return self.sinks[-1]

    @property
    def session(self):
        return self.speech.session

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
        widget = widget or QApplication.focusWidget()
        assert widget is not None, "no widget has focus"  # QTest aborts the process on None
        self.qtbot.keyClick(widget, key, modifier)

    def play(self, ms: float, step: float = 10):
        played = 0.0
        while played < ms and self.session.state is State.SPEAKING:
            self.qtbot.waitUntil(lambda: self.session.pending_syntheses == 0, timeout=WAIT_MS)
            self.sinks[-1].advance(step)
            self.session.update()
            played += step

    def highlighted(self) -> list[str]:
        document = self.window.document
        return [document.text[a:b] for a, b in self.text.highlights.reading_ranges()]


@pytest.fixture
def speaking(qtbot, settings, interview):
    made = []

    def make(**kwargs):
        made.append(Speaking(qtbot, settings, interview, **kwargs))
        return made[-1]

    yield make
    for item in made:
        item.window.close()  # ends the speech worker thread


def test_space_reads_from_the_caret_and_highlights_the_sentence_and_word(speaking):
    s = speaking()
    document = s.window.document
    caret = document.text.index("C'est une phrase")
    s.text.go_to(caret)
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.state is State.SPEAKING
    s.play(20)
    sentence, word = s.highlighted()
    assert sentence == "C'est une phrase qui demande."
    assert word == "C'est"
    s.play(400)  # a scripted word lasts 343 ms at 175 words per minute
    sentence, word = s.highlighted()
    assert sentence == "C'est une phrase qui demande." and word == "une"
    assert re.fullmatch(r"[\w']+", word)
    # The caret and focus stayed where the user left them; nothing was selected.
    assert s.text.caret_offset() == caret and not s.text.textCursor().hasSelection()
    assert QApplication.focusWidget() is s.text
    assert s.window.position_label.text().startswith("Reading: Question 1 of 3")


def test_the_play_button_says_what_it_will_do(speaking):
    s = speaking()
    button = s.speech.toolbar.play_button
    assert button.accessibleName() == "Play"
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert button.accessibleName() == "Pause"
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.state is State.PAUSED and button.accessibleName() == "Resume"
    assert s.window.position_label.text().startswith("Paused: ")
    assert s.sinks[-1].state() is not SinkState.ActiveState or not s.sinks[-1].starts
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.state is State.SPEAKING


def test_esc_stops_at_once_clears_the_highlight_and_keeps_focus(speaking):
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(100)
    assert s.highlighted()
    s.key(Qt.Key.Key_Escape, widget=s.text)
    assert s.session.state is State.IDLE
    assert s.highlighted() == [] and QApplication.focusWidget() is s.text
    assert s.speech.toolbar.play_button.accessibleName() == "Play"
    assert not s.window.named_actions["stop"].isEnabled()


def test_play_after_stop_goes_on_where_it_stopped_unless_the_caret_moved(speaking):
    s = speaking()
    document = s.window.document
    s.text.go_to(document.text.index("Pourquoi lire"))
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    s.window.named_actions["next_sentence"].trigger()
    s.play(50)
    where = s.session.position
    s.key(Qt.Key.Key_Escape, widget=s.text)
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.position == where
    s.key(Qt.Key.Key_Escape, widget=s.text)
    s.text.go_to(0)
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.position == 0


def test_esc_in_the_message_closes_it_and_reading_goes_on(speaking):
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.window.banner.show_messages(["Une note."], error=False, take_focus=True)
    s.key(Qt.Key.Key_Escape)
    assert s.window.banner.text() == ""
    assert s.session.state is State.SPEAKING


def test_ctrl_down_skips_a_paragraph_only_while_reading(speaking):
    s = speaking()
    document = s.window.document
    s.text.go_to(0)
    s.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier, widget=s.text)
    assert s.session.state is State.IDLE  # the text view's own key: nothing spoken
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    assert s.highlighted()[0] == document.blocks[0].text
    s.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier, widget=s.text)
    s.play(50)
    assert s.highlighted()[0].startswith("INTERVIEW")
    s.key(Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier, widget=s.text)
    s.play(50)
    # The share link is never read: the next sentence is the introduction's.
    assert s.highlighted()[0].startswith("Le premier paragraphe")


def test_n_while_reading_moves_the_reading_to_the_next_question(speaking):
    s = speaking()
    heard = []
    s.session.utterance_heard.connect(lambda u: heard.append(u.text))
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    s.key(Qt.Key.Key_N, widget=s.text)
    s.play(50)
    assert heard[-1] == "Question 1."
    s.play(600)
    s.key(Qt.Key.Key_N, widget=s.text)  # from the reading, not from the caret
    s.play(50)
    assert heard[-1] == "Question 2."
    assert s.window.outline.current_section() == 3
    assert QApplication.focusWidget() is s.text


def test_media_play_key_works_outside_the_text(speaking):
    s = speaking()
    s.window.focus_outline()
    s.key(Qt.Key.Key_MediaPlay, widget=s.window.outline)
    assert s.session.state is State.SPEAKING
    assert QApplication.focusWidget() is s.window.outline


def test_read_selection_reads_exactly_the_selection(speaking):
    s = speaking()
    heard = []
    s.session.utterance_heard.connect(lambda u: heard.append(u.text))
    document = s.window.document
    cursor = s.text.textCursor()
    start = document.text.index("phrase qui")
    cursor.setPosition(start)
    cursor.setPosition(start + len("phrase qui demande"), cursor.MoveMode.KeepAnchor)
    s.text.setTextCursor(cursor)
    s.key(Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier, widget=s.text)
    s.play(5000)
    assert heard == ["phrase qui demande"]
    assert s.session.state is State.IDLE


def test_faster_changes_the_rate_from_the_current_sentence_and_saves_it(speaking, settings):
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    s.key(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
          widget=s.text)
    assert s.speech.preferences.reading.rate_wpm == 200
    assert speech_settings.load(settings).reading.rate_wpm == 200
    assert "200 words per minute" in s.window.statusBar().currentMessage()
    s.play(50)
    assert s.session.options.rate_wpm == 200


def test_no_audio_device_says_so_keeps_the_place_and_the_reader_works(speaking):
    def no_device():
        raise AudioUnavailable(PlaybackError.NO_DEVICE)

    s = speaking(open_sink=no_device)
    document = s.window.document
    s.text.go_to(document.text.index("Pourquoi lire"))
    s.key(Qt.Key.Key_Space, widget=s.text)
    assert s.session.state is State.IDLE
    assert "no audio device" in s.window.banner.text() and s.window.banner.is_error()
    s.key(Qt.Key.Key_Escape)  # closes the message, focus back to the text
    assert QApplication.focusWidget() is s.text
    s.key(Qt.Key.Key_N, widget=s.text)  # the text reader still works
    assert s.text.caret_offset() == document.sections[4].start


def test_without_espeak_speech_controls_are_disabled_and_play_explains(speaking):
    def missing():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING, "libespeak-ng.so.1")

    s = speaking(engine_factory=missing)
    actions = s.window.named_actions
    for name in ("stop", "next_sentence", "previous_paragraph", "faster", "speech_settings",
                 "read_selection"):
        assert not actions[name].isEnabled(), name
    assert actions["play_pause"].isEnabled()
    s.key(Qt.Key.Key_Space, widget=s.text)
    message = s.window.banner.text()
    assert "espeak-ng" in message and "sudo apt-get install libespeak-ng1" in message
    assert "sudo apt-get install" in s.speech.toolbar.play_button.toolTip()
    s.key(Qt.Key.Key_Escape)
    s.key(Qt.Key.Key_N, widget=s.text)  # the rest works
    assert s.window.outline.current_section() == 2


def test_play_before_the_engine_is_ready_starts_when_it_is(speaking):
    s = speaking(load=False)
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.qtbot.waitUntil(lambda: s.session is not None and s.session.state is State.SPEAKING,
                      timeout=WAIT_MS)


def test_the_settings_dialog_is_labelled_saves_and_applies(speaking, settings, qtbot):
    s = speaking()
    dialog = s.speech.show_settings()
    qtbot.waitExposed(dialog)
    for box in (dialog.language, dialog.voice, dialog.interviewer, dialog.interviewee,
                dialog.rate, dialog.pitch, dialog.volume, dialog.sentence_pause,
                dialog.paragraph_pause, dialog.highlight):
        assert box.accessibleName(), box
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.voice.isEnabled() and dialog.voice.count() >= 2
    dialog.rate.setValue(300)
    dialog.interviewee.setCurrentIndex(dialog.interviewee.findData("f1"))
    dialog.highlight.setCurrentIndex(dialog.highlight.findData("underline"))
    dialog.section_only.setChecked(True)
    dialog.accept()
    saved = speech_settings.load(settings)
    assert saved.reading.rate_wpm == 300 and saved.reading.interviewee_timbre == "f1"
    assert saved.reading.voice == "fr"  # French chosen, its best voice
    assert saved.highlight == "underline" and saved.reading.section_only
    assert s.window.named_actions["section_only"].isChecked()
    assert s.session.options.rate_wpm == 300


def test_highlight_off_shows_nothing_while_reading(speaking, settings):
    speech_settings.save(settings, speech_settings.SpeechPreferences(highlight="off"))
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(100)
    assert s.session.state is State.SPEAKING and s.highlighted() == []


def test_opening_another_document_stops_reading(speaking, interview):
    s = speaking()
    s.key(Qt.Key.Key_Space, widget=s.text)
    s.play(50)
    from tests.ui.conftest import make_interview

    s.window.show_document(make_interview("/tmp/other.txt"))
    assert s.session.state is State.IDLE


def test_the_settings_dialog_is_kept_and_shows_the_settings_in_force(speaking, qtbot):
    """Kept between openings (a fresh one floods a screen reader): reopened, it shows what is
    in force, not what was left in it when cancelled, nor a rate changed since by a key."""
    s = speaking()
    dialog = s.speech.show_settings()
    qtbot.waitExposed(dialog)
    rate = dialog.rate.value()
    dialog.rate.setValue(rate + 100)
    dialog.reject()
    s.window.named_actions["faster"].trigger()
    again = s.speech.show_settings()
    qtbot.waitExposed(again)
    assert again is dialog
    assert again.rate.value() == s.session.options.rate_wpm != rate + 100
    assert again.focusWidget() is again.language  # the first control, as when new
    again.reject()
