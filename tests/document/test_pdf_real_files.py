"""PDFs as word processors export them: line breaks the writer typed inside a paragraph, and
questionnaires of one-line paragraphs, keep the shape their text has."""

from __future__ import annotations

from reader.document.formats.blocks import BlockBuilder
from reader.document.formats.pdf import paragraphs
from reader.document.formats.pdf_lines import Line
from reader.document.model import LINE_BREAK
from reader.document.pipeline import open_document, parse_text

from .formats.makers import write_pdf

TURNS = [("Where did you grow up?", "In Brest, by the harbour."),
         ("When did you start to paint?", "At sixty, after I retired."),
         ("Who taught you?", "Nobody. Books and the sea."),
         ("What do you paint now?", "Boats, mostly, and the light on them.")]
INTRO = ("<h1>A painter at sixty</h1><p>She sold her first canvas last year, at an age when "
         "most painters look back. We met her in her studio by the sea, where she works every "
         "morning before the light goes flat.</p>")


def _questions(path):
    document = open_document(path, with_language=False)
    return document, [document.question_text(q) for q in document.questions]


def test_a_line_break_typed_inside_a_paragraph_stays_a_line_break(qapp, tmp_path):
    # Word's Shift+Enter after a question's number and after the question, paragraphs spaced
    # apart as Word's default style sets them: the PDF reads as the text with those lines.
    turns = "".join(f"<p>Question {n}<br>{q}<br>{a}</p>" for n, (q, a) in enumerate(TURNS, 1))
    path = write_pdf(tmp_path / "typed.pdf", INTRO + turns, page_size="A5")
    document, questions = _questions(path)
    lines = "".join(f"\n\nQuestion {n}\n{q}\n{a}" for n, (q, a) in enumerate(TURNS, 1))
    intro = " ".join(INTRO.split("<p>")[1].split())[:-4]
    text = parse_text(f"A painter at sixty\n\n{intro}{lines}", plain_text=True,
                      with_language=False)
    # The text's paragraph shows its lines joined by spaces; the PDF's by line breaks.
    assert [b.text.replace(LINE_BREAK, " ") for b in document.blocks] == [
        b.text for b in text.blocks]
    assert LINE_BREAK in document.blocks[2].text
    assert questions == [text.question_text(q) for q in text.questions]


def test_lines_broken_short_join_no_paragraph_when_the_layout_broke_them(qapp, tmp_path):
    # A long answer wrapped by the layout reads as one line of text: no break is typed there.
    answer = ("I painted the harbour every morning for a year, the same boats and the same "
              "walls, until the light itself became the subject of every canvas I made.")
    path = write_pdf(tmp_path / "wrapped.pdf", INTRO + f"<p>{answer}</p>", page_size="A6")
    document = open_document(path, with_language=False)
    assert answer in [b.text for b in document.blocks]


def _line(text: str, bottom: float, right: float) -> Line:
    return Line(text, 0, 61, right, bottom, bottom + 11, 15, False)


def test_a_questionnaire_of_one_line_paragraphs_keeps_each_question():
    # Most spacings (22.5) are gaps between one-line paragraphs; the two lines that run to
    # the edge without ending a sentence show the true line spacing (13.5). A question that
    # ends near the edge is still apart from its answer.
    lines = [_line("Quin és el seu racó preferit de Ripoll?", 700, 276),
             _line("El pont vell. Hi he passat les millors tardes.", 677.5, 308),
             _line("Què canviaria ara mateix de Ripoll si tingués una", 655, 341),
             _line("vareta màgica?", 641.5, 147),
             _line("Les presses de tothom.", 619, 191),
             _line("Quin personatge històric li agradaria conèixer?", 596.5, 330),
             _line("Cap en concret, m'agraden més els anònims.", 574, 315),
             _line("El futur del poble serà millor? Triï: Segur, potser,", 551.5, 340),
             _line("mai, en un somni, qui sap?", 538, 212),
             _line("Potser.", 515.5, 97)]
    short = [("Creu en alguna cosa que no pugui veure?", "Sí. En la paciència de les mares."),
             ("La pel·lícula que no es cansaria de veure?", "Cinema Paradiso."),
             ("Déu existeix?", "No ho sé."), ("El millor viatge que ha fet?", "A Islàndia."),
             ("Quan va escriure l'últim missatge?", "No en tinc."),
             ("Un color?", "El blau."), ("Un llibre?", "Cap en especial.")]
    bottom = 515.5
    for question, answer in short:
        bottom -= 22.5
        lines.append(_line(question, bottom, 61 + 6 * len(question)))
        bottom -= 22.5
        lines.append(_line(answer, bottom, 61 + 6 * len(answer)))
    builder = BlockBuilder()
    paragraphs(lines, builder)
    assert [b.text for b in builder.blocks] == [
        "Quin és el seu racó preferit de Ripoll?",
        "El pont vell. Hi he passat les millors tardes.",
        "Què canviaria ara mateix de Ripoll si tingués una vareta màgica?",
        "Les presses de tothom.",
        "Quin personatge històric li agradaria conèixer?",
        "Cap en concret, m'agraden més els anònims.",
        "El futur del poble serà millor? Triï: Segur, potser, mai, en un somni, qui sap?",
        "Potser.", *[text for turn in short for text in turn]]


def test_numbered_questions_keep_their_answers_as_the_text_does(qapp, tmp_path):
    # A student's Word file: numbered questions from Word's list engine, each answer typed on
    # the next line of the same item; the PDF has the number hanging left of the text.
    items = "".join(f"<li>{q}<br>{a}</li>" for q, a in TURNS)
    path = write_pdf(tmp_path / "numbered.pdf", f"{INTRO}<ol>{items}</ol>", page_size="A5")
    document, questions = _questions(path)
    intro = " ".join(INTRO.split("<p>")[1].split())[:-4]
    numbered = "".join(f"\n{n}. {q}\n{a}" for n, (q, a) in enumerate(TURNS, 1))
    text = parse_text(f"A painter at sixty\n\n{intro}\n{numbered}", plain_text=True,
                      with_language=False)
    assert questions == [text.question_text(q) for q in text.questions]
    assert len(questions) == len(TURNS)
    assert [b.ordinal for b in document.blocks if b.ordinal] == ["1.", "2.", "3.", "4."]


def test_a_number_that_wrapping_put_first_opens_no_item():
    lines = [_line("The count of boats in the harbour that spring reached", 700, 340),
             _line("12. Then the storms came.", 686.5, 200)]
    builder = BlockBuilder()
    paragraphs(lines, builder)
    assert [(b.kind.name, b.text) for b in builder.blocks] == [
        ("PARAGRAPH", "The count of boats in the harbour that spring reached 12. Then the storms "
                      "came.")]


def test_a_word_cut_at_a_line_end_keeps_its_own_hyphen_when_the_file_writes_it_so():
    # PDFium marks every hyphen at a line end as a cut; "au-pair" written whole elsewhere in
    # the file says this one is the word's own. A soft hyphen is where a word may break.
    lines = [_line("She came to Hamburg as an au\ufffe", 700, 330),
             _line("pair at nineteen, without a word of German, and stayed.", 686.5, 300),
             _line("Being an au-pair was harder than she had thought, and the Bundes\u00ad",
                   650, 330),
             _line("regierung paid her nothing for it.", 636.5, 200)]
    builder = BlockBuilder()
    paragraphs(lines, builder)
    assert [b.text for b in builder.blocks] == [
        "She came to Hamburg as an au-pair at nineteen, without a word of German, and stayed.",
        "Being an au-pair was harder than she had thought, and the Bundesregierung paid her "
        "nothing for it."]


def test_a_hyphen_at_a_headings_line_end_is_the_words_own():
    # Word processors do not hyphenate headings: "grown-" / "ups" is "grown-ups".
    title = [Line("Homework for grown\ufffe", 0, 61, 330, 760, 790, 29, True),
             Line("ups", 0, 61, 120, 734, 764, 29, True)]
    body = [_line(f"Question {n}: what is the capital of a country you like?", 700 - 22.5 * n,
                  330) for n in range(4)]
    builder = BlockBuilder()
    paragraphs(title + body, builder)
    assert builder.blocks[0].text == "Homework for grown-ups"
    assert builder.blocks[0].kind.name == "HEADING"


def test_a_sentence_ended_short_by_a_long_next_word_goes_on_in_a_spaced_file():
    # Paragraphs spaced apart (gaps of 22.5 against lines 13.5 apart): a line that ends a
    # sentence short of the edge only because "*financement*" could not fit there is the
    # layout's wrap, not the paragraph's end, nor a line break the writer typed.
    def line(text: str, bottom: float, right: float, opening: float) -> Line:
        return Line(text, 0, 61, right, bottom, bottom + 11, 15, False, (), 0, opening)

    lines = [line("Paragraph one runs to the edge of its column and goes", 700, 531, 60),
             line("on.", 686.5, 90, 20),
             line("Paragraph two runs to the edge of its column and goes", 664, 531, 60),
             line("on.", 650.5, 90, 20),
             line("Paragraph three runs to the edge of its column and goes", 628, 531, 60),
             line("on.", 614.5, 90, 20),
             line("Une des police victimes zone un dollars financement.", 592, 451, 60),
             line("*financement* un commissaire et des plateformes.", 578.5, 400, 100)]
    builder = BlockBuilder()
    paragraphs(lines, builder)
    assert builder.blocks[-1].text == ("Une des police victimes zone un dollars financement. "
                                       "*financement* un commissaire et des plateformes.")


def test_a_tagged_pdfs_title_element_is_its_title(tmp_path):
    # Word tags its Title style as a Title element (PDF 2.0's), not an H1.
    from .formats.makers import write_tagged_pdf

    path = write_tagged_pdf(tmp_path / "word.pdf", [
        ("Title", "A painter at sixty"), ("P", "She sold her first canvas last year."),
        ("H1", "Her years by the sea"), ("P", "She moved to Brest in 1990.")])
    document = open_document(path, with_language=False)
    assert [(b.kind.name, b.level) for b in document.blocks] == [
        ("HEADING", 1), ("PARAGRAPH", 0), ("HEADING", 1), ("PARAGRAPH", 0)]
    assert document.title == "A painter at sixty"
