"""The headline under the site's navigation: a news site, a party's or a club's page copied
whole opens on the site's name (and its tagline), then its menu ("Inicio  Quiénes somos
Noticias", "Beranda | Berita | Olahraga", "Nieuws  Sport  Regio"), then the headline, dated or
signed below ("Carmen Álvarez: "Sanlúcar necesita …"" / "28 diciembre, 2020 · Noticias").

The rules before read the site's name as the headline: it is short and stands first, and a
menu, unlike a breadcrumb, said nothing of the lines above it. But a site prints its menu under
its own name, never under an article's headline: what stands above the menu is the site's,
whatever its words; the headline is the first line under the menu, and its date or byline
closes it within a few lines. A section's name between the menu and the headline ("TEMELLER")
and a standfirst or an author's name between the headline and its date are passed over."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome, is_menu_bar
from .matterlines import is_byline
from .sitelines import is_spaced_strip
from .sitetrails import is_path
from .titlecues import is_title_candidate, marker_role

_SITE_LINES = 3  # the site's name, its tagline, a search box or a login link
_SITE_LINE_WORDS = 12
_HEAD_LINES = 3  # a section's name, the headline, its standfirst or its author's name
_SECTION_WORDS = 3  # "TEMELLER", "Yerel Yönetimler": a section's name, no headline


# A path's steps: three at least ("Home › Politik › Interviews"); two may be a headline's
# comparison ("Wer wächst besser: Strauchtomate › Buschtomate?").
_STEP = re.compile(r"\s[›»>/·|→]\s")
_PATH_STEPS = 3


def is_navigation(block: Block) -> bool:
    """Whether a line is the site's menu or its path to the page: a strip of links set apart by
    bars or runs of spaces, a breadcrumb of three steps or more that does not ask."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    text = block.text.strip()
    return is_menu_bar(text) or is_spaced_strip(text) or (
        is_path(block) and text[-1] not in "?!" and len(_STEP.split(text)) >= _PATH_STEPS
    )


def _site_line(block: Block) -> bool:
    """A line the site prints above its menu: its name, its tagline, a login link; short, no
    sentence."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _SITE_LINE_WORDS
        and text[-1] not in ".?!"
        and marker_role(block) is None
    ) or is_chrome(block)


def _closes_head(block: Block) -> bool:
    return marker_role(block) in (Role.DATELINE, Role.BYLINE) or is_byline(block.text.strip())


def headline_under_navigation(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when the site's lines and its menu stand above it and a date or a
    byline closes it below: the first line under the menu (after a section's short name), the
    lines above it made SHARE (markers keep their role); ``i`` when the top is no such one."""
    menu = next((k for k in range(i, min(n, i + _SITE_LINES + 1)) if is_navigation(blocks[k])), -1)
    if menu < 0 or not all(_site_line(blocks[k]) for k in range(i, menu)):
        return i
    k = menu + 1
    while k < n and is_chrome(blocks[k]) and marker_role(blocks[k]) is None:
        k += 1  # a second menu, a language switcher
    heads: list[int] = []
    while k < n and len(heads) < _HEAD_LINES and not _closes_head(blocks[k]):
        if not is_title_candidate(blocks[k]) or is_chrome(blocks[k]):
            return i
        heads.append(k)
        k += 1
    if not heads or k >= n or not _closes_head(blocks[k]):
        return i
    headline = next((h for h in heads if word_count(blocks[h].text) > _SECTION_WORDS), heads[-1])
    for above in range(i, headline):
        roles[above] = marker_role(blocks[above]) or Role.SHARE
    return headline
