"""Cutting a large document into parts (reader.ui.text.parts): whole blocks, cut where a section
starts, every offset in exactly one part, nothing lost."""

from __future__ import annotations

from reader.document.pipeline import parse_text
from reader.ui.text.parts import Parting, cut

SMALL = Parting(threshold=2000, size=600)


def _interview(questions: int, answer: str = "Une réponse assez longue. " * 6):
    lines = ["Un entretien", "Propos recueillis par Une Journaliste"]
    for number in range(1, questions + 1):
        lines += [f"Question numéro {number}, pourquoi lire ?", answer, answer]
    return parse_text("\n\n".join(lines) + "\n", path="/tmp/cut.txt", plain_text=True)


def test_a_document_under_the_threshold_is_shown_whole():
    document = _interview(3)
    assert len(document.text) < SMALL.threshold
    assert cut(document, SMALL) is None
    assert cut(_interview(40)) is None  # the real threshold: far above these documents


def test_parts_join_into_the_whole_text_and_hold_every_offset_once():
    document = _interview(40)
    parts = cut(document, SMALL)
    assert parts is not None and len(parts) > 3
    assert "\n".join(document.text[p.start:p.end] for p in parts) == document.text
    assert parts[0].first_block == 0 and parts[-1].end_block == len(document.blocks)
    for before, after in zip(parts, parts[1:], strict=False):
        assert after.first_block == before.end_block
        assert after.start == before.end + 1
    for offset in range(len(document.text) + 1):
        index = parts.index_at(offset)
        assert parts[index].holds(offset)
        assert not any(p.holds(offset) for i, p in enumerate(parts) if i != index)


def test_parts_begin_where_a_question_begins():
    document = _interview(40)
    parts = cut(document, SMALL)
    starts = {s.first_block for s in document.sections}
    assert all(part.first_block in starts for part in parts)
    # About the size asked: never more than one section past it.
    assert all(p.end - p.start < SMALL.size * 2 for p in parts)


def test_without_sections_a_part_begins_at_a_paragraph():
    text = "\n\n".join(f"Paragraphe {n}. " + "Du texte sans titre. " * 5 for n in range(80))
    document = parse_text(text, path="/tmp/plain.txt", plain_text=True)
    parts = cut(document, SMALL)
    assert parts is not None and len(parts) > 3
    assert "\n".join(document.text[p.start:p.end] for p in parts) == document.text
    assert all(document.text[p.start:].startswith("Paragraphe") for p in parts)
