"""The first exchange named in full, the rest bare: a sports portal prints "Przemysław Langer
(Gol.pl): …?" and "Dawid Szwarc (asystent …): …" once, then lets the interviewer's and the
guest's paragraphs alternate with no mark at all — the interviewer's remarks included
("Marek Papiernik w roli lekarza nie tylko piłki, ale i dusz."), which ask by their place."""

from __future__ import annotations

import re
from statistics import median

from ...model import BlockKind
from ..questions.qa import QA, Form, assemble, question_ratio
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Prefix, split_prefix

# "Przemysław Langer (Gol.pl): ", "Marek Kowalczyk, selekcjoner reprezentacji: ": a first name
# and a surname (or two), then what they are, after a comma or in brackets, then a colon.
_NAMED = re.compile(
    rf"(?P<name>[{CAPITALS}][\w'’\-]+(?:\s[{CAPITALS}][\w'’\-]+){{1,2}})"
    r"(?:,\s[^:\n()]{2,60}|\s\([^:\n()]{2,80}\))?\s?:\s"
)
_MIN_BARE_TURNS = 4  # two questions and their answers after the named exchange, at least


def form_named_exchange(cues: Cues) -> QA | None:
    """Questions from an interview whose first exchange only is named: two different people
    named in full in two paragraphs in a row, then bare paragraphs alternating to the end of
    the body (four or more), one paragraph a turn. The interviewer's turns (every other one,
    from the first named) must ask at least a third of the time, be shorter than the guest's
    by median, and the guest's (almost) never ask."""
    prose = [k for k, kind in enumerate(cues.kinds) if kind is BlockKind.PARAGRAPH]
    for k in prose:
        if k + 1 >= len(cues) or cues.kinds[k + 1] is not BlockKind.PARAGRAPH:
            continue
        asker, guest = _named(cues, k), _named(cues, k + 1)
        if asker and guest and asker != guest:
            return _alternating(cues, k)
    return None


def _named(cues: Cues, k: int) -> str:
    found = _NAMED.match(cues.content(k), 0, 160)
    return found.group("name") if found else ""


def _alternating(cues: Cues, first: int) -> QA | None:
    bare = list(range(first + 2, len(cues)))
    if len(bare) < _MIN_BARE_TURNS or any(
        cues.kinds[k] is not BlockKind.PARAGRAPH or cues.prefixes[k] is not Prefix.NONE
        or _named(cues, k)
        for k in bare
    ):
        return None
    asks, replies = [first, *bare[::2]], [first + 1, *bare[1::2]]
    if len(replies) < len(asks):
        return None  # the body ends on a question left unanswered: no alternation
    if 3 * question_ratio(cues, asks) < 1 or question_ratio(cues, replies) > 0.1:
        return None
    if median(cues.words(k) for k in asks) >= median(cues.words(k) for k in replies):
        return None
    prefix, speaker, cut = split_prefix(cues.blocks[cues.lo + first].text)
    if prefix is Prefix.SPEAKER:  # named once, so not kept as a speaker by the cues
        cues.prefixes[first], cues.speakers[first], cues.cuts[first] = prefix, speaker, cut
    return assemble(Form.PLAIN, cues, asks)
