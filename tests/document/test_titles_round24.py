"""Title rules of round 24: a page's top lines that the text joined into one paragraph, read
line by line; the headline told by what signs it or stands around it (an author's bare name
under it, a label said once, a bulleted menu running into it, a copyright line or a skip link
above it, a date closing it). Each rule with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Block, BlockKind
from reader.document.structure.titles.chrome import is_chrome
from reader.document.structure.titles.matterlines import is_dateline
from reader.document.structure.titles.titlecues import is_title_candidate

from .test_structure_layouts import doc
from .test_titles_round14 import ANSWER, BODY


def _line(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text, 0, (0, 1))


# --- A top's lines joined into one paragraph (topstack) ---------------------------------------


def test_a_rubric_in_capitals_over_the_headline_and_its_author_joined_is_read_line_by_line():
    page = doc(
        "IMG_20230514\n\nPOETAS DE SONORA\nConversación con Lidia Marcela Ochoa\nJulián Ferrer\n\n"
        "1- ¿Cuándo empezó a escribir?\nA los once años, en un cuaderno de mi abuela.\n\n"
        "2- ¿Qué lee ahora?\nNovela negra, sobre todo.\n\n"
        "3- ¿Para quién escribe?\nPara mis hijas.\n"
    )
    assert page.title == "Conversación con Lidia Marcela Ochoa"
    assert "POETAS DE SONORA" in page.text and "Julián Ferrer" in page.text  # nothing lost
    tops = [b for b in page.blocks if b.text in ("POETAS DE SONORA", "Julián Ferrer")]
    assert [b.source_lines for b in tops] == [(2, 3), (4, 5)]  # each its own source line


def test_a_headline_signed_under_an_events_dates_joined_is_read_line_by_line():
    page = doc(
        "Lakeside Book Fair Press Office\n\n"
        "May 14 – May 18 Kingston, ON\nMedia Accreditation Open\n"
        "Written By: Harriet Vance - Apr• 02•24\n\n"
        "Journalists may now apply for a press badge for this year's fair.\n\n"
        "Requests close on May 1. Badges are collected at the north entrance.\n"
    )
    assert page.title == "Media Accreditation Open"


def test_a_headline_set_over_lines_in_capitals_stays_one_paragraph():
    # No date, byline, bullet or change of type: one headline broken over lines.
    page = doc(f"Page 4\n\nOUR HEAD\nTEACHER\nMRS DALE\nIN CONVERSATION\n\n{BODY}\n")
    assert any(b.text == "OUR HEAD TEACHER MRS DALE IN CONVERSATION" for b in page.blocks)


def test_a_stanza_under_a_short_line_stays_one_paragraph():
    page = doc(
        f"Poem of the week\n\nThe rain came down\nupon the quiet town\nand no one saw\n\n{BODY}\n"
    )
    assert any(b.text == "The rain came down upon the quiet town and no one saw"
               for b in page.blocks)


# --- An author's bare name under the headline, over the first question (signedtop) ---------


def test_an_authors_name_under_the_headline_over_the_first_question_signs_it():
    page = doc(
        "Lecturas de junio\n\nUna tarde con la poeta Inés Barrio\n\nMarta Quiroga\n\n"
        f"¿Cuándo supo que quería escribir?\n\n{ANSWER}\n\n¿Qué le pide a un poema?\n\n{ANSWER}\n"
    )
    assert page.title == "Una tarde con la poeta Inés Barrio"


def test_a_headline_that_is_a_persons_name_over_the_first_question_stays():
    # The line above is shorter than the name: a section's, not a headline the name signs.
    page = doc(
        "Portraits\n\nMarta Quiroga\n\n"
        f"When did you know you wanted to write?\n\n{ANSWER}\n\nWhat do you ask of a poem?\n\n"
        f"{ANSWER}\n"
    )
    assert page.title == "Marta Quiroga"


# --- A headline opened by a label said once (signedtop.labelled_headline) -------------------


def test_a_headline_opened_by_a_label_no_turn_takes_up_stands_over_the_first_question():
    page = doc(
        "Only here\n\nBaker: the night shift that feeds the town\n\n"
        "Anna Lind, Per Moberg: How early does your day begin?\n\n"
        "Jonas Berg: At two. The dough has rested since the evening.\n\n"
        "Anna Lind, Per Moberg: And when do you sleep?\n\nJonas Berg: In the afternoon, mostly.\n"
    )
    assert page.title == "Baker: the night shift that feeds the town"


def test_a_field_naming_the_guest_over_the_first_question_is_no_headline():
    page = doc(
        "Appendix 2: Transcript of interview T4\n\n"
        "Person asked: T4, teacher at a primary school, 9 years in post\n\n"
        "I: How did you come to teaching?\n\nT4: By chance, after a summer camp.\n\n"
        "I: What keeps you there?\n\nT4: The children, and my colleagues.\n"
    )
    assert page.title == "Appendix 2: Transcript of interview T4"


# --- A menu's bullets running into the headline (toptrails.after_bulleted_menu) -------------


def test_a_bulleted_menu_whose_last_item_is_the_headline():
    page = doc(
        "• Home\n• Archive\n• Prices\n• Contact\n"
        "• The last lighthouse keeper of the northern coast - A life at the edge of the sea\n\n"
        f"Text: Ida Moor\n\n{BODY}\n"
    )
    assert page.title == (
        "The last lighthouse keeper of the northern coast - A life at the edge of the sea"
    )


def test_a_bulleted_menu_of_short_items_is_not_the_title():
    page = doc("• Home\n• Archive\n• Prices\n• Contact\n\nThe reading room reopens\n\n"
               f"{BODY}\n")
    assert page.title == "The reading room reopens"


# --- Lines around the headline: copyright, skip links, dates --------------------------------


def test_the_sites_copyright_line_on_top_is_chrome():
    page = doc(f"2024 © Radio Nord Archive\nculture\n\nThe choir that sang through the winter\n\n"
               f"{BODY}\n")
    assert page.title == "The choir that sang through the winter"
    assert is_chrome(_line("© 2019-2024 Radio Nord"))


def test_a_year_without_copyright_sign_opens_a_headline():
    assert not is_chrome(_line("2024: the year the library reopened"))
    assert is_title_candidate(_line("2024: the year the library reopened"))


def test_skip_links_in_more_languages_are_chrome():
    for link in ("Skoči na glavno vsebino", "Preskoči na sadržaj", "Langsung ke konten",
                 "Liigu põhisisu juurde"):
        assert is_chrome(_line(link)), link
    assert not is_chrome(_line("Skoči v jesen z nami"))  # "Jump into autumn with us"


def test_a_headline_closed_by_its_date_is_a_title_line():
    assert is_title_candidate(_line("Přepis pořadu Jak to vidí - 3.4."))
    assert is_title_candidate(_line("Konzert der Schulband am 12. 3."))
    assert not is_title_candidate(_line("Das Konzert beginnt um 19.30."))  # a time, a sentence


def test_dates_of_an_event_and_written_with_spaces_or_genitive_months():
    assert is_dateline("August 29 – September 2 Halifax, NS")
    assert is_dateline("24. 9. 2020 · Šolsko novinarstvo")
    assert is_dateline("12. ožujka 2022. u 18:40")
    assert not is_dateline("May the fourth be with you")
    assert not is_dateline("Steps 1. 2. and 3. of the plan")



# --- A committee's record titled by the item it heard (hearingtitle) ------------------------


def test_a_committees_record_is_titled_by_the_item_it_heard():
    page = doc(
        "Committee on Education and Skills\n\nTuesday, 5 March 2024\n\nSitting at 10 a.m.\n\n"
        "Chair: Ms Joan Pryce\n\n"
        "Hearing of Mr Colin Ward, Chief Executive of the National Libraries Trust\n\n"
        "The sitting opened at ten o'clock.\n\n"
        "The Chair. Mr Ward, welcome. How many branch libraries closed last year?\n\n"
        "Mr Colin Ward. Eleven, most of them in small towns.\n"
    )
    assert page.title == (
        "Hearing of Mr Colin Ward, Chief Executive of the National Libraries Trust"
    )


def test_a_line_opened_by_hearing_that_begins_the_text_is_no_title():
    page = doc(
        "Town Council News\n\nTuesday, 5 March 2024\n\n"
        "Hearing the news, the mayor called the council together at once.\n\n"
        f"{BODY}\n"
    )
    assert page.title == "Town Council News"
