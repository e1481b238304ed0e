"""Structure analysis on whole documents: each fixture in ``fixtures/`` is opened through the real
pipeline and compared with the outline expected next to it (``<name>.expected.json``).

Expected-outline format::

    {"kind": "interview" | "article" | "document",
     "title": "…",                      # Document.title ("" never: the pipeline uses the stem)
     "questions": [{"text": "…",        # the QUESTION section's heading, prefixes removed
                    "answer_starts": "…", "answer_ends": "…",
                    "answer_paragraphs": 2}],   # optional
     "sections": [[kind, heading], [kind, heading, level]…],  # optional, the whole outline
     "roles": {"title": 1, "footer": 2}}        # optional, counts of the roles listed
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from reader.document import Document, SectionKind, open_document

FIXTURES = Path(__file__).parent / "fixtures"
# Documents with an expected outline next to them (other fixtures may share the folder).
DOCUMENTS = sorted(
    p
    for p in FIXTURES.iterdir()
    if p.suffix in (".txt", ".md") and (FIXTURES / f"{p.stem}.expected.json").is_file()
)


def expected_for(path: Path) -> dict:
    return json.loads((FIXTURES / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


def check_invariants(doc: Document) -> None:
    """Top-level sections tile the blocks; nested ones sit inside their parent; offsets agree."""
    blocks, sections = doc.blocks, doc.sections
    if not blocks:
        assert sections == ()
        return
    top = [s for s in sections if s.level == 1]
    assert top[0].first_block == 0
    assert top[-1].end_block == len(blocks)
    for before, after in pairwise(top):
        assert before.end_block == after.first_block
    owners = Counter()
    for section in top:
        owners.update(range(section.first_block, section.end_block))
    assert all(owners[i] == 1 for i in range(len(blocks)))
    parents: list = []
    previous_start = -1
    for section in sections:
        assert section.first_block < section.end_block
        assert section.start == blocks[section.first_block].start
        assert section.end == blocks[section.end_block - 1].end
        assert section.start >= previous_start  # document order
        previous_start = section.start
        while parents and parents[-1].level >= section.level:
            parents.pop()
        if parents:
            assert section.level == parents[-1].level + 1
            assert parents[-1].first_block < section.first_block
            assert section.end_block <= parents[-1].end_block
        parents.append(section)
        if section.kind is SectionKind.QUESTION:
            assert section.first_block < section.answer_block <= section.end_block
    numbers = [s.number for s in sections if s.kind is SectionKind.QUESTION]
    assert numbers == list(range(1, len(numbers) + 1))


def check_offsets_find_sections(doc: Document) -> None:
    for index, section in enumerate(doc.sections):
        inner = [
            i
            for i, s in enumerate(doc.sections)
            if i > index and section.first_block <= s.first_block < section.end_block
        ]
        own_end = doc.sections[inner[0]].start if inner else section.end
        middle, last = (section.start + own_end) // 2, max(section.start, own_end - 1)
        for offset in {section.start, middle, last}:
            assert doc.section_index_at(offset) == index, (index, offset)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_fixture_outline(path: Path) -> None:
    expected = expected_for(path)
    doc = open_document(path)
    assert doc.kind.value == expected["kind"]
    assert doc.title == expected["title"]
    questions = doc.questions
    assert [q.heading for q in questions] == [q["text"] for q in expected["questions"]]
    for section, wanted in zip(questions, expected["questions"], strict=True):
        assert doc.question_text(section) != ""
        answer = doc.answer_text(section)
        assert answer.startswith(wanted["answer_starts"]), (section.heading, answer[:80])
        assert answer.endswith(wanted["answer_ends"]), (section.heading, answer[-80:])
        if "answer_paragraphs" in wanted:
            assert section.end_block - section.answer_block == wanted["answer_paragraphs"]
    if "sections" in expected:
        got = [[s.kind.value, s.heading, s.level] for s in doc.sections]
        want = [row if len(row) == 3 else [*row, 1] for row in expected["sections"]]
        assert got == want
    if "roles" in expected:
        counts = Counter(b.role.value for b in doc.blocks)
        assert {role: counts[role] for role in expected["roles"]} == expected["roles"]
    check_invariants(doc)
    check_offsets_find_sections(doc)


def test_the_fixtures_cover_four_languages_both_formats_and_every_kind() -> None:
    assert len(DOCUMENTS) >= 15
    assert {p.name[:2] for p in DOCUMENTS} >= {"fr", "en", "es", "de"}
    assert {p.suffix for p in DOCUMENTS} == {".txt", ".md"}
    kinds = {expected_for(p)["kind"] for p in DOCUMENTS}
    assert kinds == {"interview", "article", "document"}
    for expected in map(expected_for, DOCUMENTS):
        assert expected["kind"] in ("interview", "article", "document")
        assert (expected["kind"] == "interview") == bool(expected["questions"])
