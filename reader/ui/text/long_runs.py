"""The runs of a text (what Qt keeps on one line: no space inside) that may be wider than a
line, found without asking Qt about each (reader.ui.text.long_words).

Measuring a run with Qt costs some 0.1 ms with what it takes to find its font; a 1 MB document
has 170,000 runs. So runs too short to fill a line are never looked at: each piece of the text
is searched for those long enough when it is fitted (the whole text at once is some 0.3 s at
96 pt, where runs of five letters may be too wide). Each candidate is then
estimated from its characters' advances in the text's font, kept per character; Qt measures
only those the estimate leaves in doubt.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF

# No letter of a reading font is wider than this many em ("W", "M" are about 0.95): a run with
# fewer characters than fit a line at this width is never wider than the line.
_WIDEST_LETTER_EM = 1.1
# An estimate this close to the line (kerning, a bold or italic word) is measured by Qt.
DOUBT = 0.1


def runs_at_least(text: str, length: int, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, run) of every run of ``length`` characters or more in ``text[start:end]``
    (``start`` and ``end`` between runs: a piece of text is searched as it is needed)."""
    pattern = re.compile(rf"(?<!\S)\S{{{length},}}")  # (compiled once: re's cache)
    return [(run.start(), run.group()) for run in pattern.finditer(text, start, end)]


def shortest_overwide(font: QFont, scale: float, width: float) -> int:
    """The fewest characters a run needs to be wider than ``width``, at ``scale`` x ``font``."""
    em = max(1.0, font.pointSizeF()) * 96 / 72 * scale
    widest = _WIDEST_LETTER_EM * em + max(0.0, font.letterSpacing())
    return max(2, int(width / widest))


class Advances(dict[str, float]):
    """Each character's advance in one font, measured when first needed."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self._metrics = QFontMetricsF(font)

    def __missing__(self, character: str) -> float:
        advance = self[character] = self._metrics.horizontalAdvance(character)
        return advance

    def estimate(self, run: str) -> float:
        return sum(map(self.__getitem__, run))
