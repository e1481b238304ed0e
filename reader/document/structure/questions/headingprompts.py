"""A request among an interview's question headings: "### ¿Cuánto hielo ha perdido …?" /
"### Háblenos de su equipo." / "### ¿Qué verán nuestros hijos …?" (a magazine's H3 questions,
one of them put as a request), "### Tell us about the first season." The heading form takes
the headings that ask; a heading of the same rank between them that says a whole sentence,
ending with a full stop or an exclamation mark, is put to the guest as they are. An
intertitle between questions ("### Die Anfänge", "### A new season") names a part and ends
with no mark, so it stays a heading of the outline. Read only where the questions are three
or more and such sentences fewer than half as many: a page of sentence headings is a guide's.
A leaf of ``questions``.
"""

from __future__ import annotations

import re

from ..text.cues import Cues

_SENTENCE = re.compile(r"[^\W\d_]{2,}[.!][\"”»']?$")
_MIN_QUESTIONS = 3
_MIN_WORDS, _MAX_WORDS = 2, 25


def with_heading_prompts(
    cues: Cues, headings: list[int], ranked: list[int], rank: int
) -> list[int]:
    """``ranked`` (the question headings, indices into ``cues``) with the sentences among them
    at their ``rank`` that request (see the module), in order."""
    if len(ranked) < _MIN_QUESTIONS:
        return ranked
    chosen = set(ranked)
    prompts = [
        k for k in headings
        if ranked[0] < k < ranked[-1]
        and k not in chosen
        and cues.blocks[cues.lo + k].level == rank
        and _MIN_WORDS <= len(cues.content(k).split()) <= _MAX_WORDS
        and _SENTENCE.search(cues.content(k).rstrip())
        and k + 1 < len(cues)
        and k + 1 not in headings
    ]
    if not prompts or 2 * len(prompts) >= len(ranked):
        return ranked
    return sorted(chosen | set(prompts))
