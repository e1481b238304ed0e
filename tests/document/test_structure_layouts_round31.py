"""Layout rules found in the thirty-first round's random sample of real interviews: the
interviewer's first request to the guest to introduce themselves, put in the first question's
place without a "?" ("Tell me a little about yourself and how …", "Queria começar pedindo pra
vocês se apresentarem"), with the pages it must leave alone (a request that nobody answers in
the first person, an advice article about the request, a request marked unlike the
questions)."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _questions(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- Must catch: the first request in the first question's place ----------------------------


def test_a_long_request_to_tell_about_oneself_is_the_first_question():
    # A personal blog posting the answers she gave a student: the first question is a request.
    page = _CORPUS / "en-personal-blog-was-interviewed-intro-then-plain-questions.txt"
    document = doc(page.read_text(encoding="utf-8"))
    assert document.kind is DocumentKind.INTERVIEW
    first = _questions(document)[0]
    assert first.startswith("Tell me a little about yourself and how your education")
    assert len(document.questions) == 4


def test_a_request_with_no_final_mark_is_the_first_question():
    page = _CORPUS / "pt-pagina-entrevistas-titulo-banda-primeira-pergunta-sem-sinal.txt"
    document = doc(page.read_text(encoding="utf-8"))
    assert _questions(document)[0] == (
        "Queria começar pedindo pra vocês se apresentarem pra galera"
    )


def test_a_greeting_and_a_request_are_the_first_question_though_the_answer_asks_back():
    page = _CORPUS / "pt-data-por-extenso-titulo-autora-perguntas-sem-rotulo.txt"
    document = doc(page.read_text(encoding="utf-8"))
    questions = _questions(document)
    assert questions[0] == "Oi! Antes de começarmos, conte um pouco sobre você."
    # The answer asks back ("o que você gostaria de saber?"): it is still the guest's.
    assert not any(q.startswith("Contar de mim") for q in questions)


def test_a_german_club_page_asks_its_player_to_introduce_himself_first():
    document = doc(
        "Nachgefragt bei unserer B-Jugend\n"
        "\n"
        "Diesmal haben wir mit unserem Torwart gesprochen.\n"
        "\n"
        "Stell dich doch kurz vor.\n"
        "\n"
        "Ich bin Lukas, 16 Jahre alt, und stehe seit sechs Jahren bei uns im Tor.\n"
        "\n"
        "Wie bist du zum Verein gekommen?\n"
        "\n"
        "Über meinen großen Bruder, der damals in der C-Jugend spielte.\n"
        "\n"
        "Was war dein schönstes Spiel?\n"
        "\n"
        "Das Pokalfinale letztes Jahr, mit zwei gehaltenen Elfmetern.\n"
    )
    assert _questions(document) == [
        "Stell dich doch kurz vor.",
        "Wie bist du zum Verein gekommen?",
        "Was war dein schönstes Spiel?",
    ]


def test_a_dashed_request_opens_a_dashed_interview():
    # A publisher's blog: "- " before each question, the answers under them undashed.
    page = _CORPUS / "pt-blog-editora-entrevista-hifen-pedido-primeiro-resposta-linha-seguinte.txt"
    document = doc(page.read_text(encoding="utf-8"))
    questions = _questions(document)
    assert questions[0] == "Conte um pouco sobre você e sobre o seu primeiro livro."
    assert questions[1] == "Quando percebeu que era autora?"


# --- Must not -----------------------------------------------------------------------------


def test_a_request_nobody_answers_in_the_first_person_stays_in_the_introduction():
    # The notice's request is to the reader; the paragraph under it is the club's news.
    document = doc(
        "Neu im Vorstand: Fragen an unsere Kassiererin\n"
        "\n"
        "Neu hier? Dann stell dich doch kurz vor, beim Vereinsabend am Freitag.\n"
        "\n"
        "Der Verein sucht außerdem Helfer für das Sommerfest am 14. Juni.\n"
        "\n"
        "Wie bist du zur Kasse gekommen?\n"
        "\n"
        "Niemand sonst wollte, und Zahlen machen mir Spaß.\n"
        "\n"
        "Was ändert sich für die Mitglieder?\n"
        "\n"
        "Die Beiträge werden künftig im Januar eingezogen.\n"
        "\n"
        "Und was machst du, wenn du nicht rechnest?\n"
        "\n"
        "Radfahren, am liebsten an der Elbe entlang.\n"
    )
    questions = _questions(document)
    assert questions[0] == "Wie bist du zur Kasse gekommen?"
    assert len(questions) == 3


def test_an_article_on_answering_the_request_gets_no_questions():
    document = doc(
        "How to answer 'Tell me about yourself' in a job interview\n"
        "\n"
        "It is the first thing most interviewers say, and the one candidates prepare least.\n"
        "\n"
        "Tell me a little about yourself.\n"
        "\n"
        "I'm a nurse with eight years on a busy surgical ward, and I want to move into teaching.\n"
        "\n"
        "That answer works because it is short, it is about work, and it points to the job.\n"
        "\n"
        "Keep it under two minutes, end on why you applied, and practise it aloud.\n"
    )
    assert document.questions == [] or document.kind is not DocumentKind.INTERVIEW


def test_a_plain_request_above_dashed_questions_is_not_one_of_them():
    # The questions are dashed; the request above is the introduction's last sentence, and
    # the paragraph under it is the editor's, in the first person plural of the paper.
    document = doc(
        "Cinco perguntas a Rita Moura\n"
        "\n"
        "Pedimos à autora: conte um pouco sobre você aos leitores da revista.\n"
        "\n"
        "Nós recebemos as respostas por e-mail, numa tarde de chuva.\n"
        "\n"
        "- Quando começou a escrever?\n"
        "\n"
        "Aos doze anos, num caderno de receitas da minha avó.\n"
        "\n"
        "- O que está a ler agora?\n"
        "\n"
        "Um livro de cartas de marinheiros.\n"
    )
    questions = _questions(document)
    assert questions[0] == "Quando começou a escrever?"
