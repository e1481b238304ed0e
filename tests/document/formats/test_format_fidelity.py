"""What a format must not lose that the same text keeps: each case found by
scripts/score_formats.py, which saves every corpus document in every format."""

from __future__ import annotations

from reader.document.model import BlockKind, InlineStyle
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


def test_a_pdf_heading_pdfium_hands_over_in_pieces_is_one_title(qapp, tmp_path):
    # PDFium ends a "line" after the closing quote; the title must stay whole.
    title = '"Río abajo", de Lucía Prado: una novela sobre los que están de paso'
    body = (f"<h1>{title}</h1><p>La autora habla de su primera novela.</p>"
            "<p>-¿Por qué elegiste contarla en presente?</p>"
            "<p>-Porque los personajes no tienen pasado para nadie.</p>")
    document = open_document(write_pdf(tmp_path / "novela.pdf", body))
    assert document.title == title


def test_a_pdf_question_after_an_answers_short_last_line_is_its_own_paragraph(qapp, tmp_path):
    # List items have no gap between them: the answer's last line ends a sentence far from
    # the column's edge, so the short question under it starts a paragraph of its own.
    answer = ("Twenty-six years this spring. I came for one season to paint the railings and "
              "never left. The island has a way of keeping people.")
    items = ["How long have you lived here?", answer, "Do you ever get lonely?",
             "Less than you would think."]
    body = ("<h1>Five minutes with the lighthouse keeper</h1><ul>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    document = open_document(write_pdf(tmp_path / "keeper.pdf", body))
    assert [b.text for b in document.blocks[1:]] == items


def test_a_pull_quote_in_words_quote_style_is_a_quote_not_an_italic_question(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("The last video shop in town closes its doors", style="Title")
    document.add_paragraph("After thirty-one years, Reel Life rented its final film on "
                           "Saturday. Its owner says he held on longer than anyone expected.")
    document.add_paragraph('"Who rents a DVD in 2024? More people than you would think."',
                           style="Quote")
    document.add_paragraph("Regulars came all week to say goodbye, and some brought back "
                           "films they had kept for years.")
    document.add_paragraph('"What will I do on Friday nights now?"', style="Quote")
    document.add_paragraph("The building will become a bakery in the autumn.")
    document.save(str(tmp_path / "shop.docx"))
    opened = open_document(tmp_path / "shop.docx", with_language=False)
    quotes = [b for b in opened.blocks if b.kind is BlockKind.QUOTE]
    assert len(quotes) == 2
    assert not any(i.style is InlineStyle.EMPHASIS for b in quotes for i in b.inlines)
    assert not opened.questions


def test_a_bold_question_word_cut_into_runs_is_one_bold_paragraph(tmp_path):
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("Pourquoi avoir ", "ouvert un blog", " ? Est-ce le premier ?"):
        paragraph.add_run(piece).bold = True
    document.save(str(tmp_path / "runs.docx"))
    block = open_document(tmp_path / "runs.docx", with_language=False).blocks[0]
    assert [(i.start, i.end, i.style) for i in block.inlines] == [
        (block.start, block.end, InlineStyle.STRONG)]


def test_page_numbers_printed_above_the_margin_zone_are_left_out(qapp, tmp_path):
    # On an A5 page the number sits higher than the bottom 8 %: it is still the page's last
    # line, alone, and no paragraph ends with it.
    paragraphs = [f"Question {word} ? La réponse tient en une phrase assez longue pour "
                  "occuper deux lignes de texte sur une petite page imprimée."
                  for word in ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                               "neuf", "dix", "onze", "douze", "treize", "quatorze")]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path = write_pdf(tmp_path / "a5.pdf", body, header="Le Quotidien", page_size="A5")
    document = open_document(path, with_language=False)
    assert [b.text for b in document.blocks] == paragraphs


def test_a_bold_question_over_two_pdf_lines_is_one_bold_run(qapp, tmp_path):
    question = ("Vous avez ouvert votre atelier il y a vingt ans dans une ville qui comptait "
                "déjà trois luthiers : qu'est-ce qui vous a décidé à rester malgré tout ?")
    body = f"<p><b>{question}</b></p><p>Le bois, d'abord, et les musiciens ensuite.</p>"
    block = open_document(write_pdf(tmp_path / "bold.pdf", body), with_language=False).blocks[0]
    assert block.text == question
    assert [(i.start, i.end, i.style) for i in block.inlines] == [
        (block.start, block.end, InlineStyle.STRONG)]
