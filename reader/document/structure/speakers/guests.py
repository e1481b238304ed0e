"""Who the guest is among the speakers who are not the interviewer: the one who speaks most,
and of two speaking as often, the one who asks less. But a podcast's host greets, chats with a
co-host and hands over, so that the host's turns outnumber the guest's: when the one speaking
most asks (one turn in three or more) while another, speaking at least half as often, never
asks, the one who never asks is the guest. Whoever asks is told from the guest by asking."""

from __future__ import annotations

from ..questions.qa import question_ratio
from ..text.cues import Cues

_ASKING = 1 / 3
_MIN_TURNS = 3


def guest_of(cues: Cues, names: dict[str, list[int]], others: list[str]) -> str:
    """The guest among ``others`` (see the module's docstring)."""
    ratio = {name: question_ratio(cues, names[name]) for name in others}
    most = max(others, key=lambda name: (len(names[name]), -ratio[name]))
    if ratio[most] < _ASKING:
        return most
    silent = [
        name for name in others
        if ratio[name] == 0 and len(names[name]) >= max(_MIN_TURNS, len(names[most]) / 2)
    ]
    return max(silent, key=lambda name: len(names[name])) if silent else most
