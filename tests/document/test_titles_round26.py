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


# --- A blog post's headline ending with a period, right under the post's date ---------------

_CLUB_QA = (
    "1. Samedi, la victoire tombait le soir de la fête du club. Une nouvelle équipe se "
    "prépare-t-elle avec les arrivées annoncées ?\n\n"
    "Doucement. Il faudra que ça prenne, avec ceux qui sont là et avec le coach.\n\n"
    "2. Nous voici à la moitié de la saison : quel bilan en tires-tu ?\n\n"
    "Un bon bilan, même si les blessures nous ont coûté des points.\n\n"
    "3. Et la suite ?\n\nLa montée, si tout le monde s'y met.\n"
)


def test_a_headline_with_a_colon_and_a_period_under_the_date_is_the_title():
    page = doc(
        "23/11/2011\n\nL'interview de la semaine : Patrick Lenoir.\n\n"
        "interview semaine.jpg\n\n"
        "Cette semaine, c'est au tour de notre secrétaire infatigable, Patrick Lenoir.\n\n"
        + _CLUB_QA
    )
    assert page.title == "L'interview de la semaine : Patrick Lenoir."


def test_a_quoted_headline_with_a_period_under_a_long_date_is_the_title():
    page = doc(
        "martes, 14 de mayo de 2024\n\n"
        'Toni, entrenador de los halcones: "yo siempre salgo a ganar".\n\n'
        "Con la temporada en su recta final, el entrenador nos recibe en su despacho del club, "
        "un pequeño museo del fútbol.\n\n\n"
        "Toni en su despacho, durante la charla\n\n\n"
        "¿Cómo ves al equipo?\nEs mi equipo, para mí son los mejores.\n"
        "¿Temiste por tu puesto?\nLos inicios cuestan, pero el grupo crece.\n"
        "¿Qué esperas del final de la temporada?\nGanar los tres partidos que quedan.\n"
    )
    assert page.title == 'Toni, entrenador de los halcones: "yo siempre salgo a ganar".'


def test_the_texts_first_sentence_under_the_date_is_no_headline():
    page = doc(
        "23/11/2011\n\nCette semaine, nous avons rencontré notre secrétaire.\n\n"
        "Il nous a reçus au club house, entre deux matchs, avec un café.\n\n" + _CLUB_QA
    )
    assert page.title != "Cette semaine, nous avons rencontré notre secrétaire."


# --- A "?" headline over the names of its authors is the title, not the first question ------

_SCHOOL_QA = (
    "Quins canvis heu notat més des de primària?\n\n"
    "Que és molt intens: ens llevem més d'hora i tenim menys estona de descans.\n\n"
    "Com us imaginàveu l'institut?\n\nClasses més grans i professors més seriosos.\n\n"
    "Quina assignatura us costa més?\n\nLes llengües, i la física a estones.\n"
)


def test_a_question_headline_over_its_authors_names_is_the_title():
    page = doc(
        "De primària a l'ESO: què canvia?\n\n"
        "Pau Serra, Júlia Vidal, Oriol Mas, Marc Font i Aleix Roca\n\n"
        "Hem parlat amb quatre alumnes de primer d'ESO perquè ens recordin com es viu el salt.\n\n"
        + _SCHOOL_QA
    )
    assert page.title == "De primària a l'ESO: què canvia?"
    assert [q.heading for q in page.questions][0] == "Quins canvis heu notat més des de primària?"


def test_a_first_question_answered_by_names_stays_a_question():
    page = doc(
        "Who are your heroes?\n\nMarie Curie, Ada Lovelace and Alan Turing.\n\n"
        "Why them?\n\nThey worked where nobody expected them to.\n\n"
        "What are you reading now?\n\nA history of the telescope.\n"
    )
    assert [q.heading for q in page.questions][0] == "Who are your heroes?"
