"""A journal article's authors above its title, each name on its line with its department or
institution on the next ("Agnieszka Rudnicka" / "Dział Informacji i Promocji WBP w Kielcach"),
as a journal's page or a PDF copied as text gives them under the journal's ISSN line."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import is_quoted_title, is_title_candidate

# Where an author works: a department, an institute, a faculty, a university, a library.
_AFFILIATION = re.compile(
    r"(?i)\b(?:dzia[łl]|wydzia[łl]|instytut|katedra|zak[łl]ad|department|dept\.|institute"
    r"|faculty|university|universit[äéàa]t?|universidad|universidade|fakult[äa]t|lehrstuhl"
    r"|abteilung|d[ée]partement|departamento|dipartimento|facult[ée]|facultad|facolt[àa]"
    r"|biblioteka|library|bibliothek|biblioth[èe]que|biblioteca|bibliotheek|institut"
    r"|istituto|instituto|stowarzyszenie|oddzia[łl]|archiwum|muzeum|museum)\w*"
)
_AFFILIATION_WORDS = 12
# A person's name alone on its line: two to four words with capitals, maybe a particle
# ("Agnieszka Rudnicka", "Ana de la Torre"); not "• Nenhum resultado encontrado".
_PERSON = re.compile(
    r"[^\W\d_][\w'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|le|van|von|der|di|du|y)\s+)*"
    r"[^\W\d_][\w'’.-]*){1,3}"
)


def _person(text: str) -> bool:
    text = text.strip()
    return _PERSON.fullmatch(text) is not None and all(
        w[0].isupper() for w in text.split() if len(w) > 3
    )
_TOP_CHROME = 2  # the journal's issue and ISSN lines above the authors


def is_affiliation(text: str) -> bool:
    """Whether a short line names where an author works ("Dział Udostępniania WBP w Opolu",
    "Department of History, University of Leeds"): no sentence, an institution's word."""
    text = text.strip()
    return (
        0 < word_count(text) <= _AFFILIATION_WORDS
        and text[-1:] not in ".?!:"
        and _AFFILIATION.search(text) is not None
    )


def after_author_lines(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the title is when authors stand above it, each name over its affiliation (under
    the journal's chrome, maybe): the line after the last pair, the chrome SHARE and the
    authors' lines BYLINE. ``i`` when no name over an affiliation opens the page, or no title
    candidate follows them: a name over its affiliation under a headline is its byline."""
    k = i
    while k < min(n, i + _TOP_CHROME) and is_chrome(blocks[k]):
        k += 1
    start = k
    while (
        k + 1 < n
        and all(b.kind is BlockKind.PARAGRAPH for b in blocks[k : k + 2])
        and _person(blocks[k].text)
        and is_affiliation(blocks[k + 1].text)
    ):
        k += 2
    if k == start or k >= n or not (
        is_title_candidate(blocks[k]) or is_quoted_title(blocks[k].text)
    ):
        return i
    for j in range(i, k):
        roles[j] = Role.SHARE if j < start else Role.BYLINE
    return k


# Several people named on one line, by commas and a last "and" in the languages of the corpus:
# "Pau Serra, Júlia Vidal, Oriol Mas i Aleix Roca", "Ana Lima, Rui Sá e Joana Reis".
_NAME_SEPARATOR = re.compile(
    r"\s*[,;]\s*|\s+(?:and|y|i|et|und|e|en|och|og|ve|és|ir|ja|oraz|a|и|та|&)\s+"
)
_LISTED_NAMES = 3


def names_people_below(blocks: list[Block], k: int, n: int) -> bool:
    """Whether the line under block ``k`` names three people or more and nothing else, and no
    question follows it: a "?" headline's authors or guests ("De primària a l'ESO: què canvia?"
    / "Pau Serra, Júlia Vidal, Oriol Mas i Aleix Roca" / its standfirst), where a first
    question is followed by its answer and then the next question."""
    if k + 2 >= n or blocks[k + 1].kind is not BlockKind.PARAGRAPH:
        return False
    text = blocks[k + 1].text.strip().rstrip(".")
    if "?" in text or "\n" in text:
        return False
    names = [name for name in _NAME_SEPARATOR.split(text) if name]
    return (
        len(names) >= _LISTED_NAMES
        and all(_PERSON.fullmatch(name) and _capitalised(name) for name in names)
        and not blocks[k + 2].text.rstrip().endswith("?")
    )


def _capitalised(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0][0].isupper() and words[-1][0].isupper()
