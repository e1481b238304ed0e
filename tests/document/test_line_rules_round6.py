"""A Spanish paper's turn label in capitals against its dash ("PREGUNTA.– ¿…?") is the label of
the question it opens, not an answer's last word: the paragraph is not cut after its period
(lines/dashturns._is_label). A LibreOffice PDF of such an interview had lost every question."""

from __future__ import annotations

from reader.document.pipeline import parse_text

LABELLED = """Marta Lozano: «Un libro bien cosido dura tres siglos»

La encuadernadora abrió su taller en Zaragoza hace veinte años.

PREGUNTA.– ¿Cómo llegó usted a la encuadernación?

RESPUESTA.– Por casualidad. Estudiaba Historia y necesitaba arreglar los libros de mi abuelo.

PREGUNTA.– ¿Qué encargos recibe hoy el taller?

RESPUESTA.– Tesis doctorales, libros de familia y muchas agendas hechas a mano.

PREGUNTA.– ¿Tiene futuro un oficio tan lento?

RESPUESTA.– Tiene el futuro que le demos. Este año han venido tres aprendices.
"""


def test_a_label_in_capitals_against_its_dash_keeps_its_question_whole():
    document = parse_text(LABELLED, plain_text=True)
    assert [question.heading for question in document.questions] == [
        "¿Cómo llegó usted a la encuadernación?",
        "¿Qué encargos recibe hoy el taller?",
        "¿Tiene futuro un oficio tan lento?",
    ]
    assert "PREGUNTA.– ¿Cómo llegó" in document.text  # every character kept


def test_an_answers_last_word_before_a_glued_dashed_question_is_still_cut():
    glued = ("Entrevista con Laura Gil\n\n-¿Cuándo empezó a pintar?\n\n"
             "De niña, en la cocina de mi abuela.- ¿Y expuso pronto?\n\n"
             "Sí.- ¿Dónde fue la primera vez?\n\nEn un bar de Huesca, en 1998.\n")
    document = parse_text(glued, plain_text=True)
    assert [question.heading for question in document.questions] == [
        "¿Cuándo empezó a pintar?", "¿Y expuso pronto?", "¿Dónde fue la primera vez?"]
