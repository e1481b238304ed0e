"""PDF titles as word processors export them: a title too long for one line, wrapped after
its colon, is one title; a word too long for its column, broken with no hyphen, is one word."""

from __future__ import annotations

from reader.document.model import BlockKind
from reader.document.pipeline import open_document

from .formats.makers import write_pdf

QUIZ = "".join(f"<p>{n}. {q}<br>Answer: {a}</p>" for n, (q, a) in enumerate(
    [("What is a capybara?", "The largest living rodent."),
     ("Which city does the Vltava flow through?", "Prague."),
     ("Who wrote the novel The Go-Between?", "L. P. Hartley.")], 1))


def test_a_title_wrapped_after_its_colon_is_one_heading(qapp, tmp_path):
    title = "Basic Trivia Quiz: Questions and Answers"
    path = write_pdf(tmp_path / "quiz.pdf", f"<h1>{title}</h1>{QUIZ}", page_size="A5")
    document = open_document(path, with_language=False)
    assert document.blocks[0].kind is BlockKind.HEADING
    assert document.blocks[0].text == title
    assert document.title == title


def test_a_title_typed_on_two_lines_stays_two_lines(qapp, tmp_path):
    # The writer broke it (room was left for the next word): a heading and its subtitle.
    path = write_pdf(tmp_path / "quiz.pdf", "<h1>Quiz:<br>Questions and Answers</h1>" + QUIZ,
                     page_size="A5")
    document = open_document(path, with_language=False)
    assert document.blocks[0].text == "Quiz:"
    assert document.blocks[1].text.startswith("Questions and Answers")


def test_a_word_too_long_for_its_column_is_one_word_again(qapp, tmp_path):
    # Two narrow columns: the heading's last word is wider than the column and is broken
    # where the column ends, with no hyphen ("Vorstellungsgespr" / "äch").
    title = "Die fünf häufigsten Fragen im Vorstellungsgespräch"
    turns = "<p><b>Warum wollen Sie zu uns?</b></p><p>Weil Ihre Firma gute Arbeit macht.</p>"
    path = write_pdf(tmp_path / "guide.pdf", f"<h1>{title}</h1>{turns * 3}", page_size="A4",
                     columns=2)
    document = open_document(path, with_language=False)
    assert document.blocks[0].text == title


def test_a_long_word_the_layout_wrapped_after_keeps_its_space(qapp, tmp_path):
    # "Nachwuchsreporter" alone on its heading's line, the next word did not fit: a wrap,
    # though no other line shows where the column ends.
    title = "Nachwuchsreporter fragen nach"
    turns = "<p><b>Warum wollen Sie zu uns?</b></p><p>Weil Ihre Firma gute Arbeit macht.</p>"
    path = write_pdf(tmp_path / "talk.pdf", f"<h1>{title}</h1>{turns * 3}", page_size="A5")
    assert open_document(path, with_language=False).blocks[0].text == title
