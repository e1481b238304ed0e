"""Real files' traps, round 8 (session 13; tests/document/fixtures/real_formats): a PDF's
contents page whose entries are the questions again, with dot leaders; a publisher's
EPUB whose cover and title page the table of contents names. Each rule has a test that
catches it and one that keeps it from reaching too far."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reader.document.formats.blocks import BlockBuilder
from reader.document.formats.pull_quotes import blocks_without_pull_quotes
from reader.document.model import BlockKind
from reader.document.pipeline import open_document
from reader.speech.pronunciation import speakable
from tests.document.formats.makers import write_epub

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "real_formats"))
from pdf_raw import Flow, Item, width, write_raw_pdf  # noqa: E402 - the fixtures' own folder

_QUESTIONS = ["Why did the mill close after the war?", "What do you miss most about it?"]


def _texts(path: Path) -> list[str]:
    return [block.text for block in open_document(path, with_language=False).blocks]


# --- A contents page that lists the questions ------------------------------------------------

def _booklet(tmp_path: Path) -> Path:
    """A contents page (entry, a run of dots, the page) over bold questions and answers."""
    contents = [Item(72, 740, "Voices of the Mill", "B", 24), Item(72, 700, "Contents", "B", 14)]
    for row, question in enumerate(_QUESTIONS):
        y = 676 - 18 * row
        start = 72 + width(question + " ", 11)
        contents += [Item(72, y, question, "R", 11), Item(516, y, "2", "R", 11),
                     Item(start, y, "." * int((510 - start) / width(".", 11)), "R", 11)]
    body = Flow([(72, 450)])
    for question in _QUESTIONS:
        body.paragraph(question, "B", 13, after=4)
        body.paragraph("The orders stopped coming and the looms were sold that summer, "
                       "one by one, to a dealer from Leeds.", "R", 11, after=12)
    return write_raw_pdf(tmp_path / "booklet.pdf", [contents] + body.pages,
                         producer="Microsoft® Word for Microsoft 365")


def test_a_question_its_contents_page_lists_is_kept_where_it_is_asked(tmp_path):
    texts = _texts(_booklet(tmp_path))
    for question in _QUESTIONS:  # the contents' line, and the question over its answer
        assert question in texts, texts
        assert any(question in text and "...." in text for text in texts), texts


def _blocks(*made: tuple[BlockKind, str]) -> list:
    builder = BlockBuilder()
    for kind, text in made:
        builder.add(kind, text, 2 if kind is BlockKind.HEADING else 0)
    return builder.blocks


def test_a_pull_quote_a_paragraph_says_again_is_still_left_out():
    said = "We never thought the looms would stop, not even in the last winter."
    blocks = _blocks((BlockKind.HEADING, "Voices of the Mill"),
                     (BlockKind.PARAGRAPH, f"She laughs. {said} Then they did. 3"),
                     (BlockKind.HEADING, f"“{said}”"),
                     (BlockKind.PARAGRAPH, "Contents: Introduction .......... 2"))
    assert [b.text for b in blocks_without_pull_quotes(blocks)] == [
        "Voices of the Mill", f"She laughs. {said} Then they did. 3",
        "Contents: Introduction .......... 2"]


# --- Dot leaders, heard -------------------------------------------------------------------

def test_dot_leaders_are_heard_as_one_pause_and_map_back_to_the_dots():
    written = "Why did the mill close? ........................ 3"
    spoken = speakable(written, "en", base=100)
    assert spoken.text == "Why did the mill close?, 3"
    pause = spoken.text.index(",")
    start, end = spoken.offsets.to_original(pause, pause + 1)
    assert written[start - 100:end - 100].strip() == "." * 24
    three = re.search(r"3", spoken.text)
    assert three is not None
    assert spoken.offsets.to_original(*three.span()) == (100 + len(written) - 1, 100 + len(written))
    assert speakable("Contents . . . . . . . 2", "fr").text == "Contents, 2"


def test_an_ellipsis_and_dotted_numbers_are_said_as_written():
    for written in ("Wait... what?", "And then.... nothing.", "Version 1.2.3.4.5.6 is out."):
        assert speakable(written, "en").text == written


# --- A publisher's cover and title page ----------------------------------------------------

def _novel(tmp_path: Path, cover: str, title_page: str) -> Path:
    chapters = [("Cover", f'<div><img src="cover.jpg" alt="{cover}"/></div>'),
                ("Title Page", f"<h1>{title_page}</h1><p>A Novel</p>"),
                ("Chapter One", "<p>The light had not failed in ninety years.</p>"),
                ("Chapter Two", "<h2>Two</h2><p>The letter came on a Tuesday.</p>")]
    return write_epub(tmp_path / "novel.epub", chapters, title="The Keeper's Daughter",
                      language="en")


def test_a_cover_that_says_the_books_title_opens_the_book_without_the_word_cover(tmp_path):
    document = open_document(_novel(tmp_path, "The Keeper's Daughter", "The Keeper's Daughter"),
                             with_language=False)
    headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    assert document.title == "The Keeper's Daughter"
    assert "Cover" not in headings
    assert "Chapter One" in headings  # a chapter after the title page keeps its label


def test_front_matter_that_never_says_the_title_keeps_its_labels_as_headings(tmp_path):
    novel = _novel(tmp_path, "A lighthouse at dusk", "Daughter of the Light")
    document = open_document(novel, with_language=False)
    headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings[:3] == ["Cover", "Daughter of the Light", "Chapter One"]


def test_each_contents_entry_is_a_paragraph_of_its_own(tmp_path):
    texts = _texts(_booklet(tmp_path))
    entries = [text for text in texts if "...." in text]
    assert [entry.split(" .")[0] for entry in entries] == _QUESTIONS, texts


def test_a_line_that_ends_in_an_ellipsis_and_a_number_goes_on(tmp_path):
    lines = ["The counting went on and on, the boxes first, then the crates... 3",
             "hundred of them by the evening, and the foreman still not satisfied."]
    page = [Item(72, 700 - 14 * row, line, "R", 11) for row, line in enumerate(lines)]
    path = write_raw_pdf(tmp_path / "ellipsis.pdf", [page], producer="Acrobat Distiller")
    assert _texts(path) == [" ".join(lines)]
