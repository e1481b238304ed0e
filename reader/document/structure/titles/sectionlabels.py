"""A newspaper's section named in one capitalised word above the headline ("Leserbriefe" /
"Kolumne Leserforum: Liebe Leserinnen und Leser" / "Stand: 14.06.2023"; "Hemeroteca" /
"«Las redes no enganchan …»" / its standfirst / "Redacción | 12/03/2018"). The word is the
page's section, not its title: a headline shaped as one (a whole quotation, or "Rubric:
words", or a question: "BASICS" / "What is the difference between …?") stands under it, and a
date or a byline follows within the next lines. A one-word title over its subtitle ("Hope" /
"A novel in three parts" / "By …") keeps its title."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import TITLE_WORDS, marker_role
from .toptrails import is_home_link

_MIN_HEADLINE_WORDS = 4
_MARKER_ZONE = 3  # blocks under the headline where its date or byline may stand
# The whole headline between quotation marks, as papers set a quoted interviewee's words.
_QUOTED_HEADLINE = re.compile(r"^[«“\"„‘‹].{8,}[»”\"“’›]$")
# "Kolumne Leserforum: Liebe …": a rubric and a colon in the headline's first half.
_RUBRIC_COLON = re.compile(r"^[^:.!?]{3,60}:\s+\S")
# "Kreatywność, pasja, zaangażowanie. Nagroda dla lubelskiej bibliotekarki": a headline in two
# parts, a phrase closed by a period, then the rest with no end of its own; a subtitle is one.
_TWO_PARTS = re.compile(r"^[^.!?]{8,80}[.!]\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][^.!?]{8,}$")


def _section_word(block: Block, *, over_asking: bool) -> bool:
    line = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and word_count(line) == 1
        and line[:1].isupper()
        and line[1:].isalpha()
        # "BIBLIOTEKAR" in capitals may be the title itself, over its subtitle; over a headline
        # that asks ("BASICS" / "What is the difference between …?"), it is the section's name
        and (line[1:] == line[1:].lower() or over_asking)
        and not is_chrome(block)
    )


def _asks(block: Block) -> bool:
    return block.text.rstrip().endswith("?")


def _shaped_as_headline(block: Block) -> bool:
    """A whole quotation, "Rubric: words", a question, or two parts ("Kreatywność, pasja,
    zaangażowanie. Nagroda dla …"): a headline's shapes, no subtitle's."""
    line = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and _MIN_HEADLINE_WORDS <= word_count(line) <= TITLE_WORDS
        and (_QUOTED_HEADLINE.match(line) is not None or _RUBRIC_COLON.match(line) is not None
             or _asks(block) or _TWO_PARTS.match(line) is not None)
        and not line.endswith(".")
        and marker_role(block) is None
    )


def after_section_label(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a one-word section's name opens the page (under the site's
    own chrome lines, a menu, if any) above a line shaped as a headline, dated or signed
    below: the line after the name, the name and the chrome made SHARE; ``i`` otherwise."""
    k = i
    while k < n and is_chrome(blocks[k], strict=True):
        k += 1  # "Home  Basics  Podcast  Newsletter" / "BASICS" / "What is …?"
    if k + 2 >= n or not (
        _section_word(blocks[k], over_asking=_asks(blocks[k + 1]))
        and _shaped_as_headline(blocks[k + 1])
    ):
        return i
    zone = blocks[k + 2 : min(n, k + 2 + _MARKER_ZONE)]
    # Under the site's home link ("Beranda" / "Liputan" / "Wawancara: …") the name is a step
    # of its path set one a line: no date needed to tell it from a title over its subtitle.
    under_home = k > i and is_home_link(blocks[k - 1])
    if not under_home and not any(marker_role(b) in (Role.DATELINE, Role.BYLINE) for b in zone):
        return i
    for above in range(i, k + 1):
        roles[above] = Role.SHARE
    return k + 1
