"""The places of a line-by-line interview's questions put without "?": a short line where the
rhythm of one-paragraph answers wants a question (``plainform``'s rhythm reads them)."""

from __future__ import annotations

from ...model import BlockKind
from ..lines.lines import is_group_name
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, addresses_someone, sentence_count, speaks_of_self
from .pagetail import is_tag_line

_RHYTHM_WORDS = 25  # a question put without "?" in a line-by-line interview is short
_CONTINUATIONS = ("…", "...")


def fillable_gap(cues: Cues, a: int, gap: int) -> bool:
    """Whether the gap after the question at ``a`` is one-paragraph answers parted by one
    short line in a question's place, or, before a later question, two ("La ricetta per
    conquistare è…" / "Crudo di mare" / "La tua cucina in una parola…" / "Curiosa" / "Il
    piatto …?"; after the last question, the page's thanks and its footer are two lines too)."""
    two = gap == 5 and a + gap + 1 < len(cues)
    return (gap == 3 or two) and all(
        put_without_mark(cues, p) and not _asked_back(cues, p) for p in range(a + 2, a + gap, 2)
    )


def _asked_back(cues: Cues, p: int) -> bool:
    """Whether the line in a question's place replies to the guest asking back ("Úgy érti,
    miért akarok …?" / "Valahogy így."): the interviewer answers, and the guest goes on. A
    line that speaks to the guest puts the question again ("O co ci chodzi?" / "Liczę na to,
    że podniesie pan …")."""
    return cues.ends[p - 1] is Ending.QUESTION and not addresses_someone(cues.content(p))


def speaks_up(cues: Cues, k: int) -> bool:
    content = cues.content(k)
    return content.endswith("!") or addresses_someone(content)


def put_without_mark(cues: Cues, k: int) -> bool:
    content = cues.content(k)
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.words(k) <= _RHYTHM_WORDS
        and sentence_count(content) <= 2
        and not speaks_of_self(content)
        and not cues.content(k + 1).startswith(_CONTINUATIONS)
        # "Seconda intervista", "Shipping and Delivery": a section's name over its introduction
        and not is_group_name(content)
        and not is_tag_line(content)  # "Etiketler: söyleşi, öykü, …": the page's index
    )
