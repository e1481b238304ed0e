"""Corpus interviews said as Zoom, Teams and SubRip transcripts (scripts/score_formats.py's
copies): the outline finds the text's questions with their speakers."""

from __future__ import annotations

from .formats.score_formats_script import copy_sample, scorer

# Speakers as initials, as full names, in capitals, after a timestamp; a cross-examination.
SAMPLE = ("ca-entrevista-p-r-dos-punts.txt", "en-press-conference-names.txt",
          "de-podcast-sprecher-zeit.txt", "en-podcast-inline-timestamps.txt",
          "en-cross-examination-counsel-witness.txt", "en-podcast-caps-first-turn.txt")


def test_transcripts_of_interviews_have_the_texts_questions_and_speakers(qapp, tmp_path):
    copy_sample(SAMPLE, tmp_path)
    scores = scorer().measure(tmp_path, ("text", "vtt", "srt"))
    text = scores["text"]
    assert text.speakers_checked > 10
    for name in ("vtt", "srt"):
        assert scores[name].differences == [], name
        assert (scores[name].f1, scores[name].speakers_right) == (text.f1, text.speakers_right)
