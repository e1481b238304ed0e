"""Corpus interviews said as Zoom, Teams and SubRip transcripts (scripts/score_formats.py's
copies): the outline finds the text's questions with their speakers."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "document" / "fixtures" / "corpus"
# Speakers as initials, as full names, in capitals, after a timestamp; a cross-examination.
SAMPLE = ("ca-entrevista-p-r-dos-punts.txt", "en-press-conference-names.txt",
          "de-podcast-sprecher-zeit.txt", "en-podcast-inline-timestamps.txt",
          "en-cross-examination-counsel-witness.txt", "en-podcast-caps-first-turn.txt")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_formats",
                                                  ROOT / "scripts" / "score_formats.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_transcripts_of_interviews_have_the_texts_questions_and_speakers(qapp, tmp_path):
    for name in SAMPLE:
        stem = name.rsplit(".", 1)[0]
        shutil.copy(CORPUS / name, tmp_path / name)
        shutil.copy(CORPUS / f"{stem}.expected.json", tmp_path / f"{stem}.expected.json")
    scores = _scorer().measure(tmp_path, ("text", "vtt", "srt"))
    text = scores["text"]
    assert text.speakers_checked > 10
    for name in ("vtt", "srt"):
        assert scores[name].differences == [], name
        assert (scores[name].f1, scores[name].speakers_right) == (text.f1, text.speakers_right)
