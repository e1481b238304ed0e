"""Whether a page tells an interview instead of printing it: a blog post or a report whose
questions ask *about* the guest in the third person ("What kept her up at night?" / "Not
the usual stuff. … She talked about …"), each answered by the writer reporting what the
guest said.

A printed interview puts its questions to the guest, who answers in their own voice: the
questions speak to them ("you", "Sie", "vous") and the answers say "I". A relative asked about
someone else ("What was he like as a child?") still answers in the first person ("He was
quiet. I remember …"): here the answers speak of the guest as "she" or "he", and hardly ever
in the first person singular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Block
from .nobodyanswers import speaks_in_first_person, speaks_to_someone

_MIN_QUESTIONS = 2
_SCAN = 2000
# The third person singular as a pronoun, each case spelled, where it is nothing else: not a
# polite "you" (the German "Sie", the Italian "Lei"), nor an article or an impersonal subject
# in another language (the Italian "il", the French "il faut", the Dutch "er is", the German
# "er" is left out with them), nor a preposition (the Polish and Czech "ze").
_HE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ll]ui|[Ii]hn|[Ii]hm|[Hh]ij|[Hh]em)\b")
_SHE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Ee]lle|[Hh]aar)\b")


def told_in_the_third_person(
    blocks: Sequence[Block], questions: Sequence[str], answers: Sequence[tuple[int, int]]
) -> bool:
    """Whether two questions or more, none speaking to anybody, half of them or more speaking
    of a "she" (or a "he"), are answered speaking of the same, half of the answers or more,
    and fewer than half of the answers speak in the first person singular."""
    if len(questions) < _MIN_QUESTIONS or len(answers) != len(questions):
        return False
    if any(speaks_to_someone(text) for text in questions):
        return False
    texts = [" ".join(b.text[:_SCAN] for b in blocks[start:end]) for start, end in answers]
    if 2 * sum(1 for text in texts if speaks_in_first_person(text)) >= len(texts):
        return False
    return any(
        2 * sum(1 for q in questions if pronoun.search(q)) >= len(questions)
        and 2 * sum(1 for text in texts if pronoun.search(text)) >= len(texts)
        for pronoun in (_SHE, _HE)
    )
