"""Title rules found in the fifteenth round's real layouts (a browser's prompt with its two
buttons, icon file names, a picture's alternative text, a site's service links, a guide to a
job interview's questions), each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A page widget's words ---------------------------------------------------------------------


def test_a_notification_prompt_with_its_buttons_is_never_the_headline():
    page = doc(
        "Reciba notificaciones de Radio Andina para tener las principales noticias del mundo.\n"
        "No activar\nActivar\n\n"
        'Inés Albarrán: "Suprimir la literatura es suprimir la historia"\n\n'
        "Con motivo de su nueva novela, la escritora habló de la migración y la infancia.\n"
    )
    assert page.title == 'Inés Albarrán: "Suprimir la literatura es suprimir la historia"'


def test_a_headline_about_notifications_stays_the_title():
    assert doc(f"Not now: why apps should allow us to turn off alerts\n\n{BODY}\n").title == (
        "Not now: why apps should allow us to turn off alerts"
    )
    assert doc(f"Receive notifications from your library\n\n{BODY}\n").title == (
        "Receive notifications from your library"
    )


def test_icon_file_names_and_a_pictures_alternative_text_are_never_the_headline():
    icons = doc(f"clock menu more-arrow no yes mobile\n\nThe quiet room is back\n\n{BODY}\n")
    assert icons.title == "The quiet room is back"
    emblem = doc(f"Emblema della Repubblica\n\nLa sala di lettura riapre\n\n{BODY}\n")
    assert emblem.title == "La sala di lettura riapre"
    avatar = doc(f"Claire Vautrin (avatar)\n\nChrono de lecture\n\n{BODY}\n")
    assert avatar.title == "Chrono de lecture"


def test_a_headline_of_plain_words_or_about_a_logo_stays_the_title():
    assert doc(f"menu for a rainy day\n\n{BODY}\n").title == "menu for a rainy day"
    assert doc(f"Logo of the year: the library's new owl\n\n{BODY}\n").title == (
        "Logo of the year: the library's new owl"
    )
    assert doc(f"Emblema della città: il leone torna in piazza\n\n{BODY}\n").title == (
        "Emblema della città: il leone torna in piazza"
    )


def test_a_posts_category_line_is_never_the_headline():
    page = doc(
        "Filed under:\n\nSocial media makes us angry and distracted. Is email the answer?\n\n"
        f"{BODY}\n"
    )
    assert page.title == "Social media makes us angry and distracted. Is email the answer?"
    assert doc(f"Abgelegt unter: Allgemein\n\nDer Lesesaal ist zurück\n\n{BODY}\n").title == (
        "Der Lesesaal ist zurück"
    )


def test_a_headline_about_filing_stays_the_title():
    assert doc(f"Filed under protest: the library's last card catalogue\n\n{BODY}\n").title == (
        "Filed under protest: the library's last card catalogue"
    )


def test_a_line_of_service_links_is_never_the_headline():
    page = doc(f"impressum kontakt drucken suchen\n\nNachgefragt bei Miriam Kessler\n\n{BODY}\n")
    assert page.title == "Nachgefragt bei Miriam Kessler"


def test_a_headline_naming_a_contact_stays_the_title():
    assert doc(f"Kontakt suchen im Stadtteil\n\n{BODY}\n").title == "Kontakt suchen im Stadtteil"


# --- A guide to a job interview's questions ----------------------------------------------------

GUIDE = (
    "{title}\n\n"
    "Find out which skills a hiring panel looks for, which questions to expect, and how to "
    "go about answering them.\n\n"
    "1. Are you comfortable working alone in remote areas?\n\n"
    "Panels want to hear about times you worked far from help.\n\n"
    'Example: "Yes. In my current post I cover a long loop on my own three days a week."\n\n'
    "2. What are the most important skills for a park ranger?\n\n"
    "Pick the skills you really have and link each to something you did.\n\n"
    'Example: "Calm communication first, then navigation and first aid."\n\n'
    "3. How would you handle a visitor who refuses to follow a closure?\n\n"
    "Explain that you stay polite and know when to call for backup.\n\n"
    'Example: "I would explain why the trail is closed and point to another one."\n'
)


def test_a_guide_titled_with_job_interview_questions_is_an_article():
    guide = doc(GUIDE.format(title="25 Park Ranger Interview Questions and Answers"))
    assert guide.title == "25 Park Ranger Interview Questions and Answers"
    assert guide.kind is not DocumentKind.INTERVIEW
    assert not [s for s in guide.sections if s.heading.startswith("Are you")]


def test_an_interview_titled_with_its_own_questions_stays_an_interview():
    interview = doc(GUIDE.format(title="Ten interview questions for our park ranger"))
    assert interview.kind is DocumentKind.INTERVIEW
