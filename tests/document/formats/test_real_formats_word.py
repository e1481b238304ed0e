"""Real Word and OpenDocument files' traps, round 11 (tests/document/fixtures/real_formats):
Google Docs' and localised Word's styles, titles in text boxes, LibreOffice's automatic
styles."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

from .score_formats_script import ROOT, scorer

FIXTURES = ROOT / "tests" / "document" / "fixtures" / "real_formats"


def _opened(name: str, folder: Path):
    return open_document(scorer("score_real_formats").built(name, FIXTURES, folder),
                         with_language=False)


def _headings(document) -> list[tuple[str, int]]:
    return [(b.text, b.level) for b in document.blocks if b.kind is BlockKind.HEADING]


def test_a_google_docs_subtitle_is_no_second_title(tmp_path):
    document = _opened("docx-google-docs-export", tmp_path)
    assert _headings(document) == [("Horta da Vila Esperança: uma conversa com Dona Lurdes", 1)]
    subtitle = document.blocks[1]
    assert (subtitle.kind, subtitle.text) == (
        BlockKind.PARAGRAPH, "Entrevista para o boletim da associação de moradores")
    assert [q.heading for q in document.questions][:1] == [
        "Como começou o projeto da horta comunitária?"]


def test_a_line_set_large_by_hand_under_the_title_is_still_a_heading(tmp_path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_paragraph("Die Gärten am Fluss", style="Title")
    large = document.add_paragraph().add_run("Ein Rundgang mit der Gärtnerin")
    large.bold, large.font.size = True, Pt(15)
    for _ in range(3):
        document.add_paragraph("Sie zeigt uns die Beete, die Bienen und den alten Brunnen, "
                               "den niemand mehr benutzt.")
    path = tmp_path / "hand.docx"
    document.save(str(path))
    headings = _headings(open_document(path, with_language=False))
    assert "Ein Rundgang mit der Gärtnerin" in [text for text, _ in headings]


def test_a_libreoffice_pictures_description_and_its_caption_are_not_glued(tmp_path):
    said = " ".join(b.text for b in _opened("odt-bold-paragraph-auto-style", tmp_path).blocks)
    assert "Il campanile di San Rocco Illustrazione 1: Luigi Bassi sul campanile" in said


def test_a_pictures_description_keeps_the_punctuation_and_spaces_around_it(tmp_path):
    page = tmp_path / "logo.html"
    page.write_text('<html><body><article><h1>Der Laden</h1><p>Das Schild <img alt="Zum '
                    'Anker" src="a.png">, seit 1921 über der Tür, und <img alt="ein Anker" '
                    'src="b.png"> daneben.</p></article></body></html>', "utf-8")
    said = " ".join(b.text for b in open_document(page, with_language=False).blocks)
    assert "Das Schild Zum Anker, seit 1921 über der Tür, und ein Anker daneben." in said
