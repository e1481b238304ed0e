"""What a format must not lose that the same text keeps: each case found by
scripts/score_formats.py, which saves every corpus document in every format."""

from __future__ import annotations

from reader.document.pipeline import open_document

from .makers import write_pdf

TRANSCRIPT = [
    "Transcript of the post-match press conference.",
    "REPORTER: What went wrong in the second half?",
    "HARRIS: We stopped moving the ball. In the first half we made them run, and after the "
    "break we stood and waited for something to happen, and against a side like that nothing "
    "happens unless you make it.",
    "REPORTER: Is the title race over?",
    "HARRIS: No. There are nine games left.",
    "REPORTER: How is Morales?",
    "HARRIS: He has a knock on the ankle.",
]


def test_a_pdf_of_one_line_paragraphs_keeps_each_paragraph(qapp, tmp_path):
    # Most paragraphs a line long: the gaps between them are the most common spacing, yet
    # they still part paragraphs, and each question is its own.
    body = "<h1>Coach: We were second best</h1>" + "".join(f"<p>{p}</p>" for p in TRANSCRIPT)
    document = open_document(write_pdf(tmp_path / "transcript.pdf", body))
    assert [b.text for b in document.blocks[1:]] == TRANSCRIPT
    assert [s.heading for s in document.questions] == [
        "What went wrong in the second half?", "Is the title race over?", "How is Morales?"]
