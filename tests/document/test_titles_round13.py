"""Title rules found in the thirteenth round's real layouts (a journal's section set
letter-spaced between rules, a magazine's "FYI." over its notice that the story is old, a
one-word rubric over a headline of its kind, a title opened by a question's label), each with
a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import Role

from .test_structure_layouts import doc
from .test_titles_round12 import BODY

DE_BODY = (
    "Manchmal vergesse ich die Fragen in meinem Notizbuch und lasse mich vom Gespräch tragen, "
    "und am Ende mag ich mein Gegenüber mehr, als ich gedacht hätte."
)


# --- A section letter-spaced between rules ----------------------------------------------------


def test_a_section_letter_spaced_between_rules_is_never_the_title():
    document = doc(
        "—————————— I N T E R V I E W S ——————————\n\nWO STEHEN HIER DIE E-BOOKS?\n\n"
        "von Stefan Alker und Peter Klien\n\n"
        "VÖBM: Wie sehen Sie die Entwicklung seit 2009?\n\nMonika Reitprecht: Am Anfang war es "
        "zäh, bis wir die ersten hundert Fans hatten.\n\nVÖBM: Woher kommen die Ideen?\n\n"
        "Monika Reitprecht: Aus dem Alltag am Schalter, den mir die Kollegen erzählen.\n"
    )
    assert document.title == "WO STEHEN HIER DIE E-BOOKS?"
    assert document.blocks[0].role is not Role.TITLE
    assert [q.heading for q in document.questions] == [
        "Wie sehen Sie die Entwicklung seit 2009?", "Woher kommen die Ideen?"
    ]


def test_a_headline_opened_by_spaced_letters_stays_the_title():
    document = doc(f"U N I C E F hilft den Schulen in Malawi\n\n{DE_BODY}\n\n{DE_BODY}\n")
    assert document.title == "U N I C E F hilft den Schulen in Malawi"


# --- "FYI." over the notice that the story is old ---------------------------------------------


def test_fyi_over_a_notice_that_the_story_is_old_is_never_the_title():
    document = doc(
        "FYI.\n\nThis story is over 5 years old.\n\nMúsica\n\n"
        "Perguntas Idiotas que Nunca Devem Ser Feitas em Entrevistas com Bandas\n\n"
        "O que o nome da banda quer dizer???\n\n"
        "Uma regra simples: a pergunta podia ser feita a qualquer banda? Então é ruim.\n"
    )
    assert document.title == (
        "Perguntas Idiotas que Nunca Devem Ser Feitas em Entrevistas com Bandas"
    )
    assert document.blocks[0].role is Role.SHARE
    assert not document.questions


def test_a_headline_opened_by_fyi_stays_the_title():
    document = doc(f"FYI: the library moves to Elm Street in May\n\n{BODY}\n\n{BODY}\n")
    assert document.title == "FYI: the library moves to Elm Street in May"


# --- A one-word rubric over a headline of its kind --------------------------------------------


def test_a_rubric_over_a_headline_of_its_kind_is_the_pages_section():
    document = doc(
        "Entrevistas\n\n\nEntrevista com a Banda Stereonova\n\n"
        "Queria começar pedindo pra vocês se apresentarem pra galera\n"
        "Fala, galera! Somos a Stereonova, banda de eletrônico experimental do interior!\n\n"
        "De onde vem o nome da banda?\nA gente queria um nome que soasse novo.\n\n"
        "Como vocês se conheceram?\nAos poucos, estudávamos juntos.\n\n"
        "Continuam independentes?\nSim, mas toda ajuda é bem-vinda!\n"
    )
    assert document.title == "Entrevista com a Banda Stereonova"
    assert document.blocks[0].role is Role.SHARE


def test_a_rubric_over_an_index_of_other_lines_stays_the_title():
    document = doc(
        "Interviews\n\nPublication Date\n\nicon Subscribe to feed\n\n"
        "Josyane Savigneau\nJe suis triste que nos rendez-vous annuels s'arrêtent "
        "(October 15, 2014)\nInterview of Josyane Savigneau by Bernard Strainchamps\n\n"
        "Margaret Atwood\nOn ne peut pas écrire un roman hors du présent (October 02, 2014)\n"
        "Interview of Margaret Atwood by Lara Touitou\n"
    )
    assert document.title == "Interviews"


# --- A title opened by a question's label -------------------------------------------------------


def test_a_title_opened_by_a_label_no_other_line_carries_is_the_title():
    document = doc(
        "Q. PREGUNTAS CON RESPUESTA.\n"
        '1. ¿Por qué llamo "Q" a mi nueva novela?\n'
        "Porque el título de una novela no se dice antes de que salga.\n"
        "2. ¿De dónde sale la idea de esta historia?\n"
        "De algo tan sencillo como lo que me escribió una lectora.\n"
        "3. ¿Será una novela corta, como la anterior?\n"
        "Seguramente, al menos esa es la idea.\n"
    )
    assert document.title == "Q. PREGUNTAS CON RESPUESTA."
    assert [q.heading for q in document.questions] == [
        '¿Por qué llamo "Q" a mi nueva novela?',
        "¿De dónde sale la idea de esta historia?",
        "¿Será una novela corta, como la anterior?",
    ]


def test_a_labelled_first_question_over_labelled_answers_stays_a_question():
    document = doc(
        "Q. TELL US ABOUT YOUR FIRST BOAT.\n\nA. It was a dinghy my grandfather built.\n\n"
        "Q. WHERE DID YOU SAIL IT?\n\nA. On the lake behind our house, every summer.\n"
    )
    assert document.title != "Q. TELL US ABOUT YOUR FIRST BOAT."
    assert [q.heading for q in document.questions] == [
        "TELL US ABOUT YOUR FIRST BOAT.", "WHERE DID YOU SAIL IT?"
    ]


# --- A skip link in Hungarian, a plea to install Flash Player, a date with its year first ------

HU_BODY = (
    "Valóban így történt, Katalin azt mondta, hogy aki a lap nevében kérdezni mer, arra az "
    "emberre neki szüksége van, és ezt azóta sem felejtettem el."
)


def test_a_hungarian_skip_link_and_a_date_year_first_are_never_the_title():
    document = doc(
        f"Ugrás a tartalomhoz Lépj a menübe\n\nA kérdező válaszol\n\n2021.11.02\n\n{HU_BODY}\n"
    )
    assert document.title == "A kérdező válaszol"
    assert document.blocks[0].role is Role.SHARE
    assert document.blocks[2].role is Role.DATELINE


def test_a_headline_that_opens_like_a_hungarian_skip_link_stays_the_title():
    document = doc(
        "Ugrás a mélybe: hogyan lett a kis faluból a búvárok kedvenc helye a Balaton partján\n\n"
        f"{HU_BODY}\n\n{HU_BODY}\n"
    )
    assert document.title == (
        "Ugrás a mélybe: hogyan lett a kis faluból a búvárok kedvenc helye a Balaton partján"
    )


def test_a_plea_to_install_flash_player_is_never_the_title():
    document = doc(
        "Musisz zainstalować flash player pobierz instalator\n\nWywiad z Oskarem\n\n"
        "Pasją Oskara jest taniec. W tym roku założył w naszej szkole kółko taneczne.\n\n"
        "Dziennikarz: Uczyłeś się wcześniej w jakiejś szkole tanecznej?\n\n"
        "Oskar: W zasadzie jestem samoukiem.\n"
    )
    assert document.title == "Wywiad z Oskarem"
    assert document.blocks[0].role is Role.SHARE


def test_a_headline_about_flash_photography_stays_the_title():
    document = doc(f"How to install a flash on your old camera\n\n{BODY}\n\n{BODY}\n")
    assert document.title == "How to install a flash on your old camera"


# --- A site's follow link ------------------------------------------------------------------------

ES_BODY = (
    "Ana Beltrán ha ganado las elecciones tras contarse ayer los últimos votos por correo, y su "
    "propuesta de volver a los orígenes ha convencido a los socios."
)


def test_a_follow_link_above_the_headline_is_never_the_title():
    document = doc(
        "Síguenos en redes sociales:\n\nClub Náutico: \"No somos un club de ricos\"\n\n"
        f"{ES_BODY}\n\n¿Le ha sorprendido una victoria tan amplia?\n\nSí, la verdad.\n"
    )
    assert document.title == 'Club Náutico: "No somos un club de ricos"'
    assert document.blocks[0].role is Role.SHARE


def test_a_headline_that_goes_on_after_follow_us_stays_the_title():
    document = doc(
        "Deportes\n\nSíguenos en redes: el club estrena su cuenta de Instagram\n\n"
        f"{ES_BODY}\n\n{ES_BODY}\n"
    )
    assert document.title == "Síguenos en redes: el club estrena su cuenta de Instagram"


# --- A blog theme's skip link in more languages ----------------------------------------------

RO_BODY = (
    "Am citit haiku încă din studenţie, am încercat să scriu, dar am renunţat repede şi am "
    "reluat scrisul abia după douăzeci de ani."
)


def test_a_skip_link_named_with_what_it_skips_to_is_never_the_title():
    for skip in ("Sari la conținut", "Přejít k obsahu", "Перейти к содержимому",
                 "Spring til indhold", "İçeriğe atla"):
        document = doc(f"{skip}\n\n{RO_BODY}\n\n{RO_BODY}\n")
        assert document.title == "", skip  # a post with no headline: the file's name shows
        assert document.blocks[0].role is Role.SHARE, skip


def test_a_headline_that_opens_with_the_same_verb_stays_the_title():
    document = doc(f"Spring til sommer: ti ture i Jylland\n\n{RO_BODY}\n\n{RO_BODY}\n")
    assert document.title == "Spring til sommer: ti ture i Jylland"
