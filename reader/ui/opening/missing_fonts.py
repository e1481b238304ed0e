"""Whether an installed font can draw each script a document uses; when none can, its
characters show as empty boxes, and the window says so (once per document opened) rather
than leave a low-vision reader wondering whether the file is broken.

Qt's own answer is asked: the fonts it knows for the writing system (the same list its
fallback chooses from when the reading font lacks a character), and whether one of them
really has the document's characters. Laying the characters out and looking for the empty
glyph would be more direct, but is not reliable: Indic scripts without a font came out as
glyph 1, and asking those glyphs for their font crashed Qt (docs/messages.md).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from reader import messages
from reader.document.scripts import scripts_used

_WRITING_SYSTEMS = {
    "kana": QFontDatabase.WritingSystem.Japanese,
    "han": QFontDatabase.WritingSystem.SimplifiedChinese,
    "hangul": QFontDatabase.WritingSystem.Korean,
    "arabic": QFontDatabase.WritingSystem.Arabic,
    "hebrew": QFontDatabase.WritingSystem.Hebrew,
    "devanagari": QFontDatabase.WritingSystem.Devanagari,
    "bengali": QFontDatabase.WritingSystem.Bengali,
    "tamil": QFontDatabase.WritingSystem.Tamil,
    "thai": QFontDatabase.WritingSystem.Thai,
    "greek": QFontDatabase.WritingSystem.Greek,
    "cyrillic": QFontDatabase.WritingSystem.Cyrillic,
    "georgian": QFontDatabase.WritingSystem.Georgian,
    "armenian": QFontDatabase.WritingSystem.Armenian,
}
_FAMILIES_ASKED = 12  # a font that claims the script almost always has its letters


def can_draw(script: str, characters: str) -> bool:
    """Whether some installed font draws ``characters`` of ``script`` (the one question put
    to Qt; tests replace it)."""
    writing_system = _WRITING_SYSTEMS.get(script)
    if writing_system is None:
        return True  # nothing to ask: say nothing rather than something wrong
    for family in QFontDatabase.families(writing_system)[:_FAMILIES_ASKED]:
        metrics = QFontMetrics(QFont(family))
        if all(metrics.inFontUcs4(ord(character)) for character in characters[:3]):
            return True
    return False


def missing_font_notes(text: str) -> list[str]:
    """One note for each script of ``text`` that no installed font can draw. Japanese writes
    with kana and Chinese characters: one note names them together, not a second the ideographs
    (the same font package draws both)."""
    missing = [script for script, characters in scripts_used(text).items()
               if not can_draw(script, characters)]
    if "kana" in missing and "han" in missing:
        missing.remove("han")
    return [messages.missing_font(script, sys.platform) for script in missing]
