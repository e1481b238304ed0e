"""Layout rules found in the thirty-second round's sample: twenty interviews taken as they came
from schools, clubs, parishes, unions and councils. The gates that refused them: a guest named
by a first name answering once among guests who answer again, taken for a lead-in; a paper's
initials over its first question only, kept in the question; the first word of a line wholly
in capitals taken for a name. Each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Guests named by their first name, one of them answering once ----------------------------

_THREE_PLAYERS = (
    "Our under-14 captains\n"
    "\n"
    "We asked the three captains of the under-14 team a few questions after training.\n"
    "\n"
    "What do you want to do if football does not work out?\n"
    "\n"
    "Tom: “Teach sport at a primary school, like my uncle.”\n"
    "\n"
    "Which matters more, school or football?\n"
    "\n"
    "Sami: “School first. Football does not pay the rent for most of us.”\n"
    "\n"
    "What does the club mean to you?\n"
    "\n"
    "Leo: “Friends, mostly. I have played here since I was five.”\n"
    "\n"
    "Who is your hero?\n"
    "\n"
    "Tom: “My dad, who kept goal here for twenty years.”\n"
    "\n"
    "How do you get on with each other?\n"
    "\n"
    "Sami: “Very well, we walk to school together.”\n"
)


def test_a_guest_named_by_first_name_answering_once_still_answers_the_question_above():
    document = doc(_THREE_PLAYERS)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "What do you want to do if football does not work out?",
        "Which matters more, school or football?",
        "What does the club mean to you?",
        "Who is your hero?",
        "How do you get on with each other?",
    ]


# --- A paper's initials over its first question only -----------------------------------------

_INITIALS_FIRST = (
    "“Un journal, c'est d'abord une équipe”\n"
    "\n"
    "Élue à la tête de L'Écho des amphis en septembre, Inès Moreau raconte sa première année.\n"
    "\n"
    "EDA : Bonjour Inès. Comment êtes-vous arrivée au journal ?\n"
    "\n"
    "I.M : Par une amie, qui cherchait quelqu'un pour relire les articles de sport.\n"
    "\n"
    "Combien êtes-vous aujourd'hui ?\n"
    "\n"
    "IM : Une trentaine, dont une dizaine qui écrivent chaque mois.\n"
    "\n"
    "Qu'est-ce qui a changé depuis votre élection ?\n"
    "\n"
    "I.M : Nous publions en ligne chaque semaine, et plus seulement sur papier.\n"
    "\n"
    "Et l'an prochain ?\n"
    "\n"
    "I.M : Un numéro en anglais, si nous trouvons les traducteurs.\n"
)


def test_a_papers_initials_over_its_first_question_are_no_part_of_the_question():
    document = doc(_INITIALS_FIRST)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Bonjour Inès. Comment êtes-vous arrivée au journal ?",
        "Combien êtes-vous aujourd'hui ?",
        "Qu'est-ce qui a changé depuis votre élection ?",
        "Et l'an prochain ?",
    ]


def test_the_initials_cut_from_the_question_stay_in_the_text():
    document = doc(_INITIALS_FIRST)
    assert any(block.text.startswith("EDA : Bonjour Inès.") for block in document.blocks)


def test_a_lead_in_in_small_letters_over_the_first_question_stays_in_it():
    document = doc(_INITIALS_FIRST.replace("EDA : Bonjour Inès. ", "Pour commencer : "))
    assert asked(document)[0][1] == "Pour commencer : Comment êtes-vous arrivée au journal ?"


# --- A form wholly in capitals -----------------------------------------------------------------

_SHOUTED_FORM = (
    "ENTREVISTA ANTES DE LA FINAL\n"
    "\n"
    "Hablamos con el capitán del equipo antes del partido.\n"
    "\n"
    "COMO LLEGÁIS A LA FINAL?\n"
    "\n"
    "CON MUCHAS GANAS.\n"
    "\n"
    "QUE TAL LA TEMPORADA?\n"
    "\n"
    "LARGA PERO BONITA.\n"
    "\n"
    "COMO VES AL RIVAL?\n"
    "\n"
    "FUERTE, PERO NO IMPOSIBLE.\n"
    "\n"
    "QUE RESULTADO ESPERAS?\n"
    "\n"
    "2-1 PARA NOSOTROS.\n"
    "\n"
    "QUIEN ES EL MEJOR DEL EQUIPO?\n"
    "\n"
    "EL PORTERO, SIN DUDA.\n"
    "\n"
    "UN DESEO?\n"
    "\n"
    "QUE VENGA MUCHA GENTE.\n"
)


def test_the_first_word_of_a_question_in_capitals_is_no_speakers_name():
    document = doc(_SHOUTED_FORM)
    assert asked(document) == [
        ("", "COMO LLEGÁIS A LA FINAL?"),
        ("", "QUE TAL LA TEMPORADA?"),
        ("", "COMO VES AL RIVAL?"),
        ("", "QUE RESULTADO ESPERAS?"),
        ("", "QUIEN ES EL MEJOR DEL EQUIPO?"),
        ("", "UN DESEO?"),
    ]


def test_names_in_capitals_before_turns_in_small_letters_are_still_speakers():
    document = doc(
        "Deux voix pour un festival\n"
        "\n"
        "ANNE ROY Pourquoi un festival de plus ?\n"
        "\n"
        "PAUL DUVAL Parce que la ville n'en avait aucun pour les enfants.\n"
        "\n"
        "ANNE ROY Qui vous a aidé ?\n"
        "\n"
        "PAUL DUVAL Les écoles, d'abord, puis la mairie.\n"
        "\n"
        "ANNE ROY Et le public ?\n"
        "\n"
        "PAUL DUVAL Il est venu, plus nombreux que prévu.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Pourquoi un festival de plus ?",
        "Qui vous a aidé ?",
        "Et le public ?",
    ]
