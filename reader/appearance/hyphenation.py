"""Where words may break with a hyphen, for justified text.

Justified lines without hyphenation open wide gaps between words ("rivers"), worst in the
narrow columns large type makes; breaking long words at their syllables keeps the spacing even.
Qt's text layout cannot hyphenate by itself, but it honours soft hyphens (U+00AD): invisible,
unless a line breaks there. The renderer inserts them into the page only (the model's text, and
so speech, search and positions, never contains them: ``reader.ui.text.renderer.PositionMap``).

The break points come from pyphen, with the hyphenation dictionaries of LibreOffice (French,
English, Spanish, German and some 80 more). A language without a dictionary, or not yet known,
gets no hyphenation: never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyphen import Pyphen

SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"[^\W\d_]{6,}")  # letters only; shorter words are never worth breaking


@lru_cache(maxsize=8)
def _dictionary(language: str) -> Pyphen | None:
    import pyphen  # only for justified text: its dictionaries take a moment to load

    name = pyphen.language_fallback(language)
    return _named_dictionary(name) if name else None


@lru_cache(maxsize=8)
def _named_dictionary(name: str) -> Pyphen:
    """One dictionary for the names that fall back to it ("fr_FR", "fr"): the document's
    language and the interface's are often the same one, named two ways."""
    import pyphen

    return pyphen.Pyphen(lang=name)


def can_hyphenate(language: str) -> bool:
    return bool(language) and _dictionary(language) is not None


def hyphenation_points(text: str, language: str) -> tuple[int, ...]:
    """Offsets in ``text``, ascending, before which a soft hyphen may go."""
    dictionary = _dictionary(language) if language else None
    if dictionary is None:
        return ()
    points: list[int] = []
    for word in _WORD.finditer(text):
        start = word.start()
        points.extend(start + point for point in dictionary.positions(word.group()))
    return tuple(points)
