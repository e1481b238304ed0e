"""Markdown to blocks: kinds, levels, markers, inline runs in document coordinates."""

from __future__ import annotations

import socket

import pytest

from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import LINE_BREAK, BlockKind, Document, DocumentKind


def document(source: str, **options) -> Document:
    blocks = parse_blocks(source, **options)
    return Document("", DocumentKind.DOCUMENT, "", tuple(blocks), (), source)


def shape(source: str) -> list[tuple[str, int, str, str]]:
    return [(b.kind.name, b.level, b.ordinal, b.text) for b in document(source).blocks]


def runs(doc: Document) -> list[tuple[str, str, str]]:
    """Each inline run as (style, the text it covers in Document.text, target)."""
    return [(i.style.name, doc.text[i.start : i.end], i.target) for b in doc.blocks
            for i in b.inlines]


def test_headings_atx_and_setext_with_levels():
    assert shape("# Un\n\n### Trois\n\nDeux\n----\n\nUn aussi\n===\n") == [
        ("HEADING", 1, "", "Un"),
        ("HEADING", 3, "", "Trois"),
        ("HEADING", 2, "", "Deux"),
        ("HEADING", 1, "", "Un aussi"),
    ]


def test_paragraph_soft_breaks_become_spaces_and_hard_breaks_line_breaks():
    assert shape("une\ndeux  \ntrois\\\nquatre\n") == [
        ("PARAGRAPH", 0, "", f"une deux{LINE_BREAK}trois{LINE_BREAK}quatre")
    ]


def test_lists_keep_markers_and_nesting_depth():
    # An ordered item's number is text too (seen, heard, found); bullets are markers only.
    source = (
        "- un\n- deux\n  - deux.a\n    1. profond\n- trois\n\n3. trois\n4) quatre\n\n* étoile\n"
    )
    assert shape(source) == [
        ("LIST_ITEM", 1, "-", "un"),
        ("LIST_ITEM", 1, "-", "deux"),
        ("LIST_ITEM", 2, "-", "deux.a"),
        ("LIST_ITEM", 3, "1.", "1. profond"),
        ("LIST_ITEM", 1, "-", "trois"),
        ("LIST_ITEM", 1, "3.", "3. trois"),
        ("LIST_ITEM", 1, "4)", "4) quatre"),
        ("LIST_ITEM", 1, "*", "étoile"),
    ]


def test_second_paragraph_of_a_list_item_has_no_marker():
    assert shape("- premier\n\n  suite\n- second\n") == [
        ("LIST_ITEM", 1, "-", "premier"),
        ("LIST_ITEM", 1, "", "suite"),
        ("LIST_ITEM", 1, "-", "second"),
    ]


def test_block_quotes_and_their_depth():
    assert shape("> une *citation*\n>\n> > imbriquée\n\naprès\n") == [
        ("QUOTE", 1, "", "une citation"),
        ("QUOTE", 2, "", "imbriquée"),
        ("PARAGRAPH", 0, "", "après"),
    ]


def test_fenced_code_keeps_its_lines_in_one_block():
    doc = document("avant\n\n```python\ndef f():\n    return 1\n```\n\naprès\n")
    code = doc.blocks[1]
    assert code.kind is BlockKind.CODE
    assert code.text == f"def f():{LINE_BREAK}    return 1"
    assert code.source_lines == (2, 6)
    assert runs(doc) == [("CODE", code.text, "")]


def test_indented_code_only_in_markdown_mode():
    source = "Texte.\n\n    indenté\n"
    assert document(source).blocks[1].kind is BlockKind.CODE
    prose = document(source, parser=make_parser(indented_code=False)).blocks[1]
    assert (prose.kind, prose.text) == (BlockKind.PARAGRAPH, "indenté")


def test_raw_html_is_shown_as_text_never_rendered():
    assert shape("<b>x</b> et <i>y</i>\n\n<div>\nbloc\n</div>\n") == [
        ("PARAGRAPH", 0, "", "<b>x</b> et <i>y</i>"),
        ("PARAGRAPH", 0, "", "<div> bloc </div>"),
    ]


def test_rule_is_an_empty_block():
    assert shape("un\n\n***\n\ndeux\n") == [
        ("PARAGRAPH", 0, "", "un"),
        ("RULE", 0, "", ""),
        ("PARAGRAPH", 0, "", "deux"),
    ]


def test_emphasis_strong_code_and_links_point_at_their_text():
    doc = document(
        "# Titre *penché*\n\n"
        "Du *penché*, du **gras**, du `code`, un [lien *mêlé*](https://ex.org/a \"t\") "
        "et <https://auto.example>.\n"
    )
    assert doc.text == (
        "Titre penché\nDu penché, du gras, du code, un lien mêlé et https://auto.example."
    )
    assert runs(doc) == [
        ("EMPHASIS", "penché", ""),
        ("EMPHASIS", "penché", ""),
        ("STRONG", "gras", ""),
        ("CODE", "code", ""),
        ("LINK", "lien mêlé", "https://ex.org/a"),
        ("EMPHASIS", "mêlé", ""),
        ("LINK", "https://auto.example", "https://auto.example"),
    ]


def test_inline_runs_are_in_document_coordinates_in_later_blocks():
    doc = document("Premier paragraphe.\n\n- item avec **gras**\n\n> cité *ici*\n")
    assert [(style, text) for style, text, _ in runs(doc)] == [
        ("STRONG", "gras"), ("EMPHASIS", "ici")
    ]
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
        for run in block.inlines:
            assert block.start <= run.start < run.end <= block.end


def test_images_stand_as_alt_text_and_are_never_fetched(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the parser tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = document("Voir ![un schéma](http://example.org/s.png) et ![](img/photo.jpg).\n")
    assert doc.text == "Voir un schéma et photo.jpg."
    assert runs(doc) == [
        ("IMAGE", "un schéma", "http://example.org/s.png"),
        ("IMAGE", "photo.jpg", "img/photo.jpg"),
    ]


def test_escapes_and_entities_become_their_characters():
    assert shape("\\*pas penché\\* &amp; &eacute;t&eacute;\n") == [
        ("PARAGRAPH", 0, "", "*pas penché* & été")
    ]


def test_source_lines_match_token_map():
    doc = document("# T\n\nligne un\nligne deux\n\n- a\n- b\n")
    assert [b.source_lines for b in doc.blocks] == [(0, 1), (2, 4), (5, 6), (6, 7)]


@pytest.mark.parametrize("source", ["", "\n\n", "   \n"])
def test_nothing_gives_no_blocks(source):
    assert parse_blocks(source) == []


def test_document_text_joins_blocks_with_one_newline():
    doc = document("un\n\n\n\ndeux\n")
    assert doc.text == "un\ndeux"
    assert [b.start for b in doc.blocks] == [0, 3]


LONG = "Une phrase assez longue pour ressembler à un paragraphe extrait d'une page web, " * 2


def test_web_extracted_text_gives_one_paragraph_per_line():
    from reader.document import parse_text

    source = f"Le titre\n{LONG}*fin* [lien](http://a.b)\n{LONG}\nSource: 20 Minutes\n"
    doc = parse_text(source, plain_text=True)
    assert [b.text.split()[0] for b in doc.blocks] == ["Le", "Une", "Une", "Source:"]
    assert [b.source_lines for b in doc.blocks] == [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert runs(doc) == [("EMPHASIS", "fin", ""), ("LINK", "lien", "http://a.b")]


def test_hard_wrapped_prose_and_markdown_keep_lines_joined():
    from reader.document import parse_text

    wrapped = (
        "Une ligne coupée à soixante colonnes comme le fait\nun éditeur de texte, puis la suite.\n"
    )
    assert len(parse_text(wrapped, plain_text=True).blocks) == 1
    # Markdown files follow CommonMark: a single newline never ends a paragraph.
    assert len(parse_text(f"{LONG}\n{LONG}\n", plain_text=False).blocks) == 1


def test_the_seed_article_has_one_paragraph_per_line():
    from pathlib import Path

    from reader.document import open_document

    seed = Path(__file__).resolve().parents[2] / "seeds" / "article-pedocriminalite.txt"
    doc = open_document(seed)
    assert len(doc.blocks) == 9
    assert doc.blocks[-1].text == "Crédit Photo: Courtoisie"
