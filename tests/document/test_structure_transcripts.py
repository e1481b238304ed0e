"""Research and oral-history transcripts (reader.document.structure.speakers.transcripts): a
thesis appendix's interview with time stamps, a focus group, turns labelled "R:" / "I:". Each
rule has a document it must catch and one it must not."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import DocumentKind
from reader.document.pipeline import parse_text


def _outline(text: str):
    return parse_text(text, plain_text=True, with_language=False)


def _headings(text: str) -> list[str]:
    return [s.heading for s in _outline(text).questions]


CORPUS = Path(__file__).parent / "fixtures" / "corpus"
F4_APPENDIX = (CORPUS / "de-anhang-transkript-f4-zeitmarken.txt").read_text(encoding="utf-8")


def test_a_time_stamp_after_the_label_is_left_out_of_the_heading_not_the_text():
    document = _outline(F4_APPENDIX.replace("Hm. Wie", "Hm. (.) Wie"))
    assert [s.heading for s in document.questions][1:4] == [
        "Und wie war der Einstieg an Ihrer jetzigen Schule?",
        "Hm. Wie hat sich die Arbeit seit dem digitalen Unterricht verändert?",
        "Was würden Sie einer Berufsanfängerin raten?",
    ]
    assert "I: #00:01:02# Und wie war" in document.text  # the text keeps every character
    assert "Hm. (.) Wie hat" in document.text


def test_a_time_stamp_inside_a_question_stays_in_its_heading():
    text = ("Q: What happens at [00:12:03] on the tape?\n\nA: The door slams.\n\n"
            "Q: And who slams it?\n\nA: Nobody knows.\n")
    assert _headings(text)[0] == "What happens at [00:12:03] on the tape?"


def test_the_head_blocks_interviewer_line_is_no_question():
    assert "L. Hartmann" not in _headings(F4_APPENDIX)


def test_a_first_question_named_in_full_before_the_surname_stays():
    podcast = (CORPUS / "en-podcast-names-narration.txt").read_text(encoding="utf-8")
    assert "You're joking." in _headings(podcast)  # "STEPHEN DALE:", then "DALE:"


FOCUS_GROUP = """Appendix D: Focus Group 2 Transcript

R: Thanks for staying. First question: when homework is set online, what do you do first?

P1: Check when it's due.

P3: Same. Then I leave it till the night before.

P2: I look at how long it is.

R: Why straight away for a video?

P2: Because you can watch it on the bus.

R: P4, what do you think?

P4: I prefer paper.

P1: Everyone just mutes it anyway.

R: If you could change one thing about homework, what would it be?

P3: Less of it.
"""


def test_a_focus_groups_moderator_asks_and_the_numbered_participants_answer():
    document = _outline(FOCUS_GROUP)
    assert document.kind is DocumentKind.INTERVIEW
    assert [s.speaker for s in document.questions] == ["R"] * 4
    assert document.questions[1].heading == "Why straight away for a video?"


def test_a_transcription_guide_with_example_lines_gets_no_questions():
    text = """Características de la transcripción de entrevistas

Se identifica a cada interlocutor cada vez que interviene, por ejemplo:

Entrevistador/a:
Entrevistado/a:

Las risas y los suspiros se anotan entre paréntesis. Por ejemplo:

Entrevistador/a: ¿Cómo estás?
Entrevistado/a: (suspiro) Cansada.

Se prefiere escribir (ríe) en lugar de la onomatopeya.
"""
    assert _headings(text) == []


def test_the_asker_is_the_label_whose_turns_ask_even_when_it_reads_like_another():
    text = """Appendice B – Trascrizione dell'intervista n. 5

Legenda: R = ricercatrice; I = intervistato; (…) pausa.

R: Mi racconti come è arrivato a lavorare in comunità?

I: Per caso. (…) Facevo il servizio civile e mi hanno chiesto di restare.

R: Cosa le piace di più di questo lavoro?

I: I momenti normali. La cena, i compiti.

R: E la parte più difficile?

I: Quando un ragazzo compie diciotto anni e deve uscire.

R: La ringrazio.
"""
    document = _outline(text)
    assert {s.speaker for s in document.questions} == {"R"}
    assert document.questions[0].heading == "Mi racconti come è arrivato a lavorare in comunità?"


def test_a_methods_chapter_quoting_the_guides_questions_gets_no_questions():
    text = """3.4 Data collection

Each focus group followed a semi-structured guide (Appendix C). Its core questions were:

1. How do you usually find out about homework that is set online?
2. What do you do first when a new task appears?
3. What helps you remember a deadline?

Prompts such as "Can you say more about that?" were used. Laughter was marked [laughter].
"""
    assert _headings(text) == []


def test_a_moderator_who_never_asks_makes_no_focus_group_of_numbered_speakers():
    text = """Minutes of the site meeting

M: The scaffold goes up on Monday.

P1: We need the skip moved first.

P2: The skip can go by the gate.

M: Then the scaffold goes up on Tuesday.

P1: Fine by me.

M: The roof starts the week after.

P2: Weather permitting.
"""
    assert _headings(text) == []


def test_an_f4_time_stamp_at_the_turns_end_still_lets_it_ask():
    appendix = (CORPUS / "de-anhang-interview-f4-zeitmarke-am-ende.txt").read_text(encoding="utf-8")
    document = _outline(appendix)
    assert [s.heading for s in document.questions][:2] == [
        "Wie lange arbeiten Sie schon in der Pflege?", "Was hat Sie zum Wechsel bewogen?"]
    assert "Pflege? #00:00:07-2#" in document.text


def test_a_transcription_guides_example_turn_with_an_f4_stamp_is_no_question():
    guide = (CORPUS / "de-transkriptionsregeln-beispielzeilen.txt").read_text(encoding="utf-8")
    assert _headings(guide) == []


def test_a_tape_mark_under_the_head_block_is_no_title_the_project_is():
    history = (CORPUS / "en-oral-history-narrator-interviewer-head-block-tape-mark.txt").read_text(
        encoding="utf-8")
    document = _outline(history)
    assert document.title == "Mill Valley Oral History Program"
    assert "[Begin Tape 1, Side A]" in document.text


def test_a_bracketed_title_that_is_no_tape_mark_stays():
    text = ("[Update] The bridge at sixty\n\nBy Tom Keegan\n\nQ: Where were you born?\n\n"
            "A: In Sausalito.\n\nQ: What did your father do?\n\nA: He ran a boatyard.\n")
    assert _outline(text).title == "[Update] The bridge at sixty"
