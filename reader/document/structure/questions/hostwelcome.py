"""A podcast host's welcome, the first turn, which asks nothing: "Sabine: Herzlich willkommen
zu "Handwerk hat Zukunft". Heute bin ich zu Gast … Schön, dass ich hier sein darf." /
"Annelie: Sehr gern. Passen Sie auf die Filzreste auf …", every later turn of the host's
asking ("Sabine: Frau Ritter, wie sind Sie zum Hutmachen gekommen?").

``openings.without_greeting`` drops a welcome answered in a few words ("Un placer."); a guest
may answer at more length. The page's rhythm decides instead: the first question found welcomes
or thanks and asks nothing (no "?", no "…"), and every later one, three at least, asks. A
first turn that asks nothing and welcomes no one ("Erzählen Sie von Ihrer Werkstatt.") stays a
question. A leaf of ``questions``.
"""

from __future__ import annotations

from ..text.cues import Cues
from ..text.textcues import Ending
from .openings import _THANKS, _WELCOME
from .qa import QA

_LATER_ASKING = 3


def without_host_welcome(cues: Cues, qa: QA | None) -> QA | None:
    """``qa`` without its first question when that is the host's welcome (see the module)."""
    if qa is None or len(qa.questions) < 1 + _LATER_ASKING:
        return qa
    first, *later = qa.questions
    opening = first.text
    welcomes = _WELCOME.search(opening) or _THANKS.search(opening)
    if "?" in opening or "…" in opening or not welcomes:
        return qa
    if any(cues.ends[q.answer - 1 - cues.lo] is not Ending.QUESTION for q in later):
        return qa
    return QA(qa.form, tuple(later), qa.headings)
