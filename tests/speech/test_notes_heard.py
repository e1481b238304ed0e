"""A note is heard as a note (docs/files-and-audio-in-the-window.md, "Notes and page
numbers"): "Note 1: Bought in 1952.", its number said once, in the narrator's voice and not
the guest's, with the option off not at all; the words are the interface language's."""

from __future__ import annotations

import pytest

from reader.document.formats.blocks import Extracted
from reader.document.model import Block, BlockKind
from reader.document.pipeline import parse_extracted
from reader.speech.options import ReadingOptions
from reader.speech.planning import Voices, plan
from tests.document.formats.test_notes_numbered import _word
from tests.document.formats.test_real_formats_round10 import _OFF, _document
from tests.speech.test_session import make  # noqa: F401  (the session with a scripted engine)

VOICES = Voices("en", interviewer="en+m3", interviewee="en+f3")


def _heard(document) -> list[tuple[str, str, str]]:
    """(what the engine is given, the text highlighted, the voice) for each utterance."""
    return [(u.text, document.text[u.doc_start:u.doc_end], u.voice_id)
            for u in plan(document, 0, VOICES)]


def _interview():
    rows = [("p", "The press"), ("p", "A visit to the last printer of the valley, in May."),
            ("p", "When did the press come here?"), ("n", "1 From Leipzig?"),
            ("p", "In 1952. My father bought it."), ("n", "2 He paid in cheese."),
            ("n", "Some say in butter."), ("p", "Who sets the type?"),
            ("p", "My sister, every morning."), ("p", "What does it print now?"),
            ("p", "Wedding cards, mostly."), ("n", "An unnumbered note.")]
    kinds = {"p": BlockKind.PARAGRAPH, "n": BlockKind.NOTE}
    blocks = [Block(kinds[kind], text, 0, (i, i + 1),
                    ordinal=text.split()[0] if kind == "n" and text[0].isdigit() else "")
              for i, (kind, text) in enumerate(rows)]
    return parse_extracted(Extracted(blocks), with_language=False)


def test_a_word_note_is_said_as_a_note_with_its_number_once(tmp_path):
    heard = _heard(_document(_word(tmp_path)))
    assert heard == [
        ("The press came from Leipzig.", "The press came from Leipzig.", "en"),
        ("Note 1: Bought in 1952.", "1 Bought in 1952.", "en"),  # highlighted with its mark
        ("It still prints on Fridays.", "It still prints on Fridays.", "en"),
        ("Note 2: Since the war.", "2 Since the war.", "en"),
        ("Who sets the type?", "Who sets the type?", "en"),
        ("Note i: The Heidelberg model.", "i The Heidelberg model.", "en"),
        ("Note ii: Thanks to the printers' guild.", "ii Thanks to the printers' guild.", "en")]
    assert not any("Note" in text for text, _, _ in _heard(_document(_word(tmp_path), _OFF)))


def test_the_words_for_the_mark_are_highlighted_on_the_mark(tmp_path):
    document = _document(_word(tmp_path))
    note = next(u for u in plan(document, 0, VOICES) if u.text.startswith("Note 1"))
    assert document.text[slice(*note.document_range(0, len("Note 1")))] == "1"
    said = note.text.index("Bought")
    assert document.text[slice(*note.document_range(said, said + 6))] == "Bought"


def test_in_an_interview_a_note_is_the_narrators_not_the_guests():
    document = _interview()
    assert len(document.questions) == 3
    heard = _heard(document)
    assert ("Note 1: From Leipzig?", "1 From Leipzig?", "en") in heard
    assert ("In 1952.", "In 1952.", "en+f3") in heard  # the guest's answer, the guest's voice
    assert ("Note 2: He paid in cheese.", "2 He paid in cheese.", "en") in heard
    # a note's later paragraph goes on with that note; a note with no number is a note too
    assert ("Some say in butter.", "Some say in butter.", "en") in heard
    assert heard[-1] == ("Note: An unnumbered note.", "An unnumbered note.", "en")


@pytest.fixture
def german_messages(qapp):
    from reader.messages.languages import install_translators, remove_translators

    installed = install_translators(qapp, "de")
    yield
    remove_translators(qapp, installed)


def test_a_note_is_announced_in_the_interface_language(german_messages, tmp_path):
    heard = [text for text, _, _ in _heard(_document(_word(tmp_path)))]
    assert "Anmerkung 1: Bought in 1952." in heard


def test_the_session_reads_a_note_as_a_note_from_a_caret_inside_the_answer(make):  # noqa: F811
    document = _interview()
    r = make(document, options=ReadingOptions(announce_questions=False))
    r.session.start(document, document.text.index("My father"))
    r.play_to_end()
    assert r.heard[:3] == ["My father bought it.", "Note 2: He paid in cheese.",
                           "Some say in butter."]
    # started inside a note's first sentence, the sentence is read whole, as a note's
    before = len(r.heard)
    r.session.start(document, document.text.index("paid"))
    r.play_to_end()
    assert r.heard[before:before + 2] == ["Note 2: He paid in cheese.", "Some say in butter."]
