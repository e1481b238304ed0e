"""Real files' traps, round 13 (session 16; tests/document/fixtures/real_formats): a WordPress
export read as its posts, a converted book's printed page numbers, music described in
subtitles, Markdown's uncited footnotes and GitHub's HTML lines, Substack's pull quotes
and buttons, a PDF journal's alternating running heads and a word cut over a page. Each
rule has a test that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.formats.captions import is_music, is_sound
from reader.document.formats.pull_quotes import blocks_without_pull_quotes
from reader.document.loading import LoadError, LoadProblem
from reader.document.model import Block, BlockKind
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built
from tests.document.formats.makers import write_epub


def _document(path: Path):
    return open_document(path, with_language=False)


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


# --- A WordPress export ----------------------------------------------------------------------

_WXR_HEAD = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Ortsblog</title>'
             "<language>de-DE</language>")


def _item(title: str, body: str, kind: str = "post", status: str = "publish") -> str:
    return (f"<item><title>{title}</title><content:encoded><![CDATA[{body}]]>"
            f"</content:encoded><wp:post_type>{kind}</wp:post_type><wp:status>{status}"
            "</wp:status><wp:postmeta><wp:meta_key>_edit_last</wp:meta_key><wp:meta_value>1"
            "</wp:meta_value></wp:postmeta></item>")


def test_a_wordpress_export_is_read_as_its_post(tmp_path):
    document = _document(built("wordpress-wxr-export-fr", DEFAULT, tmp_path))
    assert document.title == "« La boîte ne se vide jamais » : rencontre avec Odile Renaud"
    assert [q.heading for q in document.questions][0] == (
        "Comment est née l’idée d’une grainothèque ?")
    said = _said(document)
    assert "wp:paragraph" not in said and "_edit_last" not in said
    assert "Propos recueillis par Céline Marchand." in said


def test_a_wordpress_exports_posts_are_read_under_their_titles(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(_WXR_HEAD + _item("Erster Beitrag", "<p>Willkommen im Blog.</p>")
                    + _item("Foto", "", kind="attachment")
                    + _item("Gelöscht", "<p>Weg damit.</p>", status="trash")
                    # the classic editor's post: paragraphs parted by blank lines, no <p>
                    + _item("Zweiter Beitrag", "Erster Absatz.\n\nZweiter Absatz.")
                    + "</channel></rss>", "utf-8")
    document = _document(path)
    texts = [(b.kind, b.text) for b in document.blocks]
    assert (BlockKind.HEADING, "Erster Beitrag") in texts
    assert (BlockKind.HEADING, "Zweiter Beitrag") in texts
    assert (BlockKind.PARAGRAPH, "Erster Absatz.") in texts
    assert (BlockKind.PARAGRAPH, "Zweiter Absatz.") in texts
    assert "Weg damit" not in _said(document) and "Foto" not in _said(document)


def test_other_xml_and_rss_stay_text(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title>'
                    "<item><title>Eins</title></item></channel></rss>", "utf-8")
    assert "<item>" in _said(_document(path))  # no WordPress namespace: shown as written


def test_a_wordpress_export_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM '
                    '"file:///etc/passwd">]>\n' + _WXR_HEAD[_WXR_HEAD.index("<rss"):]
                    + _item("Titel", "<p>&x;</p>") + "</channel></rss>", "utf-8")
    with pytest.raises(LoadError) as refused:
        _document(path)
    assert refused.value.problem is LoadProblem.UNSAFE_XML


# --- A printed book's page numbers -----------------------------------------------------------

def test_a_books_printed_page_number_in_a_question_is_not_read(tmp_path):
    document = _document(built("epub2-interview-book-pagenums-de", DEFAULT, tmp_path))
    assert "Kann man davon leben?" in [q.heading for q in document.questions]
    assert "[12]" not in _said(document) and "[13]" not in _said(document)


def test_a_span_of_that_class_with_words_is_read(tmp_path):
    body = ('<h1>Kapitel</h1><p>Siehe <span class="pagenum">Seite 13 im Anhang</span> und '
            '<span class="pagenum">[Pg 14]</span>weiter.</p>')
    document = _document(write_epub(tmp_path / "buch.epub", [("Kapitel", body)], title="Buch",
                                    language="de", version="2"))
    assert "Siehe Seite 13 im Anhang und weiter." in _said(document)


# --- Music in subtitles ----------------------------------------------------------------------

def test_music_described_between_notes_is_a_sound():
    assert is_sound("♪ (gentle accordion theme) ♪") and is_music("♪ (gentle accordion theme) ♪")
    assert is_sound("♫ [upbeat music] ♫")
    assert not is_sound("♪ Oh my darling, Clementine ♪")  # sung words are read
    assert not is_sound("(laughs)")  # lower case, no notes: the speaker's line
    assert not is_music("[Music]")  # a sound, but no note: the old rules decide


def test_a_podcasts_title_card_is_not_joined_to_its_jingle(tmp_path):
    document = _document(built("srt-podcast-an8-tags-caps-names-en", DEFAULT, tmp_path))
    assert document.title == "The Salt Road – Episode 12: Keeping the light"
    assert "accordion" not in _said(document) and "an8" not in _said(document)


# --- Markdown: uncited notes, GitHub's HTML lines --------------------------------------------

def test_an_uncited_footnote_is_read_after_the_text(tmp_path):
    document = _document(built("md-github-wiki-details-uncited-note-en", DEFAULT, tmp_path))
    notes = [b.text for b in document.blocks if b.kind is BlockKind.NOTE]
    assert notes == ["1 The spreadsheet is still in the repository, in data/legacy/.",
                     "2 Thanks to the Trondheim library, which lent us a room for the first "
                     "meetings."]
    assert document.blocks[-1].text.startswith("2 Thanks")


def test_githubs_html_lines_read_as_their_words(tmp_path):
    document = _document(built("md-github-wiki-details-uncited-note-en", DEFAULT, tmp_path))
    texts = [b.text for b in document.blocks]
    assert "About Ingrid Solberg" in texts
    assert "<details>" not in _said(document) and "</details>" not in _said(document)


def test_a_line_with_other_tags_stays_as_written(tmp_path):
    path = tmp_path / "readme.md"
    path.write_text('# Projekt\n\n<p align="center"><img src="logo.png" alt="Logo"></p>\n\n'
                    "Ein Satz mit <div> mitten drin.\n", "utf-8")
    said = _said(_document(path))
    assert '<img src="logo.png" alt="Logo">' in said and "Ein Satz mit <div> mitten" in said


# --- Substack: named pull quotes, buttons ----------------------------------------------------

def test_substacks_pull_quote_and_button_are_not_read(tmp_path):
    document = _document(built("substack-export-post-fragment-en", DEFAULT, tmp_path))
    said = _said(document)
    assert said.count("willing to wait") == 1 and "six weeks" in said
    assert "Leave a comment" not in said


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article><h1>Titel</h1>{body}</article></body></html>",
                    "utf-8")
    return path


def test_a_named_pull_quote_with_words_of_its_own_is_read(tmp_path):
    body = ("<p>Wir bauen jedes Jahr drei neue Boote aus heimischer Eiche und Lärche.</p>"
            '<div class="pullquote"><p>Wir bauen Boote, die hundert Jahre halten.</p></div>'
            '<p>Mehr dazu: <a class="button" href="/x">hier</a> im Archiv.</p>')
    said = _said(_document(_page(tmp_path, body)))
    assert "die hundert Jahre halten" in said  # words no passage says
    assert "Mehr dazu: hier im Archiv." in said  # a button inside words is a link


# --- PDF: alternating running heads, a word cut over a page ----------------------------------

def test_a_journals_alternating_heads_go_and_a_cut_word_is_whole(tmp_path):
    document = _document(built("pdf-running-heads-hyphen-page-break-en", DEFAULT, tmp_path))
    said = _said(document)
    assert "Strathmore Local History Journal" not in said
    assert said.count("Voices from the Glen Mill") == 1  # the title, not the odd page's head
    # the word cut at page 14's foot, "ar-" / "chive", is joined as the page's own cuts are
    assert said.count("county ar") == said.count("county archive") > 0


def test_a_magazines_tightened_pull_quote_and_corner_folio_are_not_read(tmp_path):
    document = _document(built("pdf-magazine-two-column-interview-it", DEFAULT, tmp_path))
    said = _said(document)
    assert said.count("conosce il suolo") == 1 and "GIARDINI & ORTI" not in said
    assert [q.heading for q in document.questions][1] == "Quali varietà antiche coltivate?"


def _blocks(*pairs: tuple[BlockKind, str]) -> list[Block]:
    blocks, at = [], 0
    for kind, text in pairs:
        blocks.append(Block(kind, text, at, (0, 0), 1 if kind is BlockKind.HEADING else 0))
        at += len(text) + 1
    return blocks


def test_a_quoted_heading_that_says_more_than_the_text_stays():
    text = (BlockKind.PARAGRAPH, "Seit hundert Jahren wächst sie hier: eine alte Sorte kennt "
                                 "den Boden viel besser als jede Züchtung.")
    kept = blocks_without_pull_quotes(_blocks(
        (BlockKind.HEADING, "Titel"), text,
        (BlockKind.HEADING, "«Eine Sorte kennt den Boden besser als jede Züchtung.»"),
        (BlockKind.HEADING, "«Eine Sorte kennt das Klima und den Boden.»")))
    assert [b.text for b in kept] == ["Titel", text[1],
                                      "«Eine Sorte kennt das Klima und den Boden.»"]
