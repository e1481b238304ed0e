"""A list's number is heard with its item (issue 17): one sentence, "1, Pourquoi … ?", whatever
the format. *Measured* with espeak-ng (docs/reliability.md, "Numbers at the start of a line"):
the number alone was a sentence of its own, said with a sentence's fall and followed by about
300 ms of silence; a comma keeps it apart from the words with a clause's shorter pause."""

from __future__ import annotations

import pytest

from reader.document import parse_text
from reader.document.segmentation import split_sentences
from reader.speech.planning import Voices, plan

VOICES = Voices("roa/fr")


def _heard(source: str) -> list[tuple[str, str]]:
    """(what the engine is given, the text it highlights) for each utterance."""
    document = parse_text(source, with_language=False)
    return [(u.text, document.text[u.doc_start:u.doc_end]) for u in plan(document, 0, VOICES)]


def test_a_numbered_items_number_is_said_with_its_first_sentence_as_a_clause():
    heard = _heard("Trois questions à la libraire.\n\n1. Pourquoi ce métier ? Par hasard.\n"
                   "2. Et demain ?\n\n- Une puce.\n")
    assert heard == [
        ("Trois questions à la libraire.", "Trois questions à la libraire."),
        ("1, Pourquoi ce métier ?", "1. Pourquoi ce métier ?"),  # highlighted with its number
        ("Par hasard.", "Par hasard."),
        ("2, Et demain ?", "2. Et demain ?"),
        ("Une puce.", "Une puce."),  # a bullet is not said
    ]


@pytest.mark.parametrize("line, sentences", [
    ("1. Pourquoi ce livre ? Parce que.", ["1. Pourquoi ce livre ?", "Parce que."]),
    ("b) Le second point.", ["b) Le second point."]),
    ("iv. Le quatrième.", ["iv. Le quatrième."]),
    ("2.1. Une sous-partie.", ["2.1. Une sous-partie."]),
    # A number that opens a paragraph, as a list number or a date: one sentence with it.
    ("20. Minutes plus tard, il part.", ["20. Minutes plus tard, il part."]),
    ("12. Mai 2024 war ein Sonntag.", ["12. Mai 2024 war ein Sonntag."]),
    # Must not: a sentence that ends with a number stays a sentence.
    ("Ils étaient 12. Puis vint la pluie.", ["Ils étaient 12.", "Puis vint la pluie."]),
])
def test_a_number_is_never_a_sentence_of_its_own(line, sentences):
    assert [line[s:e] for s, e in split_sentences(line, "fr")] == sentences


def test_a_paragraph_opened_by_a_number_keeps_its_period_it_is_no_list_item():
    # "20. Minutes plus tard" alone is a paragraph (docs/reliability.md): its number is read
    # with its sentence, as written.
    assert _heard("Le récit.\n\n20. Minutes plus tard, il part.\n") == [
        ("Le récit.", "Le récit."),
        ("20. Minutes plus tard, il part.", "20. Minutes plus tard, il part.")]


def _onset_of_second_word(espeak, text: str) -> int:
    synthesis = espeak.synthesize(text, "roa/fr", 175)
    said = [text[w.text_start:w.text_end] for w in synthesis.words]
    assert said[:2] == ["1", "Pourquoi"]  # the number is heard, as a word of its own
    return synthesis.words[1].audio_ms


def test_espeak_keeps_the_number_apart_with_a_clauses_pause_not_a_sentences(espeak):
    comma = _onset_of_second_word(espeak, "1, Pourquoi ce livre ?")
    period = _onset_of_second_word(espeak, "1. Pourquoi ce livre ?")
    bare = _onset_of_second_word(espeak, "1 Pourquoi ce livre ?")
    # A period pauses as a sentence does; nothing runs "un pourquoi" together as one phrase.
    assert bare < comma < period
