"""Turns marked by a sign and run on in one paragraph, in the scripts with no capitals, as
papers in Korean or Arabic print a short interview: "-요즘 어떤 기사를 읽었나요. =‘청년 …’요.
-주로 …", "{ ماذا تكتبين..? أكتب … { إلى أي …..? …". Each question opens with the same sign
after a sentence's end, and ends where its answer opens: at the answer's own sign ("="), or
after its question mark ("?", "؟", "？"). Gives the offsets where a block is cut
(``dashturns.dash_turn_cuts``, read by ``gluedturns``)."""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import Block
from ..text.capitals import KANA_HAN, UNCASED_SCRIPTS

# Letters of the scripts with no capitals: hangul, kana and kanji, Arabic and Persian, Hebrew,
# the Indic scripts and Thai. Latin, Cyrillic and Greek dashed turns are read by ``dashturns``
# (a capital opens each turn there).
UNCASED_LETTER = (
    rf"[\uac00-\ud7af{KANA_HAN}\u0620-\u065f\u066e-\u06d3\u05d0-\u05ea{UNCASED_SCRIPTS}]"
)
# A question's sign: a dash against its first word or set apart by a space; a paper's glyph
# for a bullet, which a font's mapping may turn into "{" (an Arabic paper's "{ ماذا …"); a
# square, a disc, a triangle, a diamond.
_SIGNS = "-–—{■●▲◆◇□○"
_OPENING = re.compile(
    rf"(?:^|(?<=[.!?؟？…。)\]\"”’»'][ \t])|(?<=[.!?؟？…。][\u2028]))"
    rf"([{re.escape(_SIGNS)}])[ \t]?(?=[‘“\"«(]?{UNCASED_LETTER})"
)
# The answer's own sign, after the question's end: "… 있나요. =네, …".
_ANSWER_SIGN = re.compile(r"(?<=[.!?؟？…。])[ \t]+(?==[ \t]?\S)")
# The question's mark, one or more (after dots: "..?", as the Arabic paper types it), then the
# answer's first letter.
_ASKED = re.compile(rf"[?؟？]+[\"”’»)]?[ \t]+(?=[‘“\"«(]?{UNCASED_LETTER})")
_MIN_TURNS = 3
_ANSWERED_SHARE = 2 / 3


# A sign standing alone between two words, which opens every turn, the question's and the
# answer's alike: "… fatto. * QUANTI ANNI HA? * Io ho 64 anni. * DA QUANTI …? * Sono …".
_LONE_SIGN = re.compile(r"(?:^|(?<=\s))([*•■●◆▪])(?=\s)")
_ASKS = ("?", "؟", "？")


def _both_ways_cuts(text: str) -> list[int]:
    """Where each turn begins (the space before its sign) in a paragraph whose turns each open
    with the same sign set apart, the question's and the answer's: three questions or more,
    each asking one answered by the next turn, which asks nothing; [] otherwise."""
    signs = list(_LONE_SIGN.finditer(text))
    if len(signs) < 2 * _MIN_TURNS or len({m.group(1) for m in signs}) != 1:
        return []
    starts = [m.start(1) for m in signs]
    turns = [text[a + 1 : b].strip() for a, b in pairwise([*starts, len(text)])]
    asking = [turn.endswith(_ASKS) for turn in turns]
    answered = sum(1 for a, b in pairwise(asking) if a and not b)
    if answered < _MIN_TURNS or answered < _ANSWERED_SHARE * sum(asking):
        return []
    return [start - 1 for start in starts if start > 0]


def marked_run_on_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where each turn begins in a paragraph of three questions or more opened by the same
    sign, in a script with no capitals, two in three of them answered right after (at the
    answer's sign or after the question mark): before each question's sign and before each
    answer. A paragraph with a dash or two in its prose opens too few turns to be cut."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        text = blocks[index].text
        if sum(text.count(sign) for sign in _SIGNS + "*•■●◆▪") < _MIN_TURNS:
            continue  # most paragraphs: counted before any search
        found = _cuts(text) or _both_ways_cuts(text)
        if found:
            cuts[index] = found
    return cuts


def _cuts(text: str) -> list[int]:
    openings = list(_OPENING.finditer(text))
    signs = {m.group(1) for m in openings}
    if len(openings) < _MIN_TURNS or len(signs) != 1:
        return []
    starts = [m.start(1) for m in openings]
    answers = [_answer_opening(text, start, end) for start, end in pairwise([*starts, len(text)])]
    if sum(1 for a in answers if a) < _ANSWERED_SHARE * len(starts):
        return []
    before = [start - 1 for start in starts if start > 0]  # the space before each sign
    return sorted({*before, *(a for a in answers if a)})


def _answer_opening(text: str, start: int, end: int) -> int:
    """The offset of the space before the answer of the turn from ``start`` to ``end``, or 0."""
    sign = _ANSWER_SIGN.search(text, start, end)
    if sign is not None:
        return sign.start()
    asked = _ASKED.search(text, start, end)
    return asked.end() - 1 if asked is not None else 0
