"""The headline a page shows for itself, when no rule of the page's top found a title: the
line the page says again, or the line its byline or date follows.

A page copied with its chrome may defeat every rule that expects a layout (a cookie notice, a
numbered breadcrumb, "|" lines between the headline and its author, a cache key over the
headline), and the reader then names the window after the file. But a page marks its headline
itself, in every language and template:

- it **says it again**: a breadcrumb's last step is the headline or its end ("… › Farbe an den
  Kassenhäuschen" over "Fußball Verbandsliga, …: Testspiel … Farbe an den Kassenhäuschen"), a
  browser tab's or share line's "Headline | Site", a repeat of the line lower down;
- its **byline or date follows it** ("Von Wolfgang Seidel 11.04.2016, 03:14", "autor:" /
  "Maria K.", "20.11.2013"), over the separators a template leaves between them ("|").

A line is a candidate when it is line-like (two to thirty words, one line, no sentence's end
but "?" or "!"), stands above the first question and the text's first sentence, and is
neither chrome, a marker (byline, date, caption, share line) nor a menu's item (a short line
among short lines). The first candidate with such evidence is the title; none, and the
file's name stays (a transcript with no headline has none to show). When two candidates or
more are signed, the page is an index of teasers ("Lena Ortiz on farming the deep sea" /
"Tom Avery | 22nd March 2022", then the next): a byline marks none of them as the page's
headline.

Only a page with no title found asks this: where a rule found one, it is right far more often
than a line with this evidence (measured on the corpus: overriding it lost 52 titles for 10)."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .matterlines import is_byline, is_dateline
from .titlecues import marker_role

_TOP_BLOCKS = 30
_SENTENCE_WORDS = 6
_INLINE_SEPARATOR = re.compile(r"\s+\|\s+")
_WORDS = (2, 30)
_MENU_WORDS = 4
_SEPARATORS = frozenset("|·•/-–—*#")
_AUTHOR_LABELS = frozenset(
    {"autor", "autorka", "author", "auteur", "autore", "autora", "verfasser", "door", "von",
     "by", "par", "por", "di", "tekst", "text", "texte", "texto", "testo", "av"}
)
_NOT_CANDIDATE = frozenset(
    {Role.QUESTION, Role.ANSWER, Role.FOOTER, Role.SHARE, Role.BYLINE, Role.DATELINE,
     Role.CAPTION}
)


def _is_separator(block: Block) -> bool:
    text = block.text.strip()
    return block.kind is BlockKind.RULE or not text or all(c in _SEPARATORS or c.isspace()
                                                             for c in text)


def _short(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and 0 < word_count(
        block.text) <= _MENU_WORDS


def _in_menu(blocks: list[Block], k: int, top: int) -> bool:
    """A short line with short lines on both sides, or two short lines on one side: a menu's
    item ("Startseite" / "Region" / "Hochrhein")."""
    if not _short(blocks[k]):
        return False
    before = [m for m in (k - 2, k - 1) if m >= 0 and _short(blocks[m])]
    after = [m for m in (k + 1, k + 2) if m < top and _short(blocks[m])]
    return (k - 1 in before and k + 1 in after) or len(before) == 2 or len(after) == 2


def _candidate(blocks: list[Block], k: int, top: int) -> bool:
    block = blocks[k]
    text = block.text.strip()
    low, high = _WORDS
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        and block.role not in _NOT_CANDIDATE
        and LINE_BREAK not in text
        and low <= word_count(text) <= high
        and text[-1] not in ".,;:"
        and marker_role(block) is None
        and not is_chrome(block)
        and not _in_menu(blocks, k, top)
    )


def _signed(blocks: list[Block], k: int, top: int) -> bool:
    """Whether the next line but the template's separators is a byline, a date or an author's
    label ("autor:")."""
    m = k + 1
    while m < top and _is_separator(blocks[m]):
        m += 1
    if m >= top or blocks[m].kind is BlockKind.HEADING:
        return False
    text = blocks[m].text.strip()
    label = text.rstrip(":").casefold()
    return (
        marker_role(blocks[m]) in (Role.BYLINE, Role.DATELINE)
        or is_byline(text)
        or (is_dateline(text) and any(c.isdigit() for c in text))
        or (text.endswith(":") and label in _AUTHOR_LABELS)
    )


def _said_again(blocks: list[Block], k: int) -> bool:
    """Whether another line repeats the headline, ends it (a breadcrumb's last step of two
    words or more) or holds it beside a separator ("Headline | Site")."""
    text = " ".join(blocks[k].text.split()).casefold()
    for m, other in enumerate(blocks):
        if m == k or other.kind is BlockKind.RULE:
            continue
        said = " ".join(other.text.split()).casefold()
        if not said:
            continue
        if said == text:
            return True
        if m < k and word_count(said) >= 2 and text.endswith(said) and len(said) < len(text):
            return True  # a breadcrumb's last step over the headline that ends with it
        if text in said and any(f"{text} {s} " in f"{said} " or f" {s} {text}" in f" {said}"
                                for s in "|–-"):
            return True
    return False


def _signed_inline(block: Block) -> str:
    """The headline of a block whose lines were run together with its author's after a
    separator ("Jak burmistrz rozwiązał kłopot … | autor: Maria K. | | | Od dawna …"), else
    ""."""
    pieces = [p.strip() for p in _INLINE_SEPARATOR.split(block.text)]
    if len(pieces) < 2 or block.kind is not BlockKind.PARAGRAPH:
        return ""
    head, rest = pieces[0], [p for p in pieces[1:] if p]
    low, high = _WORDS
    if not rest or not low <= word_count(head) <= high or head[-1] in ".,;:":
        return ""
    label = rest[0].split(":", 1)[0].casefold()
    signed = (":" in rest[0] and label in _AUTHOR_LABELS) or is_byline(rest[0])
    return head if signed else ""


def _body_sentence(block: Block) -> bool:
    """A sentence of the text ("We moved the reading room to the second floor."): the page's
    top ends above it, and a line below it, repeated or dated, is the text's, not a headline."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.role not in _NOT_CANDIDATE
        and word_count(text) >= _SENTENCE_WORDS
        and text[-1] in ".!…"
        and marker_role(block) is None
        and not is_chrome(block)
        and not _signed_inline(block)
    )


def own_headline(blocks: list[Block]) -> str:
    """The first line of the page's top that the page marks as its headline (see the module),
    else ""."""
    top = next((k for k, b in enumerate(blocks) if b.role is Role.QUESTION), len(blocks))
    top = min(top, _TOP_BLOCKS)
    top = next((k for k in range(top) if _body_sentence(blocks[k])), top)
    candidates = [k for k in range(top) if _candidate(blocks, k, top)]
    signed = [k for k in candidates if _signed(blocks, k, top)]
    if len(signed) > 1:
        signed = []  # teasers, each signed and dated: an index's list, not one headline
    for k in range(top):
        if k in signed or (k in candidates and _said_again(blocks, k)):
            return blocks[k].text.strip()
        if headline := _signed_inline(blocks[k]):
            return headline
    return ""
