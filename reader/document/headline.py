"""Where the headline stands when a web page puts its own lines above it: the site's name, a
section, a breadcrumb, a "< back" link, a paper's name set as a heading."""

from __future__ import annotations

import re

from .chrome import is_chrome
from .model import Block, BlockKind, Role
from .textcues import Ending, Prefix, ending, split_prefix, word_count
from .titlecues import is_lead, is_title_candidate, marker_role

_SITE_NAME_WORDS = 5  # a line this short above the headline is a site's or a section's name
HEAD_LIMIT = 8  # chrome, markers and the headline: the first blocks only
# An archive page's heading, above the teasers of the articles it lists.
_ARCHIVE = re.compile(
    r"(?i)(?:kategorie|schlagwort|tag|category|cat[ée]gorie|[ée]tiquette|etiqueta|categor[íi]a"
    r"|archiv|archives?|tagged|mot-cl[ée])\s?:\s*\S[^:]{0,60}$"
)

def is_masthead(blocks: list[Block], i: int, n: int) -> bool:
    """Whether heading ``i`` is a paper's name above its headline: a heading of lower rank
    follows it, and a byline or a dateline that one ("# The Eastside Echo" / "## A
    conversation with our new librarian" / "By Sam Whitaker")."""
    if i + 2 >= n or blocks[i].kind is not BlockKind.HEADING:
        return False
    headline = blocks[i + 1]
    return (
        headline.kind is BlockKind.HEADING
        and headline.level > blocks[i].level
        and marker_role(blocks[i + 2]) in (Role.BYLINE, Role.DATELINE)
    )


def skip_chrome(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """Where the headline is when site chrome stands above it: the first heading among the
    top lines, else the last of the short lines before the text begins (the one before it
    when that last one asks and two lines or more stand above it), when every line before it
    is chrome or a site's or section's name (five words at most). The lines above
    the headline become SHARE (hidden from reading, like share links), markers keep their
    role. Returns ``i`` unchanged when the top holds no chrome."""
    if i < n and _ARCHIVE.match(blocks[i].text):
        return i  # "Schlagwort: Interview": an archive's page, titled by its tag
    tops: list[int] = []
    limit = min(n, i + HEAD_LIMIT)
    j = i
    while j < limit:
        block = blocks[j]
        if tops and is_lead(block):
            break  # a standfirst follows the headline
        if is_chrome(block) or marker_role(block) is not None:
            tops.append(j)
        elif is_title_candidate(block):
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
    lines = [k for k in tops if not is_chrome(blocks[k]) and marker_role(blocks[k]) is None]
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
        if marker_role(block) is None and not is_chrome(block) and not name:
            return fallback
    for k in above:
        roles[k] = marker_role(blocks[k]) or Role.SHARE
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
    if end <= i or end >= len(blocks) or not is_title_candidate(blocks[end]):
        return i
    for k in range(i, end):
        roles[k] = Role.SHARE
    return end
