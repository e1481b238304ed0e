"""Pages that ask questions but interview nobody (session 18): an explainer whose headings are
the reader's own questions ("Can I get my money back?"), a column asking itself — each
must get no question; an interview of the same shape (bold questions put to a pharmacist, a
guest answering in the first person, a FAQ that calls itself one) keeps its questions."""

from __future__ import annotations

from reader.document.model import DocumentKind

from .test_structure_layouts import corpus_page as _page
from .test_structure_layouts import doc
from .test_structure_layouts import questions_of as _questions

# --- Must catch: the reader's own questions, answered by the page ------------------------------


def test_a_news_explainer_whose_headings_ask_can_i_gets_no_questions():
    document = _page("en-explainer-rail-strike-can-i-headings-byline-yes-no.md")
    assert _questions(document) == []
    assert document.kind is not DocumentKind.INTERVIEW
    assert document.title == "Rail walkout on Thursday: what it means for your journey"


def test_an_explainer_in_a_language_whose_verb_carries_the_person_gets_no_questions():
    # "Posso faltar …?", "Puc banyar-me …?", "Czy mogę …?": no pronoun, the verb says "I".
    for name in (
        "pt-explicador-greve-transportes-posso-negrito-resposta-sim.md",
        "ca-explicatiu-platja-puc-banyar-me-amb-gos-negreta.md",
        "pl-poradnik-urlop-czy-moge-naglowki-odpowiedzi-tak-nie.md",
        "nl-uitleg-nieuwe-afvalregels-kan-ik-kopjes-gemeente.md",
    ):
        assert _questions(_page(name)) == [], name


def test_bold_reader_questions_in_plain_markdown_get_none():
    document = doc(
        "# Winter tyres: what drivers need to know\n\n"
        "By Tom Reyes\n\n"
        "From November, police will check tyres on mountain roads more often.\n\n"
        "**Can I drive with summer tyres in the snow?**\n\n"
        "No. You risk a fine and your insurance may refuse to pay.\n\n"
        "**Do I need chains as well?**\n\n"
        "Only where a sign says so. Keep a pair in the boot all the same.\n\n"
        "**When must my tyres be changed back?**\n\n"
        "Any time after Easter. Store them flat, in a dry place.\n",
        markdown=True,
    )
    assert _questions(document) == []


# --- Must catch: a column asking itself --------------------------------------------------------


def test_a_blog_post_asking_itself_in_the_first_person_gets_no_questions():
    document = _page("en-blog-rhetorical-questions-own-paragraphs-decluttering.txt")
    assert _questions(document) == []


def test_an_opinion_column_whose_writer_answers_her_own_questions_gets_none():
    document = _page("es-columna-teletrabajo-preguntas-retoricas-parrafos.txt")
    assert _questions(document) == []


# --- Must not: interviews of the same shape ----------------------------------------------------


def test_a_pharmacist_answering_readers_can_i_questions_in_the_first_person_keeps_them():
    document = _page("en-qa-pharmacist-named-once-bold-can-i-questions-you-answers.md")
    assert document.kind is DocumentKind.INTERVIEW
    assert _questions(document)[0] == "Can I take an antihistamine every day for months?"
    assert len(_questions(document)) == 5


def test_interviews_with_questions_put_to_the_guest_keep_them():
    for name, count in (
        ("fr-entretien-dieteticienne-questions-gras-vous-nommee-en-tete.md", 4),
        ("de-interview-buergermeisterin-ueberschriften-fragen-sie-angesprochen.md", 4),
        ("it-intervista-chef-domande-titoletti-lei.md", 4),
    ):
        assert len(_questions(_page(name))) == count, name


def test_a_faq_that_calls_itself_one_keeps_the_readers_questions():
    document = doc(
        "# Frequently asked questions\n\n"
        "Everything about your library card.\n\n"
        "## Can I renew my books online?\n\n"
        "Yes, up to three times, unless someone has reserved them.\n\n"
        "## Do I need a card to use the computers?\n\n"
        "Yes. Guests can ask for a day pass at the desk.\n\n"
        "## What if I lose my card?\n\n"
        "Tell us at once: a new card costs two euros.\n",
        markdown=True,
    )
    assert _questions(document) == [
        "Can I renew my books online?",
        "Do I need a card to use the computers?",
        "What if I lose my card?",
    ]


def test_a_labelled_faq_keeps_its_questions_without_calling_itself_one():
    # "F:" / "A:" mark the questions and answers: the page shows them as such.
    document = doc(
        "Rückgabe\n\n"
        "So geben Sie Artikel aus unserem Shop zurück.\n\n"
        "F: Kann ich meine Bestellung stornieren?\n"
        "A: Vor dem Versand ja, kostenlos.\n\n"
        "F: Muss ich das Porto bezahlen?\n"
        "A: Nein, das Etikett liegt dem Paket bei.\n\n"
        "F: Wie lange dauert die Erstattung?\n"
        "A: Höchstens vierzehn Tage.\n"
    )
    assert len(_questions(document)) == 3


def test_a_blog_interview_whose_lead_is_in_the_first_person_keeps_its_questions():
    # The writer's "I" opens the page, but the questions are put to the guest ("you").
    document = doc(
        "Coffee with Lena\n\n"
        "I met Lena at her workshop on a rainy Tuesday, and we talked for an hour about "
        "glass, patience and burnt fingers.\n\n"
        "How did you start blowing glass?\n\n"
        "By accident. I took an evening class and never stopped.\n\n"
        "What is your favourite piece?\n\n"
        "A blue bowl I made for my mother. I would never sell it.\n\n"
        "Do you ever get burnt?\n\n"
        "All the time! I have stopped counting the scars.\n"
    )
    assert len(_questions(document)) == 3


def test_an_expert_named_once_above_the_readers_questions_keeps_them_without_saying_i():
    # Nobody says "I" in the answers, nobody is addressed, the questions are the readers' own;
    # but the sentence above them names the one they were put to.
    document = doc(
        "Your questions about composting\n\n"
        "Every spring the same questions land in our inbox. We asked Jo Whitley, who has run "
        "the compost bays for eleven years, to answer the most common ones.\n\n"
        "Can I compost cooked food?\n\n"
        "Not in an open heap. Cooked food brings rats; use a sealed bin for it.\n\n"
        "Why does my heap smell bad?\n\n"
        "Too wet and too green. Add cardboard or dry leaves and turn it.\n\n"
        "Should I add lime to my compost?\n\n"
        "There is no need. It slows the worms down.\n"
    )
    assert _questions(document) == [
        "Can I compost cooked food?",
        "Why does my heap smell bad?",
        "Should I add lime to my compost?",
    ]


def test_a_writer_presenting_a_guest_by_name_keeps_the_questions_put_to_them():
    # The lead is the writer's "I", the questions say no "you", the answers say "I": but the
    # lead names the guest, so the one answering is not the one who opened the page.
    document = doc(
        "Five minutes with a bookbinder\n\n"
        "I met Lena Marsh in her workshop behind the station, where she has been mending old "
        "books for twenty years.\n\n"
        "First book ever repaired?\n\n"
        "A hymn book from my grandmother's church. I was terrified of it.\n\n"
        "Favourite tool?\n\n"
        "My bone folder. I have had it since my apprenticeship.\n\n"
        "Worst job so far?\n\n"
        "A cookbook glued with jam. I still dream about it.\n"
    )
    assert len(_questions(document)) == 3
