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


# --- A questionnaire answered in quotation marks, some prompts without "?" ---------------


def test_a_bare_prompt_between_quoted_one_paragraph_answers_is_a_question():
    document = doc(
        "Intervista al settimanale\n\n"
        "Il personaggio storico che ammira di più?\n\n"
        "«Un generale che rimise in piedi il suo Paese».\n\n"
        "I suoi pittori preferiti?\n\n"
        "«Piero della Francesca e Schiele».\n\n"
        "Il programma televisivo più amato?\n\n"
        "«Un vecchio quiz del sabato sera, e non me ne vergogno».\n\n"
        "Il regalo del cuore\n\n"
        "«Una bicicletta da corsa rossa».\n\n"
        "La canzone che canta sotto la doccia\n\n"
        "«Nessuna, canto malissimo».\n\n"
        "pagina 8 di 12\n"
    )
    assert [text for _, text in asked(document)] == [
        "Il personaggio storico che ammira di più?",
        "I suoi pittori preferiti?",
        "Il programma televisivo più amato?",
        "Il regalo del cuore",
        "La canzone che canta sotto la doccia",
    ]


def test_a_subheading_above_a_quotation_in_longer_quoted_answers_is_no_question():
    document = doc(
        "Intervista all'allenatore\n\n"
        "Come è andata la stagione?\n\n"
        "«Meglio del previsto: la squadra è cresciuta partita dopo partita, e i ragazzi "
        "hanno capito che cosa chiedevo loro in allenamento».\n\n"
        "«Abbiamo perso solo due partite in casa, e tutte e due contro squadre che "
        "lottavano per la promozione: non è un caso, è il nostro livello, e su quello "
        "dobbiamo lavorare».\n\n"
        "Che cosa è mancato?\n\n"
        "«Un po' di fortuna in trasferta, dove abbiamo preso troppi gol negli ultimi "
        "minuti, quasi sempre su palla inattiva».\n\n"
        "«E qualche gol in più dai difensori sui calci d'angolo, che l'anno scorso "
        "erano la nostra arma migliore e quest'anno non hanno quasi mai funzionato, "
        "non so dire perché».\n\n"
        "E il futuro?\n\n"
        "«Resto qui, ho firmato fino al 2027 e voglio vedere crescere questi ragazzi "
        "ancora per qualche anno».\n\n"
        "Il mercato\n\n"
        "«Arriveranno due giovani dal vivaio».\n"
    )
    assert [text for _, text in asked(document)] == [
        "Come è andata la stagione?",
        "Che cosa è mancato?",
        "E il futuro?",
    ]
