"""Where a word wider than its line may break (reader.ui.text.long_words): at its syllables,
with a soft hyphen."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from reader.appearance.hyphenation import SOFT_HYPHEN, hyphenation_points

# A word a hyphen can mark: letters only, none of the scripts set with no space between words
# (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar): Qt breaks those between characters, or at
# their words, with no hyphen, as they are set; a hyphen there is no mark of theirs. Nor of
# the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko): they break no word with
# a hyphen, and Arabic's letters are joined ("ال-م-ش-ت-ر-ك-ين" at 96 pt).
_UNHYPHENATED = ("\u0590-\u07ff\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
                 "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                 "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_LETTERS = re.compile(rf"(?:(?![{_UNHYPHENATED}])[^\W\d_]){{5,}}")
# Letter pairs most fonts draw as one glyph: Qt cannot break between them.
_LIGATURES = frozenset({"ff", "fi", "fl"})


def break_points(run: str, language: str, too_wide: Callable[[str], bool]) -> list[int]:
    """Where a run wider than its line may break with a hyphen: at its words' syllables, and
    within a syllable that is itself ``too_wide`` for a line, between its letters; in a word
    with no syllable break Qt can use (the dictionary has none, as for "connexion" in French,
    or its one falls inside a ligature: "dif-fusent"), between any two letters. Two letters at
    least stay on each side, and the break is still marked with a hyphen, rather than cut with
    no mark. A run with no word (a URL's parts, a number) gets none: Qt breaks it anywhere."""
    points: list[int] = []
    for word in _LETTERS.finditer(run):
        text = word.group()
        syllables = [point for point in hyphenation_points(text, language)
                     if text[point - 1:point + 1] not in _LIGATURES]
        letters = range(2, len(text) - 1)
        if syllables:
            edges = [0, *syllables, len(text)]
            letters = range(0)
            wide = [(start, end) for start, end in itertools.pairwise(edges)
                    if too_wide(text[start:end] + "-")]
            syllables += [point for start, end in wide for point in range(start + 1, end)
                          if 2 <= point <= len(text) - 2]
        points.extend(word.start() + point for point in sorted({*syllables, *letters}))
    return points


def long_runs(text: str, length: int) -> list[re.Match[str]]:
    """The runs of ``text`` with no space (what Qt keeps on one line) of ``length`` or more."""
    return list(re.finditer(rf"\S{{{length},}}", text))


def with_hyphens(text: str, points: list[int]) -> str:
    if not points:
        return text
    pieces, previous = [], 0
    for point in sorted(points):
        pieces.append(text[previous:point])
        previous = point
    pieces.append(text[previous:])
    return SOFT_HYPHEN.join(pieces)
