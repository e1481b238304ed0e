"""Title rules found in the seventeenth round's real layouts (a breadcrumb copied as a
numbered list, a page's tools on one line, a journal's issue given field by field between
bars, a long headline in capitals under a section's name in lower case, a long first heading
over its standfirst and a byline), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A breadcrumb copied as a numbered list ----------------------------------------------------


def test_a_numbered_breadcrumb_under_a_skip_link_is_never_the_headline():
    page = doc(
        "Skip to main content\n  1. Casa\n  2. Movilidad\n  3. News\n\n"
        f"Madrid prueba semáforos que avisan a los ciclistas\n\n{BODY}\n"
    )
    assert page.title == "Madrid prueba semáforos que avisan a los ciclistas"
    page = doc(f"1. Home\n2. Library news\n\nThe quiet room is back\n\n{BODY}\n")
    assert page.title == "The quiet room is back"


def test_a_numbered_list_that_opens_on_no_home_page_is_no_breadcrumb():
    page = doc(f"1. Flour\n2. Sugar\n\nThe quiet room is back\n\n{BODY}\n")
    assert [b.role for b in page.blocks[:2]] == [Role.BODY, Role.BODY]  # read, not hidden


# --- A page's tools on one line ----------------------------------------------------------------


def test_a_pages_tools_line_is_never_the_headline():
    page = doc(
        "• Users Online: 2187\n  • Print this page\n  • Email this page\n\n"
        f"Night shifts and the sleeping registrar\n\n{BODY}\n"
    )
    assert page.title == "Night shifts and the sleeping registrar"
    assert doc(f"Seite drucken · Seite versenden\n\nDer Lesesaal ist zurück\n\n{BODY}\n").title == (
        "Der Lesesaal ist zurück"
    )


def test_a_headline_about_printing_stays_the_title():
    assert doc(f"Print this page and bring it to the fair\n\n{BODY}\n").title == (
        "Print this page and bring it to the fair"
    )


# --- A journal's issue given field by field ----------------------------------------------------


def test_a_journals_issue_fields_between_bars_are_never_the_headline():
    page = doc(
        "Table of Contents  \nYear : 2017  |  Volume : 61  |  Issue : 4  |  Page : 301-306\n\n"
        f"Night shifts and the sleeping registrar\n\n{BODY}\n"
    )
    assert page.title == "Night shifts and the sleeping registrar"


def test_a_headline_with_two_bars_and_numbers_stays_the_title():
    assert doc(f"Year 2017 | Volume up | Issue of the day\n\n{BODY}\n").title == (
        "Year 2017 | Volume up | Issue of the day"
    )


# --- A long headline in capitals under a section's name in lower case --------------------------

_CAPITALS = (
    "LA LUNGA NOTTE DEI PRESTITI SCADUTI – LE BIBLIOTECHE COMUNALI CANCELLANO LE MULTE E I "
    "LIBRI TORNANO A CASA: \"IN UN MESE SONO RIENTRATI VOLUMI PRESI IN PRESTITO NEL 1987, "
    "QUALCUNO CON UN BIGLIETTO DI SCUSE DENTRO\""
)


def test_a_long_headline_in_capitals_under_a_lower_case_section_is_the_title():
    page = doc(f"biblioteche\n\n{_CAPITALS}\n\nChiara Valli per \"Il Giornale\"\n\n{BODY}\n")
    assert page.title == _CAPITALS


def test_a_long_line_in_sentence_case_under_a_lower_case_line_is_no_headline():
    sentence = (
        "Per anni le multe sui ritardi sono state il terrore silenzioso dei lettori che tenevano "
        "un libro troppo a lungo e preferivano non tornare più in biblioteca piuttosto che pagare"
    )
    page = doc(f"biblioteche\n\n{sentence}\n\n{BODY}\n")
    assert page.title != sentence


# --- A long first heading above its standfirst and a byline ------------------------------------


def test_a_long_heading_over_a_standfirst_and_a_byline_is_the_headline():
    page = doc(
        "# Amparo Gil, farera: «El faro no se apaga aunque nadie lo mire»\n\n"
        "## La última torrera del cabo Peñas se jubila tras 34 años subiendo los escalones\n\n"
        f"Por Lucía Prieto\n\n{BODY}\n",
        markdown=True,
    )
    assert page.title == "Amparo Gil, farera: «El faro no se apaga aunque nadie lo mire»"


def test_a_papers_name_over_its_headline_and_a_byline_stays_a_masthead():
    page = doc(
        "# The Eastside Echo\n\n## A conversation with our new librarian\n\n"
        f"By Sam Whitaker\n\n{BODY}\n",
        markdown=True,
    )
    assert page.title == "A conversation with our new librarian"
