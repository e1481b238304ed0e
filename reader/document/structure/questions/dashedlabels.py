"""A label, a colon and a dialogue dash before each turn, the asker and the answerer each named
once ("«Утро с Ладогой», радио «Балтика»: — Вы …?" / "Пётр Сомов, баянист: — Может. …"): a
weekly roundup of questions put on air labels each question with the programme that asked it
and each answer with who gave it, none of them twice, so no speaker rule reads the labels, and
the question kept its programme's name as its first words.

The page's own evidence: the asking paragraph opens with a label, a colon and a dash, and the
paragraph under it, which answers, opens the same way with another label. The question is then
read from after the dash, as a speaker's label is left out."""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.textcues import DIALOGUE_DASHES
from .namedpair import labelled_pair_cut

_DASHES = "".join(sorted(DIALOGUE_DASHES))
# A label of a few words (no sentence's end inside it), a colon, a dialogue dash, a space.
_DASHED_LABEL = re.compile(rf"^([^.!?…:\n\u2028]{{2,80}}?)[ \t]*:[ \t]*[{_DASHES}][ \t]+(?=\S)")


def dashed_label_cut(cues: Cues, k: int) -> int:
    """Where the question of block ``k`` begins after its label, colon and dash, when the block
    asks and the next block, which does not, opens with another label, colon and dash; 0 when
    it is not so."""
    return labelled_pair_cut(cues, k, _DASHED_LABEL)
