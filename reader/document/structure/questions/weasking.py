"""Whether a page's questions are asked by the writer together with the reader, in the first
person plural: an essay or a column ("Why do we really put things off?" / "Are we stupid?" /
"No. I know plenty of …", "## Wissen wir zu wenig?" / "## Fehlt uns der Wille?").

An interviewer asks somebody ("you", "Sie", "vous", a name); the essayist asks "we", the
writer and the readers, and answers for both. An interviewer's occasional "Should we be
worried?" sits among questions put to the guest, which speak to them, and a lead presents
the guest by name: a page whose questions speak to nobody and ask "we", half of them or more,
with nobody named above them, interviews nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block
from .nobodyanswers import names_somebody, speaks_to_someone

_MIN_QUESTIONS = 2
_SCAN = 400
# The first person plural as a pronoun, each case spelled, in the languages read here: the
# subject and the object, not the possessive ("our school", "nostra scuola", "notre ville":
# a school paper's or a town's "we" asks its guest about what it shares with them). Left out
# where the word is something else elsewhere: the English "us" (the Catalan "you"), the
# Polish "my" (the English "my"), the Scandinavian "vi" (the Italian "you"), the Italian
# "ci" ("there"), "nos" (a French possessive, the Portuguese "in the"), the Polish "nas" and
# "nam" (the Portuguese "in the", the Vietnamese "Nam"), the French "on" ("one"), the Spanish
# "-mos" verbs. Half the questions must ask so: a word shared by chance seldom recurs.
_WE = re.compile(
    r"\b(?:[Ww]e|[Oo]urselves|[Nn]ous|[Ww]ir|[Uu]ns|[Nn]osotr[oa]s|[Nn]oi|[Nn]ós|[Ww]ij"
    r"|[Oo]ns|[Oo]ss)\b"
)


def asked_with_the_reader(blocks: Sequence[Block], questions: Sequence[str], first: int) -> bool:
    """Whether two questions or more, none speaking to anybody, ask in the first person
    plural, half of them or more, and no sentence above the first (block ``first``) names
    somebody: an interview's lead presents its guest ("Die Ökonomin Lena Berg erklärt …"),
    and its "Was müssen wir jetzt tun?" is put to her."""
    if len(questions) < _MIN_QUESTIONS or names_somebody(blocks, first):
        return False
    if any(speaks_to_someone(text) for text in questions):
        return False
    ours = sum(1 for text in questions if _WE.search(text, 0, _SCAN) is not None)
    return 2 * ours >= len(questions)
