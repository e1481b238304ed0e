"""Title rules of round 25: a site's own line over the headline told by its form, not by lists
of chrome words (a strip of links set apart by runs of spaces, a line naming the site's address
over links the copy lost), and the author's name with a role right over the date. Each rule
with a page it must catch and one it must not: a real headline short and in title case ("Jazz
in Lagos"), a magazine whose name is in its own headline."""

from __future__ import annotations

from reader.document.model import Block, BlockKind
from reader.document.structure.titles.sitelines import (
    is_spaced_strip,
    names_address_over_links,
)
from reader.document.structure.titles.titlecues import is_title_candidate

from .test_structure_layouts import doc

_QA = (
    "Q: How did it start?\nA: With a borrowed trumpet and a lot of patience.\n\n"
    "Q: What comes next?\nA: A tour of the coast in the summer.\n\n"
    "Q: Who should come?\nA: Anyone who likes a long night.\n"
)


def _line(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text, 0, (0, 1))


# --- A site's line by its form: a spaced strip of links, an address over its lost links ------


def test_a_strip_of_links_set_apart_by_spaces_and_a_follow_line_stand_over_the_headline():
    page = doc(
        "Cinevisión   MAX FILMS   MAX FILMS\n\nSigue a RevistaFotograma.com en:\n\n"
        "Marcela Ibarra\n\nQuiero que en Guadalajara se hagan películas de animación\n\n"
        "Por Jorge Alberto Villaseñor\n\n"
        "Marcela Ibarra es la animadora mexicana con más créditos fuera del país.\n\n"
        "Jorge: ¿Dónde naciste?\n\nMarcela: En Colima.\n\n"
        "Jorge: ¿Qué estudiaste?\n\nMarcela: Diseño gráfico.\n"
    )
    assert page.title == "Quiero que en Guadalajara se hagan películas de animación"
    assert "Cinevisión" in page.text and "RevistaFotograma.com" in page.text  # nothing lost


def test_a_headline_with_single_spaces_or_a_colon_is_no_strip():
    assert is_spaced_strip("Inicio   Noticias   Entrevistas   Contacto")
    assert not is_spaced_strip("Jazz in Lagos")
    assert not is_spaced_strip("Jazz  in Lagos")  # one double space: a typing slip, two items
    assert not is_spaced_strip("Hoy:   Lluvia   en   Madrid.")  # a sentence, not links


def test_an_address_names_a_site_only_over_links_the_copy_lost():
    assert names_address_over_links("Follow ridge-signal.org on:")
    assert not names_address_over_links("How Booking.com learned to love the small hotel")
    assert not names_address_over_links("Interview:")  # a rubric names no address


# --- Must not: a short headline in title case, a magazine named in its own headline ----------


def test_a_short_title_case_headline_under_a_spaced_strip_stays_the_title():
    page = doc(f"Home   Music   Events   Contact\n\nJazz in Lagos\n\nBy Priya Raman\n\n{_QA}")
    assert page.title == "Jazz in Lagos"


def test_a_headline_naming_an_address_stays_the_title():
    page = doc(f"How Booking.com learned to love the small hotel\n\nBy Priya Raman\n\n{_QA}")
    assert page.title == "How Booking.com learned to love the small hotel"


def test_a_magazine_named_in_its_own_headline_keeps_the_headline():
    # The magazine's name over its headline is hidden; the headline that names it is not.
    page = doc(
        "Prima Comunicazione\n\nHome   Interviste   Editoria\n\n"
        "Signora, gradisce una rivista? Intervista alla presidente (Prima n. 412)\n\n"
        "Le riviste le costruisce pagina dopo pagina con i suoi sessanta giornalisti, e intorno "
        "alla testata più venduta ha messo in piedi laboratori e banche dati.\n\n"
        "Di Marta Colombo\n\n"
        "Quando ha cominciato?\nNel 1975, con suo padre.\n\n"
        "Che cosa le ha insegnato?\nIl gusto del rischio.\n\n"
        "© Prima Comunicazione – Riproduzione riservata\n"
    )
    assert page.title == "Signora, gradisce una rivista? Intervista alla presidente (Prima n. 412)"


# --- The author's name and role over the date ------------------------------------------------


def test_a_name_and_role_over_the_date_signs_the_headline_above():
    page = doc(
        "The Ridge Signal\n\nNews | Features | Opinion | Sports | Staff\n\n"
        "Osei talks about learning the news beat\n\nPriya Raman, Staff Writer\n\n"
        f"October 3, 2024\n\n{_QA}"
    )
    assert page.title == "Osei talks about learning the news beat"


def test_a_headline_with_a_comma_over_the_date_stays_the_title():
    page = doc(f"Jazz in Lagos, Tonight\n\nOctober 3, 2024\n\n{_QA}")
    assert page.title == "Jazz in Lagos, Tonight"


# --- A period inside a closing quote ends a sentence ---------------------------------------


def test_the_first_exchange_under_a_blogs_lines_is_no_headline():
    page = doc(
        "Bjørkvoll skoles blogg\n\nStikkord: elevråd\n\nIntervju med elevrådslederen\n\n"
        "Jonas, du er leder i elevrådet i år. «Ja, det stemmer.»\n\n"
        "-Hva gjør en elevrådsleder? «Ikke så mye annet enn de andre.»\n\n"
        "-Hvorfor ville du bli leder? «Det har jeg lenge hatt lyst til.»\n\n"
        "-Hvor ofte har dere møte? «Omtrent én gang i måneden.»\n"
    )
    assert page.title == "Intervju med elevrådslederen"
    assert not is_title_candidate(_line("Jonas, du er leder i år. «Ja, det stemmer.»"))


def test_a_quoted_headline_without_its_period_stays_the_title():
    assert is_title_candidate(_line("Jazz in Lagos: «Play it again, and louder»"))
    page = doc(f"Jazz in Lagos: «Play it again»\n\nBy Priya Raman\n\n{_QA}")
    assert page.title == "Jazz in Lagos: «Play it again»"
