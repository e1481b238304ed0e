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
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import pairwise

from .linestarts import opens_turn, stands_apart_below, whole_question

_MIN_LINES = 6  # fewer lines tell no width apart from a paragraph's own
_MIN_WIDTH = 50  # narrower lines are a poem's or a list's, set by hand
_WRAPPED_SHARE = 0.5  # of the lines (the last aside), broken mid-sentence
_FULL = 0.75  # a line broken mid-sentence is at least this share of the width
_MANY_FULL = 8  # full lines enough to tell a width among short ones
_SHORT = 0.6  # a line this share of the width, or shorter, stopped early even mid-sentence
_OVERFLOWING = 3  # lines broken where the next word did not fit, enough to tell a wrap
_OVERFLOWING_SHARE = 0.6  # of the lines broken mid-sentence
_WIDER_SHARE = 0.1  # of the lines, at most, wider than the wrap (a quoted line, a link)
# A line ending a sentence or a quotation; a colon announces what follows on the next line.
_SENTENCE_END = re.compile(r"[.?？!…。»”\"')\]]\s*$")
_ASKS = re.compile(r"[?？][»”\"']?\s*$")


def wrapped_paragraph_ends(text: str, breaks: list[int], width: int = 0) -> list[int]:
    """The line breaks of a hard-wrapped paragraph at which one of its paragraphs ended (the
    line before stopped with room for the next word), or none when the lines are not wrapped
    at one width (``width``: the text's, when known; else told from the paragraph's lines)."""
    if len(breaks) + 1 < (2 if width else _MIN_LINES):
        return []
    bounds = list(pairwise([-1, *breaks, len(text)]))
    lines = [text[a + 1 : b].rstrip() for a, b in bounds]
    wrapped = [line for line in lines[:-1] if line and not _SENTENCE_END.search(line)]
    if not wrapped and not width:
        return []
    width = width or max(len(line) for line in wrapped)
    if width < _MIN_WIDTH or wrapped and not (
        _wrapped_alone(lines, wrapped, width) or _wrapped_among_sentences(lines, wrapped, width)
    ):
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


def _wrapped_alone(lines: list[str], wrapped: list[str], width: int) -> bool:
    """Half the lines broken mid-sentence, most of those filling the width; or many filling
    it, among a page's short lines (names, a byline, a rubric) that end no sentence either."""
    if len(wrapped) < _WRAPPED_SHARE * (len(lines) - 1):
        return False
    full = sum(len(line) >= _FULL * width for line in wrapped)
    return full >= 0.8 * len(wrapped) or (full >= _MANY_FULL and full >= 0.5 * len(wrapped))


def _wrapped_among_sentences(lines: list[str], wrapped: list[str], width: int) -> bool:
    """Lines that end their sentences, one paragraph per line once (a question, its answer),
    and among them a few broken mid-sentence only where the next word did not fit: a wrap,
    at a width no line passes (a page whose lines are paragraphs has longer lines than the
    few it did not end on a sentence's end)."""
    overflowing = sum(
        len(line) + 1 + len(_first_word(after)) > width
        for line, after in pairwise(lines) if line in wrapped
    )
    wider = sum(len(line) > width for line in lines)
    return (overflowing >= _OVERFLOWING and overflowing >= _OVERFLOWING_SHARE * len(wrapped)
            and wider <= _WIDER_SHARE * len(lines))


def _first_word(line: str) -> str:
    """The first word of ``line`` (a non-breaking space parts words too: a typography plug-in
    put it after a short word, where the wrap had put a plain one)."""
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _ended_early(line: str, after: str, width: int) -> bool:
    """Whether ``line`` stopped with room for the next word (the first of ``after``, the
    next line), on a sentence's end or far too early for a wrap (a headline's line, a name),
    unless the next line goes on in lower case."""
    next_word = _first_word(after)
    return bool(line and next_word and len(line) + 1 + len(next_word) <= width) and bool(
        _SENTENCE_END.search(line)
        # A headline broken by hand over two lines ("Interview" / "mit Markus …"): the next
        # line, opening in lower case, goes on with it.
        or (len(line) <= _SHORT * width
            and (not next_word[:1].islower() or stands_apart_below(after)))
    )


# The width a whole plain text is hard-wrapped at, while it is parsed (0: not wrapped).
_TEXT_WIDTH: ContextVar[int] = ContextVar("wrap_width", default=0)
_HEAD = 64 * 1024  # the head of a text that tells its width
_TEXT_WIDER_SHARE = 0.05  # of a text's lines, at most, wider than its wrap
_MAX_WIDTH = 100  # wider lines are a paragraph's own, not a wrap's


def text_wrap_width(source: str) -> int:
    """The width a plain text is hard-wrapped at, as a mail program or a PDF's text wraps it,
    or 0: lines broken mid-sentence where the next word did not fit, most of those broken
    mid-sentence, at a width few lines pass."""
    lines = [line.rstrip() for line in source[:_HEAD].split("\n")]
    pairs = [(line, after) for line, after in pairwise(lines)
             if line and after.strip() and not line[0].isspace()]
    broken = [(line, after) for line, after in pairs if not _SENTENCE_END.search(line)]
    if len(broken) < _OVERFLOWING:
        return 0
    width = max(len(line) for line, _ in broken)
    overflowing = sum(len(line) + 1 + len(_first_word(after)) > width
                      for line, after in broken)
    written = [line for line in lines if line.strip()]
    wider = sum(len(line) > width for line in written)
    if (not _MIN_WIDTH <= width <= _MAX_WIDTH or overflowing < _OVERFLOWING
            or overflowing < _OVERFLOWING_SHARE * len(broken)
            or wider > _TEXT_WIDER_SHARE * len(written)):
        return 0
    return width


@contextmanager
def wrapped_at(width: int) -> Iterator[None]:
    """The text parsed within is hard-wrapped at ``width`` (``text_wrap_width``; 0: not)."""
    token = _TEXT_WIDTH.set(width)
    try:
        yield
    finally:
        _TEXT_WIDTH.reset(token)


def text_width() -> int:
    """The width the text being parsed is hard-wrapped at (0: not wrapped)."""
    return _TEXT_WIDTH.get()


def flowed_breaks(text: str, breaks: list[int]) -> list[int]:
    """The line breaks of a paragraph of a hard-wrapped text that are no wrap's, as a mail
    program reflowing it keeps them: a wrap broke a line where the next word did not fit
    (all of them kept, when the text is not wrapped)."""
    width = _TEXT_WIDTH.get()
    if not width or not breaks:
        return breaks
    kept = []
    for before, brk, after in zip([-1, *breaks[:-1]], breaks, [*breaks[1:], len(text)],
                                  strict=True):
        line = text[before + 1 : brk].rstrip()
        next_word = _first_word(text[brk + 1 : after])
        # A full line, the next word too long for it, was the wrap's, even on a sentence's
        # end (not on a question's: its answer follows; nor a colon's over a question of its
        # own, ``_announces_question``); one with room ended there, on a
        # sentence's end or not (but a headline broken by hand, "Interview" / "mit Markus …",
        # goes on in lower case, and a long line's colon announces the next line's words:
        # "… zu Beginn des Gesprächs:" / "Bevor …").
        room = len(line) + 1 + len(next_word) <= width
        asks = _ASKS.search(line) and (room or not _asks_last(text, brk, after))
        if not next_word or asks or room and (
            _SENTENCE_END.search(line) or not next_word[:1].islower()
            and not (line.endswith(":") and len(line) > _SHORT * width)
            or next_word[:1].islower()
            and _apart_in_lower_case(text, line, breaks, brk, after, width)
        ) or not room and (_announces_question(text, line, brk, after)
                           or _apart_below_full_line(text, line, breaks, brk, after, width,
                                                     going_on=before >= 0 and before not in kept)):
            kept.append(brk)
    return kept


def _line_after(text: str, breaks: list[int], end: int) -> str:
    """The line that starts after the break at ``end`` ("" at the text's end); the breaks
    are given, the text may hold a space at each (``ruleview.LineView``)."""
    if end >= len(text):
        return ""
    stop = breaks[bisect_right(breaks, end)] if breaks[-1] > end else len(text)
    return text[end + 1 : stop]


def _ends_early(line: str, end: int, text: str, breaks: list[int], width: int) -> bool:
    """Whether ``line``, ending at ``end``, is its paragraph's last or had room for the
    next line's first word: no wrap ended it."""
    return end >= len(text) or (
        len(line) + 1 + len(_first_word(_line_after(text, breaks, end))) <= width
    )


def _apart_in_lower_case(
    text: str, line: str, breaks: list[int], brk: int, after: int, width: int
) -> bool:
    """Whether the line after ``brk``, opening in lower case under a line with room, stands
    apart: a file name or a credit (``linestarts``), or a paragraph the wrap broke itself (a
    picture's text under the headline, "the mayor, Cllr …" over two lines): a headline broken
    by hand ends on its own line ("Interview" / "mit Markus …" / "Eine …"). The line above
    is a headline's: well short of the width, no sentence ended in it (a PDF's hyphenating
    wrap leaves room on a paragraph's lines too: "… zagra wszędzie. A z bramką" / "też …")."""
    following = text[brk + 1 : after].rstrip()
    return stands_apart_below(following) or (
        len(line) < _FULL * width and _SENTENCE_INSIDE.search(line) is None
        and not _SENTENCE_END.search(following)
        and not _ends_early(following, after, text, breaks, width)
    )


_SENTENCE_INSIDE = re.compile(r"\w{2,}[.!?…]\s")


def _apart_below_full_line(
    text: str, line: str, breaks: list[int], brk: int, after: int, width: int, *,
    going_on: bool,
) -> bool:
    """Whether the line after ``brk`` stands apart though the full ``line`` above had no
    room for its first word: after a sentence's end, a whole question or a credit on a line
    of its own, ended early ("… for the school newspaper." / "What does a mayor …?"); or a
    speaker's label opening it on a page of labelled turns ("… de Estudantes" / "Rui Almeida -
    Como …?"). The question only under a paragraph of two lines or more (``going_on``: the
    line above went on into ``line``): a one-line sentence over a question is the turn's
    own ("… ma decisi." / "Come giudica il suo settennato?")."""
    following = text[brk + 1 : after].rstrip()
    if opens_turn(text, brk + 1, breaks):
        return True
    return bool(
        _SENTENCE_END.search(line) and not line.endswith(":")
        and (going_on or not whole_question(following))
        and (_asked_over_answer(text, breaks, following, after) or stands_apart_below(following))
        and _ends_early(following, after, text, breaks, width)
    )


def _asked_over_answer(text: str, breaks: list[int], following: str, after: int) -> bool:
    """Whether ``following`` is a whole question over a line that answers it: a question's
    line of its own under an introduction. The paragraph's last line ("… decisi." / "Come
    giudica …?", the turn's own end), or one over another question ("… hunderteinsten." /
    "Aber wer weiß das heute schon?" / "Wie haltet ihr …?", an answer's own end), goes on."""
    return (
        whole_question(following)
        and after < len(text)
        and not _ASKS.search(_line_after(text, breaks, after))
    )


def _asks_last(text: str, brk: int, after: int) -> bool:
    """Whether the line after ``brk`` is the paragraph's last and asks too: a turn of two
    questions wrapped where the first ended ("… w radiu?" / "Trudno było …?"), no answer
    under a question."""
    return after == len(text) and _ASKS.search(text, brk + 1, after) is not None


def _announces_question(text: str, line: str, brk: int, after: int) -> bool:
    """Whether a full ``line`` ends with a colon over a line that asks on its own ("…
    besucht. Hier ist das Interview:" / "Was halten Sie von unserer Kinderstadt?"): the first
    question, apart from what announced it, as a page set it; opening in lower case, it goes
    on with the line above ("… el caso local:" / "¿cuándo empieza esta crisis?"). (A long
    line's colon with room goes on with the next line, asking or not: ``flowed_breaks``.)"""
    if not line.endswith(":") or _ASKS.search(text, brk + 1, after) is None:
        return False
    first = next((c for c in text[brk + 1 : after] if c.isalpha()), "")
    return first.isupper()
