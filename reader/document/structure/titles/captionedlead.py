"""A page's standfirst given twice: under the headline, then again as the caption of the
picture below it, the picture's credit run on ("В половине сельских школ … котлы" / "В
половине сельских школ … котлы Ирина Гончар Фото: Пресс-служба"). The line above the first
copy is the headline, whatever short lines of the site stand above it (a language switcher,
the day's date, a currency ticker, the section's name)."""

from __future__ import annotations

import re

from ...model import Block, Role
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import is_title_candidate, marker_role

_ZONE = 10  # the site's top lines, the headline and its standfirst
_STANDFIRST_WORDS = 4  # a standfirst says a sentence: a name's two words repeated are not one
_TOP_LINE_WORDS = 8
# A picture's credit: "Фото: …", "Photo: …", "Foto © …", "Kuva: …", "Fot. …".
_CREDIT = re.compile(
    r"(?i)(?<!\w)(?:photos?|fotos?|фото|kuva|bild|beeld|fot\.|zdj[eę]cie|imagem|imagen|image"
    r"|credit)\s*[:©.]"
)


def _flat(block: Block) -> str:
    return " ".join(block.text.split())


def standfirst_as_caption(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline above a standfirst the page gives again as its picture's credited caption:
    the standfirst becomes the LEAD, its caption and the short lines above the headline SHARE.
    -1 when no line near the top is so repeated, or when a sentence stands above the headline
    (the text had begun)."""
    for k in range(i + 1, min(n - 1, i + _ZONE)):
        standfirst = _flat(blocks[k])
        caption = _flat(blocks[k + 1])
        if (
            word_count(standfirst) < _STANDFIRST_WORDS
            or len(caption) <= len(standfirst)
            or not caption.startswith(standfirst)
            or _CREDIT.search(caption, len(standfirst)) is None
        ):
            continue
        headline = k - 1
        if (
            not is_title_candidate(blocks[headline])
            or is_chrome(blocks[headline])
            or blocks[headline].text.rstrip()[-1:] in ".!"
            or any(word_count(blocks[j].text) > _TOP_LINE_WORDS for j in range(i, headline))
        ):
            return -1
        for j in range(i, headline):
            roles[j] = marker_role(blocks[j]) or Role.SHARE
        roles[k] = marker_role(blocks[k]) or Role.LEAD
        roles[k + 1] = Role.SHARE
        return headline
    return -1
