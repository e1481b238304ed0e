"""The scripted engine is a real backend: predictable audio and timings, every call recorded."""

import pytest

from reader.speech.engine import Engine, SynthesisError
from reader.speech.scripted_engine import SAMPLE_RATE, ScriptedCall, ScriptedEngine


def test_it_is_an_engine():
    assert isinstance(ScriptedEngine(), Engine)


def test_one_tone_per_word_at_the_rate_asked():
    engine = ScriptedEngine()
    synthesis = engine.synthesize("Bonjour à tous", "fr", 120)
    assert synthesis.sample_rate == SAMPLE_RATE
    assert synthesis.duration_ms == 1500  # three words of 500 ms at 120 words per minute
    assert [(w.text_start, w.text_end, w.audio_ms) for w in synthesis.words] == [
        (0, 7, 0), (8, 9, 500), (10, 14, 1000)]
    assert max(synthesis.pcm) > 0


def test_every_call_is_recorded():
    engine = ScriptedEngine()
    engine.synthesize("Un.", "fr", 200, pitch=30, volume=0.5)
    engine.synthesize("Deux.", "en", 300)
    assert engine.calls == [ScriptedCall("Un.", "fr", 200, 30, 0.5),
                            ScriptedCall("Deux.", "en", 300, 50, 1.0)]
    assert engine.texts == ["Un.", "Deux."]


def test_chosen_texts_and_unknown_voices_fail():
    engine = ScriptedEngine(fail_on=lambda text: "panne" in text)
    with pytest.raises(SynthesisError):
        engine.synthesize("Une panne.", "fr", 175)
    with pytest.raises(SynthesisError):
        engine.synthesize("Bonjour.", "xx", 175)
    assert engine.synthesize("Bonjour.", "fr", 175).words


def test_silence_for_text_without_words():
    assert ScriptedEngine().synthesize("…", "fr", 175).pcm == b""
