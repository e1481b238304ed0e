"""Language detection: right on a paragraph, silent on too little text, flat cost on big text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import language
from reader.document.language import _sample, detect_language
from reader.document.pipeline import open_document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

SAMPLES = {
    "fr": "Le commissaire a notamment souligné que le comportement des pédophiles a beaucoup "
    "changé dans les dernières années.",
    "en": "The commissioner stressed that the behaviour of offenders has changed a great deal "
    "in recent years.",
    "es": "El comisario subrayó que el comportamiento de los delincuentes ha cambiado mucho en "
    "los últimos años.",
    "de": "Der Kommissar betonte, dass sich das Verhalten der Täter in den letzten Jahren stark "
    "verändert hat.",
    "it": "Il commissario ha sottolineato che il comportamento dei criminali è cambiato molto "
    "negli ultimi anni.",
}


@pytest.mark.parametrize("seed", ["interview-pedocriminalite.txt", "article-pedocriminalite.txt"])
def test_both_seeds_are_french(seed):
    assert open_document(SEEDS / seed).language == "fr"


@pytest.mark.parametrize(("code", "text"), SAMPLES.items(), ids=SAMPLES.keys())
def test_one_sentence_is_enough(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Qu'appelle-t-on exploitation sexuelle des mineurs ?"),
        ("en", "Why does this happen in that part of the world?"),
        ("es", "¿Por qué la mayoría de las víctimas están allí?"),
        ("de", "Warum sind die meisten Opfer in diesem Teil der Welt?"),
    ],
)
def test_a_short_question_is_enough(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   \n\n", "Pourquoi ?", "12/06/2019 — 07h35", "…" * 100])
def test_too_few_letters_gives_unknown(text):
    assert detect_language(text) == ""


def test_shouting_is_still_french():
    assert detect_language(SAMPLES["fr"].upper()) == "fr"


def test_sample_is_bounded_and_spread_over_the_text():
    text = "".join(f"{i:07d} " for i in range(1_000_000))  # 8 MB, every position tellable
    sample = _sample(text)
    assert len(sample) <= 20_100
    assert sample.startswith("0000000 ")
    assert sample.rstrip().endswith("0999999")
    tenths = {int(number) // 100_000 for number in re.findall(r"\d{7}", sample)}
    assert len(tenths) >= 7
    assert _sample("court") == "court"


def test_large_document_is_judged_fast_and_by_its_bulk():
    english_preface = SAMPLES["en"] + "\n"
    french_body = (SAMPLES["fr"] + "\n") * 90_000  # about 10 MB
    # Its speed is measured by benchmarks/run.py (language_10mb_ms), not asserted here.
    assert detect_language(english_preface + french_body) == "fr"


def test_model_and_heavy_libraries_are_loaded_on_first_use_not_at_import():
    code = (
        "import sys; import reader.document.pipeline; "
        "from reader.document import language; "
        "print(language._identifier.cache_info().currsize, *(name in sys.modules for name in "
        "('PySide6', 'py3langid', 'numpy', 'charset_normalizer')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "False", "False", "False", "False"]


def test_detected_apart_the_model_never_stays_in_this_process(tmp_path, monkeypatch):
    # The window detects in a child process: the model's ~100 MB are given back at once.
    monkeypatch.chdir(tmp_path)  # the child finds this source tree from any working folder
    seed = str(SEEDS / "interview-pedocriminalite.txt")
    code = (
        "import sys; from reader.document import language; "
        f"print(language.detect_language_apart(open({seed!r}, encoding='utf-8').read()), "
        "language._identifier.cache_info().currsize, 'numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["fr", "0", "False"]


def test_detected_apart_without_a_child_still_gives_the_language(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    assert language.detect_language_apart(SAMPLES["de"]) == "de"
    assert language._identifier.cache_info().currsize == 0  # loaded, used, dropped


def test_detected_apart_too_little_text_starts_no_child(monkeypatch):
    monkeypatch.setattr(subprocess, "run", None)  # calling it would raise
    assert language.detect_language_apart("Pourquoi ?") == ""
