"""A page's top copied from a browser as a stack of short lines under its first line: a date,
a menu's items, a currency ticker, a section's name ("четверг, 14 марта" / "• НБУ:USD 39.10"
/ "• НБУ:EUR 42.60" / "Общество"), with no blank line between them. Markdown joins them into
one paragraph; each is a line of its own, as the first paragraph's lines are (``head_apart``).

Only a stack of three lines or more, each a few words long, one of them opened by a bullet that
Markdown does not know ("•", "▪", "►": a menu's or a ticker's items), right under the page's
first short lines: a headline set over lines ("OKUL MÜDÜRÜMÜZ" / "AYŞE HOCAMIZ" / "İLE" /
"RÖPORTAJ"), a search form's labels or a credit's lines stay one paragraph, and so does any
paragraph further down (a poem's stanza, a list of names)."""

from __future__ import annotations

from itertools import pairwise

_STACK_LINES = 3
_STACK_LINE_WORDS = 6
_STACK_LINE_CHARS = 50
_TOP_BLOCKS = 2  # short lines above the stack: a language switcher, a site's name
_TOP_BLOCK_WORDS = 5
_BULLETS = ("•", "▪", "►", "‣", "◦")


def is_top_stack(plain_text: bool, above: list[str], text: str, breaks: list[int]) -> bool:
    """Whether a plain text's paragraph ``text`` (its soft line ``breaks``), under the blocks
    whose texts are ``above``, is a stack of the page's short top lines."""
    if not plain_text or not above or len(above) > _TOP_BLOCKS or len(breaks) + 1 < _STACK_LINES:
        return False
    if any(len(line.split()) > _TOP_BLOCK_WORDS or "\n" in line for line in above):
        return False
    lines = [text[a + 1 : b].strip() for a, b in pairwise([-1, *breaks, len(text)])]
    return any(line.startswith(_BULLETS) for line in lines) and all(
        0 < len(line) <= _STACK_LINE_CHARS
        and len(line.split()) <= _STACK_LINE_WORDS
        and line[-1] not in ".?!:;,"
        for line in lines
    )
