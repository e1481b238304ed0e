"""A table whose rows ask and answer (a school's FAQ, an interview form: "Question | Answer")
is read cell by cell in a web page and a Word file, header or not: its questions are found."""

from __future__ import annotations

import docx

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

# Short answers: no cell holds a sentence of five words, so only the questions say that the
# table lays out an interview.
TURNS = [("Why did you start painting so late?", "Fear, mostly. Pure fear."),
         ("What changed in the end?", "My daughter did."),
         ("Do you paint every day now?", "Every single morning."),
         ("What will you show next spring?", "Twelve grey harbours.")]
INTRO = ("<h1>A painter at sixty</h1><p>She sold her first canvas last year. We met her in "
         "her studio by the sea, where she works every morning.</p>")


def _questions(document) -> list[str]:
    return [document.question_text(q) for q in document.questions]


def test_a_web_pages_question_and_answer_table_with_a_header(tmp_path):
    rows = "".join(f"<tr><td>{q}</td><td>{a}</td></tr>" for q, a in TURNS)
    path = tmp_path / "talk.html"
    path.write_text(f"<html><body><article>{INTRO}<table><thead><tr><th>Question</th>"
                    f"<th>Answer</th></tr></thead><tbody>{rows}</tbody></table></article>"
                    "</body></html>", encoding="utf-8")
    document = open_document(path, with_language=False)
    assert _questions(document) == [q for q, _ in TURNS]
    assert [b.text for b in document.blocks[2:4]] == ["Question", "Answer"]  # nothing lost


def test_a_word_question_and_answer_table(tmp_path):
    # Short questions too: only that each row asks says that the table lays out a talk.
    turns = [("Why start so late?", "Fear, mostly. Pure fear."),
             ("What changed in the end?", "My daughter did."),
             ("Every day now?", "Every single morning."),
             ("And next spring?", "Twelve grey harbours.")]
    document = docx.Document()
    document.add_paragraph("A painter at sixty", style="Title")
    document.add_paragraph("She sold her first canvas last year. We met her in her studio by "
                           "the sea, where she works every morning.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Question", "Answer"
    for question, answer in turns:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = question, answer
    path = tmp_path / "talk.docx"
    document.save(str(path))
    opened = open_document(path, with_language=False)
    assert _questions(opened) == [q for q, _ in turns]
    assert BlockKind.TABLE_ROW not in [b.kind for b in opened.blocks]


def test_a_table_of_values_stays_a_table(tmp_path):
    # A survey's results: one question among values is no interview.
    path = tmp_path / "survey.html"
    path.write_text(f"<html><body><article>{INTRO}<table><tr><th>Answer</th><th>Share</th>"
                    "</tr><tr><td>Did you vote?</td><td>45%</td></tr><tr><td>Yes</td>"
                    "<td>30%</td></tr><tr><td>No</td><td>25%</td></tr></table></article>"
                    "</body></html>", encoding="utf-8")
    document = open_document(path, with_language=False)
    assert [b.kind for b in document.blocks[2:]] == [BlockKind.TABLE_HEADER] + [
        BlockKind.TABLE_ROW] * 3
