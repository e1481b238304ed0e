"""Which text goes on which presenter step (pure logic: fitting is a character count here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.pipeline import open_document, parse_text
from reader.ui.presenter.slides import (
    PresentMode,
    SizeRange,
    presented_sections,
    topic_at,
    topic_slides,
    topics_of,
)
from tests.ui.conftest import make_interview

ROOT = Path(__file__).resolve().parents[2]
SIZES = SizeRange(10, 40)


def fits_in(capacity: int):
    """Text fits when its characters times the size stay within ``capacity``."""

    def fits(lead, body, size):
        return sum(len(t) for t in [*lead, *body]) * size <= capacity

    return fits


def all_steps(document, mode, fits, sizes=SIZES):
    topics = topics_of(document)
    return [topic_slides(document, topics, i, mode, fits, sizes) for i in range(len(topics))]


def long_answer_document():
    sentence = "Ceci est une phrase de réponse assez longue pour remplir une ligne à l'écran. "
    text = ("Une longue interview\n\nPourquoi une réponse si longue ?\n\n"
            + "\n\n".join([sentence * 4] * 6) + "\n\n" + sentence * 30 + "\n\n"
            + ("mot " * 400).strip() + "\n\nEt ensuite ?\n\nCourt.\n")
    return parse_text(text, plain_text=True)


def test_question_then_answer_shows_the_question_alone_first():
    document = make_interview()
    steps = all_steps(document, PresentMode.QUESTION_THEN_ANSWER, fits_in(100_000))
    assert [[s.page for s in topic] for topic in steps] == [[0, 1], [0, 1], [0, 1]]
    question, answer = steps[0]
    assert question.answer_hidden and question.body == ()
    assert [document.text[a:b] for a, b in question.lead] == ["Qu'est-ce qu'une question ?"]
    assert answer.lead == question.lead  # the question stays above its answer
    assert [document.text[a:b] for a, b in answer.body] == [
        "C'est une phrase qui demande.", "Une deuxième phrase de réponse."]
    tight = all_steps(document, PresentMode.QUESTION_THEN_ANSWER, fits_in(1_500))
    for question, answer in tight:
        assert question.size > answer.size  # alone, the question is as large as it fits


def test_whole_section_shows_question_and_answer_at_once():
    document = make_interview()
    steps = all_steps(document, PresentMode.WHOLE_SECTION, fits_in(100_000))
    assert [[(s.page, s.answer_hidden) for s in topic] for topic in steps] == [
        [(1, False)], [(1, False)], [(1, False)]]
    assert steps[1][0].body  # the answer is on the only step


def test_short_text_gets_the_largest_size_and_long_text_a_smaller_one():
    document = make_interview()
    roomy = all_steps(document, PresentMode.WHOLE_SECTION, fits_in(100_000))
    assert {s.size for topic in roomy for s in topic} == {SIZES.maximum}
    tight = all_steps(document, PresentMode.WHOLE_SECTION, fits_in(1_500))
    assert all(SIZES.minimum <= s.size < SIZES.maximum for topic in tight for s in topic)


def test_a_long_answer_continues_on_further_steps_at_one_size_and_loses_nothing():
    document = long_answer_document()
    fits = fits_in(400 * SIZES.minimum)  # 400 characters a page at the minimum size
    topics = topics_of(document)
    for mode in PresentMode:
        steps = topic_slides(document, topics, 0, mode, fits, SIZES)
        pages = [s for s in steps if s.page > 0]
        assert len(pages) > 10
        assert {s.size for s in pages} == {SIZES.minimum}  # every page of the answer alike
        assert [s.page for s in pages] == list(range(1, len(pages) + 1))
        assert all(s.pages == len(pages) for s in steps)
        shown = " ".join(document.text[a:b] for s in pages for a, b in s.body)
        answer = document.answer_text(document.sections[topics[0].section_index])
        assert shown.split() == answer.split()  # every word once, in order
        for slide in pages:
            lead = [document.text[a:b] for a, b in slide.lead]
            body = [document.text[a:b] for a, b in slide.body]
            assert fits(lead, body, slide.size), slide


def test_pages_break_between_paragraphs_then_sentences():
    document = long_answer_document()
    topics = topics_of(document)
    steps = topic_slides(document, topics, 0, PresentMode.WHOLE_SECTION,
                         fits_in(400 * SIZES.minimum), SIZES)
    paragraph_starts = {b.start for b in document.blocks}
    paragraph_ends = {b.end for b in document.blocks}
    for slide in steps:
        for start, end in slide.body:
            # a cut inside a paragraph falls between sentences or words, never inside a word
            assert start in paragraph_starts or document.text[start - 1] == " "
            assert end in paragraph_ends or document.text[end] == " "
    # The six short paragraphs (347 characters each) are never cut: one a page.
    first_six = [s.body for s in steps[:6]]
    assert all(len(body) == 1 and body[0][0] in paragraph_starts for body in first_six)


def test_a_question_longer_than_a_screen_is_paged_like_an_answer():
    document = long_answer_document()
    topics = topics_of(document)
    steps = topic_slides(document, topics, 1, PresentMode.QUESTION_THEN_ANSWER,
                         fits_in(5 * SIZES.minimum), SIZES)  # "Et ensuite ?" does not fit
    assert all(s.lead == () for s in steps)
    assert steps[0].page == 1  # no lead-only step when there is no lead


def test_read_range_is_what_the_step_shows_without_the_repeated_question():
    document = long_answer_document()
    topics = topics_of(document)
    steps = topic_slides(document, topics, 0, PresentMode.QUESTION_THEN_ANSWER,
                         fits_in(400 * SIZES.minimum), SIZES)
    question = document.sections[topics[0].section_index]
    assert steps[0].read_range == (question.start, document.blocks[question.answer_block - 1].end)
    assert steps[1].read_range[0] == question.start  # first page: question and answer
    assert steps[2].read_range == (steps[2].body[0][0], steps[2].body[-1][1])


def test_interviews_present_their_questions_other_documents_their_sections():
    interview = open_document(ROOT / "seeds" / "interview-pedocriminalite.txt")
    topics = topics_of(interview)
    assert len(topics) == 7 and all(t.is_question for t in topics)
    article = open_document(ROOT / "seeds" / "article-pedocriminalite.txt")
    kinds = [article.sections[i].kind.value for i in presented_sections(article)]
    assert kinds == ["paragraph"] * 5  # not the front matter, not the credits
    assert all(not t.is_question and not t.lead and t.body for t in topics_of(article))


def test_a_heading_leads_its_section():
    document = parse_text("# Titre\n\n## Première partie\n\nUn paragraphe.\n\n"
                          "## Seconde partie\n\nUn autre.\n")
    topics = topics_of(document)
    leads = [[document.text[a:b] for a, b in t.lead] for t in topics]
    assert ["Première partie"] in leads and ["Seconde partie"] in leads


@pytest.mark.parametrize(("where", "expected"), [
    ("front", 0), ("intro", 0), ("answer2", 1), ("question3", 2),
])
def test_presenting_starts_at_the_question_of_the_caret(where, expected):
    document = make_interview()
    topics = topics_of(document)
    offsets = {
        "front": 0,
        "intro": document.sections[1].start + 3,
        "answer2": document.blocks[8].start + 5,
        "question3": document.sections[4].start,
    }
    assert topic_at(document, topics, offsets[where]) == expected
