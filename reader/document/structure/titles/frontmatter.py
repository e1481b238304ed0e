"""Front matter and back matter of news-like documents, found at the document's two ends.

Front matter is a run of recognisable blocks from the top: a title, then any of a lead
(standfirst), a byline, share links, a dateline, a photo caption, and the summary bullets that
follow them. The run stops at the first block that is none of these, so body text is never taken
for front matter. Back matter is a run of footers ("Source:", "Crédit Photo:", "©" …), share
links and bylines read up from the bottom.

Each kind of line is recognised by ``matterlines``; only blocks at the two ends are examined.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Block, BlockKind, Role
from ..lines.emailparts import is_mail_sign_off
from ..text.textcues import Ending, Prefix, covered_by, ending, split_prefix, word_count
from .aboveheadline import HEAD_LIMIT, asks_under_genre
from .authorlines import names_people_below
from .chrome import is_chrome, is_skip_link, is_top_link
from .chromeheadline import (
    headline_at_trail_end,
    headline_given_twice,
    headline_over_its_date,
    headline_past_menu_drawn_twice,
)
from .datedtitle import headline_under_date
from .headline import skip_chrome
from .headlineshapes import odd_headline_on_top, question_over_dashed_turns
from .hearingtitle import heard_item, retitled_to_item
from .labelover import headline_under_label
from .leadlines import LEAD_WORDS, is_lead
from .mastheadheading import headline_under_masthead_heading
from .mastheads import is_masthead, masthead_over_path
from .matterlines import is_byline, is_footer, is_share
from .notheadlines import mail_subject
from .pagetop import announces_interview
from .postnotices import (
    headline_sentence_under_skip_link,
    headline_under_banner,
    post_under_notice,
)
from .repeatedtitle import said_on_top, stated_title_twice
from .sentenceabove import kicker_above_headline, sentence_above_headline
from .sitenames import question_under_name
from .titlecues import (
    headline_above_marker,
    in_capitals,
    is_greeting,
    is_quoted_title,
    is_title_candidate,
    marker_role,
)
from .titletails import headline_before_post_meta
from .toptrails import is_capitals_headline_under_hidden

_FRONT_LIMIT = 16  # the front-matter zone is at most this many blocks
_BACK_LIMIT = 12
_SUMMARY_ITEMS = 6


@dataclass(frozen=True, slots=True)
class Matter:
    """A run of front- or back-matter blocks ``[start, end)`` and the roles found in it."""

    start: int
    end: int
    roles: dict[int, Role] = field(default_factory=dict)
    title: int = -1  # the TITLE block, -1 if none
    title_certain: bool = True  # False: a lone "?" title that may be an interview's first question


def _opens_turns(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, opened by a name in capitals and a colon, is a speaker's first turn
    ("STEPHEN DALE: You're joking."): the name, or its last word, opens a later block too."""
    prefix, name, _ = split_prefix(blocks[i].text)
    if prefix is not Prefix.SPEAKER:
        return False
    names = {name, name.split()[-1]}
    later = blocks[i + 1 : i + 1 + HEAD_LIMIT]
    return any(split_prefix(b.text)[1] in names for b in later if b.kind is BlockKind.PARAGRAPH)


_SHORT_QUESTION_WORDS = 15


def _first_styled_question(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, short and entirely emphasised, is an interview's first question
    rather than a standfirst: two or more later paragraphs, in the same type, ask ("*Tell me
    about the first boat.*" above "*Where did you start?*")."""
    block = blocks[i]
    if word_count(block.text) > _SHORT_QUESTION_WORDS or not block.inlines:
        return False
    style = frozenset({block.inlines[0].style})
    later = blocks[i + 1 : i + 1 + _FRONT_LIMIT]
    asking = sum(
        1
        for b in later
        if b.kind is BlockKind.PARAGRAPH
        and b.inlines
        and ending(b.text) is Ending.QUESTION
        and covered_by(b, style)
    )
    return asking >= 2


_ASKER_NAME_WORDS = 5
_ASKER_TURNS = 2
_ASKER_ZONE = 40


def _names_the_asker(blocks: list[Block], i: int, n: int) -> bool:
    """Whether short line ``i`` is the name of the site or the club that asks, above the
    headline: its initials, or the name itself, open two of the later questions ("Readers Circle"
    / "Reader's Guide: The Button Box" / "RC: What do you love most about writing?"), and a
    headline with no final punctuation stands below it."""
    words = blocks[i].text.split()
    if not 0 < len(words) <= _ASKER_NAME_WORDS or i + 1 >= n:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    names = {"".join(w[0] for w in words).casefold(), " ".join(words).casefold()}
    turns = sum(
        1
        for b in blocks[i + 2 : i + _ASKER_ZONE]
        if split_prefix(b.text)[0] is Prefix.SPEAKER
        and split_prefix(b.text)[1].casefold() in names
        and ending(b.text) is Ending.QUESTION  # the asker's, not the guest's answers
    )
    below = blocks[i + 1]
    return (
        turns >= _ASKER_TURNS
        and is_title_candidate(below)
        and ending(below.text) is Ending.NONE
        and not below.text.rstrip().endswith(".")
        and not _opens_turns(blocks, i + 1)
    )


def _label_in_title(blocks: list[Block], i: int, n: int) -> bool:
    """Whether the top line opens with a question's label yet is the title: the words after
    the label, in capitals, do not ask ("Q. PREGUNTAS CON RESPUESTA.", a post on a novel its
    author calls "Q"), and no later line carries a question's or an answer's label, so the
    label is no first turn's. "Q. WHERE WERE YOU BORN?" and "Q. HOW LONG …" over "A. …" ask."""
    if i >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return False
    prefix, _, start = split_prefix(blocks[i].text)
    rest = blocks[i].text[start:]
    return (
        prefix is Prefix.QUESTION
        and in_capitals(rest)
        and ending(rest) is Ending.NONE
        and not any(
            split_prefix(b.text)[0] in (Prefix.QUESTION, Prefix.ANSWER) for b in blocks[i + 1 : n]
        )
    )


_ALTERNATIONS = 2


def _bullets_alternate(blocks: list[Block], end: int, n: int) -> bool:
    """Whether the bullets ending at ``end`` open an interview's dashed turns rather than sum
    it up: after them, a paragraph and a bullet take turns twice or more, and one of those
    bullets asks ("- Fale-nos um pouco de você." / "Me considero …" / "- O que você fazia …?"
    / "Sou formada …" / "- Qual …?"). A summary's bullets are followed by the text."""
    later = blocks[end : min(n, end + 2 * _ALTERNATIONS)]
    return (
        len(later) == 2 * _ALTERNATIONS
        and all(b.kind is BlockKind.PARAGRAPH for b in later[0::2])
        and all(b.kind is BlockKind.LIST_ITEM for b in later[1::2])
        and any(ending(b.text) is Ending.QUESTION for b in later[1::2])
    )


def find_front_matter(blocks: list[Block], hi: int, later_heading_level: int) -> Matter:
    """The front-matter run at the top of ``blocks[:hi]`` (``hi``: where the back matter starts).

    1. Skip thematic breaks. The first block is the TITLE if it is a heading that outranks
       every later one (``later_heading_level``: the smallest level after it, 7 if none), or
       a short paragraph (25 words) with no final period, comma or colon that is no byline,
       dateline, footer or "Q:" line.
    2. Then take, in any order, blocks that mark front matter by themselves (SHARE, BYLINE,
       DATELINE, CAPTION), a LEAD (opened by a rubric in capitals, entirely emphasised, or the
       paragraph right after the title when a marker follows within two blocks), and SUMMARY
       bullets (a list of at most ``_SUMMARY_ITEMS`` right after a non-title front-matter
       block).
    3. Stop at the first other block. A paragraph title ending in "?" or "…" (or a "?" heading
       below level 1) with nothing else after it stays uncertain: the caller decides whether it
       is the first question of an interview.
    """
    n = hi
    i = 0
    while i < n and blocks[i].kind is BlockKind.RULE:
        i += 1
    roles: dict[int, Role] = {}
    title = -1
    top = i
    # "Skip to content" over "# Site" / "Home · Reviews · About" / "## Headline" / its date
    skipped = i + 1 if i < n and is_skip_link(blocks[i]) else i
    if (under := masthead_over_path(blocks, skipped, n)) > skipped:  # "# Site" / "A › B" / …
        for k in range(i, under):
            roles[k] = marker_role(blocks[k]) or Role.SHARE
        i = under
    elif not odd_headline_on_top(blocks, i, n):  # "Interview: Miriam Vogt" is no chrome there
        i = skip_chrome(blocks, i, n, roles)
        i = headline_given_twice(blocks, i, n, roles)  # a date taken for it, its copy below
        i = headline_at_trail_end(blocks, i, n, roles)  # "Accueil VIDÉOS <it>" / <it>
        i = headline_past_menu_drawn_twice(blocks, top, i, n, roles)  # "首页" … twice
        i = headline_over_its_date(blocks, top, i, n, roles)  # "Folge 28: …" / date / "Transkript"
    if i == top and (posted := post_under_notice(blocks, i, n)) >= 0:
        roles[i], roles[i + 1] = Role.SHARE, Role.DATELINE  # a blog's notice, the post's date
        i = posted
    if (bannered := headline_under_banner(blocks, top, n)) > i:
        for k in range(top, bannered):
            roles[k] = Role.SHARE  # a banner over the page ("… Saiba mais"), its link last
        i = bannered
    if is_masthead(blocks, i, n):
        roles[i] = Role.SHARE
        i += 1
    if sentence_above_headline(blocks, i, n) or kicker_above_headline(blocks, i, n):
        roles[i] = Role.CAPTION
        i += 1
    if i < n and is_skip_link(blocks[i]):
        roles[i] = Role.SHARE  # "Saltar para: Posts [1], …" over a post with no headline
        i += 1
    if i > top:  # the headline stands below the chrome: only the headings after it count
        later_heading_level = min(
            (b.level for b in blocks[i + 1 : n] if b.kind is BlockKind.HEADING), default=7
        )
    if i < n and marker_role(blocks[i]) is not Role.CAPTION and (  # "Foto Elena Rinaldi"
        is_title_candidate(blocks[i])
        or headline_above_marker(blocks, i, n)
        or headline_under_date(blocks, i, n)  # "23/11/2011" / "L'interview … : Patrick Lenoir."
        or mail_subject(blocks[i].text)
        or announces_interview(blocks, i, n)
        or _label_in_title(blocks, i, n)
        or headline_sentence_under_skip_link(blocks, i, n)  # "Saltar al contenido" / "… ."
        or is_capitals_headline_under_hidden(blocks, i, roles)  # under "biblioteche", hidden
        or headline_before_post_meta(blocks[i].text) != ""  # "… Posted on 17 janvier 2014 by …"
        or odd_headline_on_top(blocks, i, n)  # "Interview: Miriam Vogt", "041. Primeros …"
        or (roles.get(i - 1) is Role.BYLINE and is_quoted_title(blocks[i].text))  # its authors'
        or stated_title_twice(blocks, i, n)  # "Rozmowa z … Zawadą." twice: its period kept
    ):
        first = blocks[i]
        if first.kind is not BlockKind.HEADING or first.level < later_heading_level:
            if _names_the_asker(blocks, i, n):
                roles[i] = Role.SHARE  # "Readers Circle" above "Reader's Guide: …", "RC: …?"
                i += 1
            title = i
            roles[i] = Role.TITLE
            if stated_title_twice(blocks, i, n):
                roles[i + 1] = Role.SHARE  # its second copy
            i += 1
    has_lead = False
    limit = min(n, i + _FRONT_LIMIT)
    while i < limit:
        if i in roles:  # the lines up to a title's second copy, already hidden
            i += 1
            continue
        block = blocks[i]
        role = marker_role(block)
        if (
            role is None
            and not has_lead
            and is_lead(block)
            and not _opens_turns(blocks, i)
            and not _first_styled_question(blocks, i)
        ):
            role = Role.LEAD
        if (
            role is None
            and not has_lead
            and i == title + 1
            and title >= 0
            and block.kind is BlockKind.PARAGRAPH
            and word_count(block.text) <= LEAD_WORDS
            # a marker, or a greeting that opens the text ("Dear Friends and Readers,"),
            # follows the subtitle
            and any(marker_role(b) or is_greeting(b) for b in blocks[i + 1 : min(i + 3, n)])
        ):
            role = Role.LEAD
        if role is None and title >= 0 and "?" not in block.text and is_chrome(block, strict=True):
            role = Role.SHARE  # "#tbt #saudadesdaescola" under the headline: the site's
        if role is None and block.kind is BlockKind.LIST_ITEM and any(
            r is not Role.TITLE for r in roles.values()
        ):
            end = i
            while end < n and blocks[end].kind is BlockKind.LIST_ITEM:
                end += 1
            if end - i > _SUMMARY_ITEMS:  # a long list is the body's, not a summary
                break
            if all(ending(b.text) is Ending.QUESTION for b in blocks[i:end]):
                break  # a summary states; "1. Ebook o carta?" is the first question
            if _bullets_alternate(blocks, end, n):
                break  # "- Fale-nos um pouco de você." / its answer / "- O que …?": turns
            for j in range(i, end):
                roles[j] = Role.SHARE if is_share(blocks[j]) else Role.SUMMARY
            i = end
            continue
        if role is None:
            if block.kind is BlockKind.RULE and roles:
                i += 1
                continue
            break
        has_lead = has_lead or role is Role.LEAD
        roles[i] = role
        i += 1
    headline = headline_under_label(blocks, title, n)  # "Gijón" / "“Hay que …”"
    if headline < 0:  # "# TSV Grünwinkel 1898 e.V." / "## Häufige Fragen zur Mitgliedschaft"
        headline = headline_under_masthead_heading(blocks, title, n)
    if headline >= 0:
        for k in range(title, headline):
            roles[k] = Role.SHARE
        roles[headline], title = Role.TITLE, headline
    if (item := heard_item(blocks, title, n)) >= 0:  # "Commission …" / … / "Audition de …"
        roles, title = retitled_to_item(roles, title, item), item
    end = max(roles) + 1 if roles else 0
    certain = True
    if title >= 0 and len(roles) == 1:
        first = blocks[title]
        top_heading = first.kind is BlockKind.HEADING and first.level == 1
        certain = (top_heading or ending(first.text) is Ending.NONE or asks_under_genre(first.text)
                   or question_over_dashed_turns(blocks, title, n)
                   or names_people_below(blocks, title, n))  # "… què canvia?" / its authors
    return Matter(0, end, roles, title, certain)


_SITE_NAME_WORDS = 6


def _names_site_above_top_link(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` is the site's name or address in its footer, a short line with no
    sentence's end right above the link back to the top ("AJUNTAMENT DE SANT PERE" /
    "Desplaça cap amunt"): not a question put without "?" after the last answer."""
    text = blocks[k].text.strip()
    return (
        k + 1 < len(blocks)
        and is_top_link(blocks[k + 1])
        and blocks[k].kind is BlockKind.PARAGRAPH
        and 0 < word_count(text) <= _SITE_NAME_WORDS
        and text[-1] not in ".?!…:"
    )


def retitled(blocks: list[Block], front: Matter) -> Matter:
    """``front`` with its title moved down to the line below it, when that line asks and the
    title is a site's or a section's name ("Bestelling plaatsen" / "Moet ik … betalen …?",
    "Science" / "Why do cats purr?"): in a document that turned out to be no interview, the
    line that asks is no first question but the headline. ``front`` unchanged otherwise."""
    title = front.title
    if title < 0 or title + 1 in front.roles or not question_under_name(blocks, title):
        return front  # "Starting a newsletter" / "What is this, anyway?": its standfirst
    roles = {**front.roles, title: Role.SHARE, title + 1: Role.TITLE}
    return Matter(front.start, max(front.end, title + 2), roles, title + 1, True)


def find_back_matter(blocks: list[Block], lo: int = 1) -> Matter:
    """The footer run at the bottom of ``blocks[lo:]`` (by default never the first block, which
    may be the title): FOOTER lines ("Source:", "Crédit Photo:", "©", "This interview has been
    edited…", a link back to the top and the site's name above it), SHARE links, a closing
    BYLINE and the rules between them. Empty unless it holds
    at least one footer or byline."""
    n = len(blocks)
    i = n
    roles: dict[int, Role] = {}
    floor = max(lo, n - _BACK_LIMIT)
    while i > floor:
        block = blocks[i - 1]
        if (
            is_footer(block)
            or is_top_link(block)
            or _names_site_above_top_link(blocks, i - 1)
            or is_mail_sign_off(block)  # "Best wishes, Margaret" / "-- " / "Sent from my iPhone"
            or said_on_top(blocks, i - 1)  # the site's name and tagline, at the top and the foot
        ):
            roles[i - 1] = Role.FOOTER
        elif is_share(block):
            roles[i - 1] = Role.SHARE
        elif block.kind is not BlockKind.HEADING and is_byline(block.text.strip()):
            roles[i - 1] = Role.BYLINE
        elif block.kind is not BlockKind.RULE:
            break
        i -= 1
    if not any(r in (Role.FOOTER, Role.BYLINE) for r in roles.values()):
        return Matter(n, n)
    return Matter(i, n, roles)
