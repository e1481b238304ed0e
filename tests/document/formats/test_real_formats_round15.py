"""Real files' traps, round 15 (session 17; tests/document/fixtures/real_formats): a voice
off screen set in italics in subtitles, lyrics files (LRC), … Each rule has a test that
catches it and one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built


def _document(path: Path):
    return open_document(path, with_language=False)


def _paragraphs(document) -> list[str]:
    return [block.text for block in document.blocks]


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


# --- Subtitles: the interviewer off screen, in italics ---------------------------------------

def _captions(tmp_path: Path, cues: list[str], suffix: str = ".vtt") -> Path:
    blocks = [f"{n}\n00:00:{2 * n:02},000 --> 00:00:{2 * n + 1:02},500\n{text}"
              for n, text in enumerate(cues, 1)]
    if suffix == ".vtt":
        blocks = ["WEBVTT"] + [b.replace(",", ".", 2) for b in blocks]
    path = tmp_path / f"captions{suffix}"
    path.write_text("\n\n".join(blocks) + "\n", "utf-8")
    return path


def test_a_voice_in_italics_beside_roman_lines_is_another_speaker(tmp_path):
    document = _document(built("vtt-offscreen-interviewer-italics-pt", DEFAULT, tmp_path))
    assert [q.heading for q in document.questions][:2] == [
        "Dona Amélia, há quanto tempo faz renda de bilros?",
        "E ainda se vende renda aqui na vila?"]
    srt = _document(_captions(tmp_path, [
        "<i>How long have you kept bees?</i>", "Since I was nine.",
        "My uncle had twenty hives.", "<i>Do they sting you</i>", "<i>very often?</i>",
        "Less than you would think."], ".srt"))
    assert _paragraphs(srt) == ["How long have you kept bees?",
                                "Since I was nine. My uncle had twenty hives.",
                                "Do they sting you very often?", "Less than you would think."]


def test_italics_inside_a_line_or_all_through_a_file_say_nothing_of_speakers(tmp_path):
    emphasis = _document(_captions(tmp_path, [
        "It was <i>really</i> cold that year.", "We lost half the hives.",
        "<i>Nobody</i> saw it coming.", "Not even my uncle."]))
    assert len(_paragraphs(emphasis)) == 1
    all_italic = _document(_captions(tmp_path, [
        "<i>The wind came first.</i>", "<i>Then the snow.</i>", "<i>Then nothing.</i>"]))
    assert len(_paragraphs(all_italic)) == 1
    sung = _document(_captions(tmp_path, [
        "<i>♪ Over the hills ♪</i>", "And that was the song.", "<i>♪ and far away ♪</i>",
        "My mother sang it."]))
    assert len(_paragraphs(sung)) == 1
