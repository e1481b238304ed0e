"""A headline a page gives twice, as its title and again above the text, with the page's short
lines between the copies ("N/A", "Share …", "Vydáno: 18 minut čtení")."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .sitenames import reads_as_name
from .titlecues import is_greeting, is_title_candidate, marker_role

_REPEAT_ZONE = 16
_REPEAT_WORDS = 2
_TOP_LINE_WORDS = 12


def _may_be_repeated_title(block: Block) -> bool:
    """A headline a page may repeat: no greeting, no sentence ("Good morning!", "THIS IS A
    RUSH TRANSCRIPT." are said twice for other reasons), no photo caption (a picture's text
    and its caption copied one under the other, "Buku Ratna Wardhani. (FOTO: Arif Prasetyo)"
    twice under the standfirst: the headline stands above them)."""
    text = block.text.strip().strip("\"'“”«»„")
    return (
        word_count(text) >= _REPEAT_WORDS
        and is_title_candidate(block)
        and text[-1:] not in (".", "!")
        and not is_greeting(block)
        and marker_role(block) is not Role.CAPTION
    )


def _headline(block: Block) -> bool:
    return is_title_candidate(block) and not is_chrome(block)


def _long(block: Block) -> bool:
    """A paragraph of the text or a standfirst: long, and with a sentence's end somewhere (the
    page's short lines a copy ran into one paragraph, "資料請求 無料で相談する 注目のコンテンツ
    マーケティング", end none)."""
    return (
        word_count(block.text) > _TOP_LINE_WORDS
        and marker_role(block) is None
        and _SENTENCE_END.search(block.text) is not None
    )


_SENTENCE_END = re.compile(r"[.!?؟।](?=\s|$|[\"'”»)])|[。！？]")


def repeated_title(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline a page gives twice, as its title and again above the text ("Miniteste ao
    Coordenador da Biblioteca" / "N/A" / "Share …" / "(1)" / "Miniteste ao Coordenador da
    Biblioteca"), when only short lines stand above its first copy: the first copy, the short
    lines above it and, when they are all short, those between the copies and the copy become
    SHARE. One paragraph may stand above the first copy, a standfirst or a show's blurb a page
    sets above its headline, when only short lines stand between the copies: it becomes the
    LEAD. -1 when no title is repeated."""
    inside = _title_inside_copies(blocks, i, n, roles)
    if inside >= 0:
        return inside
    seen: dict[str, int] = {}
    for k in range(i, min(n, i + _REPEAT_ZONE)):
        block = blocks[k]
        if not _may_be_repeated_title(block):
            continue
        key = " ".join(block.text.split()).casefold()
        first = seen.setdefault(key, k)
        if first == k:
            continue
        if (
            k == first + 1
            and reads_as_name(block.text)
            and any(_headline(blocks[j]) for j in range(i, first))
        ):
            return -1  # "Prof. Nowicki: …" / "Tomasz Rybka" / "Tomasz Rybka": its author, twice
        between = range(first + 1, k + 1)
        # the lines between the copies, not the copy: a headline of forty kana and kanji
        # said twice in a row has nothing between its copies
        short_between = all(word_count(blocks[j].text) <= _TOP_LINE_WORDS for j in between[:-1])
        paragraphs = [j for j in range(i, first) if _long(blocks[j])]
        # a standfirst stands over a headline's copies, not over a long caption's
        short_copies = word_count(block.text) <= _TOP_LINE_WORDS
        standfirst = (
            paragraphs[0] if len(paragraphs) == 1 and short_between and short_copies else -1
        )
        if (paragraphs and standfirst < 0) or any(
            _says(blocks[j]) and not (k == first + 1 and _page_line(blocks[j]))
            for j in range(i, k)
            if j != standfirst
        ):
            # the text began above it, or sentences and questions stand around the copies
            # ("Und warum?" asked twice in a questionnaire): a line the text repeats
            return -1
        for j in range(i, first):
            roles[j] = marker_role(blocks[j]) or (Role.LEAD if j == standfirst else Role.SHARE)
        if short_between:
            for j in between:
                roles[j] = marker_role(blocks[j]) or Role.SHARE
        return first
    return -1


def _page_line(block: Block) -> bool:
    """A short line above a headline said twice in a row that states, not asks: the page's
    own ("Close this search box.", a tagline "Essential reading for writers."), since the
    copies show where the text's head is."""
    return "?" not in block.text and word_count(block.text) <= _PAGE_LINE_WORDS


_PAGE_LINE_WORDS = 8


def _says(block: Block) -> bool:
    """Whether a block is a sentence or a question, not a page's line ("N/A", "Copied!")."""
    text = block.text.rstrip()
    return marker_role(block) is None and text.endswith((".", "?")) and not text.endswith("...")


_PREFIX_WORDS = 3


def _key(block: Block) -> str:
    return " ".join(block.text.split()).casefold()


def _title_inside_copies(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline when a page opens with the same paragraph given again and again, its title
    run into its standfirst ("Top 25 … Prepare For Getting a job takes …" four times), and
    further down gives the title alone ("Top 25 … Prepare For"): that line, the copies and the
    lines between SHARE (markers keep their role). -1 when the top paragraph is not repeated
    or no line below opens it."""
    copies = i
    while copies + 1 < n and blocks[copies + 1].kind is blocks[i].kind and _key(
        blocks[copies + 1]
    ) == _key(blocks[i]):
        copies += 1
    if copies == i:
        return -1
    whole = _key(blocks[i]) + " "
    for k in range(copies + 1, min(n, copies + 1 + _REPEAT_ZONE)):
        line = _key(blocks[k])
        if (
            word_count(line) >= _PREFIX_WORDS
            and whole.startswith(line + " ")
            and _headline(blocks[k])
        ):
            for j in range(i, k):
                roles[j] = marker_role(blocks[j]) or Role.SHARE
            return k
    return -1


_TOP_ZONE = 8  # the page's first lines, where the site prints its name
_FOOT_FROM = 12  # a foot line stands this far down or further
_FOOT_LINE_WORDS = 12


def said_on_top(blocks: list[Block], k: int) -> bool:
    """Whether a short line at the page's foot says again one of the page's first lines: the
    site's name and tagline a page prints at its top and its foot ("Tiszaparti Napló – …",
    "Interviews · Novelists"), the site's, not the text's last answer."""
    block = blocks[k]
    text = " ".join(block.text.split()).casefold()
    if (
        k < _FOOT_FROM
        or block.kind is not BlockKind.PARAGRAPH
        or not 0 < word_count(text) <= _FOOT_LINE_WORDS
        or text[-1:] in "?.!"
    ):
        return False
    return any(" ".join(b.text.split()).casefold() == text for b in blocks[:_TOP_ZONE])


def stated_title_twice(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the page opens with its headline given twice, one copy under the other, the
    headline ending with a period as some writers end theirs ("Rozmowa z wiceprezesem Markiem
    Zawadą." twice: the page's title, then the post's): the copy tells a headline from a
    first sentence, which a page never prints twice. Not a line in capitals ("THIS IS A RUSH
    TRANSCRIPT."), a greeting, or a line that asks or exclaims."""
    if i + 2 >= n or _key(blocks[i]) != _key(blocks[i + 1]):
        return False
    block = blocks[i]
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and blocks[i + 1].kind is BlockKind.PARAGRAPH
        and text.endswith(".")
        and not text.endswith("..")
        and not any(mark in text for mark in "?!")
        and _REPEAT_WORDS <= word_count(text) <= _TOP_LINE_WORDS
        and not text.isupper()
        and not is_greeting(block)
        and marker_role(block) is None
    )
