"""`reader speak`: a WAV of exactly the part asked for, the voices, and the errors (1 and 2)."""

import wave
from pathlib import Path

import pytest

from reader.speech.cli import speak_command
from reader.speech.engine import EngineUnavailable, Unavailability
from reader.speech.memory_sink import MemorySink
from reader.speech.player import AudioUnavailable, PlaybackError
from reader.speech.scripted_engine import ScriptedEngine

ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = ROOT / "seeds" / "interview-pedocriminalite.txt"


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("# Un\n\nPremière phrase. Deuxième phrase.\n\n# Deux\n\nTroisième phrase.\n",
                    encoding="utf-8")
    return path


def run(argv, engine=None):
    engine = engine or ScriptedEngine()
    return speak_command([str(a) for a in argv], lambda: engine), engine


def duration_ms(path):
    with wave.open(str(path), "rb") as wav:
        return round(wav.getnframes() * 1000 / wav.getframerate())


def test_out_writes_the_whole_document(document, tmp_path, capsys):
    out = tmp_path / "all.wav"
    code, engine = run([document, "--out", out, "--rate", "120", "--voice", "fr"])
    assert code == 0
    assert engine.texts == ["Un", "Première phrase.", "Deuxième phrase.", "Deux",
                            "Troisième phrase."]
    assert {call.rate_wpm for call in engine.calls} == {120}
    # Words of 500 ms at 120 wpm, 250 ms between sentences, 600 ms after each paragraph.
    assert duration_ms(out) == 8 * 500 + 250 + 4 * 600
    assert str(out) in capsys.readouterr().out


def test_out_writes_only_the_section_asked_for(document, tmp_path):
    code, engine = run([document, "--section", "2", "--out", tmp_path / "s.wav"])
    assert code == 0
    # Where a section ends is the outline's business; it starts at its heading, and the
    # sections before it are not read.
    assert engine.texts[0] == "Deux" and "Première phrase." not in engine.texts


def test_the_voice_follows_the_document_language(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Bonjour à tous. C'est une phrase en français, avec des accents.\n",
                    encoding="utf-8")
    code, engine = run([path, "--out", tmp_path / "fr.wav"])
    assert code == 0 and {call.voice_id for call in engine.calls} == {"fr"}


def test_list_voices_needs_no_file(capsys):
    code, _ = run(["--list-voices"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[0].split()[:2] == ["en-gb", "en"]
    assert any(line.split()[:2] == ["fr-fr", "fr"] for line in lines)


@pytest.mark.parametrize(
    "argv",
    [
        [],  # no file
        ["{doc}", "--question", "1", "--section", "1"],
        ["{doc}", "--question", "1"],  # the document has no question
        ["{doc}", "--section", "3"],
        ["{doc}", "--rate", "20", "--out", "x.wav"],
        ["{doc}", "--voice", "nobody", "--out", "x.wav"],
    ],
)
def test_usage_errors_exit_2(argv, document, capsys):
    with pytest.raises(SystemExit) as exit_:
        run([a.format(doc=document) for a in argv])
    assert exit_.value.code == 2
    assert capsys.readouterr().err


def test_an_unreadable_file_exits_1(tmp_path, capsys):
    code, _ = run([tmp_path / "missing.txt", "--out", tmp_path / "x.wav"])
    assert code == 1
    assert "missing.txt" in capsys.readouterr().err


def test_unavailable_speech_exits_1_with_the_remedy(document, capsys):
    def no_library():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING)

    assert speak_command([str(document), "--out", "x.wav"], no_library) == 1
    assert "apt-get install libespeak-ng1" in capsys.readouterr().err


def test_without_out_it_plays_exactly_what_out_would_write(document, tmp_path, capsys, qapp):
    out = tmp_path / "s.wav"
    assert run([document, "--section", "2", "--rate", "300", "--out", out])[0] == 0
    sink = MemorySink(realtime=True, speed=20)  # 20 times faster than life
    engine = ScriptedEngine()
    code = speak_command([str(document), "--section", "2", "--rate", "300"], lambda: engine,
                         lambda: sink)
    assert code == 0
    with wave.open(str(out), "rb") as wav:
        written = wav.readframes(wav.getnframes())
    # The same audio, but for the pause after the last sentence (no silence before "Done").
    assert bytes(sink.played) == written[: len(sink.played)]
    assert len(written) - len(sink.played) == 2 * 22050 * 600 // 1000
    output = capsys.readouterr().out
    assert "0:00 Deux: Deux\n" in output and "Done" in output  # a line per section


def test_no_audio_device_exits_1_and_points_to_out(document, capsys, qapp):
    def no_device():
        raise AudioUnavailable(PlaybackError.NO_DEVICE)

    code = speak_command([str(document)], ScriptedEngine, no_device)
    assert code == 1
    error = capsys.readouterr().err
    assert "no audio device" in error and "--out FILE.wav" in error


def test_a_failing_sentence_exits_1_and_leaves_no_file(document, tmp_path, capsys):
    out = tmp_path / "broken.wav"
    engine = ScriptedEngine(fail_on=lambda text: text.startswith("Deuxième"))
    code, _ = run([document, "--out", out], engine)
    assert code == 1 and not out.exists()
    assert "Deuxième phrase." in capsys.readouterr().err


def test_an_unwritable_out_file_exits_1(document, tmp_path, capsys):
    code, _ = run([document, "--out", tmp_path / "no" / "such" / "dir.wav"])
    assert code == 1 and "dir.wav" in capsys.readouterr().err


def test_real_espeak_writes_a_question_of_the_seed(espeak, tmp_path):
    out = tmp_path / "q1.wav"
    try:
        code = speak_command([str(INTERVIEW), "--question", "1", "--out", str(out)],
                             lambda: espeak)
    except SystemExit:  # a usage error: the outline has no question 1
        pytest.skip("question detection has not landed: the seed has no question 1 yet")
    assert code == 0
    # Question 1 and its answer: about 150 words, so tens of seconds at 175 words per minute.
    assert 20_000 < duration_ms(out) < 120_000
