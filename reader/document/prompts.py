"""Sentences left open for the guest to finish: a questionnaire that asks without "?".

"La noticia del año en el mundo..." / "El regreso de las misiones tripuladas a la Luna." /
"Un libro que regalaría..." / "Cien años de soledad, siempre.": a Proust questionnaire, a
"complete the sentence" game. Each prompt is a short paragraph ending with "…" or "...",
answered by the one paragraph after it, which is not left open itself.
"""

from __future__ import annotations

from .cues import Cues
from .model import BlockKind
from .textcues import Ending, Prefix, sentence_count

_PROMPTS = 4
_PROMPT_WORDS = 15


def open_prompts(cues: Cues) -> list[tuple[int, int]] | None:
    """The prompts as ``(prompt, answer)`` pairs of indices into ``cues``: four or more, in
    one run where prompts and their one-paragraph answers alternate, the run going on to the
    end of the body (a teaser's "Read more…" or an article's trailing sentence stands alone);
    None otherwise."""
    count, ends = len(cues), cues.ends
    pairs: list[tuple[int, int]] = []
    k = count - 2
    while k >= 0 and _prompt(cues, k) and ends[k + 1] is Ending.NONE and (
        cues.kinds[k + 1] is BlockKind.PARAGRAPH
    ):
        pairs.append((k, k + 1))
        k -= 2
    return pairs[::-1] if len(pairs) >= _PROMPTS else None


def _prompt(cues: Cues, k: int) -> bool:
    return (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.ends[k] is Ending.SUSPENDED
        and cues.prefixes[k] is Prefix.NONE
        and cues.words(k) <= _PROMPT_WORDS
        and sentence_count(cues.content(k)) == 1
    )
