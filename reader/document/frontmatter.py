"""Front matter and back matter of news-like documents, found at the document's two ends.

Front matter is a run of recognisable blocks from the top: a title, then any of a lead
(standfirst), a byline, share links, a dateline, a photo caption, and the summary bullets that
follow them. The run stops at the first block that is none of these, so body text is never taken
for front matter. Back matter is a run of footers ("Source:", "Crédit Photo:", "©" …), share
links and bylines read up from the bottom.

Each kind of line is recognised by ``matterlines``; only blocks at the two ends are examined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chrome import is_chrome
from .matterlines import is_byline, is_caption, is_dateline, is_footer, is_share
from .model import LINE_BREAK, Block, BlockKind, InlineStyle, Role
from .textcues import Ending, Prefix, covered_by, ending, split_prefix, word_count

_FRONT_LIMIT = 16  # the front-matter zone is at most this many blocks
_BACK_LIMIT = 12
_TITLE_WORDS = 25
_TITLE_CHARS = 220
_LEAD_WORDS = 90
_SUMMARY_ITEMS = 6

_EMPHASIS = frozenset({InlineStyle.EMPHASIS, InlineStyle.STRONG})

# A rubric in capitals opening the lead: "INTERVIEW De plus en plus…", "ENTREVISTA. La…".
_RUBRIC = re.compile(
    r"[A-ZÀ-ÖØ-Þ]{3,}(?:[ \-][A-ZÀ-ÖØ-Þ]{2,}){0,2}\s*[.:–—-]?\s+(?=[«“\"„]?[A-ZÀ-ÖØ-Þ])"
)


@dataclass(frozen=True, slots=True)
class Matter:
    """A run of front- or back-matter blocks ``[start, end)`` and the roles found in it."""

    start: int
    end: int
    roles: dict[int, Role] = field(default_factory=dict)
    title: int = -1  # the TITLE block, -1 if none
    title_certain: bool = True  # False: a lone "?" title that may be an interview's first question


def _is_lead(block: Block) -> bool:
    """A standfirst opened by a rubric in capitals ("INTERVIEW De plus en plus…"), or set
    entirely in emphasis, and not a question."""
    if block.kind is not BlockKind.PARAGRAPH or word_count(block.text) > _LEAD_WORDS:
        return False
    if ending(block.text) is Ending.QUESTION:
        return False
    return _RUBRIC.match(block.text) is not None or covered_by(block, _EMPHASIS)


def _opens_turns(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, opened by a name in capitals and a colon, is a speaker's first turn
    ("STEPHEN DALE: You're joking."): the name, or its last word, opens a later block too."""
    prefix, name, _ = split_prefix(blocks[i].text)
    if prefix is not Prefix.SPEAKER:
        return False
    names = {name, name.split()[-1]}
    later = blocks[i + 1 : i + 1 + _HEAD_LIMIT]
    return any(split_prefix(b.text)[1] in names for b in later if b.kind is BlockKind.PARAGRAPH)


_TITLE_CASE_WORDS = 3


# Short words a title in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    {"with", "from", "into", "over", "about", "that", "this", "pour", "avec", "dans", "sans",
     "über", "nach", "para", "como", "sobre", "della", "delle", "degli", "voor", "naar"}
)


def _title_case(text: str) -> bool:
    """Whether a line capitalises every longer word, as a headline may even when it ends with
    a period ("UNIT 9 – Imaginary Interview with a Famous Chef."); a sentence does not (German
    nouns included: "Die Stadt hat ein neues Rathaus gebaut.")."""
    words = [w.strip(".,;:!?«»\"'’()") for w in text.split()]
    longer = [w for w in words if len(w) >= 4 and w.casefold() not in _TITLE_SMALL_WORDS]
    return len(longer) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in longer)


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


_LABELS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*\s?:\s")
_SITE_NAME_WORDS = 5  # a line this short above the headline is a site's or a section's name
_HEAD_LIMIT = 8  # chrome, markers and the headline: the first blocks only
# An archive page's heading, above the teasers of the articles it lists.
_ARCHIVE = re.compile(
    r"(?i)(?:kategorie|schlagwort|tag|category|cat[ée]gorie|[ée]tiquette|etiqueta|categor[íi]a"
    r"|archiv|archives?|tagged|mot-cl[ée])\s?:\s*\S[^:]{0,60}$"
)
_QUOTE_COLON = re.compile(r"[»\"”“]\s*:$")  # « La citation » : — a headline that runs on


def _title_candidate(block: Block) -> bool:
    text = block.text.strip()
    if not text:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    if word_count(text) > _TITLE_WORDS or len(text) > _TITLE_CHARS:
        return False
    if text[-1] in ",;" or (text[-1] == ":" and not _QUOTE_COLON.search(text)):
        return False
    if text[-1] == "." and not text.endswith("...") and not _title_case(text):
        return False
    if split_prefix(text)[0] in (Prefix.QUESTION, Prefix.ANSWER, Prefix.DASH):
        return False
    if len(_LABELS.findall(text, 0, _TITLE_CHARS)) >= 2:
        return False  # "Entrevistadora: Beatriz Lima Entrevistado: Rafael Moura": credits
    return not (is_byline(text) or is_dateline(text) or is_share(block) or is_footer(block))


_MARKED_HEADLINE_WORDS = 12


def _headline_above_marker(blocks: list[Block], i: int, n: int) -> bool:
    """A short sentence that ends with a period is a headline when a caption, byline or
    dateline follows it ("Redactie bij een lid van de club." above "Foto: …"): a text's first
    sentence is followed by more of the text."""
    block = blocks[i]
    return (
        block.kind is BlockKind.PARAGRAPH
        and i + 1 < n
        and block.text.rstrip().endswith(".")
        and word_count(block.text) <= _MARKED_HEADLINE_WORDS
        and LINE_BREAK not in block.text
        and split_prefix(block.text)[0] is Prefix.NONE
        and _marker(block) is None
        and _marker(blocks[i + 1]) is not None
    )


def _marker(block: Block) -> Role | None:
    """The role of a block that marks front matter by itself: share links, byline, dateline,
    caption."""
    if block.kind in (BlockKind.RULE, BlockKind.CODE, BlockKind.HEADING):
        return None
    text = block.text.strip()
    if is_share(block):
        return Role.SHARE
    if is_byline(text):
        return Role.BYLINE
    if is_dateline(text):
        return Role.DATELINE
    if is_caption(block):
        return Role.CAPTION
    return None


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
    i = _skip_chrome(blocks, i, n, roles)
    if _masthead(blocks, i, n):
        roles[i] = Role.SHARE
        i += 1
    if i > top:  # the headline stands below the chrome: only the headings after it count
        later_heading_level = min(
            (b.level for b in blocks[i + 1 : n] if b.kind is BlockKind.HEADING), default=7
        )
    if i < n and (_title_candidate(blocks[i]) or _headline_above_marker(blocks, i, n)):
        first = blocks[i]
        if first.kind is not BlockKind.HEADING or first.level < later_heading_level:
            title = i
            roles[i] = Role.TITLE
            i += 1
    has_lead = False
    limit = min(n, i + _FRONT_LIMIT)
    while i < limit:
        block = blocks[i]
        role = _marker(block)
        if (
            role is None
            and not has_lead
            and _is_lead(block)
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
            and word_count(block.text) <= _LEAD_WORDS
            and any(_marker(b) for b in blocks[i + 1 : min(i + 3, n)])
        ):
            role = Role.LEAD
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
    end = max(roles) + 1 if roles else 0
    certain = True
    if title >= 0 and len(roles) == 1:
        first = blocks[title]
        top_heading = first.kind is BlockKind.HEADING and first.level == 1
        certain = top_heading or ending(first.text) is Ending.NONE
    return Matter(0, end, roles, title, certain)


def _masthead(blocks: list[Block], i: int, n: int) -> bool:
    """Whether heading ``i`` is a paper's name above its headline: a heading of lower rank
    follows it, and a byline or a dateline that one ("# The Eastside Echo" / "## A
    conversation with our new librarian" / "By Sam Whitaker")."""
    if i + 2 >= n or blocks[i].kind is not BlockKind.HEADING:
        return False
    headline = blocks[i + 1]
    return (
        headline.kind is BlockKind.HEADING
        and headline.level > blocks[i].level
        and _marker(blocks[i + 2]) in (Role.BYLINE, Role.DATELINE)
    )


def _skip_chrome(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when site chrome stands above it: the first heading among the
    top lines, else the last of the short lines before the text begins (the one before it
    when that last one asks and two lines or more stand above it), when every line before it
    is chrome or a site's or section's name (five words at most). The lines above
    the headline become SHARE (hidden from reading, like share links), markers keep their
    role. Returns ``i`` unchanged when the top holds no chrome."""
    if i < n and _ARCHIVE.match(blocks[i].text):
        return i  # "Schlagwort: Interview": an archive's page, titled by its tag
    tops: list[int] = []
    limit = min(n, i + _HEAD_LIMIT)
    j = i
    while j < limit:
        block = blocks[j]
        if tops and _is_lead(block):
            break  # a standfirst follows the headline
        if is_chrome(block) or _marker(block) is not None:
            tops.append(j)
        elif _title_candidate(block):
            tops.append(j)
            if block.kind is BlockKind.HEADING or ending(block.text) is not Ending.NONE:
                break  # a heading is the headline; a "?" line may be the first question
        else:
            break
        j += 1
    # Whatever decides the headline below, plain chrome at the very top ("Page 1 sur 9",
    # "Partnerseiten") is never it.
    leading = next((k for k in range(i, j) if not is_chrome(blocks[k], strict=True)), j)
    fallback = _after_chrome(blocks, i, leading if leading < n else i, roles)
    lines = [k for k in tops if not is_chrome(blocks[k]) and _marker(blocks[k]) is None]
    if not lines:
        return fallback
    headline = lines[-1]
    heading = next((k for k in lines if blocks[k].kind is BlockKind.HEADING), -1)
    if heading >= 0:
        headline = heading
    elif (
        len(lines) >= 3
        and ending(blocks[headline].text) is Ending.QUESTION
        and split_prefix(blocks[lines[-2]].text)[0] is not Prefix.SPEAKER
    ):
        # "Edizioni del Faro" / "Area stampa" / "Intervista all'autore: …" / "Che cos'è…?":
        # below a site's lines, the "?" line is the first question and the one above it the
        # headline, unless that one is a label ("Entrevistada: Marta, mãe de alunos").
        headline = lines[-2]
    above = [k for k in tops if k < headline]
    if not above:
        return fallback
    # A short line may be the title itself when what follows it asks ("Le Monde : Vous partez
    # quand ?" is a first question): only chrome then stands above a headline.
    asks = ending(blocks[headline].text) in (Ending.QUESTION, Ending.SUSPENDED)
    for k in above:
        block = blocks[k]
        name = (
            not asks
            and word_count(block.text) <= _SITE_NAME_WORDS
            and not _in_sentence_case(block.text)
        )
        if _marker(block) is None and not is_chrome(block) and not name:
            return fallback
    for k in above:
        roles[k] = _marker(blocks[k]) or Role.SHARE
    return headline


_SENTENCE_WORDS = 3
_COMMON_WORD = re.compile(r"(?<!\S)[a-zà-öø-ÿ]{3,}(?!\S)")


def _in_sentence_case(text: str) -> bool:
    """Whether a short line reads as a headline, not a site's name: three common words in
    lower case or more ("Welcoming a new team member"); a site's or a section's name is
    mostly names ("The Eastside Echo", "Edizioni del Faro", "Le petit journal de l'école")."""
    return len(_COMMON_WORD.findall(text)) >= _SENTENCE_WORDS


def _after_chrome(blocks: list[Block], i: int, end: int, roles: dict[int, Role]) -> int:
    """``end``, the chrome lines ``blocks[i:end]`` made SHARE; ``i`` when there are none or
    no headline follows them ("Entrevista | Ana Ruiz" above the lead is the headline)."""
    if end <= i or end >= len(blocks) or not _title_candidate(blocks[end]):
        return i
    for k in range(i, end):
        roles[k] = Role.SHARE
    return end


def find_back_matter(blocks: list[Block], lo: int = 1) -> Matter:
    """The footer run at the bottom of ``blocks[lo:]`` (by default never the first block, which
    may be the title): FOOTER lines ("Source:", "Crédit Photo:", "©", "This interview has been
    edited…"), SHARE links, a closing BYLINE and the rules between them. Empty unless it holds
    at least one footer or byline."""
    n = len(blocks)
    i = n
    roles: dict[int, Role] = {}
    floor = max(lo, n - _BACK_LIMIT)
    while i > floor:
        block = blocks[i - 1]
        if is_footer(block):
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
