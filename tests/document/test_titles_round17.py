"""Title rules found in the seventeenth round's real layouts (a breadcrumb copied as a
numbered list, a page's tools on one line, a journal's issue given field by field between
bars, a long headline in capitals under a section's name in lower case, a long first heading
over its standfirst and a byline), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role
from reader.document.structure.titles.chrome import cites_issue

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


def test_issue_fields_joined_to_the_short_line_above_them_are_never_the_headline():
    """With no break between them (a .txt's trailing spaces are no line break), the label
    and the fields are one line: "Table of Contents Year : 2017 | Volume : 61 | …"."""
    page = doc(
        "  • Print this page\n  • Email this page\n\n Table of Contents    \n"
        "Year : 2017  |  Volume : 61  |  Issue : 4  |  Page : 301-306  \n\n"
        f"Night shifts and the sleeping registrar\n\n{BODY}\n"
    )
    assert page.title == "Night shifts and the sleeping registrar"


def test_only_a_short_label_is_read_as_run_into_the_issue_fields():
    assert cites_issue("Table of Contents Year : 2017 | Volume : 61 | Issue : 4")
    assert not cites_issue("Why the rota of our junior doctors must change Year : 2017 | "
                           "Volume : 61 | Issue : 4")


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


# --- A newsletter's link to itself in a browser ------------------------------------------------


def test_a_newsletters_view_in_browser_line_is_never_the_headline():
    page = doc(
        "Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen\n\n"
        f"Der Spielplatz am Kanal öffnet wieder\n\n{BODY}\n"
    )
    assert page.title == "Der Spielplatz am Kanal öffnet wieder"
    assert doc(f"View this email in your browser\n\nThe quiet room is back\n\n{BODY}\n").title == (
        "The quiet room is back"
    )


def test_a_headline_about_browsers_and_email_stays_the_title():
    assert doc(f"Why we read our email in a browser now\n\n{BODY}\n").title == (
        "Why we read our email in a browser now"
    )


# --- A service's telephone line ----------------------------------------------------------------


def test_a_phone_line_with_its_hours_is_never_the_headline():
    page = doc(
        "71 402 11 90 (całą dobę)\n\n605 14 14 14 (całą dobę)\n\n"
        f"Klepsydra w bibliotece\n\n{BODY}\n"
    )
    assert page.title == "Klepsydra w bibliotece"


def test_a_headline_opening_with_a_number_stays_the_title():
    assert doc(f"112 days without a library (and counting)\n\n{BODY}\n").title == (
        "112 days without a library (and counting)"
    )


# --- A funeral home's buttons ------------------------------------------------------------------


def test_a_funeral_homes_buttons_are_never_the_headline():
    page = doc(
        "Margaret Ellen Doyle\n\nMarch 3, 1941 – November 12, 2024\n\n"
        f"Share this obituary\n\nSend Flowers\n\n{BODY}\n"
    )
    assert page.title == "Margaret Ellen Doyle"


def test_a_headline_about_sending_flowers_stays_the_title():
    assert doc(f"Send flowers, not letters: the florist of Mill Road\n\n{BODY}\n").title == (
        "Send flowers, not letters: the florist of Mill Road"
    )


# --- A paper's citation and its review dates ---------------------------------------------------


def test_a_citation_with_volume_issue_pages_and_review_dates_are_never_the_headline():
    page = doc(
        "Revista de Estudios Rurales, 2021, 14(2), 33-52\n"
        "ISSN: 1234-5678 | DOI: 10.1234/rer.2021.14.2.03\n\n"
        "Recibido: 12/01/2021 · Aceptado: 03/05/2021\n\n"
        "EL AGUA COMO BIEN COMÚN EN LAS HUERTAS DE MURCIA\n\n"
        f"Water as a common good in the Murcia orchards\n\n{BODY}\n"
    )
    assert page.title == "EL AGUA COMO BIEN COMÚN EN LAS HUERTAS DE MURCIA"


def test_a_headline_with_a_year_and_numbers_stays_the_title():
    assert doc(f"Class of 2021: 14 (2) graduates, 33-52 in the final\n\n{BODY}\n").title == (
        "Class of 2021: 14 (2) graduates, 33-52 in the final"
    )


# --- A site's line above an entry's term -------------------------------------------------------


def test_a_sites_line_above_a_term_the_text_defines_is_not_the_title():
    page = doc(
        "Na marginesie spraw cmentarnych\n\n\nEpitafium\n\n"
        "Epitafium, w dzisiejszym znaczeniu tego słowa, to napis na nagrobku.\n\n"
        f"{BODY}\n"
    )
    assert page.title == "Epitafium"


def test_a_title_above_a_word_the_text_does_not_define_stays_the_title():
    page = doc(f"Notes from the garden\n\nRoses\n\nWe planted roses by the gate.\n\n{BODY}\n")
    assert page.title != "Roses"


# --- A button's word or a mirror's tagline glued after the headline ----------------------------


def test_a_print_buttons_word_after_a_finished_headline_is_left_out_of_the_title():
    page = doc(
        "Vereinsarbeit leicht gemacht II: Wie lade ich zur Mitgliederversammlung ein? Drucken\n\n"
        f"Fristen und Tagesordnung richtig wählen\n\n{BODY}\n"
    )
    assert page.title == (
        "Vereinsarbeit leicht gemacht II: Wie lade ich zur Mitgliederversammlung ein?"
    )
    assert "ein? Drucken" in page.text  # the text keeps it


def test_an_encyclopedias_tagline_run_into_the_entrys_name_is_left_out_of_the_title():
    page = doc(
        "Streuobstwiese\n\naus Wikipedia, der freien Enzyklopädie\n\n"
        f"Eine Streuobstwiese ist eine Wiese mit hohen Obstbäumen.\n\n{BODY}\n"
    )
    assert page.title == "Streuobstwiese"


def test_a_headline_ending_on_such_a_word_stays_whole():
    assert doc(f"Was wir nicht mehr drucken\n\n{BODY}\n").title == "Was wir nicht mehr drucken"
    assert doc(f"Think before you print\n\n{BODY}\n").title == "Think before you print"


# --- A page's offer of its other languages, the share button's word, an event's buttons --------


def test_a_pages_other_languages_offer_is_never_the_headline():
    page = doc(
        "Esquelas\n\nFallece a los 88 años Ramón Ortega, el último barquero del Ebro\n\n"
        "Redacción | Tortosa | 4 de marzo de 2024\n\n"
        f"Este artículo también está disponible en: Català\n\n{BODY}\n"
    )
    assert page.title == "Fallece a los 88 años Ramón Ortega, el último barquero del Ebro"


def test_a_headline_about_languages_stays_the_title():
    assert doc(f"Available in Catalan: the ferryman's last diary\n\n{BODY}\n").title == (
        "Available in Catalan: the ferryman's last diary"
    )


def test_the_share_buttons_word_and_a_reading_time_are_never_the_headline():
    page = doc(
        "Поделиться\n\nВремя чтения: 4 мин.\n\n"
        f"Как мы вернули читателей в сельскую библиотеку\n\n{BODY}\n"
    )
    assert page.title == "Как мы вернули читателей в сельскую библиотеку"


def test_a_headline_about_sharing_stays_the_title():
    assert doc(f"Share the shelf: a library of tools\n\n{BODY}\n").title == (
        "Share the shelf: a library of tools"
    )


def test_an_events_booking_button_is_never_the_headline():
    page = doc(
        "Events / Talks\n\nFREE EVENT\n\nThe Lost Rivers of London: a walk and talk\n\n"
        "Saturday 12 April 2025, 14:00–16:00\nCentral Library, Room 2\n\n"
        f"Book now\n\n{BODY}\n"
    )
    assert page.title == "The Lost Rivers of London: a walk and talk"


def test_a_headline_about_booking_stays_the_title():
    assert doc(f"Book now, read later: the summer list\n\n{BODY}\n").title == (
        "Book now, read later: the summer list"
    )


# --- A piece signed by a group -----------------------------------------------------------------


def test_a_piece_signed_by_a_group_has_its_headline_above_the_signature():
    page = doc(
        "Opinion\n\nTRIBUNE. « Les bibliothèques ne sont pas des salles d'attente »\n\n"
        "Par un collectif de bibliothécaires\n\n"
        f"Publié le 04/03/2024 à 18h05 · Mis à jour le 05/03/2024 à 09h12\n\n{BODY}\n"
    )
    assert page.title == "TRIBUNE. « Les bibliothèques ne sont pas des salles d'attente »"


def test_a_headline_about_a_collective_stays_the_title():
    assert doc(f"Par un collectif de quartier, la bibliothèque rouvre\n\n{BODY}\n").title == (
        "Par un collectif de quartier, la bibliothèque rouvre"
    )


# --- A magazine named by a German compound -----------------------------------------------------


def test_a_magazines_name_with_a_compound_is_not_the_title():
    page = doc(
        "kulturwest – Das Kulturmagazin für NRW\n\nFragebogen: Dr. Konrad Wettich\n\n"
        f"{BODY}\n"
    )
    assert page.title == "Fragebogen: Dr. Konrad Wettich"


def test_a_headline_naming_a_compound_stays_the_title():
    page = doc(f"Die Stadtteilzeitung wird vierzig\n\nVon Anna Weber\n\n{BODY}\n")
    assert page.title == "Die Stadtteilzeitung wird vierzig"
