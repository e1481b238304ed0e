"""Word files as Word and its users write them, beyond what python-docx makes: tracked
changes, content controls, smart tags, fields and text boxes keep their text where it stands."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from reader.document.pipeline import open_document

_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)


def _word_file(folder: Path, body: str) -> Path:
    """A .docx whose body is ``body`` (WordprocessingML), the rest python-docx's template."""
    path = folder / "real.docx"
    docx.Document().save(str(path))
    _replace_parts(path, {"word/document.xml": (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_NAMESPACES}>'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>").encode()})
    return path


def _set_numbering(path: Path, definitions: str) -> None:
    """The Word file's list definitions (``w:abstractNum`` and ``w:num`` elements) replaced by
    ``definitions``."""
    _replace_parts(path, {"word/numbering.xml": (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{_WORD}">'
        f"{definitions}</w:numbering>").encode()})


def _replace_parts(path: Path, replaced: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(replaced)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _texts(path: Path) -> list[str]:
    return [block.text for block in open_document(path, with_language=False).blocks]


def _p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_tracked_changes_read_as_accepted(tmp_path):
    # An editor's insertion is text; a deletion and the old place of moved text are not.
    body = _p(_r("Why did you ") + f'<w:ins w:id="1" w:author="Ed">{_r("finally ")}</w:ins>'
              + '<w:del w:id="2" w:author="Ed"><w:r><w:delText>ever </w:delText></w:r></w:del>'
              + _r("leave?"))
    body += _p(f'<w:moveFrom w:id="3" w:author="Ed">{_r("Old place.")}</w:moveFrom>')
    body += _p(f'<w:moveTo w:id="4" w:author="Ed">{_r("Because it was time.")}</w:moveTo>')
    assert _texts(_word_file(tmp_path, body)) == ["Why did you finally leave?",
                                                  "Because it was time."]


def test_content_controls_smart_tags_and_fields_keep_their_text(tmp_path):
    # A template's title in a content control; a run-level control; a smart tag; a field.
    body = ("<w:sdt><w:sdtPr/><w:sdtContent>" + _p(_r("Interview with Ann Lee"))
            + "</w:sdtContent></w:sdt>")
    body += _p('<w:sdt><w:sdtPr/><w:sdtContent>' + _r("Q:") + "</w:sdtContent></w:sdt>"
               + _r(" Where were you born in ")
               + f'<w:smartTag w:uri="urn:x" w:element="date">{_r("1970")}</w:smartTag>'
               + _r("?"))
    body += _p(_r("Page ") + f'<w:fldSimple w:instr="PAGE">{_r("2")}</w:fldSimple>')
    assert _texts(_word_file(tmp_path, body)) == [
        "Interview with Ann Lee", "Q: Where were you born in 1970?", "Page 2"]


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path):
    box = _p(_r("“I never wanted to leave.”"))
    drawing = (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
        '<wp:docPr id="1" name="Box"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>")
    body = _p(_r("She grew up by the sea. ") + drawing) + _p(_r("Q: And now?"))
    assert _texts(_word_file(tmp_path, body)) == [
        "She grew up by the sea.", "“I never wanted to leave.”", "Q: And now?"]


def test_a_table_cell_keeps_tracked_and_controlled_text(tmp_path):
    inserted = '<w:ins w:id="1" w:author="Ed">' + _r("Name") + "</w:ins>"
    cell_one = f"<w:tc>{_p(inserted)}</w:tc>"
    cell_two = f"<w:tc><w:sdt><w:sdtContent>{_p(_r('Ann'))}</w:sdtContent></w:sdt></w:tc>"
    second = f"<w:tr><w:tc>{_p(_r('Age'))}</w:tc><w:tc>{_p(_r('30'))}</w:tc></w:tr>"
    body = f"<w:tbl><w:tr>{cell_one}{cell_two}</w:tr>{second}</w:tbl>"
    assert _texts(_word_file(tmp_path, body)) == ["Name\tAnn", "Age\t30"]


def test_an_interview_in_tracked_insertions_has_its_questions(tmp_path):
    # A journalist's transcript after an editor's pass: whole answers were typed in with
    # track changes on.
    turns = [("Q: Why this book?", "A: It had waited long enough."),
             ("Q: Was it hard to write?", "A: Every morning of it."),
             ("Q: What comes next?", "A: A long walk.")]
    body = _p(_r("A talk with the novelist"))
    for number, (question, answer) in enumerate(turns):
        body += _p(_r(question))
        body += _p(f'<w:ins w:id="{number}" w:author="Ed">{_r(answer)}</w:ins>')
    document = open_document(_word_file(tmp_path, body), with_language=False)
    assert [q.heading for q in document.questions] == [q[3:] for q, _ in turns]


def test_a_title_and_headings_set_by_hand_in_a_larger_size_are_headings(tmp_path):
    # A student's file: the title in bold 18 pt and the parts' names in 14 pt, all in the
    # Normal style; the text in 11 pt.
    from docx.shared import Pt

    document = docx.Document()

    def paragraph(text: str, size: float | None = None, bold: bool = False) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)

    paragraph("An interview with our librarian", 18, bold=True)
    paragraph("She has run the school's library for twenty years. We asked her why she "
              "stays, what she reads and what she would change if she could.", 11)
    paragraph("Her years here", 14, bold=True)
    paragraph("Why did you stay so long?", 11, bold=True)
    paragraph("Because every year brings readers I have not met yet, and that never stops "
              "being a pleasure.", 11)
    path = tmp_path / "student.docx"
    document.save(str(path))
    opened = open_document(path, with_language=False)
    assert [(b.kind.name, b.level) for b in opened.blocks[:3]] == [
        ("HEADING", 1), ("PARAGRAPH", 0), ("HEADING", 2)]
    assert opened.title == "An interview with our librarian"
    # A paragraph in the body's own size stays a paragraph, bold or not.
    assert opened.blocks[3].kind.name != "HEADING"


def test_an_interview_set_in_a_word_table_has_its_questions(tmp_path):
    # A class worksheet: "Question | Answer", one turn a row.
    turns = [("Where did you go to school?", "In a village school with twelve pupils."),
             ("What did you like best?", "Reading aloud, because I chose the book."),
             ("Was the teacher strict?", "Very strict, but fair, and she never shouted."),
             ("Did you walk to school?", "Yes, three kilometres, even in the snow.")]
    document = docx.Document()
    document.add_paragraph("Interview with my grandmother", style="Title")
    document.add_paragraph("Each of us asked an older relative about school in the 1950s.")
    table = document.add_table(rows=len(turns) + 1, cols=2)
    for row, (question, answer) in enumerate([("Question", "Answer"), *turns]):
        table.cell(row, 0).text, table.cell(row, 1).text = question, answer
    path = tmp_path / "worksheet.docx"
    document.save(str(path))
    opened = open_document(path, with_language=False)
    assert [opened.question_text(q) for q in opened.questions] == [q for q, _ in turns]
    # A table of values stays a table, read row by row.
    document = docx.Document()
    values = document.add_table(rows=3, cols=2)
    for row, cells in enumerate((("Town", "Pupils"), ("Brest", "12"), ("Lorient", "9"))):
        values.cell(row, 0).text, values.cell(row, 1).text = cells
    document.save(str(path))
    assert _texts(path) == ["Town\tPupils", "Brest\t12", "Lorient\t9"]
