"""The headline among a page's chrome when the line first taken for it is none: a date, the
page's skip links run into one line, or a breadcrumb that ends in the headline itself. What
the page shows decides, not a list of words: the line it gives a second time further down,
the line a trail repeats at its end.

Real layouts: a Persian news page stacks its date, update time and news code over the
headline and says the headline again between the paragraphs; a Polish local paper runs
"Przejdź do …" links and the day's date into one line over "Wywiad z …", given again under
the standfirst; a French campaign site prints "Accueil VIDÉOS <HEADLINE>" and then the
headline alone."""

from __future__ import annotations

import re

from ...model import LINE_BREAK, Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .matterlines import is_dateline
from .titlecues import is_title_candidate, marker_role

# How far below the line taken for the headline the real one may stand: the date, update
# and code lines of a news page (seven on the Persian page), a "Reklama" line.
_BELOW = 8
# How far below the headline its second copy may stand: under the standfirst, the photo's
# caption and the byline, or between the first paragraphs.
_COPY_ZONE = 16
# A line of chrome between: a date, a code, an advertisement's label; never a paragraph.
_CHROME_WORDS = 10
_HEADLINE_WORDS = 2
# A trail's steps before the headline it ends with: "Accueil VIDÉOS".
_TRAIL_WORDS = 4
_TRAIL_TAIL_WORDS = 3
_PASTED_WORDS = 3
_DIGIT = re.compile(r"\d")


def _folded(block: Block) -> str:
    return " ".join(block.text.split()).casefold()


def _gives(block: Block, text: str) -> bool:
    """The block is the line, holds it as one of its lines, or says it right after a
    sentence's end, three words or more: a standfirst, the headline's copy and a caption's
    name pasted into one paragraph ("… pierwsze lata gminy. Wywiad z Markiem Zielińskim Marek
    Zieliński")."""
    if _folded(block) == text or any(
        " ".join(line.split()).casefold() == text for line in block.text.split(LINE_BREAK)
    ):
        return True
    return word_count(text) >= _PASTED_WORDS and re.search(
        r"[.!?…]\s+" + re.escape(text) + r"(?:\s|$)", _folded(block)
    ) is not None


def _may_head(block: Block) -> bool:
    """A line that may be the headline: a title's shape, two words or more, no sentence's
    period (a page repeats a "Read more." or a caption for other reasons)."""
    text = block.text.strip()
    return (
        is_title_candidate(block)
        and word_count(text) >= _HEADLINE_WORDS
        and not text.endswith(".")
        and marker_role(block) is None
        and not is_chrome(block)
    )


def _taken_line_is_chrome(block: Block) -> bool:
    """The line first taken for the headline reads as the page's own: it holds a date or a
    number (a date, "NID : 182390", links run into the day's date), or it is chrome. A
    heading set by the page stays its headline."""
    return block.kind is not BlockKind.HEADING and (
        _DIGIT.search(block.text) is not None or is_chrome(block)
    )


def headline_given_twice(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline below a date or the page's lines taken for it, found by its second copy:
    "۱۴ بهمن ۱۴۰۲" / "به روز شده در: …" / "کد خبر …" / "گفتگوی وزیر و چند پرسش" / standfirst
    / … / "گفتگوی وزیر و چند پرسش" again. Only short lines stand between the line taken and
    the headline, the line taken is never given again, and the headline's copy stands within
    ``_COPY_ZONE`` blocks. The lines above the headline become SHARE (markers keep their
    role). ``i`` unchanged otherwise."""
    if i >= n or not _taken_line_is_chrome(blocks[i]):
        return i
    taken = _folded(blocks[i])
    if any(_folded(blocks[m]) == taken for m in range(i + 1, min(n, i + _BELOW + _COPY_ZONE))):
        return i  # the line taken is itself given twice: the page's own repeated headline
    for k in range(i + 1, min(n, i + 1 + _BELOW)):
        block = blocks[k]
        # Three words or more, its copy not right below it: a name given twice, one line under
        # the other ("Petra Lindholm" / "Petra Lindholm" under a dated headline), labels a
        # portrait, and the older rules read it.
        if _may_head(block) and word_count(block.text) >= _PASTED_WORDS and not (
            k + 1 < n and _folded(blocks[k + 1]) == _folded(block)
        ):
            text = _folded(block)
            if any(_gives(blocks[m], text) for m in range(k + 2, min(n, k + 1 + _COPY_ZONE))):
                for m in range(i, k):
                    roles[m] = marker_role(blocks[m]) or Role.SHARE
                return k
        if word_count(block.text) > _CHROME_WORDS:
            return i  # the text began: its lines are no chrome over a headline
    return i


def headline_at_trail_end(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """A breadcrumb that ends in the headline, the headline then alone on the next line:
    "Accueil VIDÉOS MARIE TEHEI SUR RADIO LAGON : « … »" / "MARIE TEHEI SUR RADIO LAGON :
    « … »". The trail's steps before it are a few words (``_TRAIL_WORDS``), the headline three
    words or more (a name alone under "Interview with Anna Berg" is no headline the line
    ends with). The trail becomes SHARE; ``i`` unchanged otherwise."""
    if i + 1 >= n or blocks[i].kind is BlockKind.HEADING:
        return i
    line, below = _folded(blocks[i]), _folded(blocks[i + 1])
    if not (line.endswith(below) and len(line) > len(below)) or not _may_head(blocks[i + 1]):
        return i
    steps = line[: len(line) - len(below)]
    if (
        word_count(below) < _TRAIL_TAIL_WORDS
        or not steps.endswith(" ")
        or word_count(steps) > _TRAIL_WORDS
    ):
        return i
    roles[i] = marker_role(blocks[i]) or Role.SHARE
    return i + 1


# A menu a page draws twice (for wide screens, then for phones): its first lines given again,
# in order, as a run of short lines.
_MENU_RUN = 3
_MENU_LINE_WORDS = 4
# How far past the menu's second drawing the headline may stand: a list of trending searches,
# two teasers, "查看原文" and the like (about forty lines on a reposted WeChat article).
_PAST_MENU = 60
# The lines between a headline and its date: "Original", the author's name, the outlet's.
_SOURCE_LINES = 4
_DATE_CHARS = 6


def _menu_drawn_twice(blocks: list[Block], top: int, n: int) -> int:
    """Where the menu's second drawing begins when the page's first ``_MENU_RUN`` lines are
    short and given again in order further down ("首页" / "下载应用" / "提交文章" twice); -1
    otherwise."""
    run = [_folded(b) for b in blocks[top : top + _MENU_RUN]]
    if len(run) < _MENU_RUN or any(
        word_count(b.text) > _MENU_LINE_WORDS or b.kind is BlockKind.HEADING
        for b in blocks[top : top + _MENU_RUN]
    ):
        return -1
    for m in range(top + _MENU_RUN, min(n, top + _PAST_MENU)):
        if [_folded(b) for b in blocks[m : m + _MENU_RUN]] == run:
            return m
    return -1


def _dated_below(blocks: list[Block], k: int, n: int) -> bool:
    """A date stands under the line, only short source lines between ("Original" / "许晴" /
    "直通新闻" / "2021-07-14"): the line the page dates and signs is its headline."""
    for m in range(k + 1, min(n, k + 2 + _SOURCE_LINES)):
        text = blocks[m].text.strip()
        if is_dateline(text) and len(text) >= _DATE_CHARS:
            return m > k + 1
        if word_count(text) > _MENU_LINE_WORDS:
            return False
    return False


def headline_past_menu_drawn_twice(
    blocks: list[Block], top: int, i: int, n: int, roles: dict[int, Role]
) -> int:
    """The headline of a page whose menu is drawn twice, when the line taken for it stands
    inside the menus (a "🔥 热搜 🔥" row of trending searches): past the second drawing, the
    first line that source lines and a date sit under. The lines above it become SHARE. ``i``
    unchanged otherwise."""
    second = _menu_drawn_twice(blocks, top, n)
    if second < 0 or not top <= i < second:
        return i
    for k in range(second + _MENU_RUN, min(n, second + _PAST_MENU)):
        if is_title_candidate(blocks[k]) and _dated_below(blocks, k, n):
            for m in range(top, k):
                roles[m] = marker_role(blocks[m]) or Role.SHARE
            return k
    return i


# A label over the text ("Transkript", "Interview"): one word.
_LABEL_WORDS = 1
_LINES_UNDER_DATE = 2


def headline_over_its_date(blocks: list[Block], top: int, i: int, n: int,
                           roles: dict[int, Role]) -> int:
    """The headline a date sits under, when the line taken for it is a one-word label over
    the text: "Folge 28: Die letzte Hutmacherin …" / "Veröffentlicht am 21.11.2023 · Dauer
    24:17" / "Moderation: …" / "Abspielen ▶ | …" / "Transkript" / the turns. Only short lines
    stand between the headline's date and the label; the headline is three words or more and
    no chrome. The lines from its date to the label become SHARE (markers keep their role).
    ``i`` unchanged otherwise."""
    if not (top < i < n and word_count(blocks[i].text) <= _LABEL_WORDS):
        return i
    for k in range(i - 2, top - 1, -1):
        if word_count(blocks[k + 1].text) > _CHROME_WORDS:
            return i
        below = blocks[k + 1]
        dated = marker_role(below) is Role.DATELINE or is_dateline(below.text.strip())
        if dated and len(below.text.strip()) >= _DATE_CHARS:
            # The site's lines above the headline, the page's lines between its date and the
            # label (a player's row, the guests): a blog's name over the post's date and its
            # one-word title right under it ("Simply Reading Sarah" / "Tuesday, April 10,
            # 2012" / "Interviews") is no such top.
            if not (_may_head(blocks[k]) and word_count(blocks[k].text) >= _PASTED_WORDS
                    and k > top and i - (k + 1) >= _LINES_UNDER_DATE):
                return i
            roles.pop(k, None)
            for m in range(k + 1, i + 1):
                roles[m] = marker_role(blocks[m]) or Role.SHARE
            return k
    return i
