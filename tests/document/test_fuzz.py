"""A short run of the fuzz campaign (scripts/fuzz.py): every generated document opens whole."""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import replace
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz.py"


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("fuzz", None)


def test_two_thousand_generated_documents_open_whole(fuzz):
    reports = []
    result = fuzz.run(2000, seed=2026, report=reports.append)
    assert result.documents == 2000
    assert result.failures == 0, "\n".join(reports)


def test_the_checks_catch_a_lost_word_and_a_misplaced_block(fuzz):
    # A check that cannot fail is no check: a pipeline that loses text is caught.
    source = "Un mot.\n\nUn autre mot.\n"
    document = fuzz.parse_text(source, with_language=False)
    losing = replace(document, blocks=document.blocks[:1])
    assert any("lost" in problem for problem in fuzz.problems(source, losing, str))
    assert fuzz.problems("a &amp; b &#128512;", fuzz.parse_text("a &amp; b &#128512;"),
                         fuzz.without_references) == []
    shifted = document.blocks[1].__class__(
        document.blocks[1].kind, document.blocks[1].text, 3, document.blocks[1].source_lines)
    moved = replace(document, blocks=(document.blocks[0], shifted))
    assert any("not at its place" in problem for problem in fuzz.problems(source, moved, str))


def test_a_links_address_is_kept_as_its_target_not_lost(fuzz):
    # "[words](address)" shows its words; the address (percent-encoded by markdown-it) is the
    # link's target: its letters are kept, as the million-document run found.
    source = "Voir [la page](adresse-éçà) et la suite."
    assert fuzz.problems(source, fuzz.parse_text(source, with_language=False), str) == []
    lost = "Voir [la page](adresse) et la suite perdue."
    document = fuzz.parse_text("Voir [la page](adresse) et la suite.", with_language=False)
    assert any("lost" in problem for problem in fuzz.problems(lost, document, str))


def test_every_generator_makes_varied_input(fuzz):
    for generator in fuzz.GENERATORS:
        inputs = {generator.make(random.Random(n)) for n in range(20)}
        assert len(inputs) > 15, generator.name
    for generator in fuzz.FILE_GENERATORS + fuzz.DAMAGED_GENERATORS:  # slower to make
        inputs = {generator.make(random.Random(n)).data for n in range(5)}
        assert len(inputs) == 5, generator.name


def test_a_failure_is_reported_with_the_seed_and_number_that_replay_it(fuzz):
    losing = fuzz.Generator("losing", lambda rng: f"mot{rng.randrange(3)}",
                            lambda text: fuzz.parse_text("", with_language=False))
    reports = []
    result = fuzz.run(6, seed=9, generators=(losing,), report=reports.append, shown=2)
    assert (result.documents, result.failures) == (6, 6)
    assert len(reports) == 2 and reports[0].startswith("FAIL losing #0 (seed 9): character 0")
    replayed = fuzz.fuzz_batch(9, 0, 1, (losing,))
    assert replayed.failing[0][:2] == ("losing", 0)


def test_several_jobs_fuzz_every_document_once(fuzz, monkeypatch):
    monkeypatch.setattr(fuzz.runner, "_BATCH", 40)
    reports = []
    result = fuzz.run(250, seed=11, jobs=2, report=reports.append)
    assert (result.documents, result.failures) == (250, 0), reports


def test_html_pages_open_whole(fuzz):
    (html,) = [g for g in fuzz.GENERATORS if g.name == "html"]
    source = html.make(random.Random(3))
    document = html.parse(source)
    assert document.format == "html" and len(document.blocks) > 3
    assert fuzz.problems(source, document, html.text_of) == []
