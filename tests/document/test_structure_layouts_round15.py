"""Layout rules found in the fifteenth round's real pages (a school paper's questions in
capitals broken over two lines, a children's museum page whose headings ask above "Entretien
avec …", a blog post asking twice in its prose), each with a document it must catch and one it
must not."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

_CORPUS = Path(__file__).parent / "fixtures" / "corpus"

# --- A question in capitals broken over two lines ----------------------------------------------


def test_a_question_in_capitals_broken_over_two_lines_is_one_question():
    document = doc(
        "Intervista alla bibliotecaria\n"
        "Abbiamo fatto qualche domanda alla bibliotecaria del paese.\n"
        "CHE LIBRI AVETE?\n"
        "Romanzi, racconti e libri per fare le ricerche, per grandi e piccoli.\n"
        "CHI SCEGLIE I LIBRI\n"
        "NUOVI?\n"
        "Li compro io, seguendo anche i consigli di chi viene in biblioteca.\n"
        "CHI\n"
        "PUO' PRENDERE I LIBRI?\n"
        "Tutti, anche i bambini piccoli se vengono con i genitori.\n"
        "QUANTO\n"
        "TEMPO SI POSSONO TENERE?\n"
        "Un mese, e un altro ancora se nessuno li ha prenotati.\n"
    )
    assert [text for _, text in asked(document)] == [
        "CHE LIBRI AVETE?",
        "CHI SCEGLIE I LIBRI NUOVI?",
        "CHI PUO' PRENDERE I LIBRI?",
        "QUANTO TEMPO SI POSSONO TENERE?",
    ]


def test_a_line_in_capitals_above_a_question_in_lower_case_stays_apart():
    # "INTERVISTA" is a kicker over the first question, which is not written in capitals.
    document = doc(
        "La biblioteca del paese\n"
        "Abbiamo fatto qualche domanda alla bibliotecaria del paese.\n"
        "INTERVISTA\n"
        "Che libri avete?\n"
        "Romanzi, racconti e libri per fare le ricerche, per grandi e piccoli.\n"
        "Chi sceglie i libri nuovi?\n"
        "Li compro io, seguendo anche i consigli di chi viene in biblioteca.\n"
        "Chi può prendere i libri?\n"
        "Tutti, anche i bambini piccoli se vengono con i genitori.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Che libri avete?",
        "Chi sceglie i libri nuovi?",
        "Chi può prendere i libri?",
    ]


# --- "?" headings above a line announcing the interview ----------------------------------------


def test_questions_above_a_line_announcing_the_interview_are_the_pages_headings():
    document = doc(
        "Un musée, à quoi ça sert ?\n\n"
        "Qui travaille dans un musée ?\n\n"
        "Entretien avec Karim du musée de Cognac...\n\n"
        "Bonjour, comment s'appelle ton métier ?\n"
        "Bonjour, je suis régisseur des collections.\n\n"
        "Que fais-tu avec les objets du musée ?\n"
        "Je m'en occupe chaque jour : je les photographie, je leur donne un numéro.\n\n"
        "Qu'est-ce que tu aimes dans ton travail ?\n"
        "Tout ce qui change d'un jour à l'autre, et les gens avec qui je travaille.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Bonjour, comment s'appelle ton métier ?",
        "Que fais-tu avec les objets du musée ?",
        "Qu'est-ce que tu aimes dans ton travail ?",
    ]


def test_a_question_below_the_announcement_is_still_asked():
    # The announcement opens the page: nothing above it, every question is kept; and a
    # mention of the interview inside a long answer announces nothing.
    document = doc(
        "Entretien avec Karim du musée de Cognac\n\n"
        "Comment s'appelle ton métier ?\n\n"
        "Je suis régisseur des collections, et j'en parle volontiers dans cet entretien avec "
        "vous comme avec les enfants qui viennent au musée.\n\n"
        "Que fais-tu avec les objets du musée ?\n\n"
        "Je m'en occupe chaque jour : je les photographie, je leur donne un numéro.\n\n"
        "Qu'est-ce que tu aimes dans ton travail ?\n\n"
        "Tout ce qui change d'un jour à l'autre, et les gens avec qui je travaille.\n"
    )
    assert [text for _, text in asked(document)] == [
        "Comment s'appelle ton métier ?",
        "Que fais-tu avec les objets du musée ?",
        "Qu'est-ce que tu aimes dans ton travail ?",
    ]


# --- Two questions and a trailing line in a blog post's prose ----------------------------------


def test_two_questions_and_a_trailing_line_after_prose_are_an_essays():
    # The corpus's blog post (its headline asks, its prose asks "Really?", then "A case in
    # point..." over a story): an essay, whichever line trails off after the two.
    document = doc(_CORPUS.joinpath(
        "en-blog-question-headline-taboo-huh-case-in-point-no-interview.txt"
    ).read_text(encoding="utf-8"))
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


def test_two_questions_and_a_line_trailing_off_put_to_the_guest_are_asked():
    # The same count, but the questions speak to the guest: an interview's.
    document = doc(
        "Three questions for Dana Whitfield\n\n"
        "The writer talked to us about her new book.\n\n"
        "How did you come to write about catering?\n\n"
        "By accident. I interviewed a caterer for a magazine and she talked for two hours "
        "about everything but her business, which made me curious.\n\n"
        "And your next book?\n\n"
        "It is about a bakery, and it is nearly finished, though my editor would say "
        "otherwise.\n\n"
        "Your readers will want to know...\n\n"
        "Whether the baker marries the caterer? They will have to read it to find out, I "
        "am afraid, because I am not telling anyone yet.\n"
    )
    assert [text for _, text in asked(document)] == [
        "How did you come to write about catering?",
        "And your next book?",
        "Your readers will want to know...",
    ]
