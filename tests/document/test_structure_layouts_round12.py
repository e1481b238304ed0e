"""Layout rules found in the twelfth round's real pages (a school paper whose guests answer one
question in turn, an embassy's and a government's interviews), each with a document it must
catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Two named guests answer one numbered question, each after a dash --------------------


def test_a_numbered_question_answered_by_two_dashed_named_guests_is_still_a_question():
    document = doc(
        "Entrevista\n\n"
        "Hoy entrevistamos a dos alumnas de 4º, Daniela y Sofía.\n\n"
        "1-         ¿Qué tal ha sido vuestro paso por el instituto?\n\n"
        "- DANIELA: muy a gusto, porque es un instituto pequeño.\n\n"
        "2-         ¿Cómo fue el viaje de fin de curso?\n\n"
        "- SOFÍA: precioso, todos teníamos muchas ganas de ir.\n\n"
        "3-         ¿Qué esperáis hacer cuando terminéis aquí?\n\n"
        "- DANIELA: yo todavía no sé qué quiero estudiar.\n\n"
        "- SOFÍA: yo creo que voy a hacer traducción.\n"
    )
    assert [text for _, text in asked(document)] == [
        "¿Qué tal ha sido vuestro paso por el instituto?",
        "¿Cómo fue el viaje de fin de curso?",
        "¿Qué esperáis hacer cuando terminéis aquí?",
    ]


def test_a_numbered_step_above_a_list_of_things_is_no_question():
    document = doc(
        "Bizcocho de yogur\n\n"
        "Una receta fácil para hacer con niños.\n\n"
        "1- ¿Qué necesitas?\n\n"
        "- un yogur natural\n\n"
        "- tres huevos\n\n"
        "2- ¿Cómo se hace?\n\n"
        "- mezcla todo en un bol\n\n"
        "- hornea cuarenta minutos\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


# --- "Domanda:" on a line of its own, the question below it ------------------------------


def test_a_question_label_alone_on_its_line_labels_the_paragraph_below():
    document = doc(
        "Intervista del Presidente all'agenzia APA\n\n"
        "Domanda:\n\n"
        "Ci incontriamo oggi, a un secolo dalla prima visita. Come valuta i rapporti tra i "
        "nostri due Paesi?\n\n"
        "PRESIDENTE DELLA REPUBBLICA:\n\n"
        "Tra i nostri Paesi c'è un'amicizia profonda, che non riguarda solo le istituzioni.\n\n"
        "Domanda:\n\n"
        "Su quali settori si può lavorare di più?\n\n"
        "PRESIDENTE DELLA REPUBBLICA:\n\n"
        "Penso alla ricerca, alla cultura e ai giovani.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Ci incontriamo oggi, a un secolo dalla prima visita. Come valuta i rapporti tra i "
        "nostri due Paesi?",
        "Su quali settori si può lavorare di più?",
    ]


def test_a_worksheet_whose_question_labels_stand_above_instructions_is_no_interview():
    document = doc(
        "Worksheet: verbs\n\n"
        "Question 1:\n\n"
        "Read the text and underline every verb in the past tense.\n\n"
        "Question 2:\n\n"
        "Write three sentences about your last holiday.\n\n"
        "Question 3:\n\n"
        "Swap your sentences with a partner and correct them.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
