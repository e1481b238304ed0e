"""What the scoring scripts (score_structure.py, score_formats.py, score_real_formats.py) share:
how two texts are compared, and the F1 of the questions found against those expected."""

from __future__ import annotations


def fold(text: str) -> str:
    """The text as compared: its runs of white space one space, its case folded."""
    return " ".join(text.split()).casefold()


def precision(right: int, found: int) -> float:
    """Of the questions found, the share expected (1 when none was found)."""
    return right / found if found else 1.0


def recall(right: int, expected: int) -> float:
    """Of the questions expected, the share found (1 when none was expected)."""
    return right / expected if expected else 1.0


def f1(right: int, found: int, expected: int) -> float:
    """The harmonic mean of precision and recall."""
    p, r = precision(right, found), recall(right, expected)
    return 2 * p * r / (p + r) if p + r else 0.0
