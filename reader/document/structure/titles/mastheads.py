"""A site's or paper's name set as a heading over the page's headline: ``is_masthead`` (the
headline right under it, with its byline) and ``masthead_over_path`` (the site's lines between
them)."""

from __future__ import annotations

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .sitenames import SITE_NAME_WORDS, reads_as_name
from .sitetrails import is_path
from .titlecues import marker_role


def is_masthead(blocks: list[Block], i: int, n: int) -> bool:
    """Whether heading ``i`` is a paper's name above its headline: a heading of lower rank
    follows it, and a byline or a dateline that one ("# The Eastside Echo" / "## A
    conversation with our new librarian" / "By Sam Whitaker"). A heading of the same rank
    follows it when it reads as a name, not a headline: a web page or a Word file often sets
    both as first-level headings, where the text ranked them."""
    if i + 2 >= n or blocks[i].kind is not BlockKind.HEADING:
        return False
    name, headline = blocks[i], blocks[i + 1]
    return (
        headline.kind is BlockKind.HEADING
        # A paper's name is short: a longer heading above a heading and a byline is the
        # headline over its standfirst ("# Amparo Gil, farera: «…»" / "## La última …").
        and (word_count(name.text) <= SITE_NAME_WORDS or reads_as_name(name.text))
        and (
            headline.level > name.level
            or (headline.level == name.level and reads_as_name(name.text))
        )
        and marker_role(blocks[i + 2]) in (Role.BYLINE, Role.DATELINE)
    )


_BETWEEN = 3
_DESCRIPTION_WORDS = 20


def masthead_over_path(blocks: list[Block], i: int, n: int) -> int:
    """The headline under a site's name set as a heading when lines of the site's stand
    between them: "# Radio Valle Foglia" / "Ascolta la diretta" / "Cronaca › Interviste" /
    "## Gambarini: …" (the path to the page between), or "# Blog" / "Die neuesten Nachrichten
    …" / "## Fünf Fragen …" / its date (the blog's description between, the post dated). The
    name is short, the headline a heading of lower rank; -1 when the top is no such one."""
    if i >= n or blocks[i].kind is not BlockKind.HEADING:
        return -1
    name = blocks[i]
    if word_count(name.text) > SITE_NAME_WORDS and not reads_as_name(name.text):
        return -1
    for k in range(i + 1, min(n, i + 1 + _BETWEEN)):
        block = blocks[k]
        if block.kind is BlockKind.HEADING:
            if k == i + 1 or block.level <= name.level:
                return -1
            between = blocks[i + 1 : k]
            if any(is_path(b) for b in between):
                return k
            described = len(between) == 1 and word_count(between[0].text) <= _DESCRIPTION_WORDS
            dated = any(
                marker_role(b) in (Role.BYLINE, Role.DATELINE) for b in blocks[k + 1 : k + 3]
            )
            return k if described and dated else -1
        if block.kind is not BlockKind.PARAGRAPH:
            return -1
    return -1
