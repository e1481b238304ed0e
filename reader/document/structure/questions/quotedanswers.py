"""Answers set wholly in quotation marks, the interviewer's words plain between them, asking
with or without "?" ("Je moeder is heel belangrijk voor je geweest, vertelde je vriendin." /
"‘Ik groeide op in een volksbuurt. …’" / "Werd je daar niet eigenwijs van?" / "‘Natuurlijk.’"),
as a magazine's portrait interview prints them.

An article quotes too, but gives its quotations their speaker ("‘…’, zegt hij.") and seldom
quotes whole paragraphs three times running to its end, each after a short plain one.
"""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, wholly_quoted
from .pagetail import furniture_tail

_PAIRS = 3
_PROMPT_WORDS = 35
_ANSWER_WORDS = 6  # "‘Yes.’", "‘Not yet,’": a line of dialogue, not an answer
_OPENERS = (*"«“„\"‘‚'", ",,")  # ",,": a typewriter's „ (",,Ik was al …''")
# Answers wholly quoted mark the turns surely: a share bar and a "read also" list under the
# last one ("Deel dit artikel" / "Facebook" / "Twitter" / "WhatsApp" / "Lees ook" / …) may
# be longer than a questionnaire's tail.
_TAIL = 8


def quoted_answers(cues: Cues) -> list[tuple[int, int]] | None:
    """The questions as ``(question, answer)`` pairs of indices into ``cues``: three or more,
    in one run going on to the end of the body (or to the page's furniture under it, "Zurück")
    where a short plain paragraph and a longer one wholly in quotation marks alternate, one
    question at least asking with "?"; None otherwise."""
    pairs: list[tuple[int, int]] = []
    k = _last_prompt(cues)
    while k >= 0 and _prompt(cues, k) and _quoted_answer(cues, k + 1):
        pairs.append((k, k + 1))
        k -= 2
    if len(pairs) < _PAIRS or not any(cues.ends[q] is Ending.QUESTION for q, _ in pairs):
        return None
    return pairs[::-1]


def _last_prompt(cues: Cues) -> int:
    """Where the run's last prompt stands: above the last block, or above the page's furniture
    ("Zurück") when an answer in quotation marks ends there."""
    for skip in range(furniture_tail(cues, _TAIL) + 1):
        k = len(cues) - 2 - skip
        if k >= 0 and _prompt(cues, k) and _quoted_answer(cues, k + 1):
            return k
    return len(cues) - 2


def _prompt(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and not cues.content(k).startswith(_OPENERS)
        and cues.words(k) <= _PROMPT_WORDS
    )


def _quoted_answer(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and wholly_quoted(_without_closing_stop(cues.content(k)))
        and cues.ends[k] is not Ending.QUESTION
        and cues.words(k) >= max(_ANSWER_WORDS, cues.words(k - 1))
    )


def _without_closing_stop(text: str) -> str:
    """The answer without the period an Italian or French page sets after its closing mark
    ("«Lo deciderò con il mio gruppo».")."""
    core = text.rstrip()
    return core[:-1] if core.endswith(".") and core[-2:-1] in "»”\"’" else core
