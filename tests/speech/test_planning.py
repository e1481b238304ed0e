"""Reading order: utterances from a document and a starting point, pulled lazily.

Documents are built with parse_text and given their roles and sections by hand, so these tests
do not depend on structure detection (tested in tests/document)."""

from dataclasses import replace
from pathlib import Path

import pytest

from reader.document import Role, Section, SectionKind, open_document, parse_text
from reader.speech import planning
from reader.speech.planning import PlanOptions, Scope, VoiceRole, Voices, plan

ROOT = Path(__file__).resolve().parents[2]
VOICES = Voices(narrator="n", interviewer="q", interviewee="a")
ANNOUNCE = PlanOptions(announce=lambda section: f"Question {section.number}.")

SOURCE = (
    "Titre\n\n- [Twitter](#)\n\nIntro un. M. Dupont parle.\n\nQuestion un ?\n\n"
    "Réponse un. Suite.\n\nSecond paragraphe.\n\nQuestion deux ?\n\nRéponse deux."
)
ROLES = [Role.TITLE, Role.SHARE, Role.INTRO, Role.QUESTION, Role.ANSWER, Role.ANSWER,
         Role.QUESTION, Role.ANSWER]


def section(document, kind, first, end, number=0, answer=-1):
    blocks = document.blocks
    return Section(kind, first, end, blocks[first].start, blocks[end - 1].end, number=number,
                   answer_block=answer)


def interview(roles=ROLES):
    document = parse_text(SOURCE, plain_text=True)
    assert len(document.blocks) == 8
    document = replace(document, blocks=tuple(
        replace(block, role=role) for block, role in zip(document.blocks, roles, strict=True)))
    return replace(document, sections=(
        section(document, SectionKind.FRONT_MATTER, 0, 2),
        section(document, SectionKind.INTRODUCTION, 2, 3),
        section(document, SectionKind.QUESTION, 3, 6, number=1, answer=4),
        section(document, SectionKind.QUESTION, 6, 8, number=2, answer=7),
    ))


DOC = interview()


def said(utterances):
    return [u.text for u in utterances]


def test_the_whole_interview_in_order_with_announcements_and_no_share_link():
    assert said(plan(DOC, 0, VOICES, ANNOUNCE)) == [
        "Titre", "Intro un.", "Monsieur Dupont parle.",
        "Question 1.", "Question un ?", "Réponse un.", "Suite.", "Second paragraphe.",
        "Question 2.", "Question deux ?", "Réponse deux.",
    ]


def test_without_an_announce_function_questions_are_not_announced():
    texts = said(plan(DOC, 0, VOICES))
    assert "Question 1." not in texts and "Twitter" not in texts


def test_questions_and_answers_in_their_own_voices():
    voices = {u.text: (u.voice_role, u.voice_id) for u in plan(DOC, 0, VOICES, ANNOUNCE)}
    assert voices["Intro un."] == (VoiceRole.NARRATOR, "n")
    assert voices["Question 1."] == (VoiceRole.NARRATOR, "n")
    assert voices["Question un ?"] == (VoiceRole.INTERVIEWER, "q")
    assert voices["Second paragraphe."] == (VoiceRole.INTERVIEWEE, "a")


def test_roles_follow_the_question_section_when_blocks_carry_none():
    document = interview(roles=[Role.BODY] * 8)
    roles = {u.text: u.voice_role for u in plan(document, 0, VOICES)}
    assert roles["Question deux ?"] is VoiceRole.INTERVIEWER
    assert roles["Réponse deux."] is VoiceRole.INTERVIEWEE
    assert "Twitter" in roles  # only roles hide a block


def test_one_voice_for_all_when_only_the_narrator_is_given():
    assert {u.voice_id for u in plan(DOC, 0, Voices("roa/fr"), ANNOUNCE)} == {"roa/fr"}


def test_reading_a_question_section_announces_it_and_stops_at_its_end():
    q2 = DOC.questions[1]
    utterances = list(plan(DOC, q2.start, VOICES, replace(ANNOUNCE, scope=Scope.SECTION)))
    assert said(utterances) == ["Question 2.", "Question deux ?", "Réponse deux."]
    first = utterances[0]
    assert first.announcement and first.doc_start == first.doc_end == q2.start
    q1 = DOC.questions[0]
    assert said(plan(DOC, q1.start, VOICES, replace(ANNOUNCE, scope=Scope.SECTION)))[-1] == \
        "Second paragraphe."


def test_starting_inside_an_answer_reads_from_its_sentence_without_announcing():
    start = DOC.text.index("un. Suite") + 1  # inside "Réponse un."
    texts = said(plan(DOC, start, VOICES, replace(ANNOUNCE, scope=Scope.SECTION)))
    assert texts == ["Réponse un.", "Suite.", "Second paragraphe."]


def test_a_selection_is_read_exactly():
    start = DOC.text.index("Dupont")
    end = DOC.text.index("Suite") + len("Suite")
    utterances = list(plan(DOC, start, VOICES, ANNOUNCE, end=end))
    assert said(utterances) == ["Dupont parle.", "Question 1.", "Question un ?", "Réponse un.",
                                "Suite"]
    assert (utterances[0].doc_start, utterances[-1].doc_end) == (start, end)


def test_each_utterance_knows_its_document_range():
    for utterance in plan(DOC, 0, VOICES, ANNOUNCE):
        if not utterance.announcement:
            original = DOC.text[utterance.doc_start : utterance.doc_end]
            assert original.replace("M.", "Monsieur") == utterance.text


def test_spoken_words_map_back_to_document_words():
    utterance = next(u for u in plan(DOC, 0, VOICES) if u.text.startswith("Monsieur"))
    start, end = utterance.document_range(0, len("Monsieur"))
    assert DOC.text[start:end] == "M."
    start, end = utterance.document_range(9, 15)
    assert DOC.text[start:end] == "Dupont"


def test_longer_pause_after_a_paragraph_than_after_a_sentence():
    options = PlanOptions(sentence_pause_ms=111, paragraph_pause_ms=999)
    pauses = {u.text: u.pause_after_ms for u in plan(DOC, 0, VOICES, options)}
    assert pauses["Réponse un."] == 111
    assert pauses["Suite."] == 999


def test_sentences_are_segmented_only_as_reading_reaches_them(monkeypatch):
    big = parse_text("\n\n".join(f"Paragraphe {i}. Encore." for i in range(3000)))
    segmented = []
    real = planning.block_sentences
    monkeypatch.setattr(planning, "block_sentences",
                        lambda document, index: segmented.append(index) or real(document, index))
    utterances = plan(big, big.blocks[1500].start, Voices("fr"))
    assert [next(utterances).text, next(utterances).text] == ["Paragraphe 1500.", "Encore."]
    assert segmented == [1500]


def test_an_empty_document_says_nothing():
    assert said(plan(parse_text(""), 0, VOICES, ANNOUNCE)) == []


def test_the_seed_interview():
    document = open_document(ROOT / "seeds" / "interview-pedocriminalite.txt")
    if not document.questions:
        pytest.skip("question detection has not landed: the seed has no question section yet")
    utterances = list(plan(document, 0, Voices("roa/fr"), ANNOUNCE))
    texts = said(utterances)
    announcements = [u.text for u in utterances if u.announcement]
    assert announcements == [f"Question {n}." for n in range(1, 8)]
    assert "Twitter" not in texts  # the share link
    assert "Publié le 18 juin 2019 à 7 heures 35, Mis à jour le 18 juin 2019 à 18 heures 57" \
        in texts
    # Each announcement comes right before its question's first sentence.
    for number, question in enumerate(document.questions, 1):
        index = texts.index(f"Question {number}.")
        assert document.text[utterances[index + 1].doc_start:].startswith(
            utterances[index + 1].text[:10])
        assert utterances[index + 1].doc_start == question.start
    # Document order, no sentence twice.
    starts = [u.doc_start for u in utterances if not u.announcement]
    assert starts == sorted(set(starts))
