"""Round 22 of odd pages: readers' letters answered one by one (``signedletters``). Each rule
with a page it must catch and a near-miss it must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_structure_layouts import doc

LETTER_ONE = (
    "My wife and I have been married for twenty years and our daughter leaves for college in "
    "the autumn. For years we have lived like polite lodgers, and he refuses counselling now. "
    "I am angry and lonely and I do not know if we will last once she is gone."
)
LETTER_TWO = (
    "My brother borrows my car every weekend and returns it with an empty tank and crumbs on "
    "every seat. When I mention it he laughs and says family shares. How do I say no without "
    "starting a feud at Sunday lunch?"
)
REPLY = (
    "You describe the problem clearly, which is the first step. Say what you need calmly, "
    "once, and then keep to it; a boundary said twice is a boundary kept."
)


def headings(document) -> list[str]:
    return [question.heading for question in document.questions]


def column(*exchanges: str) -> str:
    return "Advice\n\nThe column that answers you\n\nBy Ann Lee\n\n" + "\n\n".join(exchanges) + "\n"


# --- A signature line greeted back by the reply ------------------------------------------------


def test_a_letter_whose_signature_the_reply_greets_is_the_question() -> None:
    page = column(
        f"Dear Ann: {LETTER_ONE}",
        "— Holding On By a Thread",
        f"Dear Holding On By a Thread: {REPLY}",
    )
    assert headings(doc(page)) == [LETTER_ONE]  # it need not ask: the reply greets it whole


def test_a_short_line_the_next_paragraph_does_not_greet_is_no_signature() -> None:
    page = column(LETTER_TWO, "— Sent from my phone", REPLY)
    assert LETTER_TWO not in headings(doc(page))


def test_a_reply_greeting_a_word_further_on_in_the_signature_is_no_answer() -> None:
    # "Loyal Reader" / "Dear Reader": the reply greets a common word, not the writer's name.
    page = column(f"Dear Ann: {LETTER_TWO}", "— Loyal Reader", f"Dear Reader: {REPLY}")
    assert LETTER_TWO not in headings(doc(page))


# --- A signature closing the letter's last paragraph -------------------------------------------


def test_a_signature_after_the_last_sentence_is_left_out_of_the_letter() -> None:
    page = column(
        f"Liebe Frau Doktor Berg, {LETTER_TWO} Egon F. Maurer, Offenbach",
        f"Lieber Egon, {REPLY}",
    )
    assert headings(doc(page)) == [LETTER_TWO]


def test_a_punchline_reply_answers_no_letter() -> None:
    # "Dear Wondering: No.": a joke column's one-word reply is no answer to a letter.
    page = column(f"Dear Expert: {LETTER_TWO} Wondering in Wichita", "Dear Wondering: No.")
    assert headings(doc(page)) == []


# --- A signature that asks, greeted whole --------------------------------------------------------


def test_a_signature_that_asks_is_greeted_whole() -> None:
    page = column(
        "Beste Beatrijs,",
        LETTER_TWO,
        "Hoe zeg ik nee?",
        "Beste Hoe zeg ik nee,",
        REPLY,
    )
    assert headings(doc(page)) == [LETTER_TWO]


def test_a_short_question_answered_by_a_name_is_no_signature() -> None:
    # An interview's short question whose answer opens with a word of it asks the guest.
    page = column(
        "Where did you grow up, and what did your parents do for a living in those years?",
        "Near Lyon. My father repaired clocks and my mother taught piano to half the village.",
        "Why Lyon?",
        "Lyon, because the railway brought my grandfather there for work in 1921 and we stayed.",
    )
    assert "Near Lyon. My father repaired clocks" not in " ".join(headings(doc(page)))


# --- Signatures in the shape the page repeats ---------------------------------------------------


def test_signatures_of_one_shape_under_asking_letters_mark_each_letter() -> None:
    first = "My father reads every message on my phone and asks my friends where I was. What now?"
    second = "My friend bought a dress that does not suit her and she loves it. Should I tell her?"
    page = column(
        "Dear Hakima..", first, "Yusuf Adel - Kuwait", "- My dear son",
        "Your father cares about you, and that is a gift many would envy you.",
        "Dear Hakima..", second, "Salma Hussein - Egypt", "- My dear",
        "Tell her the truth, gently, and help her find a dress that flatters her.",
    )
    assert headings(doc(page)) == [first, second]


def test_one_signature_of_that_shape_under_a_rhetorical_paragraph_is_none() -> None:
    paragraph = (
        "The harbour has changed more in ten years than in the century before it, and the "
        "fishermen who stayed wonder who the new quays are for. Who will mend the nets?"
    )
    page = column(paragraph, "Photo by Ana Ruiz - Reuters", REPLY)
    assert headings(doc(page)) == []


# --- A headline that already asks ----------------------------------------------------------------


def test_a_lone_letter_under_a_headline_that_asks_stays_an_article() -> None:
    page = (
        "Ask Ana\n\nMy brother keeps my car every weekend. What can I do?\n\n"
        f"Dear Ana,\n\n{LETTER_TWO}\n\nFed Up in Leeds\n\nDear Fed Up,\n\n{REPLY}\n"
    )
    assert headings(doc(page)) == []


def test_signatures_of_one_shape_without_a_repeated_salutation_are_pupils_answers() -> None:
    # A school paper's question, then each pupil's name and age over the answer.
    page = column(
        "What did you think of making a newspaper for the whole school this year?",
        "Giovana Z., 11 anos", "I put myself in a journalist's place for the first time ever.",
        "What was the hardest part of the work, and what would you change next year?",
        "Pedro R., 10 anos", "Thinking about the text, because you must watch every mistake.",
    )
    assert not any("journalist's place" in h for h in headings(doc(page)))


def test_a_heading_repeated_by_the_next_sentence_is_no_greeting() -> None:
    page = column(LETTER_TWO, "Speaker Labels", f"Use clear speaker labels. {REPLY}")
    assert LETTER_TWO not in headings(doc(page))


# Found when round 44's rules met this round's: an interview's answer label under the picture's
# caption of the same name, and a survey's respondent set again in capitals under the caption,
# looked like a reply greeting a letter's signer (two pages of the development sets).
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("page", [
    "corpus_heldout19/vi-bao-van-nghe-phong-vien-nha-van-chu-thich-anh-giua-luot.txt",
    "corpus_heldout16/cs-anketa-starostove-jmena-velkymi-stejne-otazky.txt",
])
def test_a_caption_above_an_answer_label_or_a_name_heading_is_no_signed_letter(page) -> None:
    path = FIXTURES / page
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    found = headings(doc(path.read_text("utf-8")))
    assert [" ".join(h.split()) for h in found] == [
        " ".join(q["text"].split()) for q in expected["questions"]]
