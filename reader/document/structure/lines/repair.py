"""Repair of extraction damage: paragraphs broken in the middle of a sentence.

Text copied out of web pages and PDFs often has a blank line where a sentence merely wrapped
("… il explique à 20 Minutes l'enjeu de ce" / "séminaire, qui réunira …"). Read aloud, that
sentence stops halfway and restarts as if new; in the outline it makes two paragraphs. The test
is deliberately narrow, because a false join glues a title onto its text: both blocks are plain
paragraphs (not headings, list items, quotes or code), the first stops on a letter or a comma
(not on punctuation, a closing quote or bracket, a digit, or a written-out address), and the
second starts with a lowercase letter, which a paragraph after a title seldom does, and is
more than a word alone with no sentence's end (a headline's credit, "redakcja", unless it repeats
the word before it); nor is a picture's credit ("il. …", "fot. …") joined to what is above it,
nor anything to a blog's label banner or a line of the site's commands ("subscribe share").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import LINE_BREAK, Block, BlockKind, Inline, Role, place_blocks
from ..titles.chrome import is_file_name
from ..titles.matterlines import is_dateline
from ..titles.navtop import is_navigation
from ..titles.pagewidgets import is_label_banner, is_site_commands
from .hardwrap import text_width
from .marginnumbers import MARGIN_LEFT_OUT, in_margin

# The last word of a paragraph that ends on an address is a link written out, which does not
# continue into the next paragraph ("Source : www.example.org" / "lien suivant …").
_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://|www\.|@", re.IGNORECASE)
# A copied date field under a headline, which no sentence goes on with ("date 2025-02 A veces…").
_DATE_FIELD = re.compile(r"date\s+\d{4}-\d{2}")
# A short line that dates what is above it, a school year or a season under a headline ("a.s.
# 2024-25", "saison 2023/24"): a few words with a year and no sentence's end.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATING_WORDS = 3
# A speaker's handle in lower case before a colon ("tomo: ゆきさんは …"), a turn of its own.
_HANDLE = re.compile(r"[a-z][\w.\-]{1,20}[:：][ \t]")
# A picture's name run into the text it stood beside ("studioI was a guest of …", "fotoLa
# casa …"): a word in lower case, then a capital that starts the text; not "iPhone", "eBay".
_GLUED_PICTURE_NAME = re.compile(r"[a-z]{3,}[A-Z](?:[a-z']|\s)")
# A picture's file name run into the text, a slug of words joined by hyphens ("ogretmenle-
# soylesi24 Kasım …", "school-visit-2Our pupils …"): its last word touches a digit or a capital.
_GLUED_SLUG = re.compile(r"[a-z]+(?:-[a-z]+)+[0-9A-Z]")
# A line of a word or two on its own line right above a sentence, with no blank line between
# (a blog's title in lower case, "metodo" / "quelle interviste in cui …"), was set apart on
# purpose: a sentence breaks where a line is full.
_SET_APART_WORDS = 2
# A word no sentence or headline ends on, an article or a preposition that always has its noun
# after it ("Interview zum Besuch in der Redaktion der" / "Rheinischen Rundschau"): the next
# paragraph goes on with it even when it starts with a capital, as a German noun does. Not
# "dem", "den", "du": Swedish and Danish end sentences on them ("så besvarar du dem").
# A picture's credit under a headline, opened by its abbreviation ("il. Maren Holt, CC BY-NC
# 2.0", "fot. Jan Nowak"): the headline does not go on into it.
_CREDIT = re.compile(r"(?:il|ilustr|fot|rys|ill|foto)\.\s")
_DANGLING = re.compile(
    r"(?<![^\s(„“\"'])(?:der|des|zum|zur|the|of|del|della|delle|degli|dello|dei)$"
)
# Enough of a paragraph's end for the pattern (its longest word, the character before it, a
# last "\n"): searched in the whole paragraph, it tried every position of it.
_DANGLING_TAIL = 8


def join_broken_paragraphs(blocks: list[Block]) -> tuple[list[Block], int]:
    """Join each paragraph broken mid-sentence with the paragraph(s) that continue it.

    Returns the blocks, placed again in document coordinates, and the number of joins. Joined
    text is separated by one space, so no offset moves: the "\\n" between the two blocks
    becomes the space. A paragraph of nothing but spaces a page left between its paragraphs (a
    line of "&nbsp;", which Markdown does not count as blank) is dropped: it is the blank line
    it stands for, not a turn of an interview nor a line to read.
    """
    kept = [b for b in blocks if b.kind is not BlockKind.PARAGRAPH or b.text.strip()]
    if len(kept) < len(blocks):
        joined, joins = join_broken_paragraphs(kept)
        return (joined if joins else place_blocks(kept)), joins
    result: list[Block] = []
    # A paragraph and its continuations, joined once at the end of the run: rebuilding the text
    # at each join would be quadratic when an extraction left a blank line after every line.
    run: list[Block] = []
    joins = 0
    for block in blocks:
        if (run and is_broken_pair(run[-1], block)
                and not (len(run) == 1 and _head_over_line(run[0], block))
                and not _dated_under_site_lines(result[-1:] + run, block)
                and not (not result and len(run) == 1 and _wrapped_under_head(run[0], block))):
            run.append(block)
            joins += 1
        else:
            if run:
                result.append(_join(run))
            run = [block]
    if run:
        result.append(_join(run))
    if not joins:
        return blocks, 0
    return place_blocks(result), joins


_UNSEEN = "\u00ad\u200b\u2060\ufeff"  # characters a page pastes that no reader sees
_UNSEEN_GONE = str.maketrans(dict.fromkeys(_UNSEEN))


def _seen(text: str) -> str:
    """``text`` without the characters no reader sees. Asked of nearly every paragraph: looked
    for first with ``in`` (a fast scan each), as translating every paragraph cost a 5 MB
    interview's parse 1.3 s."""
    if in_margin():  # a transcript's line numbers in the margin (``marginnumbers``)
        text = MARGIN_LEFT_OUT.sub("", text)
    return text.translate(_UNSEEN_GONE) if any(c in text for c in _UNSEEN) else text


def is_broken_pair(first: Block, second: Block) -> bool:
    """True when ``second`` continues the sentence that ``first`` leaves unfinished."""
    if first.kind is not BlockKind.PARAGRAPH or second.kind is not BlockKind.PARAGRAPH:
        return False
    if not first.text or not second.text:
        return False
    if _capitals_question_goes_on(first, second):
        return True
    seen = _seen(second.text) or second.text  # zero-width spaces pasted in it
    if not seen[0].islower() and not (
        seen[0].isupper() and _DANGLING.search(first.text[-_DANGLING_TAIL:]) is not None
    ):
        return False
    if _DATE_FIELD.match(seen) or is_file_name(seen) or _dates(seen):
        return False  # nor does an image's file name ("logo-post-portal-48x48")
    if _byline_apart(first, second, seen):
        return False  # "Kite Harbour Press – …" / blank line / "by Tessellate Magazine"
    if _CREDIT.match(seen) or is_label_banner(_seen(first.text)):
        return False  # a picture's credit under a headline; a blog's label banner above a date
    if is_site_commands(_seen(first.text)):
        return False  # "subscribe share" above the post's "episode 4: …"
    if _HANDLE.match(seen):
        return False  # a turn opened by a speaker's handle in lower case ("tomo: …")
    if _GLUED_PICTURE_NAME.match(seen) or _GLUED_SLUG.match(seen):
        return False  # a paragraph opened by its picture's name ("studioI was …")
    if (
        len(seen.split()) == 1
        and seen[-1].isalpha()
        and seen.casefold() != _seen(first.text.split()[-1]).casefold()
    ):
        return False  # a word alone under a headline: its credit ("redakcja", "staff")
    if first.source_lines[1] == second.source_lines[0] and (
        len(first.text.split()) <= _SET_APART_WORDS
    ):
        return False
    last = first.text[-1]
    if not (last.isalpha() or last == ","):
        return False
    return not _ADDRESS.search(first.text.rsplit(None, 1)[-1])


def _dated_under_site_lines(above: list[Block], second: Block) -> bool:
    """Whether ``second`` is a date alone ("mercredi 22 avril 2020", "sexta-feira, 2 de
    janeiro de 2009": a blog's date in lower case) under the page's own lines: the site's
    menu ("Accueil · Nos coups de cœur · Contact"), or a line set under another with no blank
    line between (a blog's name over its tagline or its menu). A sentence never ends on a
    menu, nor goes on with a date alone; those top lines are no sentence's first half.
    A blog's name alone between blank lines over its date is left to the older reading
    (joined: the title rules pass over the pair as the blog's dateline)."""
    first = above[-1]
    if not is_dateline(_seen(second.text)):
        return False
    set_under = (
        first.source_lines[1] - first.source_lines[0] >= 2
        or len(above) >= 2 and above[-2].source_lines[1] == first.source_lines[0]
    )
    return set_under or is_navigation(first)


# A byline in lower case on a paragraph of its own: "by Tessellate Magazine", "di Anna Neri".
_BYLINE = re.compile(r"(?:by|di|par|por|von|door|av|af|przez)\s+\S.{0,60}")
_BYLINE_WORDS = 6
_NAME_JOINS = frozenset({"and", "und", "et", "e", "y", "en", "i", "og", "och", "&", "de", "van"})


def _byline_apart(first: Block, second: Block, under: str) -> bool:
    """Whether ``under`` (``second``'s text), set apart from ``first`` by a blank line, is a
    byline: "by" (in the page's language) then names only, each word capitalised. A sentence
    broken across a blank line goes on in lower case ("… written" / "by hand, …")."""
    words = under.split()
    return (
        second.source_lines[0] > first.source_lines[1]
        and _BYLINE.fullmatch(under.strip()) is not None
        and len(words) <= _BYLINE_WORDS
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:])
    )


# A head line: a headline, a name, a rubric on a line of its own, a headline's words at most.
_HEAD_WORDS = 10
_HEAD_CHARS = 80
_OPENING = "„“«‹\"'‚‘(["
_CLOSING = "“”»›\"'‘’)]"


def _head_over_line(first: Block, second: Block) -> bool:
    """Whether ``first`` is a line standing alone at the head of what follows, in title case
    ("Amara Okonjo Interview", "Eduard Ţară": one line, a headline's words, ending on a
    letter, not on a word that always has its noun after it, no quotation left open, no
    sentence ended in it), so that ``second``, though it opens in lower case, is a line of its
    own under it: a byline, a credit, a description ("text by digital-media", "locul unde …").
    A sentence broken mid-way ends on a word in lower case ("Ask the expert: why do leaves" /
    "turn red …", "… l'enjeu de ce" / "séminaire, …": still joined)."""
    text = _seen(first.text).strip()
    words = text.split()
    under = _seen(second.text).strip()
    if not (
        words
        and under.casefold() != words[-1].casefold()  # its last word again: goes on with it
        and not _capitals_question_goes_on(first, second)
        and first.source_lines[1] - first.source_lines[0] == 1
        and len(words) <= _HEAD_WORDS
        and len(text) <= _HEAD_CHARS
        and text[-1:].isalpha()
        and _DANGLING.search(text[-_DANGLING_TAIL:]) is None
        and sum(text.count(c) for c in _OPENING) <= sum(text.count(c) for c in _CLOSING)
        and _SENTENCE_INSIDE.search(text) is None  # "… Überweisung. Die Auswahl hängt"
        and not _wrapped_before(text, _seen(second.text))
    ):
        return False
    return len(words) >= 2 and all(not w[:1].isalpha() or w[:1].isupper() for w in words)


# A sentence ended inside a line (a word's period, not an initial's or a title's: "C.", "Dr."):
# a paragraph's line, no headline.
_SENTENCE_INSIDE = re.compile(r"\w{3,}[.!?…]\s")


def _wrapped_before(line: str, under: str) -> bool:
    """Whether, in a hard-wrapped text, ``line`` is full: the next line's first word did
    not fit on it, so the wrap ended it, not the writer."""
    width = text_width()
    words = under.split(maxsplit=1)
    return bool(width and words) and len(line) + 1 + len(words[0]) > width


def _wrapped_under_head(first: Block, second: Block) -> bool:
    """Whether, in a hard-wrapped text, ``first``, the text's first line, is a headline the writer
    ended (room left for the next word) over a paragraph the wrap broke over lines: a
    picture's text or a lead in lower case ("Pupils put their questions to the mayor" / "the
    mayor, Cllr Janet Morrow, with …" / "council chamber on Friday"). A headline broken by
    hand ends on its own line ("Interview" / "mit Markus …"), joined still."""
    text, under = _seen(first.text).strip(), _seen(second.text)
    return (
        bool(text_width())
        and first.source_lines[1] - first.source_lines[0] == 1
        and second.source_lines[1] - second.source_lines[0] >= 2
        and len(text.split()) <= _HEAD_WORDS
        and not _wrapped_before(text, under)
    )


_CAPITALS_LINE_WORDS = 12


def _capitals_question_goes_on(first: Block, second: Block) -> bool:
    """A question in capitals broken over two lines by hand, with no blank line ("QUANTE
    PERSONE CI" / "LAVORANO?", "CHI" / "PUO' PRENDERE I LIBRI?"): the first line stops on a
    letter, the next line asks, both short and wholly in capitals."""
    return (
        first.source_lines[1] == second.source_lines[0]
        and first.text[-1].isalpha()
        and first.text.isupper()
        and second.text.isupper()
        and second.text.rstrip(" »”\"'").endswith("?")
        and len(first.text.split()) + len(second.text.split()) <= _CAPITALS_LINE_WORDS
    )


def _dates(text: str) -> bool:
    """Whether a paragraph is a short line that dates the one above it ("a.s. 2024-25"): a
    sentence broken before it would end on it with a period."""
    text = text.rstrip()
    return (
        len(text.split()) <= _DATING_WORDS
        and _YEAR.search(text) is not None
        and text[-1:] not in ".!?…"
    )


def _join(run: list[Block]) -> Block:
    first = run[0]
    if len(run) == 1:
        return first
    inlines: list[Inline] = []
    offset = first.start
    for block in run:
        shift = offset - block.start
        inlines.extend(Inline(i.start + shift, i.end + shift, i.style, i.target)
                       for i in block.inlines)
        offset += len(block.text) + 1
    return replace(
        first,
        # (a margin-numbered transcript's lines stay lines, each shown with its number)
        text=(LINE_BREAK if in_margin() else " ").join(block.text for block in run),
        source_lines=(first.source_lines[0], max(b.source_lines[1] for b in run)),
        inlines=tuple(inlines),
        role=Role.BODY,
    )
