"""The runs of a text (what Qt keeps on one line: no space inside) that may be wider than a
line, found without asking Qt about each (reader.ui.text.long_words).

Measuring a run with Qt costs some 0.1 ms with what it takes to find its font; a 1 MB document
has 170,000 runs. So runs too short to fill a line are never looked at: those long enough at
reading sizes are listed once per document (one search of the text, some 35 ms for 1 MB),
and only very large type searches it again for shorter ones. Each candidate is then
estimated from its characters' advances in the text's font, kept per character; Qt measures
only those the estimate leaves in doubt.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF

INDEXED = 12  # runs this long or longer are listed once per document
# No letter of a reading font is wider than this many em ("W", "M" are about 0.95): a run with
# fewer characters than fit a line at this width is never wider than the line.
_WIDEST_LETTER_EM = 1.1
# An estimate this close to the line (kerning, a bold or italic word) is measured by Qt.
DOUBT = 0.1


class LongRuns:
    """The long runs of ``text`` (shown from model offset ``base``)."""

    def __init__(self, text: str, base: int) -> None:
        self._text, self._base = text, base
        self._indexed: list[tuple[int, str]] | None = None

    def at_least(self, length: int) -> list[tuple[int, str]]:
        """(model offset, run) of every run of ``length`` characters or more."""
        if length < INDEXED:
            return self._scan(length)
        if self._indexed is None:
            self._indexed = self._scan(INDEXED)
        return [run for run in self._indexed if len(run[1]) >= length]

    def _scan(self, length: int) -> list[tuple[int, str]]:
        return [(self._base + run.start(), run.group())
                for run in re.finditer(rf"(?<!\S)\S{{{length},}}", self._text)]


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
