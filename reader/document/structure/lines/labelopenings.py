"""Each prose paragraph's opening label ("Q:", "Spørsmål:", a speaker's name, a dash), read
once for the rules that cut turns glued into one paragraph (``gluedturns``): each of them
asked ``split_prefix`` the same question of every paragraph again."""

from __future__ import annotations

from ...model import Block
from ..text.textcues import Prefix, split_prefix

LABEL_SCAN = 80  # a label is in a paragraph's first characters

# Per paragraph's index: its prefix, the speaker's name for a SPEAKER prefix (else ""), and
# where the words after the prefix begin (``textcues.split_prefix``).
Openings = dict[int, tuple[Prefix, str, int]]


def label_openings(blocks: list[Block], prose: list[int]) -> Openings:
    """The opening label of each paragraph of ``prose``."""
    return {index: split_prefix(blocks[index].text[:LABEL_SCAN]) for index in prose}
