"""The furniture a web page leaves under an interview's last answer when the back matter does
not take it: a tag line, a link to comment, a "back" link ("Etiketler: Sarıtepe, yerel
yönetimler" / "Yorum Yaz", "Zurück", "Condividi"). Rules that want a questionnaire's answers
to run to the end of the text read the end above it."""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues

_MAX_BLOCKS = 3
_MAX_WORDS = 8
# A sentence's end, a quotation's or a bracket's: a reply, not a link.
_ENDS = frozenset(".!?…。！？»”“\"'’)]")


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
