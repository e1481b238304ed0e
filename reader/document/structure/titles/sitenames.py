"""Whether a short line at the top of a page is a site's, a paper's or a section's name, or a
headline: the names read as names ("The Eastside Echo", "Jornal da Escola Básica de
Alvalade"), a headline as a phrase."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.textcues import Ending, ending, word_count
from .titlecues import is_title_candidate

SITE_NAME_WORDS = 5  # a line this short above the headline is a site's or a section's name


def reads_as_name(text: str) -> bool:
    """A site's, a paper's or a section's name: a short line mostly of names ("The Eastside
    Echo", "Cultura"), not a headline's phrase or one opened by an indefinite article."""
    words = text.split()
    return (
        word_count(text) <= SITE_NAME_WORDS
        and not in_sentence_case(text)
        and not INDEFINITE.match(text)
        # four words or more, all in lower case after the first: a headline's phrase ("Nearly
        # a perfect night"), where a paper's name says what publishes ("Le petit journal de
        # l'école")
        and not (len(words) > _SENTENCE_WORDS and all(w[:1].islower() for w in words[1:]))
    )


# A headline may open with an indefinite article ("Ein Besuch im Rathaus", "Une rentrée pas
# comme les autres"); a site's, a paper's or a section's name does not ("The Eastside Echo",
# "Le Quotidien du Centre", "Cultura"). ("A" and "En" are also a Portuguese article and a
# preposition: "A Voz da Escola", "En bref".)
INDEFINITE = re.compile(r"(?i)(?:an|ein|eine[mnrs]?|un|une|uno|una|um|uma|een|ett)\s")
_SENTENCE_WORDS = 3
_COMMON_WORD = re.compile(r"(?<!\S)[a-zà-öø-ÿ]{3,}(?!\S)")


def in_sentence_case(text: str) -> bool:
    """Whether a short line reads as a headline, not a site's name: three common words in
    lower case or more ("Welcoming a new team member"); a site's or a section's name is
    mostly names ("The Eastside Echo", "Edizioni del Faro", "Le petit journal de l'école")."""
    return len(_COMMON_WORD.findall(text)) >= _SENTENCE_WORDS


def question_under_name(blocks: list[Block], title: int) -> bool:
    """Whether the title block is a site's or a section's name with a headline that asks
    right under it ("Science" / "Why do cats purr?")."""
    if not 0 <= title < len(blocks) - 1:
        return False
    name, below = blocks[title], blocks[title + 1]
    return (
        name.kind is BlockKind.PARAGRAPH
        and reads_as_name(name.text)
        and ending(name.text) is Ending.NONE
        and below.kind is BlockKind.PARAGRAPH
        and is_title_candidate(below)
        and ending(below.text) is Ending.QUESTION
        # one sentence opened by a capital: "quelle interviste in cui … Come lo chiamiamo?"
        # under a blog's title is its text
        and _ONE_QUESTION.fullmatch(below.text.strip()) is not None
    )


_ONE_QUESTION = re.compile(r"[¿¡«“\"„]?[^\W\d_a-zà-öø-ÿ][^.!?]*[?»”\"]+")


# A paper's or a school's name, which runs longer than a site's ("Jornal da Escola Básica de
# Alvalade", "Schülerzeitung des Gymnasiums am Markt"): it names what publishes.
_PAPER_WORD = re.compile(
    r"(?i)\b(?:jornal|journal|zeitung|schülerzeitung|gazette|gazzett\w*|giornal\w*|gazetka"
    r"|krant|schoolkrant|tidning|skoltidning|avis|periódico|peri[óo]dico|diario|revista|rivista"
    r"|magazine?|newsletter|bulletin|boletín|boletim|escola|escuela|école|schule|scuola|szkoł\w*"
    r"|school|lycée|liceo|liceu|gymnasium|gimnazjum|colegio|col·legi|collège|colégio|istituto"
    r"|instituto|institut)\b"
    # a German compound that names one: "Das Kulturmagazin für NRW", "Stadtteilzeitung"
    r"|(?i:\w+(?:magazin|zeitung|zeitschrift))\b"
)
_PAPER_NAME_WORDS = 8


def names_paper(text: str) -> bool:
    """A paper's or a school's name above the headline: at most eight words, mostly names (no
    three common words in lower case), one of which says what publishes."""
    return (
        word_count(text) <= _PAPER_NAME_WORDS
        and not in_sentence_case(text)
        and not INDEFINITE.match(text)  # "Ein Besuch in der Schule am Markt": a headline
        and text.rstrip()[-1:] not in ".?!:"
        and _PAPER_WORD.search(text) is not None
    )


_TAGLINE_COMMAS = 3


def is_tagline(text: str) -> bool:
    """A site's tagline, a list of what it covers ("Notes on Places, Trains, Books, Poetry,
    Old Maps, Radio and the Arts"): three commas or more between names, where a headline is a
    phrase."""
    return text.count(",") >= _TAGLINE_COMMAS and not in_sentence_case(text)


def says_news_site(text: str) -> bool:
    """A short line where a news site says what it is ("Şehrin en hızlı haber sitesi", "Das
    Nachrichtenportal für Köln", "Le site d'information de la ville"); a headline may say it
    too ("How our town built its own news site"): the caller looks at what stands below."""
    return (
        word_count(text) <= _TAGLINE_WORDS
        and text.rstrip()[-1:] not in ".?!:"
        and _NEWS_SITE.search(text) is not None
    )


_TAGLINE_WORDS = 8
# What a news site calls itself, in the languages of the corpus.
_NEWS_SITE = re.compile(
    r"(?i)\b(?:news\s?(?:site|website|portal)|haber\s+sitesi|haber\s+portalı"
    r"|nachrichten(?:portal|seite|site)|site\s+d'informations?|sitio\s+de\s+noticias"
    r"|portal\s+de\s+not[íi]cias|sito\s+di\s+(?:notizie|informazione)|nieuwssite"
    r"|nyhets(?:sajt|sida|side)|portal\s+informacyjny|zpravodajsk\w+\s+(?:server|web)"
    r"|новостн\w+\s+(?:сайт|портал)|hírportál|site\s+de\s+not[íi]cias)\b"
)


# What a site calls itself in the line under its name ("Un blog sur le sport amateur", "A
# podcast about small boats", "Das Magazin für Rheinhessen", "Il blog di una bibliotecaria"):
# the kind of publication among its first three words.
_SITE_KIND = re.compile(
    r"(?i)^(?:\S+\s+){0,2}(?:blog|weblog|vlog|podcast|webzine|e?-?zine|newsletter|magazine?"
    r"|revue|journal|gazette|zeitung|zeitschrift|revista|rivista|giornale|jornal|krant|tidning"
    r"|tidsskrift|lap|hírlap|hírportál|portál|portal|časopis|zpravodaj|czasopismo|gazetka"
    r"|pismo|site|sitio|sito|website|webzine)\b"
)
_DESCRIPTION_WORDS = 10


def describes_site(text: str) -> bool:
    """Whether a short line says what the site is, as its description under its name does
    ("Un blog sur le sport amateur"): ten words at most, no sentence's end, the kind of
    publication among its first three words."""
    text = text.strip()
    return (
        0 < word_count(text) <= _DESCRIPTION_WORDS
        and text[-1:] not in ".?!:"
        and _SITE_KIND.match(text) is not None
    )


_NAME_AND_TAGLINE = re.compile(r"\s+(?:[–—|]|-)\s+")


def names_site_with_tagline(text: str) -> bool:
    """Whether a line is a site's name and what it is, joined by a dash or a bar
    ("Hírmondó – városi közéleti lap", "Ridge Signal | a newsletter for the valley"): two
    parts, the first a name, the second a description of the site."""
    parts = _NAME_AND_TAGLINE.split(text.strip())
    return (
        len(parts) == 2
        and word_count(parts[0]) <= SITE_NAME_WORDS
        and not in_sentence_case(parts[0])
        and describes_site(parts[1])
    )
