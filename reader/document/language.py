"""The document's language, from which the speech voice is picked.

py3langid (a naive Bayes model over byte n-grams) is accurate on a paragraph and fast, but
loading its model takes about half a second and holds about 100 MB of numpy arrays, so it is
loaded on first use, once, and never at import time. A large document is judged on samples
spread through it: the cost stays flat and a preface in another language does not decide alone.

A long-running program (the window) calls ``detect_language_apart``: the model lives in a
short-lived child process and never enters the caller's memory (numpy's import alone would
keep 20 MB there after the model is dropped).
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

MIN_LETTERS = 20  # below this, n-gram statistics are noise: "Pourquoi ?" is not enough
_SAMPLE_CHARS = 20_000
_WINDOWS = 8
_LETTER = re.compile(r"[^\W\d_]")

# Labels that are not ISO 639-1 codes: "zxx" means "no linguistic content"; some regional
# varieties have a macrolanguage that speech voices know by its two-letter code. Other
# three-letter labels ("yue", "grc" …) have no two-letter code and are kept, as BCP 47 does.
_LABELS = {"zxx": "", "ary": "ar", "arz": "ar", "uzs": "uz", "wuu": "zh"}

# The child imports this module from the same source tree as its parent, whatever the working
# folder, reads the sample on stdin and prints the label.
_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from reader.document.language import classify
print(classify(sys.stdin.buffer.read().decode("utf-8")))
"""
_CHILD_TIMEOUT_S = 60  # a loaded machine needs seconds; a hung child must not hold detection


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Imported here: py3langid pulls in numpy (~0.1 s), which the first paint need not wait for.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of ``text`` ("fr"), "" when it cannot be told."""
    sample = _sample(text)
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return ""
    return classify(sample)


def detect_language_apart(text: str) -> str:
    """``detect_language`` in a child process, so that the model's memory is given back as soon
    as the answer is known. Should the child fail (no interpreter to start, a timeout), the
    model is loaded here, used once and dropped: the language is never lost for it."""
    sample = _sample(text)
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return ""
    source_root = str(Path(__file__).resolve().parents[2])
    try:
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, source_root], input=sample.encode("utf-8", "replace"),
            capture_output=True, timeout=_CHILD_TIMEOUT_S, check=True)
        return child.stdout.decode("utf-8").strip()
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        try:
            return classify(sample)
        finally:
            _identifier.cache_clear()


def classify(sample: str) -> str:
    """The language code of ``sample`` as it is, by the model."""
    label: str = _identifier().classify(sample)[0]
    return _LABELS.get(label, label)


def _sample(text: str) -> str:
    """At most about ``_SAMPLE_CHARS`` characters, in windows spread evenly over ``text``."""
    if len(text) <= _SAMPLE_CHARS:
        return text
    size = _SAMPLE_CHARS // _WINDOWS
    step = (len(text) - size) / (_WINDOWS - 1)
    starts = (int(i * step) for i in range(_WINDOWS))
    return "\n".join(text[start : start + size] for start in starts)
