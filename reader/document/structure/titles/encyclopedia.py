"""An encyclopedia's line under an entry's name, as a copy of Wikipedia or of one of its
mirrors brings it: "From Wikipedia, the free encyclopedia", "Z Wikipedii, wolnej
encyklopedii", "出典: フリー百科事典『ウィキペディア(Wikipedia)』", "Материал из Википедии —
свободной энциклопедии". It says where the page comes from, as a site's tagline does; the
entry's name stands above it. A picture's caption run into the same paragraph may follow it."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .titletails import without_glued_tail

# Wikipedia's name in the scripts it is written in, and the word "encyclopedia" in them.
_WIKI = (
    r"(?:wiki\w*|vikipedi\w*|википеди\w*|вікіпеді\w*|ウィキペディア|维基百科|維基百科|위키백과"
    r"|βικιπαίδει\w*|ويكيبيديا)"
)
_ENCYCLOPEDIA = (
    r"\S*?(?:(?:encyclop|enzyklop|enciclop|encyklop|enciklop|ensiklop|ansiklop|энциклопед"
    r"|енциклопед|εγκυκλοπαίδ)\w*|百科事典|百科全书|百科全書|백과사전|الموسوعة)"
)
# At most three words before the name ("Un article de", "出典:"), then a comma or a dash and
# at most three words before the encyclopedia ("the free", "свободной"); Japanese names the
# encyclopedia first. "How Wikipedia became the encyclopedia …" has no comma: a headline.
# Each word before the name ends at a space: a word that might end anywhere ("\S+\s*") gave a
# paragraph of Chinese or Japanese, with no spaces, countless ways to be cut into three words,
# each tried (15 s for a page of 1,800 characters).
_SOURCE = re.compile(
    rf"(?i)(?:\S+\s+){{0,3}}?(?:{_WIKI}\s*[,،，—–-]\s*(?:\S+\s+){{0,3}}?{_ENCYCLOPEDIA}"
    rf"|{_ENCYCLOPEDIA}\s*『?{_WIKI}(?:\s*\(Wikipedia\))?』?)[.。]?"
)
_SOURCE_WORDS = 10
_CAPTION_WORDS = 12


def is_encyclopedia_source(text: str) -> bool:
    """Whether a paragraph opens with an encyclopedia's line saying where the entry comes
    from, alone or with a short caption after it; "Wikipedia, the free encyclopedia, turns
    25" goes on as a sentence does and is a headline."""
    text = text.strip()
    if without_glued_tail(text) != text:
        return False  # "Streuobstwiese aus Wikipedia, …": the entry's name, its line glued on
    match = _SOURCE.match(text)
    if match is None or word_count(match.group()) > _SOURCE_WORDS:
        return False
    rest = text[match.end():].strip()
    return not rest or (rest[0] not in ",;:" and word_count(rest) <= _CAPTION_WORDS)


_TOP_BLOCKS = 8  # an entry's name and its line stand under a copy's few lines of chrome


def entry_above_source_line(blocks: list[Block], i: int, n: int,
                            roles: dict[int, Role]) -> int:
    """The entry's name when an encyclopedia's line stands right under it among the top
    lines, the lines above the name and the caption under the line its site's (SHARE); -1
    when there is no such line. The line and its picture's caption may be one paragraph or
    two: a copy that lost its blank lines, read line by line in Chinese or Japanese, gives
    the caption a paragraph of its own, which must not become the title."""
    for k in range(i + 1, min(n, i + _TOP_BLOCKS)):
        if blocks[k].kind is not BlockKind.PARAGRAPH or not is_encyclopedia_source(blocks[k].text):
            continue
        name = blocks[k - 1]
        if name.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or (
            word_count(name.text) > _SOURCE_WORDS or _ends_a_sentence(name)
        ):
            return -1
        for j in range(i, k - 1):
            roles[j] = Role.SHARE
        roles[k] = Role.SHARE
        caption = k + 1
        if caption < n and _is_caption(blocks[caption]) and not _ends_a_sentence(blocks[caption]):
            roles[caption] = Role.SHARE
        return k - 1
    return -1


def _is_caption(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and word_count(block.text) <= _CAPTION_WORDS


def _ends_a_sentence(block: Block) -> bool:
    return block.text.rstrip()[-1:] in ".?!。？！"
