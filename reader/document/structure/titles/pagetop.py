"""Where a page's own top ends and its headline begins, told by a line that marks the place: a
section's rubric over a headline of its kind, a screen reader's skip link (what stands above it
is the site's: a newsletter's box, a menu), a link to listen to the article (right under the
headline), a site's name given twice (its logo and its name, maybe with its blurb between), a
URL's slug or a column's name above the headline that repeats it."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, word_count
from .captionedlead import standfirst_as_caption
from .chrome import is_chrome, is_skip_link
from .sitenames import SITE_NAME_WORDS
from .sitenotices import is_listen_link, pleads_against_ad_blocker
from .titlecues import is_rubric, is_title_candidate, marker_role

_TOP_ZONE = 8  # the lines of a page's own top, at most
_BLURB_WORDS = 12  # a paragraph between a name's two copies: the show's or the blog's blurb


def _hide(blocks: list[Block], start: int, end: int, roles: dict[int, Role]) -> None:
    for k in range(start, end):
        roles[k] = marker_role(blocks[k]) or Role.SHARE


def _headline_at(blocks: list[Block], k: int, n: int) -> bool:
    return 0 <= k < n and is_title_candidate(blocks[k]) and not is_chrome(blocks[k])


def after_site_links(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the page's content begins after its skip link (``after_skip_link``) and after its
    name over a breadcrumb copied without its separators (``after_name_and_trail``)."""
    return after_name_and_trail(blocks, after_skip_link(blocks, i, n, roles), n, roles)


_TRAIL_WORDS = 12  # a breadcrumb's words, at most


def after_name_and_trail(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when the site's name stands over a breadcrumb that begins with it,
    its separators lost in the copy ("Talencentrum" / "Talencentrum Ontwikkel jezelf Spreken
    Interviewen" / "Het journalistieke interview"), only chrome above them: the line under the
    breadcrumb, the name and the breadcrumb hidden. A headline repeated with its standfirst
    run into it ends as a sentence does, and is no breadcrumb. ``i`` when there is none."""
    for k in range(i, min(n - 2, i + _TOP_ZONE)):
        name, trail = blocks[k].text.strip(), blocks[k + 1].text.strip()
        if (
            0 < word_count(name) <= SITE_NAME_WORDS
            and trail.startswith(name + " ")
            and word_count(trail) - word_count(name) >= 2
            and word_count(trail) <= _TRAIL_WORDS
            and name[-1] not in ".?!:"
            and trail[-1] not in ".?!:"
            and blocks[k].kind is blocks[k + 1].kind is BlockKind.PARAGRAPH
            and _headline_at(blocks, k + 2, n)
            and all(is_chrome(blocks[j]) for j in range(i, k))
        ):
            _hide(blocks, i, k + 2, roles)
            return k + 2
    return i


def after_skip_link(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the page's content begins when a skip link ("Skip to content", "Zum Inhalt
    springen") stands below the first lines, a headline under it: the lines above it are the
    site's ("Kvartalets nyhetsbrev" / "Tack!" / "Välkommen som prenumerant …"), hidden.
    ``i`` when there is no such link."""
    for k in range(i + 1, min(n, i + _TOP_ZONE)):
        if is_skip_link(blocks[k]):
            if not any(_headline_at(blocks, j, n) for j in (k + 1, k + 2)):
                return i
            _hide(blocks, i, k + 1, roles)
            return k + 1
    return i


_PLEA_LINES = 4  # the plea, its reasons, its thanks and its button


def after_ad_blocker_plea(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when the page opens by asking the reader to allow its adverts
    ("Zdá sa, že máte zablokovanú reklamu" / "Fungujeme však vďaka príjmom z reklamy …" /
    "Ďakujeme, že pozeráte …?" / "Dvanásť rozhovorov"): the first line after the plea that
    could be a headline, the plea hidden. ``i`` when the page opens otherwise."""
    if i + 1 >= n or not pleads_against_ad_blocker(blocks[i]):
        return i
    if not blocks[i + 1].text.rstrip().endswith((".", "?", "!")):
        return i  # a headline about ad blockers, its subtitle under it: no plea's reasons
    for k in range(i + 1, min(n, i + 1 + _PLEA_LINES)):
        text = blocks[k].text.rstrip()
        if _headline_at(blocks, k, n) and text[-1:] not in ".?!":
            _hide(blocks, i, k, roles)
            return k
    return i


def above_listen_link(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline right above a link to listen to the article ("Clique aqui e escute a
    matéria", "Listen to this article"), when no other line that could be a headline stands
    above it (a site's glossary of its articles' kinds does not): the lines above and the link
    are hidden. -1 when there is no such link."""
    for k in range(i + 1, min(n, i + _TOP_ZONE)):
        if is_listen_link(blocks[k]):
            headline = k - 1
            if not _headline_at(blocks, headline, n) or ending(blocks[headline].text) is not (
                Ending.NONE
            ):
                return -1
            if any(_headline_at(blocks, j, n) for j in range(i, headline)):
                return -1  # "Headline" / "Subtitle" / "Listen …": the headline is higher
            _hide(blocks, i, headline, roles)
            roles[k] = Role.SHARE
            return headline
    return -1


def _top_line(block: Block) -> bool:
    """A short line of a page's top, no sentence: a name, a menu's line, the headline."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _BLURB_WORDS
        and text[-1] not in ".?!:;,"
        and (is_title_candidate(block) or is_chrome(block))
    )


_MARKER_AFTER = 3  # a copy's neighbour, a byline or a date under the headline it stands above


def after_name_twice(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline's search goes on when a site gives its name twice at the top, its
    logo's and its title's, the copies side by side or with the site's blurb between them
    ("Buzzline" / "Buzzline is a round table about …" / "Buzzline" / the episode's title): the
    line after the second copy, all above it hidden. Side by side, the copies are a name only
    when a byline or a date stands under the headline below them (a headline given twice
    stands over its text); with short lines between them, they are a headline's
    (``repeated_title``). ``i`` otherwise."""
    for k in range(i, min(n - 2, i + _TOP_ZONE)):
        if not _top_line(blocks[k]):
            return i
        key = " ".join(blocks[k].text.split()).casefold()
        for second in (k + 1, k + 2):
            if " ".join(blocks[second].text.split()).casefold() != key or is_chrome(blocks[k]):
                continue
            below = second + 1
            if second == k + 2 and word_count(blocks[k + 1].text) <= _BLURB_WORDS:
                if not _same(blocks[k + 1], blocks, below, n):
                    return i  # short lines between the copies: a headline repeated over its byline
                below += 1  # "Thistle Notes" / its tagline, twice: the site's header given twice
            start = below
            while below < min(n, second + _MARKER_AFTER) and is_chrome(blocks[below]):
                below += 1  # "N'hésitez pas à nous contacter : …@…"
            if not _headline_at(blocks, below, n):
                return i
            after = blocks[below + 1 : min(n, below + 1 + _MARKER_AFTER)]
            if second == k + 1 and not any(marker_role(b) for b in after):
                return i
            _hide(blocks, i, start, roles)
            return start
    return i


def _same(line: Block, blocks: list[Block], k: int, n: int) -> bool:
    """Whether block ``k`` says ``line`` again, spaces and case aside."""
    return (
        k < n
        and " ".join(line.text.split()).casefold() == " ".join(blocks[k].text.split()).casefold()
    )


_WORD = re.compile(r"[^\W_]+")


def slug_of(line: Block, headline: Block) -> bool:
    """Whether ``line``, in lower case only, is the headline's opening words as a web address
    writes them ("how to run a podcast interview" / "How to run a podcast interview, step by
    step"): the page's address, not a kicker."""
    text = line.text.strip()
    words = _WORD.findall(text)
    below = [w.casefold() for w in _WORD.findall(headline.text)]
    return (
        len(words) >= 2
        and text == text.casefold()
        and text != text.upper()
        and below[: len(words)] == words
        and len(below) > len(words)
    )


_AFTER_NAME = re.compile(r"\s*[-–—:|]\s+\S")


def names_column(line: Block, headline: Block) -> bool:
    """Whether short ``line`` is a column's or a blog's name the headline opens with, before
    a dash or a colon ("Médianapló" / "Médianapló - Amikor az interjúalany …"): the name above
    is the site's, the headline says it again."""
    name, text = " ".join(line.text.split()), " ".join(headline.text.split())
    return (
        0 < word_count(name) <= SITE_NAME_WORDS
        and text.casefold().startswith(name.casefold())
        and _AFTER_NAME.match(text, len(name)) is not None
    )


# A line that announces the interview: "Entrevista a Camila, …", "Interview with …", "Rozmowa z".
_ANNOUNCES = re.compile(
    r"(?i)(?:entrevista|interview|intervista|entretien|interviu|intervju|interjú|rozmowa"
    r"|wywiad|rozhovor|gespräch|gesprek|haastattelu|röportaj|συνέντευξη|интервью)"
    r"\s+(?:a|al|à|with|mit|con|com|avec|cu|med|z|ze|s|met|de|del|da|ao|aan)\s"
)
_ANNOUNCING_WORDS = 25


def announces_interview(blocks: list[Block], i: int, n: int) -> bool:
    """Whether block ``i``, a sentence that ends with a period, is the interview's title: it
    announces the interview ("Entrevista a Camila, una niña que estaba … en segundo.") and the
    first question follows it ("Pregunta: ¿Te gusta …?"). A text's first sentence is followed
    by more of the text."""
    block = blocks[i]
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and i + 1 < n
        and text.endswith(".")
        and word_count(text) <= _ANNOUNCING_WORDS
        and _ANNOUNCES.match(text) is not None
        and ending(blocks[i + 1].text) is Ending.QUESTION
    )


_REFERENCE_WORDS = 16
_REFERENCES = 2  # later lines opened the same way
_REFERENCE_ZONE = 200


def opens_like_later_lines(blocks: list[Block], k: int, n: int) -> bool:
    """Whether line ``k`` above the headline opens the way two later lines do, each with text
    under it ("Zum Thema „Parkgebühren …“ / Bericht vom 12. März" and further down "Zum
    Leserbrief „…“", "Zum Thema „…“"): it heads one of a page's items, the headline under it
    is that item's, and the page's title stands above."""
    words = blocks[k].text.split()
    if blocks[k].kind is not BlockKind.PARAGRAPH or not 2 <= len(words) <= _REFERENCE_WORDS:
        return False
    opening = words[0]
    later = 0
    for j in range(k + 2, min(n - 1, k + _REFERENCE_ZONE)):
        text = blocks[j].text
        if (
            blocks[j].kind is BlockKind.PARAGRAPH
            and text.split(None, 1)[0] == opening
            and word_count(text) <= _REFERENCE_WORDS
            and text.rstrip()[-1:] not in ".?!"
            and word_count(blocks[j + 1].text) > _REFERENCE_WORDS
        ):
            later += 1
    return later >= _REFERENCES


def heads_an_item(blocks: list[Block], k: int, n: int) -> bool:
    """Whether the last top line ``k``, or the line above it, heads the first of a page's
    items (a letter, a list) rather than the page: its title then stands first."""
    return opens_like_later_lines(blocks, k - 1, n) or heads_first_list(blocks, k, n)


def heads_first_list(blocks: list[Block], k: int, n: int) -> bool:
    """Whether short line ``k``, the last of the top lines, heads the first of a page's lists
    ("Before the Interview" / "1. Text, call or email …" / … / "At the Interview" / "1. Find a
    quiet table …"): a list follows it, and further down another short line without a final
    stop stands between two lists; the page's title stands above."""
    if k + 1 >= n or blocks[k + 1].kind is not BlockKind.LIST_ITEM:
        return False
    return any(
        blocks[j].kind is BlockKind.PARAGRAPH
        and blocks[j - 1].kind is BlockKind.LIST_ITEM
        and blocks[j + 1].kind is BlockKind.LIST_ITEM
        and 0 < word_count(blocks[j].text) <= SITE_NAME_WORDS
        and blocks[j].text.rstrip()[-1:] not in ".?!:;,…"
        for j in range(k + 2, min(n - 1, k + _REFERENCE_ZONE))
    )


# A share button that quotes the headline: 'Jaa "…"', 'Share “…”', 'Partager : « … »'.
_SHARE_QUOTE = re.compile(r"\w+(?:\s\w+)?\s?:?\s*[\"“«„]\s?(?P<title>.+?)\s?[\"”»“]")
_SHARE_ZONE = 10  # the headline, a document site's buttons and counters, then the share line


def above_shared_title(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a share button near the top quotes it ("• Ei tuloksia" /
    "Lasten haastatteleminen …" / "N/A" / "Lataa" / 'Jaa "Lasten haastatteleminen …"'): the
    line it quotes, the lines above it and the button hidden. -1 when no top line quotes an
    earlier one whole."""
    for k in range(i + 1, min(n, i + _SHARE_ZONE)):
        match = _SHARE_QUOTE.fullmatch(blocks[k].text.strip())
        if match is None:
            continue
        quoted = match["title"].casefold()
        headline = next(
            (j for j in range(i, k) if blocks[j].text.strip().casefold() == quoted), -1)
        if headline < 0 or not is_title_candidate(blocks[headline]):
            return -1
        _hide(blocks, i, headline, roles)
        roles[k] = Role.SHARE
        return headline
    return -1


def marked_headline(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline a line marks: the section's rubric above it (``under_own_rubric``), a
    share button further down that quotes it, or a standfirst under it the page repeats as its
    picture's caption. -1 when none does."""
    for find in (under_own_rubric, above_shared_title, standfirst_as_caption):
        headline = find(blocks, i, n, roles)
        if headline >= 0:
            return headline
    return -1


_KIND_WORDS = 3  # "Entrevista com Fulano": a headline names whom the piece of that kind is with
_KIND_STEM = 5  # letters the rubric and the headline's first word share at least


def _same_kind(rubric: str, word: str) -> bool:
    """Whether two words name the same kind of piece, one maybe the other's plural
    ("Entrevistas" / "Entrevista", "Wywiady" / "Wywiad"); not a label's word
    ("ENTREVISTAS" / "ENTREVISTADA: sra. Marta", the one interviewed)."""
    a, b = rubric.casefold(), word.casefold()
    short, long = sorted((a, b), key=len)
    return len(short) >= _KIND_STEM and long.startswith(short) and len(long) - len(short) <= 2


def under_own_rubric(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when the page's section, a rubric alone on the top line, stands
    over a headline that opens with the same word and says more ("Entrevistas" / "Entrevista
    com a Banda Stereonova" / a first question without "?"): the line below, the rubric SHARE.
    -1 when no such rubric stands on top: "Interviews" over "Publication Date" and teasers is
    an index's title."""
    if i + 1 >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return -1
    rubric = blocks[i].text.strip()
    words = blocks[i + 1].text.split()
    if (
        word_count(rubric) != 1
        or not is_rubric(rubric)
        or len(words) < _KIND_WORDS
        or not _same_kind(rubric, words[0])
        or not _headline_at(blocks, i + 1, n)
    ):
        return -1
    _hide(blocks, i, i + 1, roles)
    return i + 1
