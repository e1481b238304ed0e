"""Round 17's lines above a headline, told by their shape: a breadcrumb set as a numbered list
("1. Casa" / "2. Movilidad" / "3. News"), and a headline set in capitals, too long for any
other headline, under a section's name in lower case that was hidden above it."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import in_capitals, is_title_candidate

# The first step of a breadcrumb, the site's home page, in the languages it comes in.
_HOME = re.compile(
    r"(?i)(?:\d{1,2}[.)]\s*)?(?:home|casa|inicio|início|portada|accueil|startseite|start"
    r"|home\s?page|pagina\s+iniziale|anasayfa|ana\s+sayfa|strona\s+główna|hem|forside|etusivu"
    r"|úvod|главная|головна|αρχική|begin|thuis|beranda)"
)
_TRAIL_STEPS = (2, 6)


def is_home_link(block: Block) -> bool:
    """Whether a line is the link to the site's home page alone ("Beranda", "Startseite")."""
    return block.kind is BlockKind.PARAGRAPH and _HOME.fullmatch(block.text.strip()) is not None

  # a breadcrumb's steps: home and one more, at most six
_STEP_WORDS = 4
_CHROME_ABOVE = 3  # a skip link, the site's name: the lines above the trail


def after_numbered_breadcrumb(
    blocks: list[Block], i: int, n: int, roles: dict[int, Role]
) -> int:
    """Where the headline is when a breadcrumb copied as a numbered list stands above it
    ("Skip to main content" / "1. Casa" / "2. Movilidad" / "3. News" / the headline): a run
    of two to six steps of four words at most with no final mark, the first naming the
    home page, a title candidate right below, only chrome or the site's name above; the trail
    and the lines above it made SHARE. The trail's separators ("2. »") are no steps, and its
    last step may be the page's own headline when the headline follows it again ("1.
    Anasayfa" / "2. »" / "3. Teknoloji" / "4. »" / "5. ‘…’ Sosyal ağın …" / "‘…’ Sosyal ağın
    …"): a site's trail ends on the page it shows. ``i`` otherwise ("1. Flour" / "2. Sugar"
    is a recipe's list)."""
    start = i
    while start < min(n, i + _CHROME_ABOVE) and (
        is_chrome(blocks[start]) or _site_name_over_list(blocks, start, n)
    ):
        start += 1
    end = start
    steps = 0
    while end < n and blocks[end].kind is BlockKind.LIST_ITEM:
        text = _STEP_NUMBER.sub("", blocks[end].text.strip())
        if _SEPARATOR.fullmatch(text):
            end += 1
            continue
        last_is_headline = (end + 1 < n and _same_line(text, blocks[end + 1].text)
                            and blocks[end + 1].kind is not BlockKind.LIST_ITEM)
        if (not text or word_count(text) > _STEP_WORDS or text[-1] in ".?!:;,") and not (
                last_is_headline):
            return i
        steps += 1
        end += 1
    low, high = _TRAIL_STEPS
    if not (
        low <= steps <= high
        and _HOME.fullmatch(blocks[start].text.strip())
        and end < n
        and is_title_candidate(blocks[end])
    ):
        return i
    for k in range(i, end):
        roles[k] = Role.SHARE
    return end


_STEP_NUMBER = re.compile(r"^\d{1,2}[.)]\s*")
_SEPARATOR = re.compile(r"[»›>/|\\→·•-]")


def _site_name_over_list(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k`` is a site's short name right over a list ("Yıldız Haber" / "1.
    Anasayfa"): five words at most with no final mark."""
    text = blocks[k].text.strip()
    return (
        blocks[k].kind is BlockKind.PARAGRAPH
        and k + 1 < n
        and blocks[k + 1].kind is BlockKind.LIST_ITEM
        and 0 < word_count(text) <= _SITE_WORDS
        and text[-1] not in ".?!:;,"
    )


def _same_line(one: str, other: str) -> bool:
    """Whether two lines say the same words, whatever their quotation marks and case."""
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())
    return words(one) == words(other) and bool(words(one))


_SITE_WORDS = 5


_CAPITALS_HEADLINE_WORDS = 70


def is_capitals_headline_under_hidden(blocks: list[Block], i: int, roles: dict[int, Role]) -> bool:
    """Whether paragraph ``i`` is a headline set in capitals, however long (a news site's
    "LA LUNGA NOTTE … – LE BIBLIOTECHE … : "…""), right under a line already hidden as the
    page's (a section's name in lower case): no final period, no question."""
    if i < 1 or roles.get(i - 1) is not Role.SHARE or blocks[i].kind is not BlockKind.PARAGRAPH:
        return False
    text = blocks[i].text.strip()
    return (
        in_capitals(text)
        and word_count(text) <= _CAPITALS_HEADLINE_WORDS
        and text[-1] not in ".?!:;,"
    )


_TERM_WORDS = 3
_SITE_LINE_WORDS = 6
# What follows a term the text opens by defining: a comma, a bracket, a dash, or a verb "to be".
_DEFINES = (
    r"\s*[,(–—:]|\s+(?:is|are|was|ist|sind|war|est|sont|était|es|son|era|fue|è|sono|é|são|foi"
    r"|to|jest|był|była|är|var|er|var|on|je|zijn|is|was|означает|это)\b"
)


def after_site_line_above_term(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a site's line stands above an entry's one-word title that
    the text below opens by defining ("Na marginesie spraw cmentarnych" / "Epitafium" /
    "Epitafium, w dzisiejszym znaczeniu …"): the term, the site's line made SHARE. ``i``
    otherwise ("Notes from the garden" / "Roses" / "We planted roses." stays)."""
    if i + 2 >= n or any(b.kind is not BlockKind.PARAGRAPH for b in blocks[i : i + 3]):
        return i
    site, term = blocks[i].text.strip(), blocks[i + 1].text.strip()
    if not (
        0 < word_count(site) <= _SITE_LINE_WORDS
        and site[-1] not in ".?!:;,"
        and 0 < word_count(term) <= _TERM_WORDS
        and term[-1].isalpha()
        and term[:1].isupper()
        and re.match(re.escape(term) + _DEFINES, blocks[i + 2].text.strip()) is not None
    ):
        return i
    roles[i] = Role.SHARE
    return i + 1


_MENU_BULLETS = ("•", "▪", "►", "‣", "◦")
_MENU_ITEMS = 3
_MENU_HEADLINE_WORDS = 25


def after_bulleted_menu(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a site's menu, copied as lines opened by a bullet Markdown
    does not know, runs on into it ("• Archiv" / "• Články" / "• Kontakt" / "• Nesmrtelná
    česká Agatha Christie … - Žena, která …"): three items or more of four words at most, then
    one item longer than a step, a headline's length with no sentence's end, over a line that
    is no item. A menu ends on the page it shows, as a breadcrumb does. The items above are made
    SHARE. ``i`` otherwise (a list of short points, or a menu whose last item is short)."""
    end = i
    while end < n and _menu_item(blocks[end]):
        end += 1
    if end - i <= _MENU_ITEMS or end >= n:
        return i
    steps = [_bare(blocks[k].text) for k in range(i, end)]
    last = steps[-1]
    if not (
        all(0 < word_count(step) <= _STEP_WORDS for step in steps[:-1])
        and _STEP_WORDS < word_count(last) <= _MENU_HEADLINE_WORDS
        and last[-1] not in ".?!:;,"
    ):
        return i
    for k in range(i, end - 1):
        roles[k] = Role.SHARE
    return end - 1


def _menu_item(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and block.text.lstrip().startswith(_MENU_BULLETS)


def _bare(text: str) -> str:
    """A menu's item without its bullet."""
    return text.strip().lstrip("".join(_MENU_BULLETS)).strip()
