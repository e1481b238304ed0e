"""Title rules found in the sixteenth round's real layouts (a paywall's label, a browser's
notice, a theme's "Select Page", a menu of bar-separated links, a journal's issue line, a
section's name in lower case, a blog's tagline over title, date and byline, a "?" headline
signed by its authors, a viewer's counter and download offer, a brand's logo, a forum's reply
form, a how-to's title), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import doc
from .test_titles_round14 import ANSWER, BODY

# --- A page widget's words ---------------------------------------------------------------------


def test_a_paywalls_label_is_never_the_headline():
    page = doc(
        f"Member-only story\n\nDeath Notices Say More About Living\n\nJonah Breck\n\n{BODY}\n"
    )
    assert page.title == "Death Notices Say More About Living"
    assert doc(f"Nur für Abonnenten\n\nDer Lesesaal ist zurück\n\n{BODY}\n").title == (
        "Der Lesesaal ist zurück"
    )


def test_a_headline_about_members_stays_the_title():
    assert doc(f"Members only: the club that reads in silence\n\n{BODY}\n").title == (
        "Members only: the club that reads in silence"
    )


def test_a_browsers_notice_and_its_advice_are_never_the_headline():
    page = doc(
        "Dieser Browser wird nicht mehr unterstützt\n\n"
        "Bitte wechseln Sie zu einem aktuellen Browser wie Chrome, Firefox, Safari oder Edge.\n\n"
        f"Schnellauswahl\n\nDer Lesesaal ist zurück\n\n{BODY}\n"
    )
    assert page.title == "Der Lesesaal ist zurück"


def test_a_headline_about_browsers_stays_the_title():
    assert doc(f"Chrome or Firefox: which browser is kinder to old laptops\n\n{BODY}\n").title == (
        "Chrome or Firefox: which browser is kinder to old laptops"
    )


def test_a_themes_select_page_menu_is_never_the_headline():
    page = doc(f"Sélectionner une page\n\nLa salle de lecture rouvre\n\n{BODY}\n")
    assert page.title == "La salle de lecture rouvre"
    assert doc(f"Select Page\n\nThe quiet room is back\n\n{BODY}\n").title == (
        "The quiet room is back"
    )


def test_a_headline_about_selecting_a_page_stays_the_title():
    assert doc(f"Select Page Books opens a second shop\n\n{BODY}\n").title == (
        "Select Page Books opens a second shop"
    )


# --- Chrome: a menu of bar-separated links, a journal's issue line -----------------------------

JOURNAL = (
    "|obsah |rejstřík autorů |  | rejstřík názvů |  | rejstřík témat | | archiv |\n\n"
    "Čtenář a knihovna\n\n"
    "2010, ročník 21, číslo 3,  s.  112-119\n\n"
    "Budou knihovní katalogy opravdu bez bariér?\n\n"
    "Mgr. Jana Kubíčková, Ing. Petr Vlasák /e-mail: kubickova@example.cz; vlasak@example.cz\n\n"
    "Přístupný katalog neklade svým uživatelům žádné překážky, které by jim bránily v jeho "
    "používání. Slovo přístupnost se často nahrazuje slovem bezbariérovost.\n"
)


def test_a_menu_bar_an_issue_line_and_a_signed_question_make_the_question_the_headline():
    page = doc(JOURNAL)
    assert page.title == "Budou knihovní katalogy opravdu bez bariér?"
    assert page.kind is not DocumentKind.INTERVIEW


def test_three_words_between_bars_and_a_dated_headline_stay_the_title():
    assert doc(f"Wind | Water | Fire\n\n{BODY}\n").title == "Wind | Water | Fire"
    assert doc(f"The reading room in 2010\n\n{BODY}\n").title == "The reading room in 2010"


def test_a_date_over_a_title_over_a_first_question_still_finds_the_title():
    page = doc(
        "12.03.2024\n\nDie Bäckerin vom Markt\n\nWie hat alles angefangen?\n\n"
        "Mit einem Ofen und viel Mut. Ich habe mit dreißig Broten am Tag begonnen.\n\n"
        "Und heute?\n\nHeute sind es dreihundert, und trotzdem kenne ich jeden Kunden.\n"
    )
    assert page.title == "Die Bäckerin vom Markt"


# --- Lines above the headline: a lower-case section, a blog's tagline --------------------------


def test_a_section_name_in_lower_case_above_the_headline_is_not_the_title():
    page = doc(
        "cultura dei videogiochi\n\n"
        "Minecraft e i volti che sorridono: novità e lati oscuri del riconoscimento\n\n"
        f"{BODY}\n"
    )
    assert page.title == (
        "Minecraft e i volti che sorridono: novità e lati oscuri del riconoscimento"
    )


def test_a_lower_case_headline_over_its_first_sentence_stays_the_title():
    page = doc(f"menu for a rainy day\n\nSoup comes first, always.\n\n{BODY}\n")
    assert page.title == "menu for a rainy day"


def test_a_blogs_tagline_over_title_date_and_byline_is_not_the_title():
    page = doc(
        "Notes From the Slow Lane of Getting Older\n\nReading the Death Notices\n\n"
        f"May 2022\n\nBy Howard Pell\n\n{BODY}\n"
    )
    assert page.title == "Reading the Death Notices"


def test_a_title_over_its_longer_subtitle_date_and_byline_stays_the_title():
    page = doc(
        "The Quiet Room Is Back\n\nHow a Small Library Doubled Its Seats and Its Readers\n\n"
        f"May 2022\n\nBy Howard Pell\n\n{BODY}\n"
    )
    assert page.title == "The Quiet Room Is Back"


# --- A document viewer's and a forum's lines ---------------------------------------------------


def test_a_viewers_counter_download_offer_and_logo_are_never_the_headline():
    page = doc(
        "SlideShare uma empresa Scribd logo\n1 de 6\nBaixar para ler offline\n"
        f"Rui Manuel Teixeira\n\nREPORTAGEM\n\n{BODY}\n"
    )
    assert page.title == "REPORTAGEM"


def test_a_headline_about_a_logo_stays_the_title():
    assert doc(f"Why we changed our logo\n\n{BODY}\n").title == "Why we changed our logo"


def test_a_forums_reply_form_is_never_the_headline():
    page = doc(
        "RESSORT Actions\nDes idées pour agir\n\nPoster un message\n\nEn réponse à :\n\n"
        "Comment écrire un communiqué de presse ?\n\nmardi 6 mars 2012 par Ressort\n\n"
        "Qu'est-ce qu'un communiqué de presse ?\n\n"
        "Le communiqué de presse est un outil de travail pour le journaliste, pas un article.\n\n"
        "Quand faire un communiqué de presse ?\n\n"
        "Il vaut mieux le réserver à des occasions précises, comme un salon ou un livre.\n"
    )
    assert page.title == "Comment écrire un communiqué de presse ?"
    assert page.kind is not DocumentKind.INTERVIEW  # a how-to: its questions are explained
    assert not page.questions


def test_a_headline_in_reply_to_someone_stays_the_title():
    assert doc(f"In reply to the mayor: our library's answer\n\n{BODY}\n").title == (
        "In reply to the mayor: our library's answer"
    )


# --- A how-to's title --------------------------------------------------------------------------

INTERVIEW = (
    "{title}\n\n"
    "How long have you volunteered here?\n\n"
    f"{ANSWER}\n\n"
    "What keeps you coming back?\n\n"
    "The people, mostly. Some of them have been coming since before I was born.\n\n"
    "Would you recommend it?\n\n"
    "To anyone with a free Saturday and strong arms.\n"
)


def test_a_how_to_title_makes_an_article_of_asking_intertitles():
    guide = doc(INTERVIEW.format(title="How to volunteer at the food bank"))
    assert guide.kind is not DocumentKind.INTERVIEW


def test_an_interview_titled_with_how_someone_did_something_stays_an_interview():
    interview = doc(INTERVIEW.format(title="How I learned to love Saturdays: our volunteer"))
    assert interview.kind is DocumentKind.INTERVIEW
    assert len(interview.questions) == 3


# --- A blog's motto over its date and the post's title ------------------------------------------


def test_a_quoted_motto_with_its_source_over_a_date_is_not_the_title():
    page = doc(
        "«Desde la orilla oyó el eco de las voces que lo buscaban, como si fueran cigarras» "
        "(Lucía Marín, Secano)\n\njueves, 12 de febrero de 2015\n\n"
        'Tomás Herrera, escritor: "Del cine hay que aprenderlo todo"\n\n'
        "A Tomás Herrera lo conocí en una charla sobre castillos en el Ateneo de Alicante, "
        "cuando la sala casi se llenó.\n"
    )
    assert page.title == 'Tomás Herrera, escritor: "Del cine hay que aprenderlo todo"'


def test_a_quoted_headline_without_a_source_over_its_date_stays_the_title():
    page = doc(
        "“Sou muito clássico. Para mim, um guarda-redes tem de evitar golos”\n\n"
        "15.09.2018 às 10h00\n\nTexto Rui Matos\nFotografia Ana Leite\n\n"
        "Álvaro Ibarra está de calções e ténis, a caminhar junto ao rio, no Porto, sem pressa "
        "nenhuma, quando nos encontra.\n"
    )
    assert page.title == "“Sou muito clássico. Para mim, um guarda-redes tem de evitar golos”"


def test_a_practical_sheets_title_makes_an_article_of_its_listed_questions():
    sheet = doc(INTERVIEW.format(title="Fiche 12 : Rédiger un communiqué de presse"))
    assert sheet.kind is not DocumentKind.INTERVIEW


def test_an_interview_titled_with_a_file_of_its_own_stays_an_interview():
    interview = doc(INTERVIEW.format(title="Fichiers et archives : notre bénévole du samedi"))
    assert interview.kind is DocumentKind.INTERVIEW


# --- A periodical's volume and number, a "published by" line --------------------------------


def test_a_papers_name_over_its_volume_and_number_and_a_published_by_line_frame_the_headline():
    page = doc(
        "Agenzia Notizie – Quotidiano di informazione\n\nAnno 21 n° 112\n\n"
        "Scuola: una mattina in Prefettura\n\n"
        "Pubblicato da agenzia notizie il martedì, 17 aprile 2012\n\n"
        f"Arriva il Prefetto\n\n{BODY}\n"
    )
    assert page.title == "Scuola: una mattina in Prefettura"


def test_a_headline_naming_a_volume_or_a_publisher_stays_the_title():
    assert doc(f"Vol. 3 of the diaries is out\n\n{BODY}\n").title == "Vol. 3 of the diaries is out"
    page = doc(f"Posted by Ana Ruiz on 3 May 2021\n\nThe quiet room is back\n\n{BODY}\n")
    assert page.title == "The quiet room is back"  # nothing above the line: the headline below


def test_a_published_by_line_under_the_headline_alone_closes_the_head():
    page = doc(
        "Scuola: una mattina in Prefettura\n\n"
        "Pubblicato da agenzia notizie il martedì, 17 aprile 2012\n\n"
        f"Arriva il Prefetto\n\n{BODY}\n"
    )
    assert page.title == "Scuola: una mattina in Prefettura"
