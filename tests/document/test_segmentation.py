"""Sentences and words with exact offsets: French traps, block boundaries, laziness."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document import parse_text
from reader.document.model import LINE_BREAK
from reader.document.segmentation import (
    block_sentences,
    iter_sentences,
    sentence_at,
    split_sentences,
    words,
)


def sentences(text: str, language: str = "fr") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Titles: sentencex alone cuts after them at the start of a sentence.
        ("Il est là. M. Dupont est arrivé. Oui.",
         ["Il est là.", "M. Dupont est arrivé.", "Oui."]),
        ("Mme. Durand et le Dr. Ho sont venus. Bien.",
         ["Mme. Durand et le Dr. Ho sont venus.", "Bien."]),
        ("Mme Durand et le Dr Martin. Bien.", ["Mme Durand et le Dr Martin.", "Bien."]),
        ("Le fondateur J.-C. Decaux est là. Oui.", ["Le fondateur J.-C. Decaux est là.", "Oui."]),
        ("Des chiens, des chats, etc. et des oiseaux. Fin.",
         ["Des chiens, des chats, etc. et des oiseaux.", "Fin."]),
        ("Publié le 18/06/19 à 07h35. Mis à jour.",
         ["Publié le 18/06/19 à 07h35.", "Mis à jour."]),
        ("Il a 3,5 millions. Voir p. 12 pour plus. Oui.",
         ["Il a 3,5 millions.", "Voir p. 12 pour plus.", "Oui."]),
        # Guillemets: a quoted sentence stays inside the sentence that quotes it.
        ("Il a dit : « Je ne sais pas. Vraiment pas. » Puis il est parti.",
         ["Il a dit : « Je ne sais pas. Vraiment pas. »", "Puis il est parti."]),
        ("Puis il est parti... Et alors ?", ["Puis il est parti...", "Et alors ?"]),
        ("Quoi ?! Non. Et toi ?", ["Quoi ?!", "Non.", "Et toi ?"]),
        # "?" then a lowercase letter does not end the sentence.
        ("Pourquoi ? parce que. Fin.", ["Pourquoi ? parce que.", "Fin."]),
        ("Ah… bon. Fini !", ["Ah… bon.", "Fini !"]),
        ("Pourquoi\u00a0? Parce que.", ["Pourquoi\u00a0?", "Parce que."]),
    ],
)
def test_french_sentences(text, expected):
    assert sentences(text) == expected


def test_english_titles():
    text = "Mr. Smith met Dr. Jones and Mrs. Brown. They talked."
    assert sentences(text, "en") == ["Mr. Smith met Dr. Jones and Mrs. Brown.", "They talked."]


def test_unknown_or_missing_language_still_segments():
    assert sentences("Hello there. Fine.", "") == ["Hello there.", "Fine."]
    assert sentences("Hallo. Gut.", "xx") == ["Hallo.", "Gut."]


def test_a_line_break_inside_a_block_ends_a_sentence():
    text = f"Première ligne{LINE_BREAK}Deuxième ligne. Suite."
    assert sentences(text) == ["Première ligne", "Deuxième ligne.", "Suite."]


def test_blank_text_has_no_sentence():
    assert split_sentences("", "fr") == []
    assert split_sentences("   ", "fr") == []


@given(st.text(alphabet=st.sampled_from(list("ab é.?!…«» \u00a0M-'\u2028")), max_size=60))
def test_sentences_are_trimmed_ordered_and_lose_no_text(text):
    spans = split_sentences(text, "fr")
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end
        piece = text[start:end]
        assert piece == piece.strip() and LINE_BREAK not in piece
        covered.update(range(start, end))
        previous_end = end
    # Every visible character belongs to a sentence.
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


DOC = parse_text(
    "# Titre\n\nPremier paragraphe sans point final\n\n"
    "Second paragraphe. Avec M. Dupont. Fin\n\nDernier.",
    plain_text=False,
)


def test_a_sentence_never_crosses_a_block():
    found = list(iter_sentences(DOC))
    texts = [DOC.text[s.start : s.end] for s in found]
    assert texts == [
        "Titre", "Premier paragraphe sans point final", "Second paragraphe.",
        "Avec M. Dupont.", "Fin", "Dernier.",
    ]
    for sentence in found:
        block = DOC.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end


def test_block_sentences_are_in_document_coordinates():
    index = next(i for i, b in enumerate(DOC.blocks) if b.text.startswith("Second"))
    got = block_sentences(DOC, index)
    assert [DOC.text[s.start : s.end] for s in got] == ["Second paragraphe.", "Avec M. Dupont.",
                                                          "Fin"]
    assert {s.block for s in got} == {index}


def test_iter_sentences_from_an_offset_to_an_end():
    start = DOC.text.index("Dupont")
    end = DOC.text.index("Dernier")
    texts = [DOC.text[s.start : s.end] for s in iter_sentences(DOC, start, end)]
    assert texts == ["Avec M. Dupont.", "Fin"]


def test_sentence_at_an_offset_or_the_next_one():
    inside = DOC.text.index("Dupont")
    assert DOC.text[slice(*_span(sentence_at(DOC, inside)))] == "Avec M. Dupont."
    between = DOC.text.index("Avec") - 1  # the space after "Second paragraphe."
    assert DOC.text[slice(*_span(sentence_at(DOC, between)))] == "Avec M. Dupont."
    assert sentence_at(DOC, len(DOC.text)) is None


def _span(sentence):
    return sentence.start, sentence.end


def test_iter_sentences_segments_only_the_blocks_it_reaches(monkeypatch):
    import reader.document.segmentation as segmentation

    big = parse_text("\n\n".join(f"Paragraphe {i}. Encore." for i in range(2000)))
    seen = []
    real = segmentation.split_sentences
    monkeypatch.setattr(segmentation, "split_sentences",
                        lambda text, language="": seen.append(text) or real(text, language))
    sentences_from_middle = iter_sentences(big, big.blocks[1000].start)
    first = next(sentences_from_middle)
    assert big.text[first.start : first.end] == "Paragraphe 1000."
    assert len(seen) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("l'étude", ["l'étude"]),
        ("Est-ce que", ["Est-ce", "que"]),
        ("aujourd’hui, 2024 !", ["aujourd’hui", "2024"]),
        ("le 18/06/19 à 07h35", ["le", "18/06/19", "à", "07h35"]),
        ("3,5 % de 10:30.", ["3,5", "de", "10:30"]),
        ("« Non », dit-il.", ["Non", "dit-il"]),
        ("fin. Début", ["fin", "Début"]),
    ],
)
def test_words(text, expected):
    assert [text[s:e] for s, e in words(text)] == expected
