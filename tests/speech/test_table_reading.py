"""A table is read row by row, each value after its column's header, and the words the
engine says light up the cell they come from."""

from reader.document import parse_text
from reader.speech.planning import Voices, plan

TABLE = "Avant.\n\n| Nom | Âge |\n|---|---|\n| Ann | 30 |\n| Bob |  |\n\nAprès."


def _utterances():
    document = parse_text(TABLE, with_language=False)
    return document, list(plan(document, 0, Voices(narrator="n")))


def test_a_row_is_read_as_header_colon_value_pairs():
    _, utterances = _utterances()
    assert [u.text for u in utterances] == [
        "Avant.", "Nom, Âge", "Nom: Ann, Âge: 30", "Nom: Bob", "Après.",
    ]


def test_the_highlight_falls_on_the_cell_being_read():
    document, utterances = _utterances()
    row = utterances[2]
    said = row.text.index("30")
    start, end = row.document_range(said, said + 2)
    assert document.text[start:end] == "30"
    header_word = row.text.index("Âge")
    start, end = row.document_range(header_word, header_word + 3)
    assert document.text[start:end] == "30"  # the header stands for the cell it introduces
