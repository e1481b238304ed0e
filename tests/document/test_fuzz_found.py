"""What the fuzz campaign found in Word, OpenDocument, EPUB and PDF files, each reduced to a
small file: a regression test per class of failure."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path

import pytest

from reader.document.pipeline import open_document

from .formats.makers import write_epub

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def fuzzing():
    """The campaign's file writers (scripts/fuzzing): a PDF of any Unicode text, for one."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        importlib.import_module("fuzzing.make_pdf")
        importlib.import_module("fuzzing.make_docx")
        yield sys.modules["fuzzing"]
    finally:
        sys.path.remove(str(SCRIPTS))


def test_an_epub_chapter_with_hidden_text_opens_without_it(tmp_path):
    # A well-formed XHTML chapter with a hidden span was refused as damaged (its elements were
    # plain XML ones, which the web page code could not drop): the whole book was lost.
    path = write_epub(tmp_path / "book.epub", [(
        "Un", "<p>Il était une fois une enquête qui commençait au port.</p>"
              '<p><span hidden="hidden">caché</span> La suite se lit.</p>'
              '<p><span style="display:none">effacé</span> Et la fin aussi.</p>')])
    document = open_document(path)
    assert "La suite se lit." in document.text and "Et la fin aussi." in document.text
    assert "caché" not in document.text and "effacé" not in document.text


def test_characters_beyond_the_basic_plane_keep_a_pdfs_lines_in_place(fuzzing, tmp_path):
    # PDFium counts an emoji or a mathematical letter as two characters (its UTF-16
    # surrogates) where Python counts one: every line after one was measured from the wrong
    # characters, and lines came out of order, cut or twice.
    layout = fuzzing.make_pdf._Layout(random.Random(0))
    paragraphs = ["Le 😀 et 𝐀𝐁𝐂 ouvrent 😀😀😀 la première ligne, qui continue encore.",
                  "Deuxième paragraphe : la suite se lit dans l'ordre, sans rien perdre.",
                  "Troisième 𝐃 paragraphe, qui finit 😀 le texte."]
    for text in paragraphs:
        layout.paragraph([(text, False)])
    path = tmp_path / "emoji.pdf"
    path.write_bytes(layout.pdf(random.Random(0)))
    assert [b.text for b in open_document(path, with_language=False).blocks] == paragraphs


def test_an_invisible_variable_and_a_hidden_text_field_are_not_read(tmp_path):
    # LibreOffice shows neither a variable set to display nothing nor a Hidden Text field
    # whose condition hides it; the reader read both.
    import odfdo

    document = odfdo.Document("text")
    body = document.body
    body.clear()
    body.append(odfdo.Element.from_tag(
        '<text:p>Avant <text:variable-set text:name="v" office:value-type="string" '
        'text:display="none">invisible</text:variable-set>après <text:hidden-text '
        'text:condition="ooow:1" text:string-value="x" text:is-hidden="true">masqué'
        '</text:hidden-text>fin.</text:p>'))
    path = tmp_path / "fields.odt"
    document.save(str(path))
    assert open_document(path, with_language=False).text == "Avant après fin."


def test_a_text_box_inside_a_text_box_is_read_after_its_own_paragraph(tmp_path):
    # Boxes waited in one queue: a box inside the first box of a paragraph was read after
    # the paragraph's second box, out of order.
    import odfdo

    def box(inner: str) -> str:
        return ('<draw:frame text:anchor-type="paragraph"><draw:text-box>'
                f"{inner}</draw:text-box></draw:frame>")

    document = odfdo.Document("text")
    body = document.body
    body.clear()
    inner = box("<text:p>Dedans.</text:p>")
    first = box(f"<text:p>Premier cadre.{inner}</text:p>")
    second = box("<text:p>Second cadre.</text:p>")
    body.append(odfdo.Element.from_tag(f"<text:p>Le texte.{first}{second}</text:p>"))
    path = tmp_path / "boxes.odt"
    document.save(str(path))
    assert open_document(path, with_language=False).text.split("\n") == [
        "Le texte.", "Premier cadre.", "Dedans.", "Second cadre."]


def test_a_billion_spaces_in_an_opendocument_file_cost_nothing(tmp_path):
    # "<text:s text:c="2147483647"/>" (a damaged count) was written out: two gigabytes and a
    # minute for a space the reader makes one anyway.
    import odfdo

    document = odfdo.Document("text")
    body = document.body
    body.clear()
    body.append(odfdo.Element.from_tag(
        '<text:p>Avant<text:s text:c="2147483647"/>après<text:s text:c="3"/>fin.</text:p>'))
    path = tmp_path / "spaces.odt"
    document.save(str(path))
    assert open_document(path, with_language=False).text == "Avant après fin."


def test_a_word_files_runs_do_not_each_search_every_style(tmp_path, monkeypatch):
    # Run.style with no w:rStyle looks the default character style up by reading every style
    # of the document, and the reader asked up to three times a run: 2,000 runs in a document
    # of 164 styles took 24 s.
    import docx
    from docx.styles.styles import Styles

    document = docx.Document()
    for number in range(100):
        document.add_paragraph().add_run(f"Phrase {number}.")
    path = tmp_path / "runs.docx"
    document.save(str(path))
    searched = []
    default = Styles.default
    monkeypatch.setattr(Styles, "default",
                        lambda styles, kind: searched.append(kind) or default(styles, kind))
    assert len(open_document(path, with_language=False).blocks) == 100
    assert len(searched) <= 10  # once per kind of style, not once per run


def test_a_pdf_bookmark_with_a_damaged_title_costs_only_that_bookmark(fuzzing, tmp_path):
    # A bookmark title that is not UTF-16 (a lone surrogate) made pypdfium2 raise, and the
    # whole file was refused as damaged.
    layout = fuzzing.make_pdf._Layout(random.Random(0))
    layout.paragraph([("Un titre", True)], size=18)
    layout.paragraph([("Le texte du document, qui se lit en entier.", False)])
    data = layout.pdf(random.Random(0))
    title = re.search(rb"/Title <FEFF([0-9a-f]+)>", data)
    damaged = b"d800" + b"0020" * (len(title.group(1)) // 4 - 1)
    path = tmp_path / "bookmark.pdf"
    path.write_bytes(data[:title.start(1)] + damaged + data[title.end(1):])
    assert open_document(path, with_language=False).text.endswith(
        "Un titre\nLe texte du document, qui se lit en entier.")


def test_a_bomb_odfdo_refuses_is_called_a_bomb_and_a_damaged_member_is_damaged(tmp_path):
    # odfdo refuses a member that inflates over 1,000 times (a "security breach"), and a
    # member whose compressed bytes are damaged raised zlib's own error: both came out as
    # a library's error caught last, the first not even named a bomb.
    import zipfile

    import odfdo

    from reader.document.loading import LoadError, LoadProblem

    path = tmp_path / "bomb.odt"
    odfdo.Document("text").save(str(path))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Pictures/blank.xml", b"<a>" + b" " * 900_000 + b"</a>")
    with pytest.raises(LoadError) as caught:
        open_document(path)
    assert caught.value.problem is LoadProblem.ZIP_BOMB

    from reader.document.formats.safety import SafeZip

    whole = path.read_bytes()
    start = whole.index(b"Pictures/blank.xml") + len(b"Pictures/blank.xml")
    damaged = whole[:start + 2] + bytes([whole[start + 2] ^ 0xFF]) + whole[start + 3:]
    with pytest.raises(LoadError) as caught:
        SafeZip(damaged, "x.odt").read("Pictures/blank.xml")
    assert caught.value.problem is LoadProblem.CORRUPT


def test_a_word_tables_cells_keep_their_pictures_descriptions(fuzzing, tmp_path):
    # A table read as rows of values took each cell's text from its runs alone: a numbered
    # paragraph's words ("Question 1 :"), a picture's alt text and a text box were lost.
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ("Nom", "Portrait", "Zoé", ""), strict=True):
        cell.text = text
    picture = table._cells[3].paragraphs[0].add_run().add_picture(
        io.BytesIO(fuzzing.make_docx._PNG))
    picture._inline.docPr.set("descr", "Zoé au port")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert "Zoé au port" in open_document(path, with_language=False).text


def test_a_heading_cut_across_two_lines_is_not_repeated_by_its_bookmark(fuzzing, tmp_path):
    # The heading keeps the hyphen of its line's end ("Grandi-ose"), its bookmark has none:
    # taken for another heading, the bookmark was inserted again at the top of its page.
    layout = fuzzing.make_pdf._Layout(random.Random(0))
    layout.paragraph([("Un texte avant le titre, qui se lit en premier.", False)])
    layout.bookmarks.append(("Grandiose titre", 0, layout.y))
    layout.draw([("Grandi-", True)], 18, 0)
    layout.draw([("ose titre", True)], 18, 0)
    layout.y -= 10
    layout.paragraph([("Le texte qui suit le titre.", False)])
    path = tmp_path / "heading.pdf"
    path.write_bytes(layout.pdf(random.Random(0)))
    text = open_document(path, with_language=False).text
    assert text.count("titre\n") == 1 and text.index("premier.") < text.index("ose titre")
