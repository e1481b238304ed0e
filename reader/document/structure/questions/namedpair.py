"""Two names opening an exchange once: the interviewer's over the first question, the guest's
over the first answer ("Selim Karaca: Kemal Bey, … tanıtır mısınız?" / "Kemal Ergin: 1956'da
… doğdum."), and no label after them. An e-mail interview credits both speakers at the start
and then leaves its questions bare; each name is said once, so no speaker rule reads it as a
label (they want a name said twice, or listed above), and the first question kept the
interviewer's name as its first words.

The page's own evidence: the question opens with a full name and a colon, and the paragraph
under it, which answers, opens with another full name and a colon. The question is then read
without its name, as a speaker's label is read.
"""

from __future__ import annotations

import re

from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending

# A full name, two or three capitalised words, then a colon and a space: "Selim Karaca: ".
_NAME_LABEL = re.compile(
    rf"^([{CAPITALS}][^\W\d_]+(?:[ \t]+[{CAPITALS}][^\W\d_]+){{1,2}}):[ \t]+(?=\S)"
)


def named_pair_cut(cues: Cues, k: int) -> int:
    """Where the question of block ``k`` begins after the interviewer's name that opens it, when
    the block asks and the next block opens with another full name ("Kemal Ergin: …"); 0 when
    it is not so."""
    return labelled_pair_cut(cues, k, _NAME_LABEL)


def labelled_pair_cut(cues: Cues, k: int, label: re.Pattern[str]) -> int:
    """Where the question of block ``k`` begins after the ``label`` that opens it (its match's
    end), when the block asks and the next block, which does not, opens with another label of
    that shape; 0 when it is not so. Two labels asking in turn are a conversation: each line
    stays whole."""
    if cues.ends[k] is not Ending.QUESTION or k + 1 >= len(cues):
        return 0
    asked = label.match(cues.content(k))
    answered = label.match(cues.content(k + 1))
    if asked is None or answered is None or asked.group(1) == answered.group(1):
        return 0
    if cues.ends[k + 1] is Ending.QUESTION:
        return 0
    return asked.end()
