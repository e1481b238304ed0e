"""A page's label picked as its title over the headline under it: a section ("OPINIÓN",
"Cultura", "Schulnachrichten"), a place ("Gijón"), a site's or a club's name ("Elche CF").

The label carries no mark of its own that a word list could give in every language; the
evidence is the page's shape under it: a longer line shaped as a headline, then what a page
sets under its headline — a standfirst (a long paragraph that ends a sentence) or a byline or
a date. A title of one or two words over such a line names the page's shelf, not the text."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, word_count
from .chrome import is_chrome
from .leadlines import is_lead
from .titlecues import is_title_candidate, marker_role

_LABEL_WORDS = 2
_HEADLINE_WORDS = 4  # the headline under a label is at least this long …
_LONGER = 2  # … and at least twice the label's length
_STANDFIRST_WORDS = 12
_SENTENCE_WORDS = 6
_DATE_WORDS = 4
_UNDER = 2
_SITE_WORDS = 3
_MORE_LABELS = 2  # the standfirst, byline or date stands in the headline's next two blocks
_LABEL_END = re.compile(r"[.?!:;,…。？！]$")
_SENTENCE_END = re.compile(r"[.!…。！]['\"”»)]*$")


def _label(block: Block, words: int = 2) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= words
        and _LABEL_END.search(text) is None
        and ":" not in text  # "Schlagwort: Interview": an archive's page, titled by its tag
        and marker_role(block) is None
    )


def _headline_shaped(block: Block, label: str) -> bool:
    """A line shaped as the text's headline under a label: opened as a headline is (not "…
    mit Marcel Proust" going on from the label), no credit ("Photo © …"), no page line, no
    two sentences ("Olá! Mais um texto …"), no person's card ("Siri Hauge, barne- og
    spelbibliotekar, …": who answers, under the trade's label), and not the label said at
    length ("FAQ" / "Customer FAQ • Answers …": the page's title, then its tagline)."""
    text = block.text.strip()
    said = {w for w in label.casefold().split() if len(w) > 2}
    card = text.split(",", 1)[0].split()
    return (
        block.kind is BlockKind.PARAGRAPH
        and is_title_candidate(block)
        and marker_role(block) is None
        and not is_lead(block)  # "ENTREVISTA La arquitecta …": a standfirst by its rubric
        and not is_chrome(block)
        and _OPENS.match(text) is not None
        and "©" not in text
        and _TWO_SENTENCES.search(text) is None
        and not ("," in text and 2 <= len(card) <= 3 and all(w[:1].isupper() for w in card))
        and not said & set(_WORDS.findall(text.casefold()))
    )


_OPENS = re.compile(r"[\"'“„«¿¡(\[]*[^\W\d_]", re.UNICODE)
_TWO_SENTENCES = re.compile(r"\w[.!] +\S")
_WORDS = re.compile(r"\w+")


def _standfirst(block: Block) -> bool:
    """A paragraph that states: at length (a subheadline often leaves its period out), or in
    a sentence of six words or more; a standfirst or the text."""
    text = block.text.strip()
    words = word_count(text)
    return (
        block.kind is BlockKind.PARAGRAPH
        and ending(text) is not Ending.QUESTION
        and (
            words > _STANDFIRST_WORDS
            or (words >= _SENTENCE_WORDS and _SENTENCE_END.search(text) is not None)
        )
    )


def _dated(block: Block) -> bool:
    """A short line mostly of digits: a date and time in the site's own way ("25·11·23 |
    04:00")."""
    text = "".join(block.text.split())
    digits = sum(ch.isdigit() for ch in text)
    return word_count(block.text) <= _DATE_WORDS and digits * 2 >= len(text) > 0


def headline_under_label(blocks: list[Block], title: int, n: int) -> int:
    """The block under the title ``title`` that is the page's headline when the title is a
    label of a word or two: a paragraph shaped as a headline, twice the label's length and
    four words at least, with a standfirst, a byline or a date in the two blocks under it
    ("Gijón" / "“Hay que relajar …”" / "Andrés Llaneza, candidato …, defiende …." / its
    date). -1 otherwise: the label is the title ("Entrevistas" over a list of teasers)."""
    if title < 0 or title + 1 >= n or not _label(blocks[title], _SITE_WORDS):
        return -1
    head = title + 1
    while head + 1 < n and head - title <= _MORE_LABELS and _label(blocks[head]):
        head += 1  # more labels: "Madrid" / "Cuestionario Proust" / the headline
    labels = {" ".join(b.text.split()).casefold() for b in blocks[title:head]}
    if any(_says_label(b, labels) for b in blocks[head + 1 : n]):
        return -1  # "Interview" / "Achtergrond" / teaser / "Lees meer" / "Achtergrond": a list
    block = blocks[head]
    label = " ".join(b.text for b in blocks[title:head])
    if (
        not _headline_shaped(block, label)
        or word_count(block.text) < max(_HEADLINE_WORDS, _LONGER * word_count(blocks[title].text))
        or ending(block.text) is Ending.QUESTION
    ):
        return -1
    under = blocks[head + 1 : min(n, head + 1 + _UNDER)]
    # right under it, or under a line of a word or two ("Sommerfest 2018"): another
    # headline between ("Zum Thema „…“" / "Teurer parken, leerer Markt") makes a list
    if under and (
        _under_headline(under[0])
        or (len(under) > 1 and word_count(under[0].text) <= _LABEL_WORDS
            and _under_headline(under[1]))
    ):
        return head
    return -1


def _says_label(block: Block, labels: set[str]) -> bool:
    """Whether a block below says a label again, alone or at either end of its lines run
    together ("Lees meer Achtergrond": a teaser's link, then the next teaser's rubric)."""
    text = " ".join(block.text.split()).casefold()
    return any(
        text == label or text.startswith(label + " ") or text.endswith(" " + label)
        for label in labels
    )


def _under_headline(block: Block) -> bool:
    return (
        marker_role(block) in (Role.BYLINE, Role.DATELINE) or _standfirst(block)
        or _dated(block)
    )
