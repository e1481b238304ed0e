"""Questions numbered 1000 and up are questions like the others (issue 17: they were not
recognised), and their numbers stay in the text, seen, heard and found."""

from __future__ import annotations

import pytest

from reader.document.pipeline import parse_text
from reader.document.search import FoldedText


@pytest.mark.parametrize("first", [1, 998, 1000, 12_345])
def test_questions_numbered_past_999_are_asked(first):
    numbers = range(first, first + 4)
    source = "Entretien avec Marie\n\n" + "".join(
        f"{n}. Pourquoi avez-vous choisi ce métier en {n} ?\n\n"
        f"Parce que je voulais aider les autres, tout simplement.\n\n" for n in numbers)
    document = parse_text(source, plain_text=True, with_language=False)
    assert [question.heading for question in document.questions] == [
        f"Pourquoi avez-vous choisi ce métier en {n} ?" for n in numbers]
    for n in numbers:
        assert FoldedText.of(document.text).find_all(f"{n}. Pourquoi")
