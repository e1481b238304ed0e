"""Line numbers printed in a page's margin, as court and hearing transcripts, contracts,
bills and manuscripts print them ("1" to "25" beside the lines of every page, or every
fifth line's number). They are the page's furniture, as its page number is, and no part of
the words: left in, "7 before that." reads a number into every line and breaks every
label ("5 Q. How long…").

PDFium gives such a number as the first word of its line, set apart from the line's text
by a gap far wider than a space. The numbers are the margin's when at least
``_AT_LEAST`` lines of a page open that way, at one place (the numbers aligned left or
right), and their numbers run in steps of one (or five: every fifth line numbered)
down the page, and some numbered line goes on a sentence the line before began (it opens
with a small letter) or holds its number alone: a numbered list's items ("1 Eggs", "2
Flour", or set apart by a tab) each begin their own words, and their numbers are text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBER = re.compile(r"(\d{1,4})(?:\s+|$)")
_AT_LEAST = 5  # lines so numbered on a page
_GAP = 1.2  # ems between the number and the line's text, at least (a space is 0.25-0.3)
_ALIGNED = 3.0  # points the numbers' left or right edges may stray

Box = Callable[[int], tuple[float, float, float, float]]  # a character's left, bottom, right, top


def numbered_lines(text: str, ranges: list[tuple[int, int]], box: Box,
                   size: Callable[[int], float]) -> list[tuple[int, int]]:
    """The line ``ranges`` (first and last character indices into ``text``) with the
    margin's line numbers cut from their starts; lines that hold a number alone, in the
    run, go."""
    found: dict[int, tuple[int, int, float, float]] = {}  # range's index: number, next, left, right
    for index, (first, last) in enumerate(ranges):
        number = _NUMBER.match(text, first, last + 1)
        if number is None:
            continue
        left, _, right, _ = box(first)
        _, _, right, _ = box(number.start(1) + len(number.group(1)) - 1)
        start = number.end()
        if start <= last:
            gap = box(start)[0] - right
            if gap < _GAP * size(first):
                continue
        found[index] = (int(number.group(1)), start, left, right)
    found = _column(found)
    if len(found) < _AT_LEAST or not _run(found) or not any(
            start > last or text[start].islower()
            for (_, start, _, _), (_, last) in ((found[i], ranges[i]) for i in found)):
        return ranges
    kept = []
    for index, (first, last) in enumerate(ranges):
        if index not in found:
            kept.append((first, last))
        elif found[index][1] <= last:
            kept.append((found[index][1], last))
    return kept


def _column(found: dict[int, tuple[int, int, float, float]]
            ) -> dict[int, tuple[int, int, float, float]]:
    """The numbers set in the margin's column (the most lines aligned left or right): a page
    number alone at the page's foot ("14", centred under a deposition's 25 lines) opens its
    line as they do, and broke their count."""
    best: dict[int, tuple[int, int, float, float]] = {}
    for edge in (2, 3):  # the numbers' left edges, then their right ones
        for entry in found.values():
            column = {index: other for index, other in found.items()
                      if abs(other[edge] - entry[edge]) <= _ALIGNED}
            if len(column) > len(best):
                best = column
    return best


def _run(found: dict[int, tuple[int, int, float, float]]) -> bool:
    """Whether the numbers are a margin's: aligned, and counting down the page by one or
    by five (the lines' order being PDFium's, top to bottom)."""
    numbers = [found[index][0] for index in sorted(found)]
    steps = {b - a for a, b in zip(numbers, numbers[1:], strict=False)}
    if not (steps == {1} or steps == {5}):
        return False
    lefts = [left for _, _, left, _ in found.values()]
    rights = [right for _, _, _, right in found.values()]
    return (max(lefts) - min(lefts) <= _ALIGNED) or (max(rights) - min(rights) <= _ALIGNED)
