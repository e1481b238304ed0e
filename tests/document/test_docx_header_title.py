"""A Word file whose title is only in its page header: read once, first, when the body has
no heading of its own; a running header beside a titled body, or a page number, is not."""

from __future__ import annotations

import docx

from reader.document.pipeline import open_document

_PAIRS = [("Pourquoi êtes-vous devenue boulangère ?", "Mon père l'était."),
          ("Quelle est la partie la plus difficile ?", "Se lever à quatre heures."),
          ("Que diriez-vous à un débutant ?", "Soyez patient avec la pâte.")]


def _interview(path, header, title=""):
    document = docx.Document()
    if header:
        section = document.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = header
    if title:
        document.add_paragraph(title, style="Title")
    document.add_paragraph("Marie Dupré tient la boulangerie du village depuis vingt ans.")
    for question, answer in _PAIRS:
        document.add_paragraph().add_run(question).bold = True
        document.add_paragraph(answer)
    document.save(str(path))
    return open_document(path, with_language=False)


def test_a_title_only_in_the_page_header_is_the_documents_title(tmp_path):
    document = _interview(tmp_path / "boulangerie.docx", "Entretien avec Marie Dupré\t\tPage 1")
    assert document.title == "Entretien avec Marie Dupré"
    assert document.blocks[0].text == "Entretien avec Marie Dupré"
    assert [q.heading for q in document.questions] == [q for q, _ in _PAIRS]
    assert "Page 1" not in document.text


def test_a_running_header_beside_a_titled_body_is_not_read(tmp_path):
    document = _interview(tmp_path / "a.docx", "Le Journal du village", title="La boulangère")
    assert document.title == "La boulangère"
    assert "Journal du village" not in document.text


def test_a_header_of_page_numbers_or_dates_is_no_title(tmp_path):
    for number, header in enumerate(("Page 1 of 3", "12/03/2024", "Confidential")):
        document = _interview(tmp_path / f"{number}.docx", header)
        assert header not in document.text
