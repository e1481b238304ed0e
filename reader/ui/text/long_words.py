"""Words wider than their line break at a syllable, with a hyphen; every other word stays whole.

At 48-96 pt, or in a narrow pane, a word can be wider than the whole line (a heading's
"Pédocriminalité", a German compound). Qt then cuts it anywhere, with no mark, and a reader
with low vision reads two non-words ("Pédocrim" / "inalité"). Soft hyphens (U+00AD) at the
word's syllables let Qt break it there and show the hyphen; but Qt fills each line greedily, so
a soft hyphen in a word that fits whole on a line of its own would cut it too. So only the
words wider than their line get them, measured again whenever the font, the width or the text
shown changes; a word with no syllable left to break at (a URL, a long number) is still
broken anywhere by Qt.

The syllables are the justified text's (reader.appearance.hyphenation: pyphen, in the
document's language; none for a language without a dictionary). As there, the hyphens are on
the page only: the model's text (speech, find, bookmarks, the reading place) never has them,
``PositionMap.hyphens`` counts them, copying drops them and the caret steps over them.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextCursor, QTextDocument, QTextFormat

from reader.appearance.hyphenation import SOFT_HYPHEN, hyphenation_points
from reader.ui.text.heading_sizes import ADJUSTMENT_SCALE, fit_headings
from reader.ui.text.renderer import PositionMap
from reader.ui.text.text_view import TextView

_WIDEST_SCALE = max(ADJUSTMENT_SCALE.values())
_LETTERS = re.compile(r"[^\W\d_]{5,}")  # a word a hyphen can mark: letters only
# Letter pairs most fonts draw as one glyph: Qt cannot break between them.
_LIGATURES = frozenset({"ff", "fi", "fl"})
# No glyph of a reading font is wider than this many em: a run of fewer characters than
# fit in a line at this width can never be wider than the line, and is not measured.
_WIDEST_GLYPH_EM = 1.25


def hyphenated(text: str, font: QFont, width: float, language: str) -> str:
    """``text`` with soft hyphens at the syllables of each of its words wider than ``width``
    in ``font`` (a plain label's: an outline row)."""
    metrics = QFontMetricsF(font)
    points: list[int] = []
    for word in _long_runs(text, _shortest_overwide(font, 1.0, width)):
        if metrics.horizontalAdvance(word.group()) > width:
            points.extend(word.start() + point for point in _break_points(word.group(), language))
    return _with_hyphens(text, points)


def _break_points(run: str, language: str) -> list[int]:
    """Where a run wider than its line may break with a hyphen: at its words' syllables; in a
    word with none Qt can use (the dictionary has none, as for "connexion" in French, or its
    one falls inside a ligature: "dif-fusent"), between any two of its letters, two at least
    on each side: still marked with a hyphen, rather than cut with no mark. A run with no word
    (a URL's parts, a number) gets none: Qt breaks it anywhere."""
    points: list[int] = []
    for word in _LETTERS.finditer(run):
        text = word.group()
        syllables = [point for point in hyphenation_points(text, language)
                     if text[point - 1:point + 1] not in _LIGATURES]
        points.extend(word.start() + point
                      for point in syllables or range(2, len(text) - 1))
    return points


def _shortest_overwide(font: QFont, scale: float, width: float) -> int:
    """The fewest characters a run needs to be wider than ``width``."""
    em = max(1.0, font.pointSizeF()) * 96 / 72 * scale
    widest = _WIDEST_GLYPH_EM * em + max(0.0, font.letterSpacing())
    return max(2, int(width / widest))


def _long_runs(text: str, length: int) -> list[re.Match[str]]:
    """The runs of ``text`` with no space (what Qt keeps on one line) of ``length`` or more."""
    return list(re.finditer(rf"\S{{{length},}}", text))


def _with_hyphens(text: str, points: list[int]) -> str:
    if not points:
        return text
    pieces, previous = [], 0
    for point in sorted(points):
        pieces.append(text[previous:point])
        previous = point
    pieces.append(text[previous:])
    return SOFT_HYPHEN.join(pieces)


class LongWords:
    """Keeps the overwide words of one text view's page hyphenated (``refit`` after any change
    of font, width or text shown)."""

    def __init__(self, view: TextView) -> None:
        self._view = view
        self._document: QTextDocument | None = None  # the page the hyphens below are in
        self._added: frozenset[int] = frozenset()  # model offsets of the hyphens put there
        self._fitted: tuple[object, ...] = ()  # what the page was last fitted to
        self._learned: tuple[object, str] = (None, "")  # a model and its language found later

    def refit(self, justified: bool) -> bool:
        """True when the page's hyphens or a heading's size changed. Justified text already has
        a soft hyphen at every syllable (the renderer's): none is added to it."""
        view, document = self._view, self._view.document()
        model = view.model
        if document is not self._document:
            self._document, self._added, self._fitted = document, frozenset(), ()
        if model is None:
            return False
        language = model.language or (self._learned[1] if self._learned[0] is model else "")
        fitted = (justified, language, document.textWidth(), document.defaultFont().key(),
                  document.rootFrame().frameFormat().leftMargin(), view.positions.base)
        if fitted == self._fitted:
            return False
        self._fitted = fitted
        blocked = view.signalsBlocked()
        view.blockSignals(True)  # the caret's model offset does not change: nothing to say
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            changed = fit_headings(document, view.positions, model,
                                   lambda block: self._line_width(document, block))
            wanted = frozenset() if justified or not language else self._overwide(
                document, view.positions, model.text, language)
            if wanted != self._added:
                self._rehyphenate(wanted)
                changed = True
        finally:
            cursor.endEditBlock()
            view.blockSignals(blocked)
        return changed

    def language_learned(self, language: str) -> None:
        """The shown document's language, found after it was shown (its model has none)."""
        self._learned = (self._view.model, language)

    def _overwide(self, document: QTextDocument, positions: PositionMap, text: str,
                  language: str) -> frozenset[int]:
        """The model offsets of the syllables of every word wider than its line."""
        base = positions.base
        shown = text[base:positions.end]
        narrowest = self._line_width(document, QTextBlock())
        font = document.defaultFont()
        points: set[int] = set()
        widths: dict[int, float] = {}
        cursor = QTextCursor(document)
        for run in _long_runs(shown, _shortest_overwide(font, _WIDEST_SCALE, narrowest)):
            start = positions.to_qt(base + run.start())
            block = document.findBlock(start)
            width = widths.get(block.blockNumber())
            if width is None:
                width = widths[block.blockNumber()] = self._line_width(document, block)
            cursor.setPosition(min(start + 1, block.position() + block.length() - 1))
            word = run.group()
            if QFontMetricsF(_run_font(cursor, font)).horizontalAdvance(word) > width:
                points.update(base + run.start() + point
                              for point in _break_points(word, language))
        return frozenset(points)

    def _line_width(self, document: QTextDocument, block: QTextBlock) -> float:
        """The width of ``block``'s lines (no block: a lower bound for any block)."""
        frame = document.rootFrame().frameFormat()  # its margins hold the document's margin
        width = document.textWidth() - frame.leftMargin() - frame.rightMargin()
        if not block.isValid():
            return max(1.0, width - 4 * document.indentWidth())
        block_format = block.blockFormat()
        indent = block_format.indent()
        text_list = block.textList()
        if text_list is not None:
            indent += text_list.format().indent()
        return max(1.0, width - block_format.leftMargin() - block_format.rightMargin()
                   - block_format.textIndent() - indent * document.indentWidth())

    def _rehyphenate(self, wanted: frozenset[int]) -> None:
        """Soft hyphens into the page where ``wanted`` has them and it does not, and out where
        this put them before and ``wanted`` no longer has them, from the end backwards (each
        edit leaves the Qt positions before it as they were), in the caller's edit block."""
        view = self._view
        old = view.positions
        removed, added = self._added - wanted, wanted - frozenset(old.hyphens)
        cursor = QTextCursor(view.document())
        for offset in sorted(removed | added, reverse=True):
            if offset in removed:
                position = old.to_qt(offset) - 1  # the soft hyphen is before the letter
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                if cursor.selectedText() == SOFT_HYPHEN:
                    cursor.removeSelectedText()
            else:
                cursor.setPosition(old.to_qt(offset))
                cursor.insertText(SOFT_HYPHEN)
        hyphens = (frozenset(old.hyphens) - removed) | added
        view.adopt_positions(old._replace(hyphens=tuple(sorted(hyphens))))
        self._added = (self._added - removed) | added


def _run_font(cursor: QTextCursor, default: QFont) -> QFont:
    """The font the characters before ``cursor`` are drawn in (a heading's scaled size)."""
    char_format = cursor.charFormat()
    font = char_format.font().resolve(default)
    adjustment = char_format.property(QTextFormat.Property.FontSizeAdjustment)
    if isinstance(adjustment, int) and adjustment:
        font.setPointSizeF(default.pointSizeF() * ADJUSTMENT_SCALE.get(adjustment, 1.0))
    return font
