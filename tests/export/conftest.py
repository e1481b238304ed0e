"""Shared helpers: documents, decoding what was written, the real engine."""

from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.speech.conftest import espeak  # noqa: F401 (the one real-engine fixture, shared)

ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = ROOT / "seeds" / "interview-pedocriminalite.txt"

INTERVIEW_MD = """# Un entretien

Par Jeanne Martin

Une introduction courte. Elle a deux phrases.

**Première question ?**

Première réponse. Elle continue.

**Deuxième question ?**

Deuxième réponse.
"""


@pytest.fixture
def small_interview(tmp_path):
    from reader.document import open_document

    path = tmp_path / "entretien.md"
    path.write_text(INTERVIEW_MD, encoding="utf-8")
    return open_document(path)


def decoded(path):
    """(seconds, RMS of the samples in -1..1) of an audio file, as a player decodes it."""
    samples, rate = soundfile.read(str(path), dtype="float32")
    rms = float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0
    return len(samples) / rate, rms


def audio_files(folder, extension):
    return sorted(p for p in Path(folder).iterdir() if p.suffix == f".{extension}")
