"""Real files' traps, round 14 (session 16; tests/document/fixtures/real_formats): a slide
deck's footer on its title slide without the slide's number, note references glued to their
word in web pages and EPUBs, an EPUB's headings set by its stylesheet, a post's reading
time. Each rule has a test that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from reader.document.model import InlineStyle
from reader.document.pipeline import open_document
from scripts.score_real_formats import DEFAULT, built
from tests.document.formats.makers import write_epub


def _document(path: Path):
    return open_document(path, with_language=False)


def _said(document) -> str:
    return " ".join(block.text for block in document.blocks)


def _note_references(document) -> list[str]:
    return [document.text[i.start:i.end] for block in document.blocks for i in block.inlines
            if i.style is InlineStyle.NOTE_REFERENCE]


# --- A slide deck's footer, numbered on all slides but the first -----------------------------

def _slides(tmp_path: Path, first_footer: str) -> Path:
    if str(DEFAULT) not in sys.path:
        sys.path.insert(0, str(DEFAULT))
    from pdf_raw import Item, write_raw_pdf

    pages = [[Item(60, 300, "Fragen an den Vorstand", "B", 30),
              Item(60, 24, first_footer, "R", 10)]]
    for number, (question, answer) in enumerate([
            ("Wann beginnt die Saison?", "Am ersten Samstag im April, wie jedes Jahr."),
            ("Wer mäht den Platz?", "Der Platzwart, und samstags helfen die Jugendlichen."),
            ("Was kostet die Mitgliedschaft?", "Sechzig Euro im Jahr, Schüler die Hälfte.")],
            2):
        pages.append([Item(50, 400, question, "B", 26), Item(60, 330, answer, "R", 18),
                      Item(40, 24, "Tennisverein Grünweiß", "R", 10),
                      Item(790, 24, str(number), "R", 10)])
    return write_raw_pdf(tmp_path / "slides.pdf", pages, size=(842, 474), producer="Impress")


def test_a_title_slides_footer_without_its_number_is_the_footer(tmp_path):
    document = _document(built("pdf-slides-export-pt", DEFAULT, tmp_path))
    assert "Associação Terra Viva" not in _said(document)
    said = _said(_document(_slides(tmp_path, "Tennisverein Grünweiß")))
    assert "Tennisverein" not in said
    assert "Am ersten Samstag im April, wie jedes Jahr." in said


def test_a_title_slides_own_foot_line_is_read(tmp_path):
    said = _said(_document(_slides(tmp_path, "Stand: März, Entwurf für die Versammlung")))
    assert "Stand: März, Entwurf für die Versammlung" in said
    assert "Tennisverein" not in said


# --- Note references glued to their word -----------------------------------------------------

def test_an_epubs_glued_note_link_is_a_note_reference(tmp_path):
    path = write_epub(tmp_path / "notes.epub", [("Gespräch", (
        '<p>Wir kamen über den Bürgerfunk<a href="#n1" id="r1">1</a> zum Radio, über das '
        'Lokalradio<sup><a href="#n2">[2]</a></sup> nicht.</p>'
        '<p id="n1"><a href="#r1">1</a> Sendezeit für Bürger.</p>'
        '<p id="n2">2 Der private Sender des Kreises.</p>'))], language="de")
    document = _document(path)
    assert _note_references(document) == ["1", "[2]"]
    assert "Bürgerfunk1 zum Radio" in _said(document)  # the text is not changed


def test_a_web_pages_note_reference_is_marked_and_its_words_kept():
    document = _document(DEFAULT / "html-blog-glued-noterefs-es.html")
    assert _note_references(document) == ["1", "2"]
    assert "Ayuntamiento1 y veinte vecinos" in _said(document)


def test_a_link_with_words_or_a_space_before_it_is_no_note_reference(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><body><article><h1>Der Chor</h1><p>Mehr dazu in '
                    '<a href="#n1">Anmerkung 1</a> und auf Seite <a href="#s3">3</a>, '
                    'oder im Heft<a href="heft.html#s4">4</a>.</p><p>Das ist alles, was wir '
                    'über die Proben wissen.</p></article></body></html>', "utf-8")
    document = _document(path)
    assert _note_references(document) == []
    assert "Anmerkung 1 und auf Seite 3, oder im Heft4." in _said(document)


# --- A post's reading time -------------------------------------------------------------------

def test_a_posts_reading_time_is_not_read(tmp_path):
    document = _document(DEFAULT / "medium-saved-page-claps-sv.html")
    assert "6 min read" not in _said(document)
    path = tmp_path / "post.html"
    path.write_text('<html><body><article><h1>Im Garten</h1><p class="meta"><span>Lesezeit: '
                    '4 Minuten</span> · <time>3. Mai 2024</time></p><p>Wir haben mit der '
                    "Gärtnerin gesprochen, die den Park seit zwanzig Jahren pflegt.</p>"
                    "</article></body></html>", "utf-8")
    said = _said(_document(path))
    assert "Lesezeit" not in said and "3. Mai 2024" in said


def test_minutes_said_in_the_text_are_read(tmp_path):
    path = tmp_path / "recipe.html"
    path.write_text('<html><body><article><h1>Brot</h1><p>Der Teig ruht.</p><p>45 min</p>'
                    "<p>Wir haben 6 min read-only Zeit gehabt, sagt sie, und dann zehn "
                    "Minuten Lesezeit am Abend.</p></article></body></html>", "utf-8")
    said = _said(_document(path))
    assert "45 min" in said and "6 min read-only Zeit" in said


# --- An EPUB's headings set by its stylesheet ------------------------------------------------

def test_an_epubs_paragraph_its_stylesheet_sets_large_is_its_heading(tmp_path):
    document = _document(built("epub2-indesign-cs6-cs", DEFAULT, tmp_path))
    assert document.title == "Rozhovor s paličkářkou"


def _styled_epub(tmp_path: Path, body: str) -> Path:
    path = write_epub(tmp_path / "styled.epub", [("Kapitel", body)], language="de")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("OEBPS/style.css", "/* InDesign */ p.Titel { font-size: 2em }\n"
                         "p.Zitat, .Gross { font-size: 160% }\np.Klein { font-size: 0.8em }")
        opf = archive.read("OEBPS/content.opf").decode("utf-8")
    rewritten = tmp_path / "rewritten.epub"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "OEBPS/content.opf":
                data = opf.replace("<manifest>", '<manifest><item id="css" href="style.css" '
                                   'media-type="text/css"/>').encode("utf-8")
            target.writestr(info, data)
    return rewritten


def test_a_large_paragraph_that_is_a_sentence_or_long_stays_a_paragraph(tmp_path):
    document = _document(_styled_epub(tmp_path, (
        '<p class="Titel">Die Orgelbauerin</p><p>Sie repariert seit dreißig Jahren Orgeln.</p>'
        '<p class="Zitat">Eine Orgel ist nie fertig.</p><p class="Zitat">„Ich fluche '
        'manchmal“</p><p class="Gross">Wir haben sie in '
        "ihrer Werkstatt besucht und mit ihr über die Bälge, das Leder, die Pfeifen und den "
        'Nachwuchs gesprochen</p><p class="Klein">Foto: privat</p>')))
    headings = [b.text for b in document.blocks if b.kind.value == "heading"]
    assert "Die Orgelbauerin" in headings
    assert "Eine Orgel ist nie fertig." not in headings and "„Ich fluche manchmal“" not in headings
    assert not any(h.startswith("Wir haben sie") for h in headings)
    assert "Eine Orgel ist nie fertig." in _said(document) and "Foto: privat" in _said(document)


# --- LibreOffice's generated table of contents -----------------------------------------------

def test_libreoffices_table_of_contents_of_the_headings_is_not_heard(tmp_path):
    document = _document(built("odt-heading2-contents-index-es", DEFAULT, tmp_path))
    said = _said(document)
    assert said.count("¿Es difícil encontrar voces masculinas?") == 1
    assert "Índice" not in said
    assert len(document.questions) == 4


def test_a_table_of_contents_with_other_words_is_read(tmp_path):
    path = built("odt-heading2-contents-index-es", DEFAULT, tmp_path)
    with zipfile.ZipFile(path) as source:
        content = source.read("content.xml").decode("utf-8")
        others = {i.filename: source.read(i.filename) for i in source.infolist()}
    # an entry typed into the index by hand (or left from an older heading)
    content = content.replace("</text:index-body>", "<text:p>Fotos: Archivo del coro<text:tab/>"
                              "3</text:p></text:index-body>", 1)
    edited = tmp_path / "edited.odt"
    with zipfile.ZipFile(edited, "w") as target:
        target.writestr("mimetype", others.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in others.items():
            target.writestr(name, content if name == "content.xml" else data)
    said = _said(_document(edited))
    assert "Fotos: Archivo del coro" in said
    assert said.count("¿Es difícil encontrar voces masculinas?") == 2  # nothing of it lost
