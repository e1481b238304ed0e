"""Layout rules found in the eleventh round's real pages (questions and speakers: club papers,
school papers, a children's workshop, a checklist), each with a document it must catch and
one it must not."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import asked, doc

# --- Questions a reader should ask themselves: a checklist, not an interview ---------------


def test_questions_asked_in_the_first_person_are_a_checklist_not_an_interview():
    document = doc(
        "Avant de devenir bénévole\n\n"
        "Voici les questions à se poser avant de s'engager.\n\n"
        "- Ai-je envie de m'engager loin de chez moi ?\n\n"
        "Pensez au temps de trajet, surtout en hiver.\n\n"
        "- Ai-je le goût du travail en équipe ?\n\n"
        "Beaucoup de missions se font à plusieurs.\n\n"
        "- Combien d'heures puis-je donner par semaine ?\n\n"
        "Parlez-en avec l'association, rien n'est gravé dans le marbre.\n\n"
        "- Suis-je prêt à suivre une formation ?\n\n"
        "Certaines missions en demandent une.\n"
    )
    assert asked(document) == []
    assert document.kind is not DocumentKind.INTERVIEW


def test_a_faq_asking_how_do_i_and_an_interviewer_asking_may_i_ask_you_keep_their_questions():
    faq = doc(
        "Library card questions\n\n"
        "How do I get a library card?\n\n"
        "Fill in the form on our registration page.\n\n"
        "How many books can I borrow?\n\n"
        "Up to thirty at any time.\n\n"
        "How long can I keep a book?\n\n"
        "Three weeks, and you may renew it twice.\n"
    )
    assert [text for _, text in asked(faq)] == [
        "How do I get a library card?",
        "How many books can I borrow?",
        "How long can I keep a book?",
    ]
    interview = doc(
        "Rencontre avec la gardienne du phare\n\n"
        "Journaliste : Puis-je vous demander depuis quand vous vivez ici ?\n\n"
        "Odile : Depuis vingt ans, avec mon chat.\n\n"
        "Journaliste : Ai-je raison de croire que l'hiver est rude ?\n\n"
        "Odile : Très rude, mais j'aime ça.\n\n"
        "Journaliste : Puis-je monter voir la lanterne ?\n\n"
        "Odile : Bien sûr, suivez-moi.\n"
    )
    assert len(asked(interview)) == 3
