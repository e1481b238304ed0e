"""A headline under a stack of the site's notices: a cookie notice opens the page, then a
log-in prompt, a chatbot's limits and errors, each a sentence or two, and only then the
section's word, the headline and its standfirst ("Noticia" / "Cómo conseguir …: el paso a paso
…" / "Medir bien el agua …."). No line of the notices is a title; the headline is the long
line without a final mark right under a one- or two-word section and right over a sentence."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, word_count
from .chrome import is_chrome
from .titlecues import is_title_candidate

_NOTICE_LINES = 20  # how far down a stack of notices may reach
_SECTION_WORDS = 2
_HEADLINE_WORDS = 8
_STANDFIRST_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…]\s")


def _section_over_headline(blocks: list[Block], k: int, n: int) -> bool:
    section, headline, standfirst = blocks[k], blocks[k + 1], blocks[k + 2]
    text, line = section.text.strip(), headline.text.strip()
    return (
        section.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _SECTION_WORDS
        and text[-1].isalpha()
        and headline.kind is BlockKind.PARAGRAPH
        and is_title_candidate(headline)
        and word_count(line) >= _HEADLINE_WORDS
        and ending(line) is Ending.NONE
        and line[-1] not in ".:;,"
        and _SENTENCE_END.search(line) is None  # "… COURIER? Sign in and keep …": a notice
        and standfirst.kind is BlockKind.PARAGRAPH
        and word_count(standfirst.text) >= _STANDFIRST_WORDS
        and standfirst.text.rstrip().endswith(".")
    )


def headline_under_notices(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when the page opens with a site's notice (a cookie notice, which
    the chrome knows) and its other notices follow as sentences down to a section's word over
    the headline and its standfirst (see above): the notices and the section made SHARE.
    ``i`` otherwise: a page whose top is no notice keeps the older rules."""
    if not (i < n and is_chrome(blocks[i]) and word_count(blocks[i].text) >= _STANDFIRST_WORDS):
        return i
    for k in range(i + 1, min(n - 2, i + _NOTICE_LINES)):
        if blocks[k].kind is BlockKind.HEADING:
            return i
        if _section_over_headline(blocks, k, n):
            for j in range(i, k + 1):
                roles[j] = Role.SHARE
            return k + 1
    return i
