"""The furniture a web page leaves under an interview's last answer when the back matter does
not take it: a tag line, a link to comment, a "back" link ("Etiketler: Sarıtepe, yerel
yönetimler" / "Yorum Yaz", "Zurück", "Condividi"). Rules that want a questionnaire's answers
to run to the end of the text read the end above it."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.cues import Cues

_MAX_BLOCKS = 3
_MAX_WORDS = 8
# A sentence's end, a quotation's or a bracket's: a reply, not a link.
_ENDS = frozenset(".!?…。！？»”“\"'’)]")
# A tag line: a label of a word or two, a colon, then two items or more parted by commas,
# each of four words at most with no sentence's mark ("Etiketler: söyleşi, öykü, Selma
# Karaduman", "תגיות: ראיון, ספרות ילדים"): a page's index, in whatever language it labels it.
_TAG_ITEM = r"[^\W\d_][^,.!?;:؟？。]{0,40}?"
_TAG_LINE = re.compile(
    rf"[^\W\d_][\w'’\-]*(?:[ \t][\w'’\-]+)?[ \t]*[:：][ \t]*"
    rf"{_TAG_ITEM}(?:[ \t]*[,،、][ \t]*{_TAG_ITEM})+"
)
_TAG_ITEM_WORDS = 4


def furniture_tail(cues: Cues, most: int = _MAX_BLOCKS) -> int:
    """How many of the last blocks (``most`` at most, three unless the caller's answers are
    marked surely enough to allow more) are a page's furniture: short paragraphs, eight words
    at most, ending with no sentence mark. A questionnaire's last answer may be one too
    ("Kentsel dönüşümü hızlandırmak"): callers let the answers end anywhere in it."""
    count = 0
    for k in range(len(cues) - 1, max(-1, len(cues) - 1 - most), -1):
        text = cues.content(k).rstrip()
        if (
            cues.kinds[k] is not BlockKind.PARAGRAPH
            or not text
            or text[-1] in _ENDS
            or cues.words(k) > _MAX_WORDS
        ):
            break
        count += 1
    return count


def is_tag_line(text: str) -> bool:
    """Whether ``text`` is a page's tag line ("Etiketler: söyleşi, öykü, Selma Karaduman"),
    which lists, names nobody it asks and is put in no question's place."""
    text = text.strip()
    if _TAG_LINE.fullmatch(text) is None:
        return False
    items = re.split(r"[,،、]", text.split(":", 1)[-1].split("：", 1)[-1])
    return all(len(item.split()) <= _TAG_ITEM_WORDS for item in items)


def related_links(cues: Cues, k: int) -> bool:
    """Whether the "question" at ``k`` is a link's headline under a heading at the page's
    foot ("Kapcsolódó cikkek" / "Őrség: bezár az utolsó bolt is?" / "Önkormányzati
    választás: ennyi jelölt indul"): what follows it to the end is the page's furniture,
    short lines with no sentence's end, which answer nothing."""
    return (
        k > 0
        and cues.kinds[k - 1] is BlockKind.HEADING
        and k + 1 < len(cues)
        and k + 1 >= len(cues) - furniture_tail(cues)
    )
