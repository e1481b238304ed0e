"""The outline a text gets, kept when the same document comes as a web page, a Word file or a
PDF: the structure rules hold for the blocks those readers give (a title set as a heading,
list items without their number, lines of a paragraph joined by line breaks). Each rule has a
document it must catch and one it must not."""

from __future__ import annotations

import pytest

from reader.document.markdown import make_parser, parse_blocks
from reader.document.model import DocumentKind
from reader.document.pipeline import open_document, parse_text

from .formats.makers import news_page, write_docx


def _blocks(markdown: str):
    return parse_blocks(markdown, parser=make_parser(indented_code=False))


def _saved(markdown: str, format_name: str, folder):
    """The Markdown document saved as a web page or a Word file, and opened as the reader
    opens it."""
    blocks = _blocks(markdown)
    if format_name == "html":
        path = folder / "page.html"
        path.write_text(news_page(blocks, lang="en"), encoding="utf-8")
    else:
        path = write_docx(folder / "page.docx", blocks, title_style=False, language="en")
    return open_document(path, with_language=False)


def _questions(document) -> list[str]:
    return [q.heading for q in document.questions]


FORMATS = ["html", "docx"]


# --- A list's title that counts its items ---------------------------------------------------

LEASE = """# 14 Questions to Ask Your Landlord Before You Sign

Your lease is a binding contract, so read it closely before you sign. Here is what to ask:

1. Is the lease fixed-term or month-to-month? A rolling lease can end at any time. Check how long.

2. Is the first month's rent pro-rated? If you move in mid-month, ask what you pay.

3. Are utilities included? Find out whether water, heating or internet are part of the rent.

4. Who handles repairs? Get the contact details of the manager.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_an_articles_numbered_questions_with_advice_are_no_interview_in_any_format(
    tmp_path, format_name
):
    text = parse_text(LEASE.replace("# ", "", 1), plain_text=True, with_language=False)
    document = _saved(LEASE, format_name, tmp_path)
    assert _questions(text) == []
    assert _questions(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert document.title == "14 Questions to Ask Your Landlord Before You Sign"


FIVE_QUESTIONS = """# Cinque domande a Marta Bianchi

La scrittrice risponde alle nostre domande di rito.

1. Ebook o carta? Carta, senza dubbio, e con la matita in mano.

2. Il libro sul comodino? Un giallo svedese che non riesco a finire.

3. Dove scrive? In cucina, la mattina presto, prima che si svegli la casa.

4. Il prossimo libro? Esce in autunno, ma non posso dire di più.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_numbered_questions_under_a_heading_that_counts_nothing_stay_an_interview(
    tmp_path, format_name
):
    document = _saved(FIVE_QUESTIONS, format_name, tmp_path)
    assert _questions(document) == [
        "Ebook o carta?", "Il libro sul comodino?", "Dove scrive?", "Il prossimo libro?"
    ]


# --- A paper's name and its headline, both first-level headings ------------------------------

PAPER = """# The Eastside Echo

# A conversation with our new librarian

By Sam Whitaker, staff writer

**Echo:** Where did you work before Eastside?

**Mr. Adeyemi:** At the public library downtown, mostly in the children's room.

**Echo:** What will change in our library?

**Mr. Adeyemi:** More comics, more chairs, and a quiet corner for exams.
"""


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_papers_name_above_a_headline_of_the_same_rank_is_not_the_title(tmp_path, format_name):
    document = _saved(PAPER, format_name, tmp_path)
    assert document.title == "A conversation with our new librarian"
    assert document.title == parse_text(PAPER, with_language=False).title
    assert len(document.questions) == 2


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_headline_above_a_second_heading_of_its_rank_stays_the_title(tmp_path, format_name):
    headline = PAPER.replace("The Eastside Echo", "Our new librarian opens the doors")
    document = _saved(headline, format_name, tmp_path)
    assert document.title == "Our new librarian opens the doors"
