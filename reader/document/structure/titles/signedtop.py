"""A headline told by the line that signs it, at a page's top: its author's bare name under it,
over the first question ("AUTORES DE COAHUILA" / "Entrevista con Rosa Elena Garza Treviño" /
"Ernesto Salinas" / "1- ¿Cómo escribe?"), or a byline right under it ("Harbourfest Media
Relations" / "August 29 – September 2 Halifax, NS" / "Interview Updates" / "Written By: …").

A reader finds the headline by what signs it: the lines above a signed headline are the page's
(a site's name, a rubric, an event's dates and place), however they read, and a person's name
under a headline is its author, not the headline."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.textcues import word_count
from .titlecues import is_title_candidate

# A person's name alone on its line: two to four words, each a capital then lower-case letters
# (or an initial: "Luboš Y. Kolář"), nothing else ("Ernesto Salinas", "Anna-Lena Berg").
_NAME_WORD = r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)?\.?"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}")


def names_a_person(text: str) -> bool:
    """Whether a line is only a person's name, each word capitalised."""
    text = text.strip()
    return _PERSON.fullmatch(text) is not None and all(
        word[0].isupper() and not word.isupper() for word in text.split() if len(word) > 2
    )


def signed_by_name(blocks: list[Block], lines: list[int], headline: int) -> int:
    """The headline above line ``headline`` when that line is only a person's name (the
    author's) right under a longer title line that is no name itself; ``headline`` otherwise."""
    if headline not in lines[1:]:
        return headline
    upper = lines[lines.index(headline) - 1]
    above = blocks[upper].text
    return (
        upper
        if upper == headline - 1
        and blocks[headline].kind is BlockKind.PARAGRAPH
        and names_a_person(blocks[headline].text)
        and is_title_candidate(blocks[upper])
        and not names_a_person(above)
        and word_count(above) > word_count(blocks[headline].text)
        else headline
    )

