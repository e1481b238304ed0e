"""Word files as Word writes them: hidden text (``w:vanish``, which Word neither shows nor
prints) is not read; a field shows its result, never its code; a page break parts words;
comments and note marks leave the text around them."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import LINE_BREAK
from reader.document.pipeline import open_document
from tests.document.test_docx_real_files import _p, _r, _word_file


def _texts(path: Path) -> list[str]:
    return [block.text for block in open_document(path, with_language=False).blocks]


def _hidden(text: str) -> str:
    return f'<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_hidden_text_is_not_read(tmp_path):
    body = _p(_r("Why did you leave?") + _hidden(" (ask about the money)"))
    body += _p(_hidden("A note for the editor alone."))
    body += _p(_r("Because it was time.")
               + '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> Really.</w:t></w:r>')
    assert _texts(_word_file(tmp_path, body)) == ["Why did you leave?",
                                                  "Because it was time. Really."]


def test_a_field_reads_as_its_result(tmp_path):
    def field(code: str, result: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                f'xml:space="preserve"> {code} </w:instrText></w:r><w:r><w:fldChar '
                f'w:fldCharType="separate"/></w:r>{_r(result)}<w:r><w:fldChar '
                'w:fldCharType="end"/></w:r>')

    body = _p(field('HYPERLINK "https://example.org"', "Why did you leave?"))
    body += _p(_r("Written on ") + field(r'DATE \@ "d MMMM yyyy"', "4 May 2024") + _r("."))
    assert _texts(_word_file(tmp_path, body)) == ["Why did you leave?",
                                                  "Written on 4 May 2024."]


def test_a_hidden_table_cell_text_is_not_read(tmp_path):
    row = (f"<w:tr><w:tc>{_p(_r('Name') + _hidden(' (internal)'))}</w:tc>"
           f"<w:tc>{_p(_r('Ann'))}</w:tc></w:tr>")
    second = f"<w:tr><w:tc>{_p(_r('Age'))}</w:tc><w:tc>{_p(_r('30'))}</w:tc></w:tr>"
    body = f"<w:tbl>{row}{second}</w:tbl>"
    assert _texts(_word_file(tmp_path, body)) == ["Name\tAnn", "Age\t30"]


def test_a_page_break_inside_a_paragraph_parts_its_words(tmp_path):
    # Ctrl+Enter between a question and its answer, in one paragraph.
    body = _p(_r("Why did you leave?") + '<w:r><w:br w:type="page"/></w:r>'
              + _r("Because it was time.") + '<w:r><w:br w:type="column"/><w:t>Yes.</w:t></w:r>')
    document = open_document(_word_file(tmp_path, body), with_language=False)
    assert document.blocks[0].text.replace(LINE_BREAK, "|") == (
        "Why did you leave?|Because it was time.|Yes.")


def test_comments_and_note_marks_leave_the_text_around_them(tmp_path):
    # A reviewer's comment on a question, and a footnote's mark after the answer.
    body = _p('<w:commentRangeStart w:id="0"/>' + _r("Why did you leave?")
              + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
    body += _p(_r("Because it was time.") + '<w:r><w:footnoteReference w:id="1"/></w:r>'
               + _r(" Then I went north."))
    assert _texts(_word_file(tmp_path, body)) == [
        "Why did you leave?", "Because it was time. Then I went north."]


def test_a_question_and_its_answer_parted_by_a_line_break_are_found(tmp_path):
    turns = [("Why did you start painting so late?", "Because I was afraid of it."),
             ("What changed in the end?", "My daughter gave me brushes."),
             ("Do you paint every day now?", "Every morning, before the light goes.")]
    body = _p(_r("A painter at sixty")) + _p(_r("She sold her first canvas last year."))
    body += "".join(_p(f'<w:r><w:rPr><w:b/></w:rPr><w:t>{q}</w:t></w:r><w:r><w:br/></w:r>'
                       + _r(a)) for q, a in turns)
    document = open_document(_word_file(tmp_path, body), with_language=False)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in turns]
