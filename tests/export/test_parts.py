"""Which parts become files, what they are called, and which ``--sections`` picks."""

import pytest

from reader.document import open_document
from reader.export.parts import file_stem, outline_parts, safe_name, select
from tests.export.conftest import INTERVIEW


def test_the_seed_interview_is_an_opening_then_each_question():
    parts = outline_parts(open_document(INTERVIEW))
    assert [p.label for p in parts] == ["Opening"] + [f"Question {n}" for n in range(1, 8)]
    assert parts[3].title.startswith("Question 3 – Pourquoi la France organise-t-elle")
    assert [p.number for p in parts] == list(range(1, 9))


def test_an_article_gets_one_part_per_section(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Titre\n\nTexte.\n\n## Un\n\nA.\n\n## Deux\n\nB.\n", encoding="utf-8")
    document = open_document(path)
    assert len(outline_parts(document)) == len(document.sections)


def test_file_names_sort_say_what_they_are_and_are_safe():
    stem = file_stem(3, 8, "Question 3 – Pourquoi / la France: organise-t-elle ?")
    assert stem == "03 – Question 3 – Pourquoi la France organise-t-elle"
    assert file_stem(3, 120, "x").startswith("003 – ")
    long = safe_name("é" * 300)
    assert long.endswith("…") and len(long) <= 100 and len(long.encode()) <= 180
    assert safe_name("...") == "_" and "\n" not in safe_name("a\nb")


@pytest.mark.parametrize(("spec", "numbers"), [("all", [1, 2, 3, 4]), ("3", [3]),
                                               ("2-4", [2, 3, 4]), (" 1 - 2 ", [1, 2])])
def test_sections_picks_by_number(small_interview, spec, numbers):
    parts = outline_parts(open_document(INTERVIEW))[:4]
    assert [p.number for p in select(parts, spec)] == numbers


@pytest.mark.parametrize("spec", ["0", "5", "3-2", "two", "1-9", ""])
def test_sections_refuses_what_the_document_lacks(spec):
    parts = outline_parts(open_document(INTERVIEW))[:4]
    with pytest.raises(ValueError):
        select(parts, spec)
