"""Real files' traps, round 11 (session 15; tests/document/fixtures/real_formats): Safari's
web archives, Markdown as note apps and site generators write it (front matter, Obsidian's
comments, wiki links, highlights, callouts), a book's contents page printed in its EPUB, and
a news site's "Listen to this article" player. Each rule has a test that catches it and one
that keeps it from reaching too far."""

from __future__ import annotations

import plistlib
import zipfile
from pathlib import Path

import pytest

from reader.document.formats.vault_markdown import as_commonmark
from reader.document.loading import LoadError, LoadProblem
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built
from tests.document.formats.makers import write_epub


def _document(path: Path):
    return open_document(path, with_language=False)


def _said(path: Path) -> str:
    return " ".join(b.text for b in _document(path).blocks)


def _archive(tmp_path: Path, main: dict, name: str = "page.webarchive",
             binary: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes(plistlib.dumps(
        {"WebMainResource": main, "WebSubresources": []},
        fmt=plistlib.FMT_BINARY if binary else plistlib.FMT_XML))
    return path


_PAGE = ("<html><head><title>Ferry captain: three questions</title></head><body><article>"
         "<h1>Ferry captain: three questions</h1><p><b>How long have you sailed?</b></p>"
         "<p>Twenty years, always on the same crossing.</p></article></body></html>")


# --- Safari's web archives -------------------------------------------------------------------

def test_a_safari_web_archive_is_read_as_its_page(tmp_path):
    document = _document(built("safari-webarchive-de", DEFAULT, tmp_path))
    assert document.title == "Imker im Interview: „Die Völker sind nervös“"
    said = " ".join(b.text for b in document.blocks)
    assert "Wird der Honig teurer?" in said and "mit Futterteig, nicht mit Sirup" in said
    assert "window.cmp" not in said and "bplist" not in said  # its scripts are never read


def test_file_open_offers_safari_web_archives_with_web_pages():
    from reader import messages

    filters = messages.document_filters().split(";;")
    assert "*.webarchive" in filters[0]
    assert any("*.html" in f and "*.webarchive" in f for f in filters[1:])


def test_an_xml_web_archive_and_its_encoding_are_read(tmp_path):
    page = _PAGE.replace("Twenty", "Über zwanzig").encode("cp1252")
    path = _archive(tmp_path, {"WebResourceData": page, "WebResourceMIMEType": "text/html",
                               "WebResourceTextEncodingName": "windows-1252",
                               "WebResourceURL": "https://example.org/"}, binary=False)
    assert "Über zwanzig years" in _said(path)


def test_a_web_archive_of_a_picture_or_a_damaged_one_says_so(tmp_path):
    picture = _archive(tmp_path, {"WebResourceData": b"\x89PNG\r\n",
                                  "WebResourceMIMEType": "image/png"}, "photo.webarchive")
    with pytest.raises(LoadError) as refused:
        _document(picture)
    assert refused.value.problem is LoadProblem.BINARY
    cut = tmp_path / "cut.webarchive"
    cut.write_bytes(plistlib.dumps({"WebMainResource": {"WebResourceData": b"x" * 200}},
                                   fmt=plistlib.FMT_BINARY)[:60])
    with pytest.raises(LoadError) as damaged:
        _document(cut)
    assert damaged.value.problem is LoadProblem.CORRUPT


def test_a_web_archive_declaring_entities_is_refused_unexpanded(tmp_path):
    path = tmp_path / "entities.webarchive"
    path.write_text('<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY x SYSTEM '
                    '"file:///etc/passwd">]><plist version="1.0"><dict><key>WebMainResource'
                    "</key><dict><key>WebResourceData</key><string>&x;</string></dict></dict>"
                    "</plist>", "utf-8")
    with pytest.raises(LoadError) as refused:
        _document(path)
    assert refused.value.problem is LoadProblem.UNSAFE_XML


def test_a_web_page_that_merely_mentions_a_web_archive_is_a_web_page(tmp_path):
    path = tmp_path / "about.html"
    path.write_text(_PAGE.replace("Twenty years", "Twenty years (WebMainResource, bplist00)"),
                    "utf-8")
    assert "WebMainResource, bplist00" in _said(path)


# --- Markdown as note apps write it ----------------------------------------------------------

def test_an_obsidian_note_reads_as_obsidian_shows_it(tmp_path):
    document = _document(built("obsidian-vault-note-md-en", DEFAULT, tmp_path))
    said = " ".join(b.text for b in document.blocks)
    assert document.title == "Interview – Maud Ellery, potter"
    assert "aliases" not in said and "created:" not in said  # the front matter
    assert "glaze supplier" not in said and "%%" not in said  # the writer's own comment
    assert "Saturday market" in said and "Canterbury makers market" not in said
    assert "Whitstable" in said and "[[" not in said and "kiln-2023" not in said
    assert "fully control it" in said and "==" not in said
    assert [q.heading for q in document.questions][0] == "How long have you been throwing pots?"


def test_front_matter_title_opens_a_post_that_has_no_heading(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\nlayout: post\ntitle: \"Five questions for a lighthouse keeper\"\n"
                    "date: 2021-06-01\ntags:\n  - interviews\n---\n\n**Why this light?**\n\n"
                    "Because nobody else wanted it.\n", "utf-8")
    document = _document(path)
    assert document.title == "Five questions for a lighthouse keeper"
    assert "layout: post" not in _said(path)


def test_a_rule_at_the_top_above_prose_and_fenced_syntax_stay(tmp_path):
    text = ("---\nThe first line is prose, under a rule.\n---\n\nAt 100%% of the time.\n\n"
            "```\n%%kept%% [[kept]] ==kept==\n```\n")
    shown = as_commonmark(text)
    assert "The first line is prose, under a rule." in shown
    assert "%%kept%% [[kept]] ==kept==" in shown and "100%% of the time" in shown
    path = tmp_path / "notes.txt"  # a text file's wiki-like brackets are its own words
    path.write_text("Remember [[this]] and ==that==.\n", "utf-8")
    assert "[[this]]" in _said(path) and "==that==" in _said(path)


def test_links_callouts_and_headings_underlined_keep_their_words():
    shown = as_commonmark("Title\n=====\n\nSee [[Trips/Lisbon#Day two]] and [[Porto]].\n\n"
                          "> [!NOTE]\n> Bring a coat.\n\n> [!tip]- Packing\n> Light.\n")
    assert "Title\n=====" in shown
    assert "Lisbon > Day two" in shown and "Porto" in shown
    # the title a line of its own over the callout's words (round 18)
    assert "> **Note**\n>\n> Bring a coat." in shown and "> **Packing**\n" in shown


# --- A book's printed contents ---------------------------------------------------------------

def test_a_book_of_interviews_with_a_printed_contents_page_keeps_its_title(tmp_path):
    document = _document(built("epub3-interview-book-nav-es", DEFAULT, tmp_path))
    assert document.title == "Oficios que resisten"
    said = " ".join(b.text for b in document.blocks)
    assert said.count("Esteban Lozano, afilador") == 2  # the contents' line and the chapter's


def test_paragraphs_that_merely_name_a_chapter_are_paragraphs(tmp_path):
    chapters = [("Uno", "<h1>Uno</h1><p>Dos</p><p>Una historia larga sobre el mar.</p>"),
                ("Dos", "<h1>Dos</h1><p>Texto.</p>")]
    path = write_epub(tmp_path / "book.epub", chapters, title="Libro", language="es")
    with zipfile.ZipFile(path) as book:
        assert "OEBPS/nav.xhtml" in book.namelist()
    kinds = [(b.text, b.kind.value) for b in _document(path).blocks]
    assert ("Dos", "paragraph") in kinds and ("Dos", "heading") in kinds
    assert ("Una historia larga sobre el mar.", "paragraph") in kinds


# --- A news site's audio player ---------------------------------------------------------------

def test_a_listen_to_this_article_player_is_not_read(tmp_path):
    said = _said(built("chrome-save-complete-files-folder-en", DEFAULT, tmp_path))
    assert "Listen to this article" not in said and "Voiced by" not in said
    assert "Lockdown doubled the list" in said


def test_a_player_profile_and_words_about_listening_are_read(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><h1>Choir notes</h1><div class='player-profile'>"
                    "<p>Born in Cork, she joined the club at nine.</p></div><p>Listen to the "
                    "basses first, then the altos.</p><p>We sing on Thursdays.</p></article>"
                    "</body></html>", "utf-8")
    said = _said(path)
    assert "Born in Cork" in said and "Listen to the basses first" in said
