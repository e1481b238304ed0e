"""Pages that ask questions but interview nobody (session 20): quizzes whose every "answer" is
the key the page prints under each question — its own label for the solution ("Answer:",
"उत्तर –", "जवाब 3 –") or its widget ("Correct Answer / Wrong Answer") — must get no question;
a FAQ labelled on both sides, an interview whose guest is named in every answer, a
self-interview and a reader's question to a press secretary keep theirs."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import corpus_page as _page
from .test_structure_layouts import doc
from .test_structure_layouts import questions_of as _questions

# --- Must catch: a quiz's key under every question ---------------------------------------------


def test_hindi_quizzes_whose_answers_restate_their_questions_get_no_questions():
    # "प्रश्न 1- …?" / "उत्तर – …" reads as two speakers; "सवाल 1 – …?" / "जवाब 1 – …" as a
    # FAQ's labels: each answer restates its question with the answer put in.
    for name in (
        "hi-quiz-samanya-gyan-prashn-uttar-dash-kramank.txt",
        "hi-quiz-sawal-jawab-kramank-donon-or.txt",
    ):
        document = _page(name)
        assert _questions(document) == [], name
        assert document.kind is not DocumentKind.INTERVIEW, name


def test_a_trivia_page_numbered_with_an_answer_label_gets_no_questions():
    document = _page("en-trivia-week-numbered-paren-answer-label-notes.txt")
    assert _questions(document) == []
    assert document.title == "Trivia Questions for This Week, Part 1"


def test_a_quiz_whose_widget_closes_every_answer_gets_no_questions():
    document = _page("en-quiz-hardest-knowledge-correct-wrong-answer-chrome.txt")
    assert _questions(document) == []
    assert document.title == "Our Toughest General Knowledge Quiz Yet"


def test_a_spanish_quiz_labelled_on_both_sides_restating_its_questions_gets_none():
    document = doc(
        "Test de cultura general\n\n"
        "Pregunta 1: ¿Qué planeta tiene los anillos más grandes del sistema solar?\n"
        "Respuesta 1: Saturno tiene los anillos más grandes del sistema solar.\n\n"
        "Pregunta 2: ¿Qué río atraviesa la ciudad de Zaragoza?\n"
        "Respuesta 2: El río Ebro atraviesa la ciudad de Zaragoza.\n\n"
        "Pregunta 3: ¿Cuántas patas tiene una araña?\n"
        "Respuesta 3: Una araña tiene ocho patas.\n\n"
        "Pregunta 4: ¿Qué metal es líquido a temperatura ambiente?\n"
        "Respuesta 4: El mercurio es el metal líquido a temperatura ambiente.\n"
    )
    assert _questions(document) == []


# --- Must not: a FAQ, an interview, whose answers are nobody's key ----------------------------


def test_a_labelled_faq_asked_in_the_readers_first_person_keeps_its_questions():
    # "PREGUNTA 1: ¿Cuándo y dónde me puedo inscribir?" / "RESPUESTA: …": short answers under
    # one label, but the reader asks "me", "tengo que": a FAQ's questions (round 19).
    name = "es-faq-banco-de-libros-pregunta-respuesta-mayusculas-numeradas.txt"
    assert len(_questions(_page(name))) == 7


def test_a_labelled_faq_whose_short_answers_tell_what_was_not_asked_keeps_its_questions():
    document = doc(
        "Rathaus Musterstadt – Häufige Anliegen\n\n"
        "Frage 1: Wann ist das Bürgerbüro geöffnet?\n"
        "Antwort: Montags bis freitags von acht bis zwölf Uhr, donnerstags auch nachmittags.\n\n"
        "Frage 2: Wo bekommt man einen Anwohnerparkausweis?\n"
        "Antwort: Beim Ordnungsamt im zweiten Stock, Zimmer 214.\n\n"
        "Frage 3: Wie lange dauert ein neuer Reisepass?\n"
        "Antwort: Etwa drei bis vier Wochen nach dem Antrag.\n"
    )
    assert len(_questions(document)) == 3


def test_an_interview_whose_guest_is_named_in_every_short_answer_keeps_its_questions():
    # The same label in every answer, short answers, but the guest speaks of herself.
    document = doc(
        "Fünf Fragen an die Bäckerin\n\n"
        "1. Wann stehen Sie morgens auf?\n"
        "Kessler: Um halb drei, seit zwanzig Jahren. Ich kenne es nicht anders.\n\n"
        "2. Welches Brot backen Sie am liebsten?\n"
        "Kessler: Mein Roggenbrot mit Sauerteig, das meine Großmutter schon gebacken hat.\n\n"
        "3. Was wünschen Sie sich für Ihr Handwerk?\n"
        "Kessler: Mehr junge Leute, die bei mir lernen wollen.\n"
    )
    assert len(_questions(document)) == 3


def test_a_newspapers_candidate_interview_with_named_answers_keeps_its_questions():
    name = "de-interview-zeitung-kuerzel-kandidat-ich.txt"
    assert len(_questions(_page(name))) == 3


def test_a_self_interview_labelled_question_answered_in_the_first_person_keeps_them():
    name = "en-self-interview-question-label-first-person.txt"
    assert len(_questions(_page(name))) == 6


def test_a_readers_question_to_a_press_secretary_keeps_it():
    questions = _questions(_page("en-press-secretary-reader-question-q-a-labels-blog.txt"))
    assert len(questions) == 1
    assert questions[0].startswith("Tobias from Leipzig, Germany:")


def test_faqs_of_a_school_a_town_hall_and_a_news_page_keep_their_questions():
    for name, count in (
        ("pt-noticia-perguntas-e-respostas-fontes-nomeadas-travessao.md", 3),
        ("ca-tramit-ajuntament-preguntes-encapcalaments.md", 4),
        ("es-entrevista-p-r-guion-periodista-libro.txt", 3),
    ):
        assert len(_questions(_page(name))) == count, name


def test_a_childs_interview_and_ten_questions_answered_in_a_word_keep_their_questions():
    # Short answers under unlabelled questions: a guest's, however brief, not a key.
    for name, count in (
        ("de-kinderseite-zetti-fragt-kind-antwortet-kurz.txt", 7),
        ("de-zehn-fragen-an-erzieherin-ein-wort-antworten.txt", 9),
    ):
        assert len(_questions(_page(name))) == count, name


def test_a_q_and_a_faq_whose_answers_restate_their_questions_keeps_them():
    # "Q:" / "A:" under impersonal questions, the answers restating them: a FAQ's habit too.
    document = doc(
        "Campsite FAQ\n\n"
        "Q: Is parking available at the campsite?\n"
        "A: Yes, parking is available behind the reception building.\n\n"
        "Q: Are dogs allowed on the campsite?\n"
        "A: Dogs are allowed on the campsite if they stay on a leash.\n\n"
        "Q: Is there a shop on the campsite?\n"
        "A: There is a small shop next to the showers, open until eight.\n\n"
        "Q: When does the pool open?\n"
        "A: The pool opens in June.\n"
    )
    assert len(_questions(document)) == 4
