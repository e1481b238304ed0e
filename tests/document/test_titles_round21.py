"""Title rules of round 21 (a site's search box, print notice and free trial; a kicker over a
whole quotation and its trailing standfirst; a post's line run into its headline's; headlines
of unusual shapes alone on top; a headline broken over two lines; a genre's subtitle), each
with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role
from reader.document.structure.titles.headlineshapes import (
    is_genre_subtitle,
    question_over_dashed_turns,
)
from reader.document.structure.titles.titlelines import broken_headline

from .test_structure_layouts import asked, doc
from .test_titles_round14 import BODY

# --- A site's notices: search box, printed copy, free trial ------------------------------------


def test_a_search_box_saying_no_results_is_not_the_title():
    title = "Entretien bibliothèque du musée de la Tannerie"
    page = doc(f"• Aucun résultat trouvé\n\n{title}\n\n{BODY}\n")
    assert page.title == title
    assert "Aucun résultat trouvé" in page.text  # nothing lost


def test_a_headline_about_results_stays_a_headline():
    title = "No results yet from the new reading scheme, says the council"
    assert doc(f"{title}\n\n{BODY}\n").title == title


def test_a_printed_copys_warning_about_itself_is_not_the_title():
    title = "Mariupol is een man in deze aangrijpende podcast over zijn inwoners"
    notice = "N.B. Het kan zijn dat elementen ontbreken aan deze printversie."
    page = doc(f"{notice}\n{title}\n\n{BODY}\n")
    assert page.title == title


def test_a_shops_free_trial_and_its_terms_are_no_title_but_a_headline_about_trials_is():
    title = "Leggere il presente: quaranta conversazioni sul mondo che cambia"
    page = doc(
        "Start your free trial of millions of e-books and audiobooks\n\n"
        f"Only $9.99 a month after the trial. Cancel anytime.\n\n{title}\n\n{BODY}\n"
    )
    assert page.title == title
    other = "Why the free trial of the new bus line was cut short after three weeks"
    assert doc(f"{other}\n\n{BODY}\n").title == other


def test_the_sites_search_box_over_the_headline_is_not_the_title():
    title = "Intervista del Presidente del Consiglio al settimanale Domenica Magazine"
    page = doc(
        "Emblema della Repubblica\nGoverno Italiano\nPresidenza del Consiglio dei Ministri\n\n"
        f"Servizi e ricerca nel sito\n\n{title}\n\nIl personaggio storico che ammira di più?\n\n"
        "«Tre figure che erano al culmine quando ero ragazzo, e che ancora oggi mi sembrano "
        "esempi di coraggio.»\n\nI suoi pittori preferiti?\n\n«Quelli del primo Novecento.»\n"
    )
    assert page.title == title


# --- A kicker over one whole quotation, its standfirst trailing off ---------------------------

QUOTE = (
    '"Con el club todo se torció cuando me vendieron sin avisarme; el Betis es mi casa y eso '
    'se demuestra en el campo"'
)
STANDFIRST = (
    "El exdefensa y ahora técnico repasa en esta segunda parte sus años en Heliópolis, la "
    "polémica del vestuario, el interés de dos grandes de Europa..."
)


def test_a_name_in_capitals_over_a_quoted_headline_and_its_standfirst_is_the_kicker():
    page = doc(f"RAMÓN ESTÉVEZ\n\n{QUOTE}\n\n{STANDFIRST}\n\n{BODY}\n")
    assert page.title == QUOTE
    assert page.blocks[0].role is Role.SHARE


def test_a_title_over_a_plain_subtitle_keeps_its_title():
    # No quotation: the short line is the title, the longer one its subtitle.
    title = "Welcoming a new team member"
    page = doc(
        f"{title}\n\nA simple team exercise to help a newcomer settle in during the first "
        f"weeks, with the questions to ask...\n\n{BODY}\n"
    )
    assert page.title == title


# --- A post's line run into its headline's ---------------------------------------------------


def test_a_posted_on_line_run_into_the_headline_is_cut_from_the_title():
    page = doc(
        "Entretien avec Le Monde sur les vœux du 31 décembre Posted on 17 janvier 2014 by admin "
        "[Médias] Le Monde publie le 17 janvier 2014 un entretien accordé à Claire Vasseur.\n\n"
        f"{BODY}\n"
    )
    assert page.title == "Entretien avec Le Monde sur les vœux du 31 décembre"
    assert "Posted on 17 janvier 2014" in page.text  # the text keeps it


def test_a_sentence_that_mentions_posting_is_no_headline():
    text = "It rained all week. Posted on 3 May, the photos show the flooded square."
    assert doc(f"{text}\n\n{BODY}\n").title != "It rained all week."


# --- Headlines of unusual shapes alone on top ------------------------------------------------

TURNS = (
    "zdr: Hallo Miriam. Wer bist du? Hast du Kinder?\n\n"
    "Vogt: Ich habe eine Tochter, die inzwischen Ärztin ist.\n\n"
    "zdr: Wie bist du zur Science-Fiction gekommen?\n\n"
    "Vogt: Bücher mit Raumschiffen auf dem Umschlag haben mich immer gereizt.\n"
)


def test_the_genre_and_a_name_over_the_first_turn_is_the_title():
    page = doc(f"Interview: Miriam Vogt\n\n{TURNS}")
    assert page.title == "Interview: Miriam Vogt"


def test_the_genre_and_a_name_under_a_headline_still_signs_it():
    page = doc(f"Zwischen Raumschiff und Schreibtisch\n\nInterview: Jonas Brehm\n\n{TURNS}")
    assert page.title == "Zwischen Raumschiff und Schreibtisch"


def test_an_episodes_zero_padded_number_over_its_duration_is_the_title():
    page = doc(
        "041. Primeros empleados\n- 14:07\n- Jue Ene 15 2026\n- Temporada 2 • Ep. 6\n"
        "En el episodio de hoy hablamos de los primeros empleados de una startup y de lo que "
        "arriesgan al unirse al principio.\n"
    )
    assert page.title == "041. Primeros empleados"


def test_a_lists_first_item_is_no_episode_title():
    page = doc(f"1. Bereid je voor\n2. Luister\n3. Vat samen\n\n{BODY}\n")
    assert page.title != "1. Bereid je voor"


INTRO = (
    "Brais e Uxía, dous seareiros do Celta e alumnos de Bacharelato, fixeron un alto nos "
    "estudos para entrevistar a Xoán Dorado, e atoparon un xogador humilde e próximo."
)
GALICIAN_TURNS = (
    "B: Agora mesmo dise que es unha das pezas clave do equipo, notas algunha presión?\n\n"
    "XD: Non, eu creo que cada un ten a súa función.\n\n"
    "B: Hai pouco o club pasou dos vinte mil socios, que che parece?\n\n"
    "XD: Moi ben, a xente responde.\n"
)


def test_one_short_sentence_over_the_introduction_and_the_turns_is_the_title():
    page = doc(f"E por fin, chegan os deportes.\n\n{INTRO}\n\n{GALICIAN_TURNS}")
    assert page.title == "E por fin, chegan os deportes."


def test_a_greeting_over_the_introduction_is_no_title():
    page = doc(f"Hola a todos.\n\n{INTRO}\n\n{GALICIAN_TURNS}")
    assert page.title != "Hola a todos."


DASHED = (
    "-Buenos días, vamos a hacerte unas preguntas: ¿Qué te ha llevado a enseñar inglés?\n"
    "Desde pequeña siempre quise ser profesora.\n"
    "– ¿Cuál ha sido la experiencia más gratificante?\n"
    "-Entrar en el aula todos los días y que los alumnos me escuchen.\n"
    "-¿Cuáles son los mayores desafíos?\n"
    "-Que cada alumno aprende a su ritmo.\n"
)


def test_a_question_over_turns_that_each_open_with_a_dash_is_the_title_not_a_question():
    title = "¿Cómo es la enseñanza en Manchester?"
    page = doc(f"{title}\n\n{DASHED}")
    assert page.title == title
    assert title not in [heading for _, heading in asked(page)]


def test_a_first_question_answered_right_under_it_without_a_dash_is_no_such_title():
    page = doc(
        "¿Qué te ha llevado a enseñar inglés?\nDesde pequeña siempre quise ser profesora.\n"
        "-¿Cuál ha sido la experiencia más gratificante?\n-Entrar en el aula cada día.\n"
        "-¿Y los desafíos?\n-Que cada alumno aprende a su ritmo.\n"
    )
    assert not question_over_dashed_turns(list(page.blocks), 0, len(page.blocks))


# --- A headline broken over two lines; a genre's subtitle ------------------------------------

CAPS_TURNS = (
    "CHE LIBRI AVETE?\nCe ne sono per tutti i gusti e per tutte le età.\n"
    "QUANTE PERSONE CI LAVORANO?\nSiamo in tre, più i volontari del sabato.\n"
)


def test_a_headline_broken_after_a_preposition_is_titled_with_both_lines():
    page = doc(f"L'intervista alla\nbibliotecaria Carla\n{CAPS_TURNS}")
    assert page.title == "L'intervista alla bibliotecaria Carla"


def test_a_site_name_over_a_whole_headline_is_not_joined_to_it():
    page = doc(f"Il giornalino della scuola\nL'intervista alla bibliotecaria Carla\n{CAPS_TURNS}")
    assert "Il giornalino della scuola L'intervista" not in page.title
    assert broken_headline(list(page.blocks), 1) == ""


PLAY = (
    "CHARACTERS\nMARGARET, a retired teacher\nTOM, her nephew\n\n"
    "SCENE 1. A farmhouse kitchen, late evening.\n\nMARGARET: Did you lock the gate?\n\n"
    "TOM: I always lock the gate.\n"
)


def test_a_subtitle_naming_the_genre_leaves_the_title_above_it():
    page = doc(f"The Gate at Millbrook\nA one-act play\n\n{PLAY}")
    assert page.title == "The Gate at Millbrook"


def test_a_line_about_a_play_in_more_words_is_no_genre_subtitle():
    line = "A play about the gate we never locked"
    assert not is_genre_subtitle(line)
    assert doc(f"The Gate at Millbrook\n{line}\n\n{BODY}\n").title == line  # as before


# --- A person's name given twice under a dated headline ---------------------------------------

UNION_TURNS = (
    "Warum bist du Gewerkschaftsmitglied geworden?\n\nWeil man allein wenig ausrichtet.\n\n"
    "Was machst du in deiner Freizeit?\n\nIch laufe und lese, am liebsten beides am Sonntag.\n"
)


def test_a_name_given_twice_under_a_dated_headline_is_the_portraits_not_the_title():
    page = doc(
        "Deutscher Gewerkschaftsbund\n\n12.03.2011\nGewerkschaften haben viele Gesichter\n\n"
        f"Petra Lindholm\n\nPetra Lindholm\n\n{UNION_TURNS}"
    )
    assert page.title == "Gewerkschaften haben viele Gesichter"


def test_a_title_given_twice_is_still_the_title():
    title = "Gewerkschaften haben viele Gesichter"
    page = doc(f"Deutscher Gewerkschaftsbund\n\n{title}\n\n{title}\n\n{UNION_TURNS}")
    assert page.title == title


def test_a_questionnaires_series_under_the_headline_leaves_the_title_above_it():
    page = doc(
        "Wybrałbym tenis\n\nKwestionariusz Przeglądu\n\n"
        "Kazimierz Górny, trener piłki nożnej, autor wielu sukcesów polskiej drużyny i kilku "
        "książek o pracy z młodzieżą.\n\n1. Kiedy Pan zrozumiał, że jest już dorosły?\n"
        "– Gdy skończyłem osiemnaście lat.\n2. Czy płakał Pan kiedyś z miłości?\n"
        "– Chyba nie, nie pamiętam.\n"
    )
    assert page.title == "Wybrałbym tenis"


def test_a_headline_about_a_questionnaire_is_no_series_name():
    assert not is_genre_subtitle("Why our questionnaire for new members asks so little about age")
