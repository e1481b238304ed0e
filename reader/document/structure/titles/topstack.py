"""A page's top copied from a browser as a stack of short lines: a date, a menu's items, a
currency ticker, a section's name, a rubric over the headline, the headline, its byline
("четверг, 14 марта" / "• НБУ:USD 39.10" / "• НБУ:EUR 42.60" / "Общество"; "AUTORES DE
COAHUILA" / "Entrevista con …" / "Ernesto Salinas"; "August 29 – September 2" / "Interview
Updates" / "Written By: …"), with no blank line between them. Markdown joins them into one
paragraph, and no title rule can then pick the headline out of it; each is a line of its own,
as the first paragraph's lines are (``head_apart``), cut where the source's lines broke (no
text lost, no offset moved: ``lines.split_lines``).

A stack is three lines or more at the top (the first paragraph, or right under at most two
short lines: a language switcher, a site's name), each a top line (a few words, no sentence's
end, nothing carried on to the next line), and one of them a mark the top rules know: an item
opened by a bullet Markdown does not know ("•", "▪", "►": a menu's or a ticker's), a date, a
byline, or a rubric in capitals over a line that is not. A headline set over lines in one type
("OKUL MÜDÜRÜMÜZ" / "AYŞE HOCAMIZ" / "İLE" / "RÖPORTAJ"), a search form's labels or a credit's
lines carry no such mark and stay one paragraph, and so does any paragraph further down (a
poem's stanza, a list of names). Only the first paragraph's stack needs its bullets: the
other marks are ``head_apart``'s to judge there."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import Block
from .matterlines import is_byline, is_dateline
from .titlecues import in_capitals

_STACK_LINES = 3
_STACK_LINE_WORDS = 6
_STACK_LINE_CHARS = 50
_TOP_LINE_WORDS = 12  # a headline's length
_TOP_LINE_CHARS = 90
_BYLINE_CHARS = 120
_TOP_BLOCKS = 2  # short lines above the stack: a language switcher, a site's name
_TOP_BLOCK_WORDS = 5
_BULLETS = ("•", "▪", "►", "‣", "◦")
_CARRIES_ON = tuple(",;-–—(/&")


def is_top_stack(plain_text: bool, above: Sequence[Block], text: str, breaks: list[int]) -> bool:
    """Whether a plain text's paragraph ``text`` (its soft line ``breaks``), under the blocks
    ``above`` it, is a stack of the page's top lines. Asked of every paragraph as it is
    parsed: ``above`` is the parse's own list, read only when it is short (a list of its texts
    made each time cost a 5 MB Markdown file's parse a second, growing with the square of the
    size)."""
    if not plain_text or len(above) > _TOP_BLOCKS or len(breaks) + 1 < _STACK_LINES:
        return False
    if any(len(b.text.split()) > _TOP_BLOCK_WORDS or "\n" in b.text for b in above):
        return False
    lines = [text[a + 1 : b].strip() for a, b in pairwise([-1, *breaks, len(text)])]
    if _bullet_stack(lines):
        return True
    return _marked_stack(lines)


def _bullet_stack(lines: list[str]) -> bool:
    """Every line short, one opened by a bullet: a menu's or a ticker's items."""
    return any(line.startswith(_BULLETS) for line in lines) and all(
        0 < len(line) <= _STACK_LINE_CHARS
        and len(line.split()) <= _STACK_LINE_WORDS
        and line[-1] not in ".?!:;,"
        for line in lines
    )


def _marked_stack(lines: list[str]) -> bool:
    """The first lines, three at least, each a top line, one of them a date, a byline, a menu's
    item or a rubric in capitals over a line that is not."""
    run = 0
    while run < len(lines) and _is_top_line(lines[run]):
        run += 1
    if run < _STACK_LINES:
        return False
    top = lines[:run]
    return any(
        line.startswith(_BULLETS) or is_dateline(line) or is_byline(line) or _post_meta(line)
        for line in top
    ) or any(in_capitals(upper) and _in_lower_case(lower) for upper, lower in pairwise(top))


# A video's or a post's age and views under its title and its channel's name, as a video site
# prints them: "il y a 4 mois", "3 weeks ago", "vor 2 Tagen", "4개월 전", "조회수 1,204회 ·
# 2016. 6. 22.", "12,345 views". A headline may say "ago" ("Ten years ago today"): only a count
# and its unit, alone on the line or before the date, are the site's.
_AGE = re.compile(
    r"(?i)(?:il\s+y\s+a|hace|h[áa]|vor|fa)\s+\d+\s+\w+"
    r"|\d+\s*\w+\s+(?:ago|fa|geleden|önce|назад|temu|sedan|siden)"
    r"|\d+\s*\w*\s*(?:전|前)"
)
_VIEWS = re.compile(
    r"(?i)(?:조회수\s*)?[\d][\d.,\s]*\s*(?:views|vues|aufrufe|visualizaciones|visualizzazioni"
    r"|visualiza[çc][õo]es|weergaven|wyświetle\w*|görüntüleme|просмотр\w*|회|回視聴|次观看)"
    r"(?:\s*·.*)?"
)


def _post_meta(line: str) -> bool:
    line = line.strip(_INVISIBLE)  # a web page's elements pasted together: "\u200bil y a 1 an"
    return _AGE.fullmatch(line) is not None or _VIEWS.fullmatch(line) is not None


_INVISIBLE = "\u200b\u2060\ufeff"


def _in_lower_case(line: str) -> bool:
    """Whether a line is set in lower case, or in capitals and lower case as a sentence is."""
    return any(c.islower() for c in line)


def _is_top_line(line: str) -> bool:
    signed = is_byline(line)
    return (
        len(line) <= (_BYLINE_CHARS if signed else _TOP_LINE_CHARS)
        and len(line.split()) <= (_TOP_LINE_WORDS * 2 if signed else _TOP_LINE_WORDS)
        and not line.endswith(_CARRIES_ON)
        and (line[-1:] not in ".?!;," or _post_meta(line))  # "… · 2016. 6. 22.": the date's
        or not line
    )
