"""Layout rules found in the twenty-ninth round's pages: interviews whose question and answer
share a paragraph or a line. A page copied without its bold, each question running into its
answer after one space; an eleven-questions box run together, its sentences glued to the
period before them; a numbered run-on interview whose first question kept its answer; a
questionnaire with a note under its last answer. Each with a document it must catch and one
it must not, and the text kept whole where it is cut."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- One space between the question and its answer -------------------------------------------

_RAPID_FIRE = (
    "Cinq minutes avec Claire Dubois\n"
    "\n"
    "Entretien avec la nouvelle présidente du club de voile.\n"
    "\n"
    "Votre premier bateau ? Un Optimist prêté par mon oncle, à huit ans.\n"
    "\n"
    "Ce qui vous a fait rester au club ? Les gens, surtout les bénévoles du samedi.\n"
    "\n"
    "Votre meilleur souvenir sur l'eau ? Une traversée de nuit vers l'île.\n"
    "\n"
    "Et le pire ? Un chavirage en plein mois de mars. L'eau était à neuf degrés.\n"
)


def test_questions_run_into_their_answers_after_one_space_are_cut_from_them():
    document = doc(_RAPID_FIRE)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Votre premier bateau ?",
        "Ce qui vous a fait rester au club ?",
        "Votre meilleur souvenir sur l'eau ?",
        "Et le pire ?",
    ]


def test_the_cut_keeps_every_character_of_the_paragraph():
    document = doc(_RAPID_FIRE)
    for line in _RAPID_FIRE.splitlines()[4:]:
        question, _, answer = line.partition(" ? ")
        if answer:
            assert any(block.text == question + " ?" for block in document.blocks)
            assert any(block.text == answer for block in document.blocks)


def test_four_bulleted_questions_answered_on_their_line_need_no_interview_named():
    document = doc(
        "Food, glorious food\n"
        "\n"
        "Here are my answers to the food questions going round.\n"
        "\n"
        "- What is your favorite candy bar? Anything with dark chocolate in it.\n"
        "- Would you rather have ice cream or cake? Ice cream, every time.\n"
        "- What is your favorite chain restaurant? The steakhouse by the motorway.\n"
        "- What foods can you not eat? Liver. I have tried, more than once.\n"
    )
    assert [text for _, text in asked(document)] == [
        "What is your favorite candy bar?",
        "Would you rather have ice cream or cake?",
        "What is your favorite chain restaurant?",
        "What foods can you not eat?",
    ]


def test_four_explainers_opening_with_a_question_put_to_no_one_stay_whole():
    # Four in a row, but no interview named, no one spoken to, no answer in the first person.
    document = doc(
        "Le compost en hiver\n"
        "\n"
        + "".join(
            f"Question {word} ? La réponse tient en une phrase assez longue pour le jardin.\n\n"
            for word in ("un", "deux", "trois", "quatre")
        )
    )
    assert asked(document) == []
    assert len(document.blocks) == 5


def test_an_articles_paragraphs_opening_with_its_own_questions_stay_whole():
    # The writer's questions, one in the first person, under a title naming interviews: no
    # run of three put to anyone.
    document = doc(
        "Lehrerinterviews im Kurs Text und Literatur\n"
        "\n"
        "Wie ist das eigentlich, so ein Lehrerleben? Neugier schadet bekanntlich nicht.\n"
        "\n"
        "Worum ging es also? Zu Beginn lernten alle das Handwerkszeug von Journalisten.\n"
        "\n"
        "Wie führe ich ein Interview so, dass mein Gegenüber viel verrät? Das beschäftigte"
        " die zwölf Schüler lange.\n"
        "\n"
        "Neugierig geworden? Dann klickt die Interviews an und lest selbst.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


def test_an_articles_two_rhetorical_openings_stay_whole():
    document = doc(
        "Kaffee oder Tee?\n"
        "\n"
        "Kaffee oder Tee? Für viele eine Frage, die sie ohne Zögern beantworten.\n"
        "\n"
        "Warum die Ostfriesen so viel Tee trinken? Der erste Tee kam über ihre Häfen.\n"
        "\n"
        "Kaffee nimmt man mit, mit Tee hält man Zeremonien ab.\n"
    )
    assert asked(document) == []


# --- A box of questions run together, its sentences glued ------------------------------------


def test_a_box_of_questions_glued_to_the_answers_before_them_is_cut_into_its_turns():
    document = doc(
        "ELF FRAGEN AN...\n"
        "\n"
        "...Jan Roth, Torwart des SV Kesten:Was war Ihr schönstes Erlebnis? Der Pokalsieg"
        " 1991.\n"
        "\n"
        "Das Endspiel ging über 120 Minuten, und der Gegner stand die ganze Zeit in unserem"
        " Strafraum - gewonnen haben wir trotzdem, durch ein Tor in der 117. Minute, 1:0.Wer"
        " ist Ihr Vorbild? Sepp Maier.Von wem haben"
        " Sie am meisten gelernt? Von meinem ersten Trainer.Was trinken Sie nach dem Spiel?"
        " Erst Wasser, dann einen Riesling.\n"
    )
    assert document.title == "ELF FRAGEN AN..."
    assert [text for _, text in asked(document)] == [
        "Was war Ihr schönstes Erlebnis?",
        "Wer ist Ihr Vorbild?",
        "Von wem haben Sie am meisten gelernt?",
        "Was trinken Sie nach dem Spiel?",
    ]
    # The glued period stays with the answer it ends; nothing is lost.
    assert any(block.text.endswith("in der 117. Minute, 1:0.") for block in document.blocks)
    assert any(block.text == "Sepp Maier." for block in document.blocks)


def test_a_comment_with_glued_sentences_asking_no_one_stays_whole():
    document = doc(
        "Der Markt muss bleiben\n"
        "\n"
        "Ein Kommentar von Jana Berger\n"
        "\n"
        "Samstagmorgen am Markt.Wer kennt das nicht? Die halbe Nachbarschaft steht am Stand."
        "Braucht eine Stadt so etwas noch? Der Rat zweifelt.Was bleibt dann? Ein paar"
        " Händler.Ist das gewollt? Der Markt ist mehr als Einkaufen.\n"
    )
    assert asked(document) == []


# --- A numbered run-on interview ---------------------------------------------------------------


def test_the_first_numbered_question_of_a_run_on_interview_is_cut_from_its_answer():
    document = doc(
        "Intervista all'autrice: Marta Bellini\n"
        "\n"
        "1. Dove è nata e cresciuta? Sono nata a Grosseto. 2. Che libro consiglierebbe a un"
        " ragazzo? Il barone rampante. 3. Cosa pensa dell'e-book? È comodo, ma preferisco la"
        " carta.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Dove è nata e cresciuta?",
        "Che libro consiglierebbe a un ragazzo?",
        "Cosa pensa dell'e-book?",
    ]


# --- A questionnaire with a note under its last answer -----------------------------------------


def test_a_questionnaire_with_a_note_after_its_last_answer_keeps_its_questions():
    pairs = [
        ("¿Cuál es su gran miedo?", "Ninguno."),
        ("¿Quién es la persona viva a la que más admira?", "Mi esposa."),
        ("¿Cuándo y dónde fue más feliz?", "Cada día, cuando amanece."),
        ("¿Dónde le gustaría vivir?", "Aquí."),
        ("¿Qué es lo que más detesta?", "La envidia."),
    ]
    lines = [line for pair in pairs for line in pair]
    document = doc(
        "\"Perder la dignidad es todo\"\n\nCuestionario | Crónica del Valle\n\n"
        + "\n".join(lines)
        + "\n* Inspirado en el cuestionario Proust: preguntas breves, respuestas breves.\n"
    )
    assert [text for _, text in asked(document)] == [question for question, _ in pairs]
