"""Lines above a headline that no site chrome names, told from the headline by what stands
around them: a section's name in lower case ("cultura dei videogiochi" / "Minecraft e i …"), a
blog's tagline above the post's title, its date and its byline, a journal's question set as
a headline and signed by its authors, and a quoted line that opens the first of a page's
quoted intertitles."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import TITLE_WORDS, in_capitals, is_title_candidate, marker_role

_RUBRIC_WORDS = 4


def after_lower_case_rubric(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a section's name in lower case opens the page ("cultura dei
    videogiochi" / "Minecraft e i “volti che sorridono”: …"): a line of four words at most
    with no capital and no final mark, right above a longer line that opens with a capital and
    ends with no period (a headline, not the text's first sentence); the name made SHARE.
    ``i`` otherwise ("menu for a rainy day" above its recipe's first sentence stays)."""
    if i + 1 >= n:
        return i
    line, below = blocks[i].text.strip(), blocks[i + 1].text.strip()
    if not (
        blocks[i].kind is BlockKind.PARAGRAPH
        and 0 < word_count(line) <= _RUBRIC_WORDS
        and line == line.lower()
        and any(c.isalpha() for c in line)
        and line[-1].isalpha()
        and not is_chrome(blocks[i])  # "strona główna szkoły": a link home, the chrome's
        and blocks[i + 1].kind is BlockKind.PARAGRAPH
        and below[:1].isupper()
        and word_count(line) < word_count(below)
        # a headline set in capitals may run long ("LA LUNGA NOTTE … : "IN UN MESE …"")
        and (word_count(below) <= TITLE_WORDS or in_capitals(below))
        and below[-1] not in ".,;:"
        and marker_role(blocks[i + 1]) is None
    ):
        return i
    roles[i] = Role.SHARE
    return i + 1


# A quotation with its source after it, set at the top of a blog as its motto: «…» (Lucía
# Marín, Secano), "…" — Name. The closing mark, then only the source: a quoted headline has
# none ("“Sou muito clássico. …”" / its date / its credits).
_EPIGRAPH = re.compile(
    r"[«“„\"]\s*(?P<quote>[^«»“”„\"]{20,400}?)\s*[»”“\"]"
    r"\s*(?:\([^()]{2,80}\)|[—–-]\s*[^.!?]{2,60})\s*"
)
_EPIGRAPH_WORDS = 6


def after_epigraph(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the page's own lines begin under a blog's motto, a quotation with its source
    («Desde la orilla oyó …» (Lucía Marín, Secano)), when a date and a headline follow it:
    after it, the motto a CAPTION. ``i`` otherwise (a quote followed by the text is the
    headline it is, "„Wir haben alle schwarze Teile in uns“" / "Saarbrücken · …")."""
    if i + 2 >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return i
    epigraph = _EPIGRAPH.fullmatch(blocks[i].text.strip())
    if epigraph is None or word_count(epigraph.group("quote")) < _EPIGRAPH_WORDS:
        return i
    below = blocks[i + 1]
    dated = marker_role(below) is Role.DATELINE and is_title_candidate(blocks[i + 2])
    if not dated:
        return i
    roles[i] = Role.CAPTION
    return i + 1


_TAGLINE_MIN_WORDS = 5
_SHORT_TITLE_WORDS = 8


def below_tagline(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when a blog's tagline stands above a post's title, its date and
    its byline ("Notes From the Slow Lane of Getting Older" / "Reading the Death Notices" /
    "May 2022" / "By Howard Pell"): two lines with no final mark, the second shorter (eight
    words at most), then a date and a byline; the tagline made SHARE. -1 otherwise (a
    title over its subtitle says less than the subtitle)."""
    if i + 3 >= n:
        return -1
    top, title = blocks[i], blocks[i + 1]
    below = (i + 2, i + 3)
    marks = [marker_role(blocks[k]) for k in below]
    if not (
        top.kind is BlockKind.PARAGRAPH
        and title.kind is BlockKind.PARAGRAPH
        and is_title_candidate(top)
        and is_title_candidate(title)
        and top.text.strip()[-1].isalnum()
        and title.text.strip()[-1].isalnum()
        and word_count(top.text) >= _TAGLINE_MIN_WORDS
        and word_count(title.text) <= min(_SHORT_TITLE_WORDS, word_count(top.text) - 1)
        and Role.BYLINE in marks
        and any(
            m is Role.DATELINE or _bare_date(blocks[k].text)
            for k, m in zip(below, marks, strict=True)
        )
    ):
        return -1
    roles[i] = Role.SHARE
    return i + 1


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE_WORDS = 4


def _bare_date(text: str) -> bool:
    """A short line with a year: "May 2022", "Spring 2019"."""
    return word_count(text) <= _DATE_WORDS and _YEAR.search(text) is not None


# The authors' line under an article's title in a journal: their names and e-mail addresses
# ("Mgr. Jana Kubíčková, Ing. Petr Vlasák /e-mail: kubickova@…; vlasak@…").
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AUTHORS_WORDS = 25


def signed_below(blocks: list[Block], k: int, n: int) -> bool:
    """Whether the line under block ``k`` names its authors with their e-mail addresses, or
    is a byline or a dateline: a "?" line signed so is an article's headline, not a first
    question ("Comment écrire un communiqué de presse ?" / "mardi 6 mars 2012 par Ressort")."""
    if k + 1 >= n:
        return False
    text = blocks[k + 1].text.strip()
    # A post's date and author under it signs it too ("Posted on 14 January by Maggie"): an
    # interview dates no question.
    return marker_role(blocks[k + 1]) in (Role.BYLINE, Role.DATELINE) or (
        blocks[k + 1].kind is BlockKind.PARAGRAPH
        and word_count(text) <= _AUTHORS_WORDS
        and "?" not in text
        and _MAIL_ADDRESS.search(text) is not None
    )


# A publication line naming who published the piece: "Pubblicato da agenzia notizie il
# martedì, 17 aprile 2012", "Published by the editors on …", "Publié par …": a byline with its
# date, which closes a page's head as a byline does.
_PUBLISHED_BY = re.compile(
    r"(?i)(?:published|posted|pubblicato|publié|publicado|publicada|veröffentlicht|gepubliceerd"
    r"|geplaatst|opublikowano|publicerad|publisert)\s+(?:by|da|par|por|von|door|przez|av)\s"
)


def published_by(block: Block) -> bool:
    """Whether a line says who published the piece ("Pubblicato da … il …")."""
    return block.kind is BlockKind.PARAGRAPH and _PUBLISHED_BY.match(block.text.strip()) is not None


_QUOTED = re.compile(r"[“\"«„‘'»].{1,80}[”\"»“’'«]")
_INTERTITLE_WORDS = 8
_INTERTITLES = 2  # later lines of the same form that make a quoted line an intertitle
_INTERTITLE_ZONE = 400


def recurring_intertitle(blocks: list[Block], k: int, n: int) -> bool:
    """Whether block ``k``, a short line in quotes, is the first of a document's intertitles:
    two later lines or more are short lines in quotes too."""

    def quoted(block: Block) -> bool:
        text = block.text.strip()
        return (
            block.kind is BlockKind.PARAGRAPH
            and word_count(text) <= _INTERTITLE_WORDS
            and _QUOTED.fullmatch(text) is not None
        )

    if not quoted(blocks[k]):
        return False
    later = blocks[k + 1 : min(n, k + _INTERTITLE_ZONE)]
    return sum(1 for b in later if quoted(b)) >= _INTERTITLES
