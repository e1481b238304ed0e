"""A blog's notice above a post: the paragraph a blog prints on top of every page (a plea to
subscribe, a word about the feed), then the post's date and its title ("If you follow my posts
through your social feed, you're missing most of them. …" / "Tuesday, March 12, 2013" /
"Reading the parish notices" / the text). The paragraph is the site's, hidden as its chrome
is; the date is the post's dateline, the line under it the headline."""

from __future__ import annotations

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, word_count
from .chrome import is_skip_link
from .titlecues import is_title_candidate, marker_role
from .topbuttons import ends_with_learn_more

_NOTICE_WORDS = (12, 80)  # a notice says something, in a paragraph, not a page of text
_TITLE_WORDS = 3  # "Morning" under a date is a diary's part, not a post's title


def post_under_notice(blocks: list[Block], i: int, n: int) -> int:
    """Where the headline is when block ``i`` is a paragraph over a dateline over a title
    candidate over the text: the title candidate's index; -1 otherwise."""
    if i + 3 >= n:
        return -1
    notice, date, title, text = blocks[i : i + 4]
    low, high = _NOTICE_WORDS
    return (
        i + 2
        if (
            notice.kind is BlockKind.PARAGRAPH
            and low <= word_count(notice.text) <= high
            and notice.text.rstrip().endswith((".", ")", "!"))
            and marker_role(notice) is None
            and marker_role(date) is Role.DATELINE
            and title.kind is BlockKind.PARAGRAPH
            and is_title_candidate(title)
            and marker_role(title) is None
            and ending(title.text) is Ending.NONE
            and word_count(title.text) >= _TITLE_WORDS
            and text.kind is BlockKind.PARAGRAPH
            and word_count(text.text) > word_count(title.text)
        )
        else -1
    )


_SENTENCE_END = (".", "!", "?", "…")
_HEADLINE_WORDS = (8, 25)  # a headline's sentence, not a greeting nor a standfirst
_TEXT_WORDS = 40


def headline_sentence_under_skip_link(blocks: list[Block], i: int, n: int) -> bool:
    """Whether block ``i``, right under a skip link ("Saltar al contenido"), is the headline
    although it ends in a period, as some sites set theirs ("Este bizcocho no falla nunca,
    asegura …."): one sentence, capitalised, of eight to twenty-five words, with a longer
    paragraph of text within the two blocks below it (a picture's description may come
    between)."""
    if i < 1 or i + 1 >= n or not is_skip_link(blocks[i - 1]):
        return False
    block = blocks[i]
    text = block.text.strip()
    low, high = _HEADLINE_WORDS
    return (
        block.kind is BlockKind.PARAGRAPH
        and text[:1].isupper()
        and text.endswith(".")
        and not text.endswith("..")
        and low <= word_count(text) <= high
        and not any(f"{mark} " in text for mark in _SENTENCE_END)  # one sentence only
        and marker_role(block) is None
        and any(
            b.kind is BlockKind.PARAGRAPH and word_count(b.text) >= _TEXT_WORDS
            for b in blocks[i + 1 : min(n, i + 3)]
        )
    )


_BANNER_BLOCKS = 8  # a banner's lines at the very top: its greeting, its figures, its text
_BANNER_TEXT_WORDS = 20


def headline_under_banner(blocks: list[Block], i: int, n: int) -> int:
    """Where the headline is when a banner stands on top of the page and ends with its
    "learn more" link ("Olá" / "712kWh poupados com a" / "O modo escuro permite-lhe …" /
    "Saiba mais" / the headline / the text): the title candidate right under the one such
    link within the first eight blocks, when a paragraph of text follows it; -1 otherwise.
    A list of teasers, each with its own link, has more than one and is left alone."""
    top = range(i, min(n, i + _BANNER_BLOCKS))
    links = [k for k in top if ends_with_learn_more(blocks[k])]
    if len(links) != 1 or links[0] == i:
        return -1
    title = links[0] + 1
    later = blocks[title : title + _BANNER_BLOCKS]
    if title + 1 >= n or any(ends_with_learn_more(b) for b in later):
        return -1
    text = blocks[title + 1]
    return (
        title
        if is_title_candidate(blocks[title])
        and marker_role(blocks[title]) is None
        and text.kind is BlockKind.PARAGRAPH
        and word_count(text.text) >= _BANNER_TEXT_WORDS
        else -1
    )
