"""Rules mended when rounds 13 and 14's four sets of real layouts (questions and titles, each
written blind to the others) were scored together: each with a document it must catch and one
it must not."""

from __future__ import annotations

from reader.document.pipeline import open_document

from .test_structure_layouts import asked, doc

# --- A question's sequence number, out of its heading ------------------------------------------


def test_a_zines_bare_numbers_in_lower_case_leave_the_questions_headings():
    # A punk zine's blog: "1 " to "4 " before each question, most in lower case, each answer
    # hard-wrapped under its question, the first one asking back in passing.
    zine = doc(
        "quarta-feira, 12 de outubro de 2016\n\n"
        "ENTREVISTA BERROS DO PORÃO ZINE\n\n"
        "1 Bia, de onde veio o nome BERROS?\n"
        "Veio de um show num porão em Santo André, lá por 1998.\n"
        "Conhece aquela sensação de sair de um show sem voz e feliz?\n"
        "Pois é, o nome ficou e o zine veio logo depois.\n\n"
        "2 quantas edições já saíram?\n"
        "Vinte e três, contando as duas que saíram só em xerox para os amigos.\n\n"
        "3 qual foi a entrevista mais difícil?\n"
        "Uma banda de Curitiba que respondeu tudo com uma palavra só.\n\n"
        "4 ainda vale a pena fazer zine de papel?\n"
        "Vale, o papel fica na estante e a internet esquece tudo.\n\n"
        "Postado por Berros às 21:10\n"
    )
    assert asked(zine) == [
        ("", "Bia, de onde veio o nome BERROS?"),
        ("", "quantas edições já saíram?"),
        ("", "qual foi a entrevista mais difícil?"),
        ("", "ainda vale a pena fazer zine de papel?"),
    ]
    # The text keeps every character: only the outline's headings lose the numbers.
    assert "2 quantas edições já saíram?" in zine.text


def test_a_list_of_headings_numbered_by_the_page_names_each_question_without_its_number(
    tmp_path,
):
    page = tmp_path / "preguntas.html"
    items = "".join(
        f"<li><h4>{question}</h4><p>{answer}</p></li>"
        for question, answer in [
            ("¿Cuándo abrió el taller?", "En 1987, con dos sillas y una lámpara prestada."),
            ("¿Qué repara más?", "Relojes de pared, casi siempre heredados de una abuela."),
            ("¿Tiene aprendices?", "Una, Lucía, que ya arregla mejor que yo los de cuco."),
        ]
    )
    page.write_text(
        "<html><body><article><h1>Tres preguntas al relojero de la plaza</h1>"
        "<p>Don Ernesto lleva casi cuarenta años en el mismo local.</p>"
        f"<ol>{items}</ol></article></body></html>",
        "utf-8",
    )
    document = open_document(page, with_language=False)
    assert [q.heading for q in document.questions] == [
        "¿Cuándo abrió el taller?", "¿Qué repara más?", "¿Tiene aprendices?",
    ]


def test_numbers_that_count_things_stay_in_the_questions():
    # Two questions of four open with a number, rising, but they count concerts and albums.
    interview = doc(
        "Retour sur la saison\n\nPar Claire Martin, le 3 mars 2024\n\n"
        "Le groupe revient sur dix ans de tournées.\n\n"
        "3 concerts par semaine, ce n'est pas trop ?\n\n"
        "Si, un peu, mais on ne refuse pas une salle pleine.\n\n"
        "Comment avez-vous choisi les morceaux de ce disque ?\n\n"
        "Au hasard des concerts, en gardant ceux que le public réclamait.\n\n"
        "5 albums en dix ans, c'est un rythme que vous tiendrez ?\n\n"
        "Je ne crois pas, le prochain prendra son temps.\n\n"
        "Et la suite ?\n\nUne tournée en Belgique, puis le studio.\n"
    )
    assert [heading for _, heading in asked(interview)] == [
        "3 concerts par semaine, ce n'est pas trop ?",
        "Comment avez-vous choisi les morceaux de ce disque ?",
        "5 albums en dix ans, c'est un rythme que vous tiendrez ?",
        "Et la suite ?",
    ]


def test_a_worksheets_numbered_lines_are_not_one_question_over_its_answer():
    # A class's worksheet: every line numbered and asking, in one paragraph. No interview.
    sheet = doc(
        "Fiche de lecture\n\n"
        "1 Qui est le personnage principal ?\n"
        "2 Où se passe l'histoire ?\n"
        "3 Pourquoi part-il de chez lui ?\n"
        "4 Comment finit le livre ?\n"
    )
    assert "\u2028" not in sheet.text and not sheet.questions
