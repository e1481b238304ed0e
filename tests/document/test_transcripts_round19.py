"""A video's or a podcast's transcript as people copy it (round 19): YouTube's transcript panel
with each line's time and ">>" at each change of speaker, times glued to the words, a
transcript service's "Speaker 3:", a podcast whose host chats more than the guest. Each rule
has a document it must catch and one it must not."""

from __future__ import annotations

from pathlib import Path

from reader.document import open_document
from reader.document.model import DocumentKind
from reader.document.pipeline import parse_text

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _outline(text: str):
    return parse_text(text, plain_text=True, with_language=False)


def _page(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def test_the_transcript_panel_s_speaker_marks_open_turns_and_stay_in_the_text():
    document = _outline(_page("en-youtube-show-transcript-time-lines-chevrons.txt"))
    assert [s.heading for s in document.questions] == [
        "[Laughter] So how did you start working with clay?",
        "And when did it turn into a living?",
        "What happens when a firing goes wrong?",
        "Do you ever keep the failures?",
    ]
    # the marks and the times are words of the text, shown and kept
    assert "0:19 >> [Laughter] So how did you start" in document.text.replace("\n", " ")


def test_a_mail_quoted_two_deep_stays_a_quotation():
    mail = (
        "Thanks, answers below.\n\n"
        "> On Monday Ann wrote:\n"
        ">> What time does the market open?\n"
        ">> And who runs it?\n"
        ">> Is there parking?\n"
        ">\n> Ask Bob.\n\n"
        "It opens at eight, Bob runs it, and there is no parking.\n"
    )
    document = _outline(mail)
    assert ">>" not in document.text  # Markdown's quotation, as before
    assert not document.questions


def test_the_time_glued_before_the_mark_is_no_part_of_the_question():
    document = _outline(_page("fr-youtube-transcription-horodatage-colle-chevrons.txt"))
    assert [s.heading for s in document.questions] == [
        "alors, comment on devient gardienne de refuge ?",
        "et l'hiver, vous faites quoi ?",
        "qu'est-ce qui a le plus changé en quinze ans ?",
        "vous pensez continuer combien de temps ?",
    ]
    assert "00:16>> alors, comment on devient" in document.text  # never lost from the text


def test_a_time_of_day_opening_a_question_stays_in_it():
    text = (
        "Interviewer: 3:30pm was when it started?\n\nGuest: Yes, just after lunch.\n\n"
        "Interviewer: 10:30 Uhr, sagten Sie?\n\nGuest: Ja, halb elf.\n\n"
        "Interviewer: And then?\n\nGuest: Then we went home.\n"
    )
    headings = [s.heading for s in _outline(text).questions]
    assert "3:30pm was when it started?" in headings
    assert "10:30 Uhr, sagten Sie?" in headings


def test_a_numbered_speaker_s_label_becomes_the_question_s_speaker():
    # WebVTT pasted into a .txt is read as the captions it is (formats/transcripts.py)
    document = open_document(CORPUS / "en-webvtt-voice-speaker-numbers-interview-pasted.txt")
    said = {s.heading: s.speaker for s in document.questions}
    assert said["And you still deliver to the old people's home, right?"] == "Speaker 3"
    assert said["So how did you get them back?"] == "Speaker 1"


def test_the_guest_is_the_one_who_never_asks_though_the_host_speaks_more():
    document = _outline(_page("en-podcast-app-names-paren-time-glued-words.txt"))
    said = {s.heading: s.speaker for s in document.questions}
    assert said.get("How does a seed library actually work?") == "Nadia"
    assert said.get("What should a beginner borrow first?") == "Nadia"
    assert said.get("Do people really bring them back?") == "Owen"


def test_a_guest_who_speaks_most_is_still_the_guest():
    text = "\n\n".join([
        "Ana: Welcome, Ben. Where did you grow up?",
        "Ben: In Leeds, near the river.",
        "Ana: And what did your parents do?",
        "Ben: My mother taught, my father drove a bus.",
        "Ben: He drove the number 12 for thirty years.",
        "Ana: Why music, then?",
        "Ben: A teacher gave me a guitar.",
        "Cleo: Can I add something? Ben played at my wedding.",
        "Ben: I did, badly.",
        "Ana: When did you start writing songs?",
        "Ben: At fifteen.",
    ])
    said = {s.heading: s.speaker for s in _outline(text).questions}
    assert said.get("Why music, then?") == "Ana"
    assert "I did, badly." not in said and "At fifteen." not in said


def test_a_monologue_s_rhetorical_questions_make_no_interview():
    for name in (
        "en-solo-podcast-ai-transcript-times-rhetorical-right.txt",
        "en-lecture-video-subtitles-time-index-milliseconds.txt",
        "fr-chanson-paroles-lrc-horodatees.txt",
        "es-vlog-un-solo-hablante-traduccion-por-linea.txt",
    ):
        document = _outline(_page(name))
        assert not document.questions, name
        assert document.kind is not DocumentKind.INTERVIEW, name


def test_webvtt_pasted_from_a_web_page_is_still_read_as_captions(tmp_path):
    page = _page("en-webvtt-voice-speaker-numbers-interview-pasted.txt")
    pasted = "\u200b" + page.replace("<v Speaker", "<v\u00a0Speaker")  # the page's invisibles
    path = tmp_path / "episode.txt"
    path.write_text(pasted, encoding="utf-8")
    said = {s.heading: s.speaker for s in open_document(path).questions}
    assert said.get("So how did you get them back?") == "Speaker 1"
    assert "0:00:23.040" not in open_document(path).text  # cue timings are not text


def test_a_sentence_about_webvtt_is_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("\u200bWEBVTT\u00a0is a format for captions. Who uses it? Many.\n",
                    encoding="utf-8")
    assert "WEBVTT" in open_document(path).text
