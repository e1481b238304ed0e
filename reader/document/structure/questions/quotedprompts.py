"""Prompts without a question mark in a questionnaire whose every answer is quoted.

A magazine's questionnaire ("Il regista preferito?" / «Fellini».) may put some prompts as bare
noun phrases ("Il regalo del cuore" / «Una bicicletta rossa».): nothing but the place marks
them. When three or more questions are each answered by a single wholly quoted paragraph, a
short line that closes no sentence, standing right after such an answer and right before
another wholly quoted paragraph, is a prompt in the same rhythm.
"""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues
from ..text.endings import Ending
from ..text.textcues import Prefix, speaks_of_self, wholly_quoted

_MIN_QUOTED = 3
_PROMPT_WORDS = 10  # "La canzone che canta sotto la doccia"
_SENTENCE_STOPS = tuple(".!;,")


def quoted_prompts(cues: Cues, accepted: set[int]) -> None:
    """Add to ``accepted`` the bare prompts of a questionnaire answered in quotation marks."""
    count = len(cues)
    if len(accepted) < _MIN_QUOTED:
        return
    if not all(k + 1 < count and _quoted_answer(cues, k + 1) for k in accepted):
        return
    if any(k + 2 < count and k + 2 not in accepted and _quoted_answer(cues, k + 2)
           for k in accepted):
        return  # answers of several quoted paragraphs: a prompt's place is not told
    k = min(accepted) + 2
    while k + 1 < count:
        if k not in accepted and _bare_prompt(cues, k) and _quoted_answer(cues, k + 1) and (
            k - 2 in accepted and _quoted_answer(cues, k - 1)
        ):
            accepted.add(k)
        k += 1


def _quoted_answer(cues: Cues, k: int) -> bool:
    """A paragraph wholly in quotation marks, the full stop after them as Italian puts it
    («Nessuna, canto malissimo».)."""
    return cues.kinds[k] is BlockKind.PARAGRAPH and wholly_quoted(cues.content(k).rstrip(". "))


def _bare_prompt(cues: Cues, k: int) -> bool:
    content = cues.content(k).rstrip()
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.ends[k] is Ending.NONE
        and cues.words(k) <= _PROMPT_WORDS
        and not content.endswith(_SENTENCE_STOPS)
        and not wholly_quoted(content)
        and not speaks_of_self(content)
    )
