"""Title rules of round 22, learnt from session 13's released pages (a kicker over a headline
signed under its standfirst; a breadcrumb ending on the headline under the site's name; a
bar's buttons and a notice's cut-off link word; a rubric's lone label; a profession over the
person who does it; a fact box's fields; a headline under a stack of site notices), each with
a document it must catch and one it must not."""

from __future__ import annotations

from .test_structure_layouts import doc
from .test_titles_round14 import BODY

# --- A kicker over a headline whose standfirst is signed --------------------------------------


def test_a_section_over_a_headline_signed_under_its_standfirst_is_its_kicker():
    title = 'Biblioteca municipal abre aos domingos e faz "sessão de leitura"'
    page = doc(
        f"Cultura\n\n{title}\n\nHorário novo começa em março e inclui oficinas para crianças\n\n"
        f"Redação | 14/02/2021, 09h05\n\n{BODY}\n"
    )
    assert page.title == title
    assert "Cultura" in page.text  # nothing lost


def test_a_title_over_its_subtitle_with_no_signature_keeps_its_title():
    title = "Welcoming a new team member"
    page = doc(f"{title}\n\nA simple team exercise to help everyone settle in\n\n{BODY}\n")
    assert page.title == title


# --- A numbered breadcrumb ending on the headline, the site's name above it -------------------


def test_a_breadcrumb_ending_on_the_headline_under_the_sites_name_is_not_the_title():
    title = "Il vecchio porto torna ai pescatori dopo vent'anni di cantieri"
    page = doc(
        f"Gazzetta del Lago\n\n  1. Home\n  2. »\n  3. Cronaca\n  4. »\n  5. {title}\n\n"
        f"{title}\n\nRedazione -\n\n{BODY}\n"
    )
    assert page.title == title


def test_a_recipes_numbered_list_under_its_title_stays_the_recipes():
    page = doc(f"Lemon cake\n\n  1. Flour\n  2. Sugar\n  3. Butter\n\n{BODY}\n")
    assert page.title == "Lemon cake"


# --- A bar's buttons and a notice's link word -------------------------------------------------


def test_a_close_and_subscribe_button_is_not_the_title():
    title = "Tandartsangst bij kinderen: wat helpt in de stoel"
    for button in ("× ABONNEREN", "× SUBSCRIBE", "☰ Menu", "S'abonner"):
        page = doc(f"{button}\n\n{title}\n\n • Inleiding\n • Oorzaken\n • Sedatie\n\n"
                   f"Samenvatting\n\n{BODY}\n")
        assert page.title == title, button


def test_a_notices_cut_off_link_word_is_not_the_title():
    notice = (
        "We use cookies to run this website and show you advertising. If you keep browsing, "
        "you accept their use. You can get more information"
    )
    title = "The night ferry returns to the island after a winter of repairs"
    page = doc(f"{notice}\nhere\nAlready have an account? Sign in.\n{title}\n{BODY}\n")
    assert page.title != "here"
    assert "here" in page.text  # nothing lost


def test_a_headline_about_subscribing_stays_a_headline():
    title = "Subscribe or perish: how local papers fought back"
    assert doc(f"{title}\n\n{BODY}\n").title == title


# --- A rubric's lone label -------------------------------------------------------------------


def test_a_lone_label_ending_with_a_colon_over_the_headline_is_not_the_title():
    title = "El tranvía vuelve a circular por el centro tras tres meses de obras"
    page = doc(f"Última hora:\n\n    {title}\n\n    Las líneas 1 y 3 recuperan su recorrido\n\n"
               f"    {BODY}\n")
    assert page.title == title


def test_a_speakers_label_that_comes_back_is_no_rubric():
    page = doc(
        "Pregunta:\n\nCómo empezó usted en el oficio de librero en este barrio\n\n"
        "Respuesta:\n\nPor casualidad, heredé la tienda de mi tío.\n\n"
        "Pregunta:\n\nQué libros vende más en invierno\n\nRespuesta:\n\nNovela negra.\n"
    )
    assert page.title != "Cómo empezó usted en el oficio de librero en este barrio"


# --- A profession over the person who does it ------------------------------------------------


def test_a_profession_in_capitals_over_its_person_is_the_title():
    page = doc(
        "SJUKSKÖTERSKA\n\nLena Holm, distriktssjuksköterska, vårdcentralen i Gävle\n\n"
        "Vad gör du på en vanlig dag?\n\nJag har mottagning på förmiddagen.\n\n"
        "Varför valde du yrket?\n\nMin mormor var barnmorska.\n"
    )
    assert page.title == "SJUKSKÖTERSKA"
    assert "Lena Holm, distriktssjuksköterska" in page.text


def test_a_section_over_a_person_of_another_job_stays_a_section():
    page = doc(
        "KULTUR\n\nAnna Berg, bagare, öppnar ett nytt kafé vid torget\n\n"
        "Vad gör du på en vanlig dag?\n\nJag bakar från fyra.\n\n"
        "Varför valde du yrket?\n\nMin mormor bakade.\n"
    )
    assert page.title != "KULTUR"


# --- A fact box's fields ---------------------------------------------------------------------


def test_the_last_field_of_a_fact_box_is_not_the_title():
    title = "Entrevista a Iván Soler"
    page = doc(
        f"{title}\n\nNombre: Iván Soler Pardo\n\nEdad: 16\n\nEquipo: Juvenil B\n\n"
        "Posición: Central\n\n1.- ¿Cuántos días entrenas? Tres días.\n\n"
        "2.- ¿En qué puesto te sientes mejor? De central.\n"
    )
    assert page.title == title


def test_a_headline_with_a_colon_alone_stays_the_title():
    title = "Posición: central, y sin miedo al balón"
    assert doc(f"{title}\n\n{BODY}\n").title == title


# --- A headline under a stack of the site's notices ------------------------------------------


def test_a_headline_under_a_stack_of_notices_and_its_section_is_the_title():
    title = "How to keep a sourdough starter alive through the summer: advice for hot kitchens"
    page = doc(
        "We use our own and third-party cookies to run this website and show you advertising. "
        "If you keep browsing, you accept their use.\n"
        "Already have an account with THE VALLEY COURIER? Sign in and keep all the benefits.\n"
        "Error 503\nWe are fixing the problem, please try again later.\n"
        f"Noticia\n{title}\n"
        "Feeding it less often and keeping it cooler are the two simplest tricks to try.\n"
        f"{BODY}\n"
    )
    assert page.title == title
    assert "Error 503" in page.text  # nothing lost


def test_a_page_that_opens_with_no_notice_keeps_its_own_title():
    title = "Notes from the allotment"
    page = doc(
        f"{title}\n\nNoticia\nHow to keep a sourdough starter alive through the summer months\n"
        f"Feeding it less often and keeping it cooler are the two simplest tricks to try.\n"
        f"{BODY}\n"
    )
    assert page.title == title
