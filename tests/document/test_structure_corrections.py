"""Correcting the outline by hand: each correction as the reader sees its result (the questions,
their numbers and text, the title), undo/redo, and corrections kept per document on disk."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import DocumentKind, Role, SectionKind, open_document, parse_text
from reader.document.correction_store import CorrectionStore, StoreProblem, corrected
from reader.document.corrections import (
    Correction,
    CorrectionHistory,
    CorrectionKind,
    apply_corrections,
    correction_at,
)

from .test_structure import check_invariants, check_offsets_find_sections

ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = ROOT / "seeds" / "interview-pedocriminalite.txt"

TURNS = """Sailing at seventy

Margaret Hale bought her first boat the week she retired. Our reporter met her at the marina.

Priya: Tell me about your first boat.

Margaret: She was a small sloop with a leaking hatch. I paid far too much for her and loved her.

Priya: Some of your friends must have asked whether it was safe.

Margaret: All of them did. I took a course and sailed only in daylight for a year.

Priya: What do you do when the weather turns?

Margaret: I turn round. The sea will be there tomorrow.
"""

ESSAY = """Why we keep old letters

Most of us keep a box of letters somewhere, and we seldom open it.

Part of the answer is handwriting, which carries a person in a way print cannot.

Another part is time: a letter took days to arrive, and so it was written with care.
"""


def block_of(document, start: str) -> int:
    return next(i for i, b in enumerate(document.blocks) if b.text.startswith(start))


def correct(document, *corrections: Correction):
    result = apply_corrections(document, corrections)
    check_invariants(result.document)
    check_offsets_find_sections(result.document)
    return result


def headings(document) -> list[str]:
    return [q.heading for q in document.questions]


def test_not_a_question_joins_it_to_the_answer_before_and_renumbers():
    document = open_document(INTERVIEW)
    second = document.questions[1]
    result = correct(
        document, correction_at(document, CorrectionKind.NOT_QUESTION, second.first_block)
    )
    after = result.document
    assert result.dropped == ()
    assert len(after.questions) == len(document.questions) - 1
    assert headings(after) == headings(document)[:1] + headings(document)[2:]
    assert [q.number for q in after.questions] == list(range(1, len(after.questions) + 1))
    first = after.questions[0]
    assert first.end_block == document.questions[2].first_block
    assert after.blocks[second.first_block].role is Role.ANSWER
    assert after.text == document.text  # nothing lost, nothing moved


def test_this_is_a_question_in_a_document_that_had_none():
    document = parse_text(ESSAY)
    assert document.questions == ()
    paragraph = block_of(document, "Part of the answer")
    after = correct(document, correction_at(document, CorrectionKind.QUESTION, paragraph)).document
    assert after.kind is DocumentKind.INTERVIEW
    assert headings(after) == ["Part of the answer is handwriting, which carries a person in a "
                               "way print cannot."]
    question = after.questions[0]
    assert question.number == 1 and question.answer_block == paragraph + 1
    assert after.sections[0].kind is SectionKind.FRONT_MATTER


def test_this_is_the_title():
    document = parse_text(TURNS)
    lead = block_of(document, "Margaret Hale bought")
    after = correct(document, correction_at(document, CorrectionKind.TITLE, lead)).document
    assert after.title.startswith("Margaret Hale bought her first boat")
    assert [i for i, b in enumerate(after.blocks) if b.role is Role.TITLE] == [lead]


def test_every_turn_by_a_speaker_is_a_question_with_the_speaker_and_no_label():
    document = parse_text(TURNS)
    turn = block_of(document, "Priya: Tell me")
    after = correct(document, correction_at(document, CorrectionKind.SPEAKER_ASKS, turn)).document
    assert headings(after) == [
        "Tell me about your first boat.",
        "Some of your friends must have asked whether it was safe.",
        "What do you do when the weather turns?",
    ]
    assert {q.speaker for q in after.questions} == {"Priya"}
    assert after.answer_text(after.questions[0]).startswith("Margaret: She was a small sloop")


def test_start_a_section_here_ends_the_answer_before_it():
    document = open_document(INTERVIEW)
    last = document.questions[-1]
    closing = last.end_block - 1
    assert closing > last.answer_block
    after = correct(document, correction_at(document, CorrectionKind.SECTION, closing)).document
    assert after.questions[-1].end_block == closing
    started = next(s for s in after.sections if s.first_block == closing)
    assert started.kind is SectionKind.HEADING and started.heading


def test_a_later_correction_of_the_same_block_wins_and_undo_redo_restore():
    document = parse_text(ESSAY)
    paragraph = block_of(document, "Part of the answer")
    history = CorrectionHistory()
    assert not history.can_undo
    history = history.add(correction_at(document, CorrectionKind.QUESTION, paragraph))
    assert len(apply_corrections(document, history.current).document.questions) == 1
    history = history.add(correction_at(document, CorrectionKind.NOT_QUESTION, paragraph))
    assert len(history.current) == 1
    assert apply_corrections(document, history.current).document.questions == ()
    history = history.undo()
    assert len(apply_corrections(document, history.current).document.questions) == 1
    assert history.can_redo
    history = history.redo()
    assert not history.can_redo
    history = history.restore_automatic()
    assert history.current == () and history.can_undo
    assert history.undo().current == (
        correction_at(document, CorrectionKind.NOT_QUESTION, paragraph),
    )


def test_a_changed_document_keeps_the_corrections_that_still_apply():
    document = parse_text(ESSAY)
    kept = correction_at(document, CorrectionKind.QUESTION, block_of(document, "Part of"))
    lost = correction_at(document, CorrectionKind.SECTION, block_of(document, "Another part"))
    changed = parse_text(ESSAY.replace("Another part is time", "Time is another part"))
    result = correct(changed, kept, lost)
    assert result.dropped == (lost,)
    assert len(result.document.questions) == 1


def test_a_correction_saved_without_a_list_items_number_still_finds_the_item():
    # Before list numbers were text, the item "1. Pourquoi ce livre ?" was read "Pourquoi ce
    # livre ?", and a saved correction names its block by that text.
    document = parse_text(
        "Rencontre avec l'autrice\n\nElle publie son troisième roman cet automne.\n\n"
        "1. Pourquoi ce livre maintenant, après tant d'années\n\n"
        "Parce que j'avais enfin le temps de l'écrire.\n",
        plain_text=True,
    )
    saved = Correction(CorrectionKind.QUESTION, "Pourquoi ce livre maintenant, après tant d'années")
    result = correct(document, saved)
    assert result.dropped == ()
    assert headings(result.document) == ["Pourquoi ce livre maintenant, après tant d'années"]


def test_saved_by_content_found_after_a_rename_and_private_on_disk(tmp_path):
    store = CorrectionStore(tmp_path / "data" / "corrections")
    original = tmp_path / "letters.txt"
    original.write_text(ESSAY, encoding="utf-8")
    document = open_document(original, with_language=False)
    correction = correction_at(document, CorrectionKind.QUESTION, block_of(document, "Part of"))
    assert store.save(document, (correction,)) is None
    renamed = tmp_path / "elsewhere" / "renamed.txt"
    renamed.parent.mkdir()
    original.rename(renamed)
    again, stored, dropped = corrected(open_document(renamed, with_language=False), store)
    assert stored.corrections == (correction,) and dropped == ()
    assert len(again.questions) == 1
    files = list(store.folder.iterdir())
    assert len(files) == 1
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert json.loads(files[0].read_text(encoding="utf-8"))["corrections"][0]["kind"] == "question"


def test_an_edited_document_is_found_by_its_path_and_reports_what_was_dropped(tmp_path):
    store = CorrectionStore(tmp_path / "corrections")
    path = tmp_path / "letters.txt"
    path.write_text(ESSAY, encoding="utf-8")
    document = open_document(path, with_language=False)
    corrections = (
        correction_at(document, CorrectionKind.QUESTION, block_of(document, "Part of")),
        correction_at(document, CorrectionKind.QUESTION, block_of(document, "Another part")),
    )
    store.save(document, corrections)
    path.write_text(ESSAY.replace("Another part is time", "Time is another part"), "utf-8")
    edited = open_document(path, with_language=False)
    again, stored, dropped = corrected(edited, store)
    assert stored.problem is None
    assert dropped == corrections[1:]
    assert len(again.questions) == 1
    store.save(edited, corrections[:1])  # the edited version replaces the old one
    assert len(list(store.folder.iterdir())) == 1
    store.save(edited, ())  # nothing left to keep: the file goes
    assert list(store.folder.iterdir()) == []


def test_a_corrupt_file_is_ignored_with_a_notice(tmp_path):
    store = CorrectionStore(tmp_path / "corrections")
    path = tmp_path / "letters.txt"
    path.write_text(ESSAY, encoding="utf-8")
    document = open_document(path, with_language=False)
    store.save(document, (correction_at(document, CorrectionKind.TITLE, 1),))
    (saved,) = store.folder.iterdir()
    for garbage in ("{not json", '{"corrections": [{"kind": "nonsense"}]}', "[1, 2]", "\x00\xff"):
        saved.write_text(garbage, encoding="utf-8")
        again, stored, dropped = corrected(document, store)
        assert stored.problem is StoreProblem.CORRUPT
        assert again == document and dropped == ()


def test_an_unwritable_folder_is_a_problem_not_a_crash(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere: the refusal cannot be shown")
    blocked = tmp_path / "blocked"
    blocked.mkdir(mode=0o500)
    document = parse_text(ESSAY, path=str(tmp_path / "letters.txt"))
    store = CorrectionStore(blocked / "corrections")
    assert store.save(document, (Correction(CorrectionKind.TITLE, "x"),)) is (
        StoreProblem.UNWRITABLE
    )


def test_reader_outline_applies_the_saved_corrections(tmp_path):
    path = tmp_path / "sailing.txt"
    path.write_text(TURNS, encoding="utf-8")
    data = tmp_path / "xdg"
    document = open_document(path, with_language=False)
    turn = block_of(document, "Priya: Tell me")
    store = CorrectionStore(data / "accessible-reader" / "corrections")
    store.save(document, (correction_at(document, CorrectionKind.SPEAKER_ASKS, turn),))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "outline", str(path), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "XDG_DATA_HOME": str(data)},
    )
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)["questions"]
    assert [(q["speaker"], q["text"]) for q in questions] == [
        ("Priya", "Tell me about your first boat."),
        ("Priya", "Some of your friends must have asked whether it was safe."),
        ("Priya", "What do you do when the weather turns?"),
    ]


def test_an_interviews_own_sections_stay_when_a_question_is_removed():
    document = parse_text(
        "# FAQ\n\n### Can I change the date?\n\nYes, up to seven days before.\n\n"
        "### Do you take a deposit?\n\nThirty percent when you book.\n\n## On site\n\n"
        "### Are dogs allowed?\n\nIn the garden cottages only.\n",
    )
    assert [s.heading for s in document.sections if s.kind is SectionKind.HEADING] == ["On site"]
    first = document.questions[0].first_block
    after = correct(document, correction_at(document, CorrectionKind.NOT_QUESTION, first)).document
    assert [q.heading for q in after.questions] == ["Do you take a deposit?", "Are dogs allowed?"]
    assert [s.heading for s in after.sections if s.kind is SectionKind.HEADING] == ["On site"]
