"""Real files' traps, round 7 (session 13; tests/document/fixtures/real_formats): PDFs as
their producers write them, byte by byte (``pdf_raw``): a transcript's line numbers in
the margin, a headline across two columns under a running head, a magazine's folio; and an
OpenDocument table that lays text out (a transcript's turns) read cell by cell. Each rule has a test
that catches it and one that keeps it from reaching too far."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.document.model import BlockKind, InlineStyle
from reader.document.pipeline import open_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "real_formats"))
from odt_parts import write_odt  # noqa: E402 - the fixtures' own folder
from pdf_raw import Flow, Item, write_raw_pdf  # noqa: E402

_ANSWER = ("That it was probably a field drain and that I should not worry about it, and "
           "then the whole corner of the field went soft.")


def _texts(path: Path) -> list[str]:
    return [block.text for block in open_document(path, with_language=False).blocks]


# --- Line numbers in the margin --------------------------------------------------------------

def _numbered_page(tmp_path: Path, rows: list[str], gap: float) -> Path:
    """One page of ``rows``, each numbered in the left margin, its text ``gap`` points right
    of where the number starts."""
    page = []
    for row, text in enumerate(rows):
        y = 700 - 24 * row
        page += [Item(72, y, str(row + 1), "R", 12), Item(72 + gap, y, text, "R", 12)]
    return write_raw_pdf(tmp_path / "numbered.pdf", [page], producer="Acrobat Distiller")


def test_a_transcripts_line_numbers_are_left_out_and_its_labels_open_the_lines(tmp_path):
    rows = ["Q.   What did the engineer tell you?"]
    rows += [f"A.   {line}" if n == 0 else line for n, line in
             enumerate(Flow([(0, 380)]).lines(_ANSWER, "R", 12, 380))]
    rows += ["Q.   And did you believe him?", "A.   No. I had seen the water come up."]
    texts = _texts(_numbered_page(tmp_path, rows, 36))
    assert texts[0] == "Q. What did the engineer tell you?"
    assert texts[1].startswith("A. That it was probably a field drain")
    assert "soft." in texts[1] and not any(char.isdigit() for char in "".join(texts))


def test_a_numbered_lists_numbers_set_a_tab_from_their_items_are_kept(tmp_path):
    rows = ["Preheat the oven and grease the tin.", "Beat the butter and the sugar.",
            "Fold in the flour with a metal spoon.", "Pour the batter into the tin.",
            "Bake for forty minutes, then leave to cool."]
    texts = _texts(_numbered_page(tmp_path, rows, 24))
    assert all(text[0].isdigit() for text in texts) and texts[0].startswith("1")


def test_numbers_a_space_from_their_line_are_the_lines_words(tmp_path):
    rows = ["Q. How many hives do you keep?", "eleven, on three sites across the town,",
            "two of them on the roof of the library.", "Q. And the honey?",
            "sold at the market until it runs out."]
    texts = _texts(_numbered_page(tmp_path, rows, 9))
    assert "".join(texts).startswith("1 Q. How many hives")


# --- A headline across two columns, under a running head ----------------------------------

def _magazine_page(tmp_path: Path, pull_quote: bool = False) -> Path:
    left, right = Flow([(57, 230)], top=690), Flow([(308, 230)], top=690)
    for flow, words in ((left, "The left column opens the interview. "),
                        (right, "The right column goes on with it. ")):
        flow.paragraph(words * 40, "TR", 9.5)
    page = [Item(400, 805, "KULTUR 03/2024 · 46", "R", 7.5),
            Item(57, 760, "The choir leader", "B", 11),
            Item(57, 722, "Every child brings a song", "TB", 28)]
    if pull_quote:
        page = page[:1] + [Item(120, 400, "Music is the first language we share", "TI", 17)]
    page += left.pages[0] + right.pages[0]
    return write_raw_pdf(tmp_path / "magazine.pdf", [page], producer="Adobe PDF Library 17.0")


def test_a_headline_across_the_columns_under_a_running_head_is_read_first(tmp_path):
    document = open_document(_magazine_page(tmp_path), with_language=False)
    texts = [block.text for block in document.blocks if "KULTUR" not in block.text]
    assert texts[:2] == ["The choir leader", "Every child brings a song"]
    assert document.blocks[-1].text.startswith("The right column goes on")
    assert texts[2].startswith("The left column opens")


def test_a_line_across_the_columns_middle_is_still_read_after_them(tmp_path):
    texts = [text for text in _texts(_magazine_page(tmp_path, pull_quote=True))
             if "KULTUR" not in text]
    assert texts[0].startswith("The left column opens")
    assert texts[-1] == "Music is the first language we share"


# --- A magazine's folio on a one-page file -------------------------------------------------

def _one_page(tmp_path: Path, foot: str, size: float = 8) -> Path:
    flow = Flow([(72, 451)])
    flow.paragraph("Counting the flowers of the fen", "B", 18)
    flow.paragraph("When did you first survey the fen?", "B", 10)
    flow.paragraph("In 1998, as a volunteer, with a notebook and a borrowed lens. " * 3, "R", 10)
    page = flow.pages[0] + [Item(72, 50, foot, "I", size)]
    return write_raw_pdf(tmp_path / "page.pdf", [page], producer="pdfTeX-1.40.25")


def test_a_magazines_folio_with_its_printed_page_number_is_not_read(tmp_path):
    for foot in ("Fenland Life · Summer 2024 · 23", "23 | Fenland Life"):
        assert not any("Fenland Life" in text for text in _texts(_one_page(tmp_path, foot)))


def test_a_foot_ending_in_a_year_or_set_in_the_texts_size_is_read(tmp_path):
    assert "Photographs · Sam Reid · 2024" in _texts(
        _one_page(tmp_path, "Photographs · Sam Reid · 2024"))
    assert "Fenland Life · Summer 2024 · 23" in _texts(
        _one_page(tmp_path, "Fenland Life · Summer 2024 · 23", size=10))


# --- An OpenDocument table that lays text out ----------------------------------------------

def _odt_table(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p>'
            "</table:table-cell>" for cell in row) + "</table:table-row>" for row in rows)
    body = ('<text:p text:style-name="Title">Transkript Interview P07</text:p>'
            f'<table:table table:name="T"><table:table-column table:number-columns-repeated='
            f'"{len(rows[0])}"/>{cells}</table:table>')
    return write_odt(tmp_path / "table.odt", body, language="de-DE")


def test_an_odt_transcripts_table_of_turns_is_read_cell_by_cell(tmp_path):
    rows = [("#00:00:05-2#", "I", "Können Sie erzählen, wie Sie zur Pflege gekommen sind?"),
            ("#00:00:11-8#", "B", "Über den Zivildienst. Ich war im Altenheim und bin geblieben."),
            ("#00:01:02-4#", "I", "Was hat sich in dieser Zeit verändert?"),
            ("#00:01:06-0#", "B", "Die Dokumentation. Früher ein Heft, heute ein Tablet.")]
    document = open_document(_odt_table(tmp_path, rows), with_language=False)
    kinds = {block.kind for block in document.blocks[1:]}
    assert kinds == {BlockKind.PARAGRAPH}
    assert [block.text for block in document.blocks[1:4]] == list(rows[0])
    assert [q.heading for q in document.questions] == [rows[0][2], rows[2][2]]


def test_an_odt_table_of_values_stays_rows_and_a_cells_bold_stays(tmp_path):
    rows = [("Kürzel", "Person"), ("I", "Interviewerin"), ("B", "Befragter, 52 Jahre"),
            ("Datum", "12.03.2024")]
    document = open_document(_odt_table(tmp_path, rows), with_language=False)
    assert [block.kind for block in document.blocks[1:]] == [
        BlockKind.TABLE_HEADER] + [BlockKind.TABLE_ROW] * 3
    laid_out = [("<text:span text:style-name=\"T1\">Warum Pflege?</text:span>",
                 "Weil ich im Zivildienst geblieben bin, dreißig Jahre lang.")] * 2
    path = tmp_path / "bold.odt"
    write_odt(path, '<table:table table:name="T"><table:table-column table:number-columns-'
              'repeated="2"/>' + "".join(
                  "<table:table-row>" + "".join(
                      f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>"
                      for cell in row) + "</table:table-row>" for row in laid_out)
              + "</table:table>", automatic_styles=_BOLD, language="de-DE")
    first = open_document(path, with_language=False).blocks[0]
    assert first.text == "Warum Pflege?"
    assert [(i.start, i.end, i.style) for i in first.inlines] == [(0, 13, InlineStyle.STRONG)]


_BOLD = ('<style:style style:name="T1" style:family="text"><style:text-properties '
         'fo:font-weight="bold"/></style:style>')


def test_every_fifth_lines_number_in_the_margin_is_left_out_too(tmp_path):
    words = Flow([(0, 380)]).lines(" ".join([_ANSWER] * 20), "R", 12, 380)[:25]
    assert len(words) == 25
    page = []
    for row, text in enumerate(words):
        y = 700 - 24 * row
        if (row + 1) % 5 == 0:
            page.append(Item(60 if row < 9 else 53, y, str(row + 1), "R", 12))
        page.append(Item(108, y, text, "R", 12))
    texts = _texts(write_raw_pdf(tmp_path / "lines.pdf", [page], producer="Acrobat"))
    assert not any(char.isdigit() for char in "".join(texts))
