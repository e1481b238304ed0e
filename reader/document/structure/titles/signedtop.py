"""A headline told by the line that signs it, at a page's top: its author's bare name under it,
over the first question ("AUTORES DE COAHUILA" / "Entrevista con Rosa Elena Garza Treviño" /
"Ernesto Salinas" / "1- ¿Cómo escribe?"); and a headline opened by a label that no turn
takes up again ("Architekt: dziecko modernizmu w potrzasku" over "Bartosz Pawlak, Piotr
Kozłowski: Jaki …?").

A reader finds the headline by what signs it: a person's name under a headline is its
author, not the headline; a label said once over the first question heads the page."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, split_prefix, word_count
from .aboveheadline import opens_turns
from .titlecues import is_title_candidate, marker_role

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


_ROLE_WORDS = 4


def signs_over_date(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k`` is the author's name and role right over the date, under the
    headline ("Osei talks about learning the news beat" / "Priya Raman, Staff Writer" /
    "October 3, 2024"): a person's name, a comma, a role of four words at most with no
    sentence's end. A school paper signs so with no "By"; a headline is no name before a
    comma ("Jazz in Lagos, tonight" has lower-case words in its first part)."""
    if not 0 < k < n - 1 or blocks[k].kind is not BlockKind.PARAGRAPH:
        return False
    name, comma, role = blocks[k].text.strip().partition(",")
    return (
        comma == ","
        and names_a_person(name)
        and 0 < word_count(role) <= _ROLE_WORDS
        and role.strip()[-1:] not in ".?!:"
        and "," not in role
        and marker_role(blocks[k + 1]) is Role.DATELINE
        and is_title_candidate(blocks[k - 1])
    )


_INITIAL_AT_END = re.compile(r"\s[^\W\d_]\.$")


def labelled_headline(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k``, opened by a label and a colon, is a headline, not a speaker's turn
    nor a card's field ("Architekt: dziecko modernizmu w potrzasku" over the first question):
    a phrase after the label, with no comma (a field names a person and says who: "Befragte
    Person: B2, Lehrerin …") and no sentence's end (an initial's period is none: "Meet the
    Staff: Logan W."), and no later turn opened by the label."""
    _, _, start = split_prefix(blocks[k].text)
    phrase = blocks[k].text[start:]
    return (
        ending(phrase) is Ending.NONE
        and "," not in phrase
        and (not phrase.rstrip().endswith(".") or _INITIAL_AT_END.search(phrase) is not None)
        and not opens_turns(blocks, k, n)
    )
