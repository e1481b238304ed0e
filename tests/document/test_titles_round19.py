"""Title rules of round 19 (a review's stars glued after its title, a blog's header given
twice, name and tagline, and an institution's contact card on top), each with a document it
must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A review's rating glued after the title --------------------------------------------------


def test_a_reviews_stars_after_its_title_are_left_out_of_the_title_not_the_text():
    page = doc(f"La Filature, le Patron et les Autres ★★☆☆\n\n{BODY}\n")
    assert page.title == "La Filature, le Patron et les Autres"
    assert "★★☆☆" in page.text  # nothing lost: the text keeps the rating


def test_stars_inside_a_title_or_a_single_star_stay():
    assert doc(f"The ★★★ hotels of the coast, ranked\n\n{BODY}\n").title == (
        "The ★★★ hotels of the coast, ranked"
    )
    assert doc(f"Wish upon a ★\n\n{BODY}\n").title == "Wish upon a ★"


# --- A blog's header given twice ------------------------------------------------------------------


def test_a_blogs_name_and_tagline_given_twice_are_not_the_title():
    page = doc(
        "Thistle Notes logo\n\nThistle Notes\n\nFinding Grace in Ordinary Days\n\n"
        "Thistle Notes\n\nFinding Grace in Ordinary Days\n\n"
        f"Do You Still Send Handwritten Letters?\n\n{BODY}\n"
    )
    assert page.title == "Do You Still Send Handwritten Letters?"
    assert page.blocks[3].role is Role.SHARE  # the header's second copy, hidden from reading


def test_a_title_repeated_around_a_different_line_is_still_the_title():
    # "Name" / a byline / "Name" / something else: no header given twice, the old rule holds.
    page = doc(
        "Thistle Notes\n\nFinding Grace in Ordinary Days\n\nThistle Notes\n\n"
        f"Letters from the harvest\n\n{BODY}\n"
    )
    assert page.title != "Letters from the harvest"


# --- A contact card on top -----------------------------------------------------------------------


def test_an_institutions_name_phone_and_address_on_top_are_not_the_title():
    page = doc(
        "Hospital Infantil San Rafael\n(952) 418-3300\nwww.hospitalsanrafael.example\n\n"
        f"Cómo leer la etiqueta de un alimento\n\n{BODY}\n"
    )
    assert page.title == "Cómo leer la etiqueta de un alimento"
    assert page.blocks[0].role is Role.SHARE


def test_a_headline_naming_a_number_and_a_site_is_no_contact_card():
    page = doc(f"Why 555-0100 and www.example.org are the town's favourite scam\n\n{BODY}\n")
    assert page.title == "Why 555-0100 and www.example.org are the town's favourite scam"
    page = doc(f"Hospital Infantil San Rafael\n\n{BODY}\n")
    assert page.title == "Hospital Infantil San Rafael"


# --- A blog's notice over a post's date and title ------------------------------------------------

_NOTICE = (
    "If you follow my posts through your social feed, you're missing most of them. Only one "
    "update in six reaches a feed. Subscribe by e-mail or use a feed reader."
)


def test_a_blogs_notice_over_a_posts_date_and_title_is_not_the_title():
    page = doc(f"{_NOTICE}\n\nTuesday, March 12, 2013\n\nReading the parish notices\n\n{BODY}\n")
    assert page.title == "Reading the parish notices"
    assert page.blocks[0].role is Role.SHARE  # the blog's notice, hidden from reading


def test_a_diarys_one_word_part_under_a_date_is_no_post_title():
    page = doc(f"{_NOTICE}\n\nTuesday, March 12, 2013\n\nMorning\n\n{BODY}\n")
    assert page.title != "Morning"
    page = doc(f"{_NOTICE}\n\nReading the parish notices\n\n{BODY}\n")  # no date between
    assert page.title != "Reading the parish notices"


# --- A headline ending in a period under a skip link ---------------------------------------------

_LONG = (
    "Llegas a casa cansado y te apetece algo dulce, pero encender el horno te parece tan lejano "
    "como correr una media maratón esta noche. Entonces aparece un vídeo en tu pantalla, una "
    "cocinera que habla bajito como si te contara un secreto."
)


def test_a_one_sentence_headline_with_its_period_under_a_skip_link_is_the_title():
    headline = (
        "Este bizcocho no falla nunca, asegura una cocinera sobre un dulce listo en 12 minutos."
    )
    page = doc(
        f"Saltar al contenido\n\n{headline}\n\n"
        f"Manos rallando naranja sobre tazas de bizcocho.\n\n{_LONG}\n"
    )
    assert page.title == headline


def test_a_first_paragraph_of_sentences_or_a_greeting_under_a_skip_link_is_no_headline():
    page = doc(
        f"Saltar al contenido\n\nHola a todos. Hoy os traigo una receta muy fácil.\n\n{_LONG}\n"
    )
    assert not page.title.startswith("Hola")
    page = doc(f"Saltar al contenido\n\nBienvenidos a mi cocina.\n\n{_LONG}\n")  # too short
    assert not page.title.startswith("Bienvenidos")
    page = doc(
        f"Este bizcocho no falla nunca, asegura una cocinera sobre un dulce listo.\n\n{_LONG}\n"
    )
    assert not page.title.startswith("Este bizcocho")  # no skip link above: a sentence
