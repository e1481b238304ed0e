"""Dashed turns for everyone that are an interview although the guest's replies are short:
a whole conversation of eight turns or more, or a short news interview's strict exchange
(``questions._form_turns`` asks these once the replies' lengths tell nothing)."""

from __future__ import annotations

from statistics import median

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Prefix
from .qa import question_ratio

_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)


def goes_on(cues: Cues, k: int) -> bool:
    """Whether block ``k`` carries the turn before it on, opening in lower case, as a PDF
    cuts a turn where its page breaks ("… before the game that" / "he knew how …?")."""
    return (
        k < len(cues)
        and cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.content(k)[:1].islower()
    )


_DIALOGUE_TURNS = 8
_REPLY_WORDS = 8


def whole_conversation(
    cues: Cues, turns: list[int], replies: list[int], asked: float, answered: float
) -> bool:
    """Whether dashed turns for everyone are an interview although the guest's replies are
    no longer than the questions (a press conference, a child's short answers, an interviewer
    who mostly remarks): eight turns or more in one unbroken run (a turn may go on in a block
    of its own, ``goes_on``), three quarters of the body,
    the replies never asking and, by median, sentences of eight words or more and at least ¾
    of the questions' length. A list runs among an article's prose; a story's dialogue asks
    on both sides."""
    between = set(range(turns[0], turns[-1] + 1)).difference(turns)
    if len(turns) < _DIALOGUE_TURNS or not all(goes_on(cues, k) for k in between):
        return False
    prose = sum(1 for kind in cues.kinds if kind in _PROSE or kind is BlockKind.LIST_ITEM)
    return (
        4 * (len(turns) + len(between)) >= 3 * prose
        and question_ratio(cues, replies) == 0.0
        and answered >= max(0.75 * asked, _REPLY_WORDS)
    )


def strict_exchange(cues: Cues, turns: list[int], asks: list[int], replies: list[int]) -> bool:
    """Whether a short news interview's dashed turns ("- Сколько школ …?" / "- По нашим данным,
    около сорока. …", twice) are one although the guest answers briefly: the turns in one
    unbroken run, every question asking and no reply, each reply longer than its question
    and, by median, a sentence of eight words or more (a last "─ Sabah iki saat. …" may be
    shorter). A list's items ("- Is the water safe?" / "- Dry socks.") reply in a few words;
    a story's dialogue asks on both sides."""
    if len(asks) != len(replies) or asks[0] > replies[0] or turns[-1] - turns[0] + 1 != len(turns):
        return False
    return (
        question_ratio(cues, asks) == 1.0
        and question_ratio(cues, replies) == 0.0
        and median(cues.words(reply) for reply in replies) >= _REPLY_WORDS
        and all(
            cues.words(reply) > cues.words(ask) for ask, reply in zip(asks, replies, strict=True)
        )
    )
