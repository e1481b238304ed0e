"""Paragraphs broken mid-sentence by extraction are joined; nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.markdown import parse_blocks
from reader.document.model import (
    Block,
    BlockKind,
    Document,
    DocumentKind,
    InlineStyle,
    Notice,
    NoticeKind,
    place_blocks,
)
from reader.document.pipeline import open_document
from reader.document.structure.lines.repair import join_broken_paragraphs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def repaired(source: str) -> tuple[list[str], int]:
    blocks, joins = join_broken_paragraphs(parse_blocks(source))
    return [b.text for b in blocks], joins


def test_letter_then_lowercase_is_joined_with_one_space():
    assert repaired("il explique l'enjeu de ce\n\nséminaire, qui réunira.\n") == (
        ["il explique l'enjeu de ce séminaire, qui réunira."], 1
    )


def test_comma_then_lowercase_is_joined():
    assert repaired("Les réseaux, les villes,\n\nles utilisateurs.\n") == (
        ["Les réseaux, les villes, les utilisateurs."], 1
    )


def test_accented_lowercase_start_counts():
    assert repaired("car cette\n\nécole est fermée.\n")[1] == 1


def test_chain_of_three_is_one_paragraph():
    assert repaired("un deux\n\ntrois quatre\n\ncinq six.\n\nSept.\n") == (
        ["un deux trois quatre cinq six.", "Sept."], 2
    )


@pytest.mark.parametrize(
    "end", [".", "!", "?", "…", ":", ";", "»", '"', "”", "’", ")", "]", "-", "–", "—", "2",
            "%", "*"],
)
def test_a_paragraph_ending_on_punctuation_or_digit_is_finished(end):
    first = f"Il a dit « bonjour {end}" if end != "*" else "Il a dit \\*"
    assert repaired(f"{first}\n\nensuite il est parti.\n")[1] == 0


def test_uppercase_or_non_letter_start_is_a_new_paragraph():
    assert repaired("Titre du document\n\nLe texte commence.\n")[1] == 0
    assert repaired("Le prix est de\n\n30 dollars.\n")[1] == 0
    assert repaired("Il a dit\n\n« oui ».\n")[1] == 0


@pytest.mark.parametrize(
    "source",
    [
        "# Un titre sans point\n\nla suite en minuscule.\n",
        "- un élément de liste\n\nla suite.\n",
        "Un paragraphe\n\n- élément de liste\n",
        "- un élément\n- autre élément\n",
        "> une citation coupée\n\n> en deux.\n",
        "Un paragraphe\n\n> citation.\n",
        "```\ncode sans fin\n```\n\nla suite.\n",
        "Un paragraphe\n\n***\n\nla suite.\n",
    ],
    ids=["heading", "list-then-para", "para-then-list", "list-items", "quotes",
         "para-then-quote", "code", "rule-between"],
)
def test_only_plain_paragraphs_are_joined(source):
    assert repaired(source)[1] == 0


@pytest.mark.parametrize(
    "last", ["https://www.example.org/page", "www.example.org", "ftp://host/fichier",
             "contact@example.org"],
)
def test_a_paragraph_ending_on_an_address_is_finished(last):
    assert repaired(f"Source : {last}\n\nla suite.\n")[1] == 0


def test_link_text_at_the_end_does_not_prevent_a_join():
    assert repaired("voir le [site de la](#)\n\npolice nationale.\n") == (
        ["voir le site de la police nationale."], 1
    )


def test_joined_block_spans_both_sources_and_moves_inlines():
    source = "Titre.\n\nDébut avec *penché* de ce\n\n\nsuite **grasse**, fin.\n\nAprès *ici*.\n"
    blocks, joins = join_broken_paragraphs(parse_blocks(source))
    doc = Document("", DocumentKind.DOCUMENT, "", tuple(blocks), (), source)
    assert joins == 1
    joined = blocks[1]
    assert joined.kind is BlockKind.PARAGRAPH
    assert joined.text == "Début avec penché de ce suite grasse, fin."
    assert joined.source_lines == (2, 6)
    assert [(i.style, doc.text[i.start : i.end]) for b in blocks for i in b.inlines] == [
        (InlineStyle.EMPHASIS, "penché"),
        (InlineStyle.STRONG, "grasse"),
        (InlineStyle.EMPHASIS, "ici"),
    ]
    assert [b.start for b in blocks] == [0, 7, 7 + len(joined.text) + 1]
    for block in blocks:
        assert doc.text[block.start : block.end] == block.text


def test_nothing_to_join_returns_the_blocks_unchanged():
    blocks = parse_blocks("Un.\n\nDeux.\n")
    assert join_broken_paragraphs(blocks) == (blocks, 0)
    assert join_broken_paragraphs([]) == ([], 0)


def test_seed_interview_has_exactly_its_two_breaks_joined():
    document = open_document(SEEDS / "interview-pedocriminalite.txt")
    assert Notice(NoticeKind.REPAIRED, "2") in document.notices
    spanning = [b for b in document.blocks if b.source_lines[1] - b.source_lines[0] > 1]
    assert [b.source_lines for b in spanning] == [(22, 25), (44, 47)]
    assert "il explique à 20 Minutes l'enjeu de ce séminaire, qui réunira" in spanning[0].text
    assert "ce qu'ils font dans la zone car cette agence, qui est très en avance" in (
        spanning[1].text
    )
    assert not any(b.text.startswith(("séminaire, qui", "agence, qui")) for b in document.blocks)
    assert all(b.kind is BlockKind.PARAGRAPH for b in spanning)


def test_seed_article_needs_no_repair():
    document = open_document(SEEDS / "article-pedocriminalite.txt")
    assert NoticeKind.REPAIRED not in {n.kind for n in document.notices}


def test_a_long_chain_is_joined_in_linear_time():
    lines = [f"ligne {i} coupée par l'extraction et la" for i in range(30_000)]
    blocks = place_blocks(
        [Block(BlockKind.PARAGRAPH, text, 0, (2 * i, 2 * i + 1)) for i, text in enumerate(lines)]
    )
    # No timing assertion: a quadratic rebuild would take minutes and stall the suite visibly.
    joined, joins = join_broken_paragraphs(blocks)
    assert joins == 29_999
    assert [(b.text, b.source_lines) for b in joined] == [(" ".join(lines), (0, 59_999))]
