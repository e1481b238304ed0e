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


def test_every_generator_makes_varied_input(fuzz):
    for generator in fuzz.GENERATORS:
        inputs = {generator.make(random.Random(n)) for n in range(20)}
        assert len(inputs) > 15, generator.name
