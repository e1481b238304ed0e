"""Title rules of round 26: a line made only of the names a site gives its own pages (a menu
copied one link a line, a pager, a cookie notice's heading) is never the headline. Each rule
with pages it must catch and ones it must not: a headline that only *contains* such a word
("About a Boy …", "Contact: …")."""

from __future__ import annotations

from reader.document.structure.titles.sitelines import is_menu_words

from .test_structure_layouts import doc

_QA = (
    "1. Le principal trait de mon caractère ?  La ténacité\n\n"
    "2. La qualité que je préfère chez un homme ?  La loyauté\n\n"
    "3. Mon principal défaut ?  La précipitation\n"
)


# --- must catch: a menu one link a line, a pager, a cookie notice over the headline --------


def test_a_menu_copied_one_link_a_line_stands_over_the_headline():
    page = doc("Accueil\nÀ propos\nContact\n\nQuestionnaire d'une libraire\n\n" + _QA)
    assert page.title == "Questionnaire d'une libraire"


def test_a_pager_over_a_parliament_record_is_not_its_title():
    page = doc(
        "Tartalom Előző Következő\n\nAzonnali kérdések és válaszok órája\n\n"
        "(Az ülés kezdete: 13.00 óra - Elnök: Lengyel Katalin.)\n\n"
        "ELNÖK: Tisztelt Országgyűlés! Áttérünk az azonnali kérdések és válaszok órájára. "
        "Kovács Bence képviselő úr kérdezi az államtitkár urat.\n\n"
        "KOVÁCS BENCE (Jobbik): Köszönöm a szót. Mikor épül meg a híd?\n\n"
        "TÓTH GERGELY államtitkár: Jövőre, képviselő úr.\n\n"
        "KOVÁCS BENCE (Jobbik): És ki fizeti meg?\n\n"
        "TÓTH GERGELY államtitkár: Az állam és a megye együtt.\n"
    )
    assert page.title == "Azonnali kérdések és válaszok órája"


def test_menu_lines_and_cookie_headings_read_as_the_sites_in_any_language():
    for line in ("About", "About us", "Über uns", "Beranda", "Chi siamo", "Cookie-Hinweis",
                 "Cookie notice", "Informativa sui cookie", "Tartalom Előző Következő"):
        assert is_menu_words(line), line


# --- must not: a headline that only contains a menu word ------------------------------------


def test_a_headline_containing_a_menu_word_stays_the_title():
    page = doc("Accueil\n\nÀ propos de la ténacité\n\n" + _QA)
    assert page.title == "À propos de la ténacité"
    for line in ("About a Boy: Nick Hornby talks", "Contact: the film at thirty", "Next year",
                 "Home is where the heart is", "Cookies for the winter fair"):
        assert not is_menu_words(line), line
