"""Where justified text may break a word: at its syllables, in the document's language."""

from reader.appearance.hyphenation import hyphenation_points


def _marked(text: str, language: str) -> str:
    pieces = list(text)
    for point in reversed(hyphenation_points(text, language)):
        pieces.insert(point, "-")
    return "".join(pieces)


def test_french_words_break_at_their_syllables():
    assert _marked("L'exploitation des mineurs sur Internet", "fr") == \
        "L'ex-ploi-ta-tion des mi-neurs sur In-ter-net"


def test_each_language_has_its_own_rules():
    assert _marked("hyphenation", "en") == "hy-phen-a-tion"
    assert _marked("Kinderschutz", "de") != "Kinderschutz"
    assert _marked("explotación", "es") != "explotación"


def test_short_words_and_numbers_are_never_broken():
    assert hyphenation_points("des mots 1234567890 courts", "fr") == ()


def test_no_language_or_no_dictionary_means_no_guess():
    assert hyphenation_points("exploitation", "") == ()
    assert hyphenation_points("exploitation", "xx") == ()
