"""A question's sequence number, out of its heading in the outline.

A page may number its questions in ways no list marker says: a web page's ``<ol>`` whose items
open with a heading (the number is text before it: "1. ¿Cómo aprendió …?"), a zine's bare
"2 já teve problema …?" in lower case. The outline names each question by its place already
("Question 2: …"), so a number counting up through the questions is no word of the question:
it leaves the heading, as a numbered paragraph's does (``cues``). The text keeps every
character; only the outline's heading changes.
"""

from __future__ import annotations

import re
from itertools import pairwise

# "1.", "2)", "3 -", "4:", "5/" or a bare "6 " before the words; "2.0" and "3 %" are numbers.
_NUMBER = re.compile(r"(\d{1,3})(?:[ \t]*[.):/_–—-][ \t]*|[ \t]+)(?=[^\W\d_]|[¿¡«“\"'‘(])")


def _leading_number(text: str) -> tuple[int, int] | None:
    """The number opening ``text`` and where the words after it start, or None."""
    found = _NUMBER.match(text)
    return None if found is None else (int(found.group(1)), found.end())


def unnumbered_headings(texts: list[str]) -> list[str]:
    """The questions' texts as the outline shows them: without the number opening them, when
    two or more are numbered and their numbers count up through the questions (one by one;
    with three or more, one may be missing: a question the finder missed), and the numbered
    ones are at least half of them. "20 ans après, qu'est-ce qui a changé ?" alone keeps its
    number."""
    numbers = [_leading_number(text) for text in texts]
    counted = [number for number, _ in filter(None, numbers)]
    if len(counted) < 2 or 2 * len(counted) < len(texts):
        return texts
    if any(after <= before for before, after in pairwise(counted)):
        return texts
    if counted[-1] - counted[0] + 1 > len(counted) + (len(counted) > 2):
        return texts  # "3 concerts …?" and "5 albums …?" count things, not the questions
    return [
        text if found is None else text[found[1] :]
        for text, found in zip(texts, numbers, strict=True)
    ]
