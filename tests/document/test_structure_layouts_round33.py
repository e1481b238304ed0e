"""Layout rules found in the thirty-third round's sample of real pages chosen for the variety of
their layouts: a request put in a question's place mid-interview, its verb told without the
pronoun right after it ("Erzählt doch bitte mal etwas über die Mannschaft.", "Opowiedz nam …"),
and a blog post whose only two questions are the writer's own (asked of oneself, or a statement
put to the readers with a tag: "…, wisst ihr?"), with the pages they must leave alone."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _questions(document) -> list[str]:
    return [text for _, text in asked(document)]


# --- Must catch: a request in a question's place, a particle after its verb -------------------


def test_a_club_page_asks_its_coaches_to_tell_about_the_team_without_a_question_mark():
    page = _CORPUS / (
        "de-verein-zweite-mannschaft-trainergespann-fragen-ohne-zeichen-bitte-statt-frage.txt"
    )
    document = doc(page.read_text(encoding="utf-8"))
    questions = _questions(document)
    assert "Erzählt doch bitte mal etwas über die Mannschaft." in questions
    # The answer to the request stays an answer: the next question stands alone.
    assert "Wo seht ihr Probleme?" in questions
    assert len(questions) == 5


def test_a_polish_request_to_tell_us_is_a_question_among_the_others():
    document = doc(
        "Nowy trener juniorów\n"
        "\n"
        "Rozmawiamy z Adamem Wiśniewskim, który od lipca prowadzi juniorów klubu.\n"
        "\n"
        "Skąd pomysł na pracę z młodzieżą?\n"
        "\n"
        "Sam grałem w tym klubie jako junior i chciałem coś oddać.\n"
        "\n"
        "Opowiedz nam o swojej drużynie.\n"
        "\n"
        "To dwudziestu chłopaków z trzech roczników, bardzo ambitnych.\n"
        "\n"
        "Jaki cel na ten sezon?\n"
        "\n"
        "Utrzymać się w lidze wojewódzkiej i dać szansę najmłodszym.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert _questions(document) == [
        "Skąd pomysł na pracę z młodzieżą?",
        "Opowiedz nam o swojej drużynie.",
        "Jaki cel na ten sezon?",
    ]


# --- Must not: the writer's own questions in a first-person blog post --------------------------


def test_a_blog_post_on_interviewing_asks_its_readers_and_itself_not_a_guest():
    page = _CORPUS / "de-blog-interview-erfahrung-rhetorische-fragen-zwischentitel.txt"
    document = doc(page.read_text(encoding="utf-8"))
    assert document.kind is not DocumentKind.INTERVIEW
    assert not document.questions


def test_two_questions_put_to_the_guest_stay_an_interview():
    # Two questions only, one of them in the first person: the "Sie" puts it to the guest.
    document = doc(
        "Drei Minuten mit der Turniersiegerin\n"
        "\n"
        "Nach dem Finale haben wir kurz mit Lea Brandt gesprochen.\n"
        "\n"
        "Darf ich Sie fragen, wie Sie sich jetzt fühlen?\n"
        "\n"
        "Müde, aber sehr glücklich. Das war mein erster Titel.\n"
        "\n"
        "Was kommt als Nächstes?\n"
        "\n"
        "Erst einmal Urlaub, dann die Vorbereitung auf die Hallensaison.\n"
    )
    assert document.kind is DocumentKind.INTERVIEW
    assert len(document.questions) == 2


def test_a_narrated_sentence_opening_with_the_verb_is_no_request():
    # "Erzählt wird …": the passive of a review, not a request to anyone.
    document = doc(
        "Neu im Kino: Das Dorf am See\n"
        "\n"
        "Erzählt wird von einem Dorf, das im Winter von der Welt abgeschnitten ist.\n"
        "\n"
        "Die Regisseurin lässt sich Zeit. Lange Einstellungen zeigen den See und die Fischer.\n"
        "\n"
        "Erzählt wird auch von der Lehrerin, die als Einzige bleibt.\n"
        "\n"
        "Am Ende bleibt ein stiller, schöner Film.\n"
    )
    assert not document.questions


# --- Must catch: a Japanese dialogue dash typed with the minus sign ----------------------------


def test_a_japanese_school_page_dashes_its_questions_with_the_minus_sign():
    # "−" (U+2212) in the place of "ー": the questions and the requests ("…教えてください。")
    # are the dashed turns, without their dash; the answers open with the guest's name.
    page = _CORPUS / "ja-koukou-shokugyou-mainasu-shitsumon-kakko-namae-gyou-kaitou.txt"
    questions = _questions(doc(page.read_text(encoding="utf-8")))
    assert questions[0] == "さっそくですが、この仕事を始めたきっかけは何ですか？"
    assert "では最後に、これからの目標を聞かせてください。" in questions
    assert not any(q.startswith("−") for q in questions)
