"""Layout rules found in the twenty-sixth round's pages: interviews whose questions nothing
marks the usual way. A whole interview copied into one paragraph, each question running into
its answer; a question set off from its answer on the answer's line (a spaced dash, two
spaces, brackets); a questionnaire's prompts without "?", each opened by a bullet or a number
over its answer. Each with a document it must catch and one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- A whole interview in one paragraph ------------------------------------------------------


def test_an_interview_copied_into_one_paragraph_is_cut_into_its_turns():
    document = doc(
        "„Es bleibt ein Stachel“\n"
        "\n"
        "Ein Jahr nach dem Abschied spricht die frühere Bürgermeisterin über ihre Zeit im Amt."
        " Das Interview führte Jonas Weber.\n"
        "\n"
        "Frau Keller, wie geht es Ihnen heute? Besser als vor einem Jahr. Vermissen Sie das"
        " Rathaus? Manchmal, die Leute mehr als die Sitzungen. Wann haben Sie sich entschieden?"
        " Im Sommer davor. Ich wollte nicht warten, bis andere es für mich tun. Und was kommt"
        " jetzt? Der Garten, ein Ehrenamt und endlich Zeit zum Lesen.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        "Frau Keller, wie geht es Ihnen heute?",
        "Vermissen Sie das Rathaus?",
        "Wann haben Sie sich entschieden?",
        "Und was kommt jetzt?",
    ]


def test_an_articles_paragraph_answering_its_own_questions_stays_whole():
    document = doc(
        "Warum der Wochenmarkt bleiben muss\n"
        "\n"
        "Ein Kommentar von Jana Berger\n"
        "\n"
        "Wer kennt das nicht? Samstagmorgen, der Korb am Arm, und am Stand steht schon die"
        " halbe Nachbarschaft. Braucht eine Stadt so etwas noch? Der Gemeinderat scheint daran"
        " zu zweifeln. Was bleibt dann noch? Ein paar Händler, die sich das leisten können."
        " Ist das wirklich gewollt? Der Markt ist mehr als Einkaufen.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- A question set off on its answer's line -------------------------------------------------


def test_questions_set_off_by_a_dash_or_two_spaces_or_brackets_are_cut_from_their_answers():
    for opening, close, gap in [("", "?", " – "), ("", "?", "  "), ("[", "?]", " ")]:
        document = doc(
            "Pět otázek pro kováře\n"
            "\n"
            "Rozhovor s kovářem Janem Malým.\n"
            "\n"
            f"{opening}Kdy jste začal kovat{close}{gap}Ve dvanácti letech, u dědy.\n"
            "\n"
            f"{opening}Co vás na tom baví{close}{gap}Oheň a to, že železo poslouchá.\n"
            "\n"
            f"{opening}Kde byste rád žil{close}{gap}Tady, u lesa.\n"
        )
        assert document.kind is DocumentKind.INTERVIEW, gap
        assert [text for _, text in asked(document)] == [
            "Kdy jste začal kovat?",
            "Co vás na tom baví?",
            "Kde byste rád žil?",
        ], gap


def test_an_article_with_one_dashed_aside_after_a_question_asks_nothing():
    document = doc(
        "Der neue Radweg\n"
        "\n"
        "Wer soll das bezahlen? – Die Stadt, sagt der Bürgermeister, und zwar ganz.\n"
        "\n"
        "Der Weg wird im Frühjahr gebaut. Er verbindet den Bahnhof mit dem Schulzentrum.\n"
    )
    assert document.kind is not DocumentKind.INTERVIEW
    assert asked(document) == []


# --- A questionnaire's prompts without "?" ---------------------------------------------------


_PROMPTS = [
    ("Il tratto principale del mio carattere.", "La pazienza."),
    ("La qualità che desidero in un uomo.", "La lealtà."),
    ("Il mio principale difetto.", "Parlo troppo."),
    ("La mia occupazione preferita.", "Leggere in treno."),
]


def test_a_questionnaires_bulleted_prompts_without_question_marks_are_its_questions():
    body = "".join(f"• {prompt}\n\n{answer}\n\n" for prompt, answer in _PROMPTS)
    document = doc(
        "Il questionario di Proust: le mie risposte\n\nProviamo a rispondere anche noi.\n\n"
        + body
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [prompt for prompt, _ in _PROMPTS]


def test_bulleted_steps_each_explained_below_under_no_questionnaire_ask_nothing():
    body = "".join(f"• {prompt}\n\n{answer}\n\n" for prompt, answer in _PROMPTS)
    document = doc("Quattro cose su di me\n\nEcco un breve ritratto.\n\n" + body)
    assert asked(document) == []


def test_a_questionnaires_numbered_prompts_over_their_answers_lines_are_its_questions():
    lines = "".join(
        f"{number}. {prompt.rstrip('.')}\n{answer}\n\n"
        for number, (prompt, answer) in enumerate(_PROMPTS, 1)
    )
    document = doc("Chestionarul lui Proust, completat de Ana\n\nRăspunsurile ei.\n\n" + lines)
    assert document.kind is DocumentKind.INTERVIEW
    assert [text for _, text in asked(document)] == [
        prompt.rstrip(".") for prompt, _ in _PROMPTS
    ]


def test_a_numbered_list_of_steps_each_explained_on_its_next_line_asks_nothing():
    lines = "".join(
        f"{number}. {prompt.rstrip('.')}\n{answer}\n\n"
        for number, (prompt, answer) in enumerate(_PROMPTS, 1)
    )
    document = doc("Quattro passi per cominciare\n\nEcco come fare.\n\n" + lines)
    assert asked(document) == []
