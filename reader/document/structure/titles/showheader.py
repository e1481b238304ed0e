"""The lines a page sets above its own title: a show's header (its name, a blurb that opens
with the name, "Hivecast" / "Hivecast is a round-table chat about …", then its links,
"https://…", "subscribe share"), a page's controls above a headline dated under it, and,
through the modules they live in, a blog's label banner and a journal's authors."""

from __future__ import annotations

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .authorlines import after_author_lines
from .chrome import is_chrome
from .matterlines import is_share
from .pagewidgets import after_label_banner, is_site_commands, is_widget_line
from .titlecues import is_title_candidate, marker_role

_NAME_WORDS = 5
_BLURB_WORDS = 12
_LINKS = 4  # the show's address, its "subscribe" and "share" lines


def _link_line(block: Block) -> bool:
    """The show's address or one of its buttons ("https://…", "subscribe", "share")."""
    return (
        is_chrome(block) or is_share(block) or is_site_commands(block.text)
    ) and marker_role(block) in (None, Role.SHARE)


def after_show_header(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the page's own title is when a show's header stands above it: its name, a blurb
    that opens with that name, and one line or more of its links; the name and the links
    SHARE, the blurb left in the text. ``i`` when the top is not such a header: a name over a
    blurb and the text ("Hivecast" / "Hivecast is …" / more text) is an article's title."""
    if i + 3 >= n or blocks[i].kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return i
    name = " ".join(blocks[i].text.split())
    blurb = blocks[i + 1]
    if (
        not 0 < word_count(name) <= _NAME_WORDS
        or name[-1] in ".!?:"
        or blurb.kind is not BlockKind.PARAGRAPH
        or word_count(blurb.text) <= _BLURB_WORDS
        or not " ".join(blurb.text.split()).startswith(name + " ")
    ):
        return i
    k = i + 2
    while k < min(n, i + 2 + _LINKS) and _link_line(blocks[k]):
        k += 1
    if k == i + 2 or k >= n or not is_title_candidate(blocks[k]) or is_chrome(blocks[k]):
        return i
    for j in [i, *range(i + 2, k)]:
        roles[j] = Role.SHARE
    return k


def after_header_lines(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline's search goes on past the lines a page sets above its own: a blog's
    name over its label banner, a show's name, blurb and links, a journal's authors over their
    affiliations; ``i`` when none stands there."""
    i = after_label_banner(blocks, i, n, roles)
    i = after_show_header(blocks, i, n, roles)
    i = above_own_date(blocks, i, n, roles)
    return after_author_lines(blocks, i, n, roles)


_WIDGET_ZONE = 12
_WIDGETS = 2  # widget lines that make the top a page's controls, not its text
_CONTROL_WORDS = 25


def above_own_date(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a page's controls fill its top (two widget lines or more,
    among short lines that state nothing: "Premium Employer", "Filter interviews by", "Clear
    (1)") and the headline stands over its date ("Updated 9 Feb 2025"): that line, the
    controls SHARE. ``i`` when no such headline stands within the first lines, or a sentence
    stands above it (the text began)."""
    widgets = 0
    for k in range(i, min(n - 1, i + _WIDGET_ZONE)):
        block = blocks[k]
        text = block.text.strip()
        if block.kind is not BlockKind.PARAGRAPH or word_count(text) > _CONTROL_WORDS:
            return i
        if (
            widgets >= _WIDGETS
            and is_title_candidate(block)
            and not is_chrome(block)
            and marker_role(blocks[k + 1]) is Role.DATELINE
        ):
            for j in range(i, k):
                roles[j] = Role.SHARE
            return k
        if is_widget_line(text):
            widgets += 1
        elif text[-1:] in ".?!":
            return i
    return i
