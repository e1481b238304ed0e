"""The headline under a site's menu copied one item a line: a news site, a school paper, a
blog copied whole opens on the site's name (and its tagline), then its menu as a column of
short lines ("Home" / "Nieuws" / "Regio" / "Sport"), perhaps the page's section, its path or
its date, then the headline.

The rules before took the menu's last item ("Sport", "Culture", "Lokales") for the title: it is
short, stands first among the top's lines, and nothing marked the column as the site's. But
four short lines or more in a row at a page's top are a menu, never a title and its subtitle:
the headline is the first line under the column that is no such item (a date or a byline
between them closes the column: the one line under it is the headline, however short, "May",
"WYWIAD Z DYREKTOREM")."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, Prefix, ending, split_prefix, word_count
from .chrome import is_chrome
from .navtop import is_navigation
from .titlecues import is_title_candidate, marker_role

_ITEM_WORDS = 3  # "Faits divers", "Todas las publicaciones", "Strona główna"
_ITEM_CHARS = 24
_LONG_ITEM_WORDS = 5  # "Lý luận phê bình": a syllable a word
_LONG_ITEMS = 2
_UNSPACED_ITEM_CHARS = 8  # a caseless script's item, unspaced: "導入事例", "お問い合わせ"
_MENU_ITEMS = 4  # fewer may be a title over its subtitle
_SITE_LINES = 2  # the site's name and its tagline above the column
_SITE_LINE_WORDS = 12
_MENU_LINE_WORDS = 2.5  # a menu run into one paragraph: words a source line, on average
_MENU_LINE_CHARS = 16  # … and characters a source line ("Todas las publicaciones" is long)


def _item(block: Block) -> bool:
    text = block.text.strip()
    words = word_count(text)
    return (
        block.kind is BlockKind.PARAGRAPH
        and words > 0
        and (words <= _ITEM_WORDS or (" " not in text and len(text) <= _UNSPACED_ITEM_CHARS))
        and len(text) <= _ITEM_CHARS
        and text[-1] not in ".?!:;,"
        and ":" not in text  # "Edad: 16" / "Equipo: Juvenil B": a card's fields, no menu
        and marker_role(block) is None
    )


def _menu_paragraph(block: Block) -> bool:
    """Whether a paragraph is a whole menu whose lines the copy ran into one ("الرئيسية أخبار
    محلية ثقافة رياضة …", "株式会社ことのは サービス 事例紹介 ブログ …"): four source lines or more,
    each a word or two long on average — a headline wrapped over lines fills them."""
    text = block.text.strip()
    lines = block.source_lines[1] - block.source_lines[0]
    return (
        block.kind is BlockKind.PARAGRAPH
        and lines >= _MENU_ITEMS
        and text.count(" ") + 1 <= _MENU_LINE_WORDS * lines
        and len(text) <= _MENU_LINE_CHARS * lines
        and text[-1] not in ".?!:;,"
        and not _capitals(text)  # "OKUL MÜDÜRÜMÜZ / AYŞE HOCAMIZ / İLE / RÖPORTAJ": a headline
        and _items_capitalised(text)  # "Sommerfest / im Park / am Fluss": a headline set apart
        and marker_role(block) is None
    )


def _capitals(text: str) -> bool:
    """Whether the text is set in capitals: its letters upper case, a caseless script's none
    ("SEOノート ホーム …" is a menu whose site name has capitals)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _items_capitalised(text: str) -> bool:
    """Whether four words of the run open with a capital, as a cased script's menu items do
    ("Home Chi siamo Articoli Foto Contatti"); a caseless script's run has no case to read."""
    cased = [word for word in text.split() if word[0].isupper() or word[0].islower()]
    return len(cased) < _MENU_ITEMS or sum(word[0].isupper() for word in cased) >= _MENU_ITEMS


def _site_line(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _SITE_LINE_WORDS
        and text[-1] not in ".?!:;,"
        and marker_role(block) is None
    )


def _top_line(block: Block) -> bool:
    """A line of the page's top under the menu: an item, the path, a date, a byline, chrome."""
    return (
        _item(block)
        or marker_role(block) in (Role.DATELINE, Role.BYLINE)
        or is_navigation(block)
        or is_chrome(block)
    )


def _opens_dialogue(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k`` is the first of named turns ("Margaret Cole: Thank you …" /
    "Harold Becker: I was born …"): a cover's credits stood above it, not a menu. A headline
    naming who speaks ("Ирина Белоусова: в нашей …") stands over prose."""
    return k + 1 < n and marker_role(blocks[k + 1]) is None and not _quotes_whole(
        blocks[k].text) and all(
        split_prefix(blocks[m].text.strip())[0] is Prefix.SPEAKER for m in (k, k + 1))
    # ("Kate Mullins, Consumer Reporter Updated: 10:42, …" under the headline is its byline)


_QUOTED = re.compile(r"[„“«»\"‚‹][^„“«»”\"]{3,160}[”“\"»«’›]")


def _quotes_whole(text: str) -> bool:
    """Whether a line named for a speaker says nothing but a quotation ("Irina Bădescu:
    „Romanul trebuie iubit ca un copil dificil”"): a headline quoting its guest, above the
    turns; a turn speaks, it does not quote itself."""
    _, _, start = split_prefix(text.strip())
    return start > 0 and _QUOTED.fullmatch(text.strip()[start:].strip()) is not None


def _asking_item(block: Block) -> bool:
    """An item of the menu that asks: "Qui suis-je ?", "Who are we?" (the about page)."""
    text = block.text.strip()
    return (block.kind is BlockKind.PARAGRAPH and 0 < word_count(text) <= _ITEM_WORDS
            and len(text) <= _ITEM_CHARS and text[-1] in "?？" and marker_role(block) is None)


def _long_item(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind is BlockKind.PARAGRAPH and 0 < word_count(text) <= _LONG_ITEM_WORDS
            and len(text) <= _ITEM_CHARS and text[-1] not in ".?!:;,…" and ":" not in text
            and marker_role(block) is None)


def _past_long_items(blocks: list[Block], end: int, n: int) -> int:
    """The column's end past its items of four or five words ("Lý luận phê bình" / "Văn học
    nước ngoài", a language whose words are syllables): two of them or more in a row, then
    the page's date. One such line under the menu may be a short headline over its date."""
    m = end
    while m < n and _long_item(blocks[m]):
        m += 1
    dated = m < n and marker_role(blocks[m]) in (Role.DATELINE, Role.BYLINE)
    return m if m - end >= _LONG_ITEMS and dated else end


def _column(blocks: list[Block], i: int, n: int) -> tuple[int, int]:
    """The menu's first and end index: four items or more in a row, the lines above it the
    site's; (-1, -1) when there is none."""
    if i < n and _menu_paragraph(blocks[i]):
        return i, i + 1  # at the very top only: a run lower may be the page's own UI words
    for start in range(i, min(n, i + _SITE_LINES + 1)):
        end = start
        while end < n and (_item(blocks[end]) or (
                _asking_item(blocks[end]) and end + 1 < n and _item(blocks[end + 1]))):
            end += 1  # "Recettes" / "Qui suis-je ?" / "Contact": an item may ask
        if end - start >= _MENU_ITEMS:
            return start, _past_long_items(blocks, end, n)
        if not _site_line(blocks[start]):
            break
    return -1, -1


def headline_under_menu_column(blocks: list[Block], i: int, n: int,
                               roles: dict[int, Role]) -> int:
    """Where the headline is under a menu copied one item a line: the first line under the
    column (past the path, the date, a section's name) that is no item, or the one line
    under the column's date; the lines above it made SHARE (markers keep their role). ``i``
    when the top is no such one."""
    start, end = _column(blocks, i, n)
    if start < 0:
        return i
    k = end
    while k < n and _top_line(blocks[k]):
        k += 1
    dated = max((m for m in range(end, k) if marker_role(blocks[m]) is Role.DATELINE),
                default=-1)
    if 0 <= dated == k - 2 and _item(blocks[k - 1]) and is_title_candidate(blocks[k - 1]):
        headline = k - 1  # "Friday, May 15, 2020" / "May": the post's own short title
    elif k < n and is_title_candidate(blocks[k]) and not _opens_dialogue(blocks, k, n):
        headline = k
    else:
        return i
    said_again = headline + 1
    if (said_again < n and blocks[headline].text.strip().islower()
            and blocks[said_again].text.strip().casefold().startswith(
                blocks[headline].text.strip().casefold())
            and is_title_candidate(blocks[said_again])):
        headline = said_again  # "how to do a podcast interview" / "How to do …, step by step"
    if blocks[headline].text.lstrip().startswith(("...", "…")) and headline > start:
        headline -= 1  # "Im Gespräch" / "... mit Marcel Proust": the line goes on from the title
    elif headline > start and ending(blocks[headline].text) is Ending.QUESTION and _said_in_menu(
            blocks, start, headline - 1, blocks[headline - 1]):
        headline -= 1  # "A Conversation" (the menu's item, said again) / "Could you …?": the
        # page's name over its first question
    for above in range(i, headline):
        roles[above] = marker_role(blocks[above]) or Role.SHARE
    return headline


def after_menu_paragraph(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Past a menu the copy ran into one paragraph (and the site's lines above it) when no
    headline stands as the column rule wants it under the menu (one ending in a full stop, one
    glued to its date): the menu is the site's, never the title; the rules read on below it."""
    start, end = _column(blocks, i, n)
    if start < 0 or end - start != 1 or not _menu_paragraph(blocks[start]):
        return i
    for above in range(i, end):
        roles[above] = marker_role(blocks[above]) or Role.SHARE
    return end


def _said_in_menu(blocks: list[Block], start: int, end: int, block: Block) -> bool:
    said = block.text.strip().casefold()
    return any(blocks[m].text.strip().casefold() == said for m in range(start, end))
