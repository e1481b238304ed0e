"""EPUB reading order, sections and notes; PDF columns, styles and paragraphs."""

from __future__ import annotations

import zipfile

from reader.document.formats.reading import ReadingOptions
from reader.document.model import BlockKind, InlineStyle
from reader.document.pipeline import open_document

from .makers import write_epub, write_pdf

NOTE = ('<p>Le texte<a epub:type="noteref" href="#n1">1</a> continue.</p>'
        '<span epub:type="pagebreak" role="doc-pagebreak" title="12">12</span>'
        '<aside epub:type="footnote" id="n1"><p>La note de bas de page.</p></aside>')


def _book(tmp_path, version="3"):
    path = write_epub(tmp_path / f"book{version}.epub", [
        ("Préface", "<p>Avant tout.</p>"),
        ("Chapitre un", "<h1>Le premier chapitre</h1><p>Il était une fois.</p>"),
        ("Chapitre deux", NOTE),
    ], title="Le Livre", language="fr", version=version)
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    opf = members["OEBPS/content.opf"].decode("utf-8")
    members["OEBPS/content.opf"] = opf.replace('<itemref idref="ch1"/>',
                                               '<itemref idref="ch1" linear="no"/>').encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_an_epub_reads_its_spine_in_order_with_the_tables_titles_as_sections(tmp_path):
    for version in ("2", "3"):
        document = open_document(_book(tmp_path, version))
        headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
        # The chapter with its own heading keeps it; the others get the table's title; the
        # preface, outside the reading order, comes last.
        assert headings == ["Le premier chapitre", "Chapitre deux", "Préface"]
        assert document.text.endswith("Préface\nAvant tout.")
        assert document.language == "fr"
        assert document.format == "epub"


def test_epub_notes_and_page_breaks_are_read_or_skipped(tmp_path):
    path = _book(tmp_path)
    read = open_document(path)
    assert "La note de bas de page." in read.text
    skipped = open_document(path, options=ReadingOptions(notes=False))
    assert "La note de bas de page." not in skipped.text
    assert "Le texte continue." in skipped.text
    assert "12" not in skipped.text


def test_a_two_column_pdf_is_read_left_column_first(qapp, tmp_path):
    left = " ".join(f"gauche{n}" for n in range(120))
    right = " ".join(f"droite{n}" for n in range(120))
    body = (f'<table width="100%"><tr><td width="48%"><p>{left}.</p></td><td width="4%"></td>'
            f'<td width="48%"><p>{right}.</p></td></tr></table>')
    document = open_document(write_pdf(tmp_path / "columns.pdf", body))
    words = document.text.split()
    assert words.index("gauche119.") < words.index("droite0")
    assert [w for w in words if w.startswith("gauche")] == left.replace(
        "gauche119", "gauche119.").split()


def test_pdf_bold_paragraphs_headings_and_reflowed_lines(qapp, tmp_path):
    long = " ".join(["Une réponse longue qui remplit plusieurs lignes de la page."] * 12)
    body = (f"<h1>Le grand titre</h1><p><b>Pourquoi cette question ?</b></p><p>{long}</p>"
            "<p>Une autre <i>réponse</i>.</p>")
    document = open_document(write_pdf(tmp_path / "styles.pdf", body, title="Méta"))
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, "Le grand titre"),
        (BlockKind.PARAGRAPH, "Pourquoi cette question ?"),
        (BlockKind.PARAGRAPH, long),
        (BlockKind.PARAGRAPH, "Une autre réponse."),
    ]
    question = document.blocks[1]
    assert [(i.start - question.start, i.end - question.start, i.style)
            for i in question.inlines] == [(0, len(question.text), InlineStyle.STRONG)]


def test_a_line_ends_its_paragraph_against_its_own_columns_edge():
    from reader.document.formats.pdf_lines import Line, column_edges

    def line(left: float, right: float) -> Line:
        return Line("text", 0, left, right, 0, 10, 11, False)

    single = [line(70, 520), line(70, 300), line(90, 515)]
    assert set(column_edges(single).values()) == {520}
    left, short, right = line(70, 280), line(70, 200), line(310, 540)
    edges = column_edges([left, short, right])
    assert (edges[id(short)], edges[id(right)]) == (280, 540)


def test_a_line_of_no_width_beside_two_columns_is_its_own_edge():
    # A bullet glyph the font draws with no width ("⭕" in a guide) made a valid PDF "damaged".
    from reader.document.formats.pdf_lines import Line, column_edges

    def line(left: float, right: float) -> Line:
        return Line("text", 0, left, right, 0, 10, 11, False)

    empty = line(60, 60)
    edges = column_edges([line(70, 280), line(310, 540), empty])
    assert edges[id(empty)] == 60


def test_a_tagged_pdfs_headings_come_from_its_structure_not_its_font_sizes(tmp_path):
    from .makers import write_tagged_pdf

    path = write_tagged_pdf(tmp_path / "tagged.pdf", [
        ("H1", "Chapter one"), ("P", "Some text of the first chapter."),
        ("H2", "A section"), ("P", "More text here, in the section.")])
    document = open_document(path, with_language=False)
    assert [(b.kind, b.level, b.text.strip()) for b in document.blocks] == [
        (BlockKind.HEADING, 1, "Chapter one"),
        (BlockKind.PARAGRAPH, 0, "Some text of the first chapter."),
        (BlockKind.HEADING, 2, "A section"),
        (BlockKind.PARAGRAPH, 0, "More text here, in the section."),
    ]
