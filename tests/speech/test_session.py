"""The reading session, as a listener meets it: what is heard in which order and voice, what is
highlighted, and what skips, pauses, stops and changes of voice or rate do. The scripted engine
synthesises on the real worker thread; the in-memory sink's clock moves only when the test
plays audio (``Reading.play``), so nothing here depends on how fast the machine is."""

from __future__ import annotations

import re
import threading
from dataclasses import replace

import pytest

from reader.document.pipeline import parse_text
from reader.speech.memory_sink import MemorySink, SinkState
from reader.speech.options import ReadingOptions
from reader.speech.player import AudioUnavailable, PlaybackError, Player
from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.session import ReadingSession, State
from tests.ui.conftest import make_interview

WAIT_MS = 10_000  # a bound against a hung test, not a timing assertion

ARTICLE = """\
# Premier titre

Phrase un. Phrase deux. Phrase trois.

Phrase quatre. Phrase cinq.

# Second titre

Phrase six. Phrase sept.

Phrase huit.
"""


class Reading:
    """A session with a scripted engine and an in-memory sink, and what it made heard."""

    def __init__(self, qtbot, document, options=ReadingOptions(), engine=None, open_sink=None):
        self.qtbot = qtbot
        self.document = document
        self.engine = engine or ScriptedEngine()
        self.sink = MemorySink()
        self.player = Player(open_sink or (lambda: self.sink))
        self.session = ReadingSession(self.engine, self.player, options)
        self.heard: list[str] = []  # utterance texts, as they start to be heard
        self.voices: list[str] = []
        self.sentences: list[tuple[int, int]] = []
        self.words: list[tuple[int, int]] = []
        self.sections: list[int] = []
        self.errors: list[str] = []
        self.finished = 0
        s = self.session
        s.utterance_heard.connect(lambda u: (self.heard.append(u.text),
                                             self.voices.append(u.voice_id)))
        s.sentence_changed.connect(lambda a, b: self.sentences.append((a, b)))
        s.word_changed.connect(lambda a, b: self.words.append((a, b)))
        s.section_reached.connect(self.sections.append)
        s.error.connect(self.errors.append)
        s.finished.connect(self._finished)

    def _finished(self):
        self.finished += 1

    def settle(self):
        self.qtbot.waitUntil(lambda: self.session.pending_syntheses == 0, timeout=WAIT_MS)

    def play(self, ms: float, step: float = 10):
        """Let ``ms`` of audio be heard, looking at the clock every ``step`` ms."""
        played = 0.0
        while played < ms and self.session.state is not State.IDLE:
            self.settle()
            self.sink.advance(step)
            self.session.update()
            played += step

    def play_to_end(self, limit_ms=120_000):
        self.play(limit_ms)
        assert self.session.state is State.IDLE, "reading did not end"

    def text(self, start, end):
        return self.document.text[start:end]


@pytest.fixture
def article():
    return parse_text(ARTICLE, path="/tmp/article.md")


@pytest.fixture
def make(qtbot):
    made = []

    def make_(document, **kwargs):
        reading = Reading(qtbot, document, **kwargs)
        made.append(reading)
        return reading

    yield make_
    for reading in made:
        reading.session.close()


def test_reads_the_document_in_order_from_the_caret_sentence_to_the_end(make, article):
    r = make(article)
    caret = article.text.index("deux.") + 2  # inside "Phrase deux."
    r.session.start(article, caret)
    assert r.session.state is State.SPEAKING
    r.play_to_end()
    assert r.heard == ["Phrase deux.", "Phrase trois.", "Phrase quatre.", "Phrase cinq.",
                       "Second titre", "Phrase six.", "Phrase sept.", "Phrase huit."]
    assert r.finished == 1 and r.errors == []
    # The sentences highlighted are exactly those ranges of the text.
    assert [r.text(*s) for s in r.sentences] == r.heard
    assert r.sections == [0, 1]


def test_what_reached_the_sink_is_every_utterance_and_its_pause_with_no_gap(make, article):
    options = ReadingOptions(sentence_pause_ms=100, paragraph_pause_ms=300, rate_wpm=300)
    r = make(article, options=options)
    r.session.start(article, article.text.index("Phrase six."))
    r.play_to_end()
    word = 22050 * 60 // 300 * 2  # bytes per scripted word at 300 wpm
    pause = {100: 2205 * 2, 300: 6615 * 2}
    # "Phrase six." (2 words) + sentence pause + "Phrase sept." (2) + paragraph pause + "huit"
    assert len(r.sink.played) == 2 * word + pause[100] + 2 * word + pause[300] + 2 * word


def test_word_highlights_are_the_words_of_the_sentence_in_order(make, article):
    r = make(article)
    r.session.start(article, 0)
    r.play_to_end()
    highlighted = [r.text(*w) for w in r.words]
    expected = re.findall(r"\w+", " ".join(r.heard))
    assert highlighted == expected
    for start, end in r.words:  # each word lies inside the sentence highlighted then
        assert any(a <= start and end <= b for a, b in r.sentences)


def test_the_word_highlight_follows_the_clock(make, article):
    r = make(article, options=ReadingOptions(rate_wpm=120))  # 500 ms per scripted word
    r.session.start(article, article.text.index("Phrase un."))
    r.settle()
    r.play(20)
    assert [r.text(*w) for w in r.words] == ["Phrase"]
    r.play(460)  # 480 ms: still the first word
    assert [r.text(*w) for w in r.words] == ["Phrase"]
    r.play(40)  # 520 ms: the second word has begun
    assert [r.text(*w) for w in r.words] == ["Phrase", "un"]


@pytest.fixture
def french_messages(qapp):
    from reader.messages.languages import install_translators, remove_translators

    installed = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, installed)


def test_an_interview_announces_each_question_reads_roles_in_two_voices_skips_share_links(
        make, french_messages):
    interview = make_interview()  # French, as the messages are: the narrator says them
    r = make(interview, options=ReadingOptions(voice="fr"))
    r.session.start(interview, 0)
    r.play_to_end()
    assert "Twitter" not in " ".join(r.heard)
    question = r.heard.index("Qu'est-ce qu'une question ?")
    assert r.heard[question - 1] == "Question 1."
    assert r.heard.count("Question 2.") == 1 and r.heard.count("Question 3.") == 1
    voice = dict(zip(r.heard, r.voices, strict=True))
    assert voice["Qu'est-ce qu'une question ?"] == "fr+m3"  # the interviewer
    assert voice["C'est une phrase qui demande."] == "fr+f3"  # the interviewee
    assert voice["Question 1."] == "fr"  # the narrator
    assert voice["Une interview de test"] == "fr"


def test_announcements_in_another_language_than_the_document_have_a_voice_of_their_own(make):
    """English messages (no translation installed) on a French interview: "Question 1." is
    said in English, the interview in its own voices."""
    interview = make_interview()
    r = make(interview, options=ReadingOptions(voice="fr"))
    r.session.start(interview, 0)
    r.play_to_end()
    voice = dict(zip(r.heard, r.voices, strict=True))
    assert voice["Question 1."] == "en"
    assert voice["Qu'est-ce qu'une question ?"] == "fr+m3"
    assert voice["Une interview de test"] == "fr"


def test_announcements_can_be_turned_off(make):
    interview = make_interview()
    r = make(interview, options=ReadingOptions(announce_questions=False))
    r.session.start(interview, interview.sections[2].start)
    r.play_to_end()
    assert not any(text.startswith("Question") for text in r.heard)


def test_section_only_stops_at_the_end_of_the_section(make, article):
    r = make(article, options=ReadingOptions(section_only=True))
    r.session.start(article, article.text.index("Phrase quatre."))
    r.play_to_end()
    assert r.heard == ["Phrase quatre.", "Phrase cinq."]
    assert r.finished == 1


def test_a_selection_is_read_exactly(make, article):
    r = make(article)
    start = article.text.index("deux.")
    end = article.text.index("Phrase quatre.") + len("Phrase quatre")
    r.session.start(article, start, end)
    r.play_to_end()
    assert r.heard == ["deux.", "Phrase trois.", "Phrase quatre"]


def test_pause_holds_the_sound_and_resume_goes_on_from_the_same_place(make, article):
    r = make(article, options=ReadingOptions(rate_wpm=120))
    r.session.start(article, 0)
    r.play(300)
    r.session.pause()
    assert r.session.state is State.PAUSED and r.sink.state() is SinkState.SuspendedState
    heard_bytes = len(r.sink.played)
    r.sink.advance(2000)
    assert len(r.sink.played) == heard_bytes
    r.session.toggle()
    assert r.session.state is State.SPEAKING
    r.play_to_end()
    assert r.heard[:2] == ["Premier titre", "Phrase un."]
    assert r.finished == 1


def test_stop_is_immediate_and_keeps_the_place(make, article):
    r = make(article)
    r.session.start(article, article.text.index("Phrase six."))
    r.play(300)
    assert r.heard == ["Phrase six."]
    r.session.stop()
    assert r.session.state is State.IDLE and r.sink.state() is SinkState.StoppedState
    assert r.session.position == article.text.index("Phrase six.")
    assert r.finished == 0


def test_next_and_previous_sentence_while_reading(make, article):
    r = make(article)
    r.session.start(article, article.text.index("Phrase un."))
    r.play(100)
    r.session.skip_sentence(forward=True)
    r.play(100)
    r.session.skip_sentence(forward=True)
    r.play(100)
    r.session.skip_sentence(forward=False)
    r.play(100)
    assert r.heard == ["Phrase un.", "Phrase deux.", "Phrase trois.", "Phrase deux."]
    # Across a paragraph and past the heading, back again.
    r.session.jump_to(article.text.index("Phrase cinq."))
    r.play(100)
    r.session.skip_sentence(forward=True)
    r.play(100)
    r.session.skip_sentence(forward=False)
    r.play(100)
    assert r.heard[-3:] == ["Phrase cinq.", "Second titre", "Phrase cinq."]


def test_next_and_previous_paragraph_while_reading(make, article):
    r = make(article)
    r.session.start(article, article.text.index("Phrase deux."))
    r.play(100)
    r.session.skip_paragraph(forward=True)
    r.play(100)
    r.session.skip_paragraph(forward=True)
    r.play(100)
    r.session.skip_paragraph(forward=False)
    r.play(100)
    r.session.skip_paragraph(forward=False)  # at a paragraph's start: the one before
    r.play(100)
    assert r.heard == ["Phrase deux.", "Phrase quatre.", "Second titre", "Phrase quatre.",
                       "Phrase un."]
    r.session.skip_sentence(forward=True)
    r.play(100)
    assert r.heard[-1] == "Phrase deux."
    r.session.skip_paragraph(forward=False)  # inside a paragraph: its start first
    r.play(100)
    assert r.heard[-1] == "Phrase un."


def test_jumping_to_a_question_announces_it_and_reads_on(make):
    interview = make_interview()
    r = make(interview)
    r.session.start(interview, interview.sections[2].start)
    r.play(100)
    r.session.jump_to(interview.sections[4].start)
    r.play_to_end()
    assert r.heard[0] == "Question 1."
    assert r.heard[-3:] == ["Question 3.", "Et la dernière question ?", "La dernière réponse."]
    assert r.sections == [2, 4]


def test_next_sentence_on_an_announcement_reads_the_question_without_announcing_again(make):
    interview = make_interview()
    r = make(interview)
    r.session.start(interview, interview.sections[3].start)
    r.play(50)
    assert r.heard == ["Question 2."]
    r.session.skip_sentence(forward=True)
    r.play(50)
    assert r.heard == ["Question 2.", "Pourquoi lire ?"]


def test_a_skip_while_paused_moves_the_reading_and_stays_paused(make, article):
    r = make(article)
    r.session.start(article, article.text.index("Phrase un."))
    r.play(100)
    r.session.pause()
    r.session.skip_sentence(forward=True)
    r.settle()
    assert r.session.state is State.PAUSED
    assert r.text(*r.sentences[-1]) == "Phrase deux."  # shown at once
    assert r.sink.advance(500) == 0
    r.session.resume()
    r.play(100)
    assert r.heard == ["Phrase un.", "Phrase deux."]


def test_a_rate_change_re_synthesises_from_the_sentence_being_heard(make, article):
    r = make(article, options=ReadingOptions(rate_wpm=175))
    r.session.start(article, article.text.index("Phrase un."))
    r.play(200)
    before = len(r.engine.calls)
    r.session.set_options(replace(r.session.options, rate_wpm=300, voice="fr+f"))
    r.play_to_end()
    changed = r.engine.calls[before:]
    assert changed[0].text == "Phrase un." and changed[0].rate_wpm == 300
    assert {c.rate_wpm for c in changed} == {300} and {c.voice_id for c in changed} == {"fr+f"}
    assert r.heard[:2] == ["Phrase un.", "Phrase un."]  # heard again, in the new voice


def test_stale_syntheses_are_never_heard(make, article):
    in_engine, release = threading.Event(), threading.Event()

    def hold(text):
        if text == "Phrase deux.":
            in_engine.set()
            assert release.wait(10)

    r = make(article, engine=ScriptedEngine(before_synthesis=hold))
    r.session.start(article, article.text.index("Phrase un."))
    # "Phrase un." is queued to be heard, "Phrase deux." is in the engine, "trois" waits.
    r.qtbot.waitUntil(in_engine.is_set, timeout=WAIT_MS)
    r.session.jump_to(article.text.index("Phrase six."))
    release.set()
    r.play_to_end()
    # "Phrase un." had begun (its sound was queued and the sink started); "deux" came out of
    # the engine after the jump: dropped; "trois" was queued behind it: never synthesised.
    assert r.heard == ["Phrase un.", "Phrase six.", "Phrase sept.", "Phrase huit."]
    assert "Phrase trois." not in r.engine.texts


def test_an_engine_error_on_one_sentence_is_reported_and_reading_goes_on(make, article):
    engine = ScriptedEngine(fail_on=lambda text: text == "Phrase deux.")
    r = make(article, engine=engine)
    r.session.start(article, article.text.index("Phrase un."))
    r.play_to_end()
    assert r.heard[:2] == ["Phrase un.", "Phrase trois."]
    assert len(r.errors) == 1 and "Phrase deux." in r.errors[0]
    assert r.finished == 1


def test_an_engine_failing_on_every_sentence_stops_reading_cleanly(make, article):
    r = make(article, engine=ScriptedEngine(fail_on=lambda text: True))
    r.session.start(article, 0)
    r.play(1000)
    assert r.session.state is State.IDLE
    assert r.heard == [] and "several sentences" in r.errors[-1]


def test_no_audio_device_stops_with_a_message_and_keeps_the_place(make, article, qtbot):
    def no_device():
        raise AudioUnavailable(PlaybackError.NO_DEVICE)

    r = make(article, open_sink=no_device)
    offset = article.text.index("Phrase six.")
    r.session.start(article, offset)
    assert r.session.state is State.IDLE
    assert "no audio device" in r.errors[0]
    assert r.session.position == offset


def test_an_audio_server_that_dies_stops_reading_with_a_message(make, article, qtbot):
    r = make(article)
    r.session.start(article, 0)
    r.play(100)
    with qtbot.waitSignal(r.session.error) as caught:
        r.player.failed.emit(PlaybackError.STALLED)
    assert "audio server" in caught.args[0]
    assert r.session.state is State.IDLE and r.session.position == 0


def test_nothing_to_read_finishes_at_once(make, article):
    r = make(article)
    r.session.start(article, len(article.text))
    assert r.session.state is State.IDLE and r.finished == 1


def test_with_espeak_ng_the_highlighted_words_are_words_of_the_french_text(make, espeak):
    text = ("M. Dupont est arrivé le 18/06/19 à 07h35. Est-ce que l'étude de 2024 "
            "l'a convaincu ?\n")
    document = parse_text(text, path="/tmp/fr.txt")
    document = replace(document, language="fr") if document.language != "fr" else document
    r = make(document, engine=espeak)
    r.session.start(document, 0)
    r.play_to_end()
    assert r.heard[0].startswith("Monsieur Dupont")  # text for the ear, in espeak's voice
    highlighted = [r.text(*w) for w in r.words]
    # Every highlight is one whole word of the text, in reading order, none missed twice.
    words = set(re.findall(r"\w+(?:['’-]\w+|(?<=\d)[/h]\d+)*", text)) | {"M."}
    assert set(highlighted) <= words
    assert highlighted[0] in ("M.", "M") and "l'étude" in highlighted
    assert [w[0] for w in r.words] == sorted(w[0] for w in r.words)
