"""Real espeak-ng through pyttsx3: audio in memory, word timings on the words of the text."""

import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from reader.document.segmentation import words
from reader.speech.engine import Engine, SynthesisError, voice_for_language

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Les autorités françaises organisent un séminaire sur ce phénomène inquiétant."


def peak(pcm: bytes) -> int:
    samples = array("h", pcm)
    return max((abs(s) for s in samples), default=0)


def spoken_words(text, synthesis):
    return [text[w.text_start : w.text_end] for w in synthesis.words]


def test_it_is_an_engine_with_word_timings_and_no_playback_of_its_own(espeak):
    assert isinstance(espeak, Engine)
    assert espeak.capabilities.word_timings and not espeak.capabilities.own_playback
    assert espeak.capabilities.min_rate <= espeak.capabilities.default_rate <= 450


def test_a_french_voice_is_found_by_language(espeak):
    french = voice_for_language(espeak.voices(), "fr")
    assert french is not None and french.id == "roa/fr"
    assert "fr-fr" in french.languages
    assert voice_for_language(espeak.voices(), "en").id == "gmw/en"
    assert voice_for_language(espeak.voices(), "tlh") is None


def test_a_french_sentence_gives_non_silent_audio_of_plausible_length(espeak):
    synthesis = espeak.synthesize(SENTENCE, "roa/fr", 175)
    assert synthesis.sample_rate == 22050
    assert 500 <= synthesis.duration_ms <= 5000  # 10 words
    assert peak(synthesis.pcm) > 3000


def test_word_timings_increase_and_each_is_a_word_of_the_text(espeak):
    synthesis = espeak.synthesize(SENTENCE, "roa/fr", 175)
    times = [w.audio_ms for w in synthesis.words]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert times[-1] < synthesis.duration_ms
    assert {(w.text_start, w.text_end) for w in synthesis.words} <= set(words(SENTENCE))
    assert spoken_words(SENTENCE, synthesis) == [SENTENCE[s:e] for s, e in words(SENTENCE)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Elle poursuit l'étude du phénomène.",
         ["Elle", "poursuit", "l'étude", "du", "phénomène"]),
        ("Est-ce que vous venez ?", ["Est-ce", "que", "vous", "venez"]),
        ("En 2024 tout change.", ["En", "2024", "tout", "change"]),
        ("Où ça ? Là-bas, à l’été.", ["Où", "ça", "Là-bas", "à", "l’été"]),
    ],
)
def test_french_quirks_map_onto_whole_words(espeak, text, expected):
    assert spoken_words(text, espeak.synthesize(text, "roa/fr", 175)) == expected


def test_the_rate_changes_the_duration(espeak):
    slow = espeak.synthesize(SENTENCE, "roa/fr", 120).duration_ms
    fast = espeak.synthesize(SENTENCE, "roa/fr", 350).duration_ms
    assert fast < slow * 0.6


def test_volume_pitch_and_voice_variants_are_honoured(espeak):
    loud = peak(espeak.synthesize("Bonjour à tous.", "roa/fr", 175, volume=1.0).pcm)
    quiet = peak(espeak.synthesize("Bonjour à tous.", "roa/fr", 175, volume=0.3).pcm)
    assert quiet < loud * 0.6
    variant = espeak.synthesize("Bonjour à tous.", "roa/fr+f3", 175, pitch=70)
    assert peak(variant.pcm) > 1000 and len(variant.words) == 3


def test_an_unknown_voice_fails_that_utterance_only(espeak):
    with pytest.raises(SynthesisError):
        espeak.synthesize("Bonjour.", "no/such-voice", 175)
    assert espeak.synthesize("Bonjour.", "roa/fr", 175).duration_ms > 100


def test_blank_text_is_silence(espeak):
    synthesis = espeak.synthesize("  ", "roa/fr", 175)
    assert synthesis.pcm == b"" and synthesis.words == ()


def test_nothing_is_printed_on_stdout(espeak, capfd):
    espeak.synthesize(SENTENCE, "roa/fr", 175)
    assert capfd.readouterr().out == ""


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_missing_library_is_reported_as_such():
    # A fresh process where no shared library can be loaded, as on a machine without
    # libespeak-ng1: the engine says why instead of crashing.
    out = run_python(
        "import ctypes\n"
        "def refuse(self, name): raise OSError(f'{name}: cannot open shared object file')\n"
        "ctypes.LibraryLoader.LoadLibrary = refuse\n"
        "from reader.speech.engine import EngineUnavailable\n"
        "from reader.speech.espeak_engine import EspeakEngine\n"
        "try:\n"
        "    EspeakEngine()\n"
        "except EngineUnavailable as error:\n"
        "    print(error.reason.value)\n"
    )
    assert out == "library_missing"


def test_after_pyttsx3s_own_driver_started_espeak_it_still_works(espeak):
    # pyttsx3's driver starts espeak-ng asynchronously (callbacks on espeak-ng's thread, an end
    # event); espeak-ng cannot be restarted, so our driver must follow that mode too.
    out = run_python(
        "import pyttsx3\n"
        "pyttsx3.init('espeak')\n"
        "from reader.speech.espeak_engine import EspeakEngine\n"
        "s = EspeakEngine().synthesize(\"Est-ce que l'étude avance ?\", 'roa/fr', 175)\n"
        "print(len(s.words), s.duration_ms > 500)\n"
    )
    assert out == "4 True"
