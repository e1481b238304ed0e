"""Paragraph ends inside hard-wrapped text that lost its blank lines.

A page copied as hard-wrapped text, its blank lines gone ("Das ist im Grunde eine ganz leichte
Frage. Gebraucht hat es sie nicht...." / "Wie ist die Idee denn entstanden?" / "Die Idee kam
folgendermaßen zustande. Vor etwa zwanzig Jahren habe ich recht"), reads as one paragraph.
A wrapping program breaks a line only when the next word does not fit: a line that stops
with room for the next word, on a sentence's end or far short of the width, ended its
paragraph there, whether a question, an answer or a headline. The width is that of the
longest line broken mid-sentence, which the wrap alone ended.
"""

from __future__ import annotations

import re
from itertools import pairwise

_MIN_LINES = 6  # fewer lines tell no width apart from a paragraph's own
_MIN_WIDTH = 50  # narrower lines are a poem's or a list's, set by hand
_WRAPPED_SHARE = 0.5  # of the lines (the last aside), broken mid-sentence
_FULL = 0.75  # a line broken mid-sentence is at least this share of the width
_MANY_FULL = 8  # full lines enough to tell a width among short ones
_SHORT = 0.6  # a line this share of the width, or shorter, stopped early even mid-sentence
# A line ending a sentence or a quotation; a colon announces what follows on the next line.
_SENTENCE_END = re.compile(r"[.?？!…。»”\"')\]]\s*$")
_ASKS = re.compile(r"[?？][»”\"']?\s*$")


def wrapped_paragraph_ends(text: str, breaks: list[int]) -> list[int]:
    """The line breaks of a hard-wrapped paragraph at which one of its paragraphs ended (the
    line before stopped with room for the next word), or none when the lines are not wrapped
    at one width."""
    if len(breaks) + 1 < _MIN_LINES:
        return []
    bounds = list(pairwise([-1, *breaks, len(text)]))
    lines = [text[a + 1 : b].rstrip() for a, b in bounds]
    wrapped = [line for line in lines[:-1] if line and not _SENTENCE_END.search(line)]
    if len(wrapped) < _WRAPPED_SHARE * (len(lines) - 1):
        return []
    width = max(len(line) for line in wrapped)
    full = sum(len(line) >= _FULL * width for line in wrapped)
    # Most lines broken mid-sentence fill the width; or many do, among a page's short lines
    # (names, a byline, a rubric) that end no sentence either.
    if width < _MIN_WIDTH or (full < 0.8 * len(wrapped)
                              and (full < _MANY_FULL or full < 0.5 * len(wrapped))):
        return []
    ended = [_ended_early(line, after, width) for line, after in pairwise([*lines, ""])]
    cuts = []
    for n, brk in enumerate(breaks):
        # A question's line of its own, after a full line ending a sentence ("… geredet." /
        # "Wie ist die Idee denn entstanden?"): the wrap did not end the line above it.
        asked_apart = (
            ended[n + 1] and _ASKS.search(lines[n + 1]) and _SENTENCE_END.search(lines[n])
        )
        if ended[n] or asked_apart:
            cuts.append(brk)
    return cuts


def _ended_early(line: str, after: str, width: int) -> bool:
    """Whether ``line`` stopped with room for the next word (the first of ``after``, the
    next line), on a sentence's end or far too early for a wrap (a headline's line, a name),
    unless the next line goes on in lower case."""
    next_word = after.split(" ", 1)[0]
    return bool(line and next_word and len(line) + 1 + len(next_word) <= width) and bool(
        _SENTENCE_END.search(line)
        # A headline broken by hand over two lines ("Interview" / "mit Markus …"): the next
        # line, opening in lower case, goes on with it.
        or (len(line) <= _SHORT * width and not next_word[:1].islower())
    )
