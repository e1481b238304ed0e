"""A show's or a blog's header above the page's own title: its name, then a blurb that opens
with the name and says what it is ("Hivecast" / "Hivecast is a round-table chat about …"),
then its links ("https://…", "subscribe share"), then the episode's or the post's title."""

from __future__ import annotations

from .authorlines import after_author_lines
from .chrome import is_chrome
from .matterlines import is_share
from .model import Block, BlockKind, Role
from .pagewidgets import after_label_banner, is_site_commands
from .textcues import word_count
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
    return after_author_lines(blocks, i, n, roles)
