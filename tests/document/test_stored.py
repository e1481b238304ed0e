"""Parsed documents as JSON data: every field of the model comes back, nothing else is accepted."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reader.document import stored
from reader.document.model import (
    Block,
    BlockKind,
    Document,
    DocumentKind,
    Inline,
    InlineStyle,
    Notice,
    NoticeKind,
    Role,
    Section,
    SectionKind,
    place_blocks,
)
from reader.document.pipeline import open_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(("model", "names"), [
    (Inline, stored.INLINE_FIELDS), (Block, stored.BLOCK_FIELDS),
    (Section, stored.SECTION_FIELDS), (Notice, stored.NOTICE_FIELDS),
    (Document, stored.DOCUMENT_FIELDS),
])
def test_every_field_of_the_model_is_stored(model, names):
    assert tuple(f.name for f in dataclasses.fields(model) if f.init) == names


def every_kind_of_value() -> Document:
    blocks = place_blocks([
        Block(BlockKind.TABLE_HEADER, "Nom\tÂge", 0, (0, 1), ordinal="", role=Role.BODY),
        Block(BlockKind.TABLE_ROW, "Zoé\t7", 0, (2, 3)),
        Block(BlockKind.LIST_ITEM, "un «\u2028» deux 😀", 0, (4, 5), level=2, ordinal="1.",
              inlines=(Inline(0, 2, InlineStyle.LINK, "https://example.org"),),
              role=Role.QUESTION),
    ])
    sections = (Section(SectionKind.QUESTION, 0, 3, 0, len("\n".join(b.text for b in blocks)),
                        "Nom", number=1, answer_block=2, speaker="Priya"),)
    return Document("Titre", DocumentKind.INTERVIEW, "fr", tuple(blocks), sections, "source",
                    path="/tmp/x.md", encoding="cp1252",
                    notices=(Notice(NoticeKind.LEGACY_ENCODING, "cp1252"),), format="markdown")


def test_a_document_with_every_kind_of_value_comes_back_equal():
    document = every_kind_of_value()
    again = stored.from_data(json.loads(json.dumps(stored.to_data(document))))
    assert again == document and again.text == document.text
    assert again.sections[0].speaker == "Priya" and again.format == "markdown"


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*"))[:6], ids=lambda p: p.name)
def test_seed_documents_come_back_equal(seed):
    document = open_document(seed)
    assert stored.from_data(json.loads(json.dumps(stored.to_data(document)))) == document


@pytest.mark.parametrize("damage", [
    lambda d: d.update(version=99),
    lambda d: d.pop("blocks"),
    lambda d: d.update(kind="a novel"),
    lambda d: d["blocks"][0].__setitem__(2, 5),  # not where the block must start
    lambda d: d["blocks"][2][5][0].__setitem__(1, 10**6),  # a link past its block
    lambda d: d["blocks"][0].__setitem__(1, 42),  # a number for a text
    lambda d: d["sections"][0].__setitem__(2, 99),  # more blocks than there are
    lambda d: d.update(notices="x"),
])
def test_damaged_data_is_refused(damage):
    data = json.loads(json.dumps(stored.to_data(every_kind_of_value())))
    damage(data)
    with pytest.raises(stored.StoredDocumentError):
        stored.from_data(data)
