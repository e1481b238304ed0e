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

import itertools
import re
from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextCursor, QTextDocument, QTextFormat

from reader.appearance.hyphenation import SOFT_HYPHEN, hyphenation_points
from reader.document.model import Block, Document
from reader.ui.text.block_formats import size_adjustment
from reader.ui.text.heading_sizes import ADJUSTMENT_SCALE, fit_headings, shown_blocks
from reader.ui.text.long_runs import DOUBT, Advances, LongRuns, shortest_overwide
from reader.ui.text.renderer import PositionMap
from reader.ui.text.text_view import TextView

_FIXED_SCALE = ADJUSTMENT_SCALE[1]  # no larger block is ever set smaller: a question's
_LETTERS = re.compile(r"[^\W\d_]{5,}")  # a word a hyphen can mark: letters only
# Letter pairs most fonts draw as one glyph: Qt cannot break between them.
_LIGATURES = frozenset({"ff", "fi", "fl"})


def hyphenated(text: str, font: QFont, width: float, language: str) -> str:
    """``text`` with soft hyphens at the syllables of each of its words wider than ``width``
    in ``font`` (a plain label's: an outline row)."""
    metrics = QFontMetricsF(font)
    points: list[int] = []
    for word in _long_runs(text, shortest_overwide(font, 1.0, width)):
        if metrics.horizontalAdvance(word.group()) > width:
            points.extend(word.start() + point for point in _break_points(
                word.group(), language, lambda piece: metrics.horizontalAdvance(piece) > width))
    return _with_hyphens(text, points)


def _break_points(run: str, language: str, too_wide: Callable[[str], bool]) -> list[int]:
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
        # The text shown's long runs and larger blocks (``_runs_of``)
        self._runs: tuple[object, int, LongRuns, list[tuple[int, Block, float]]] = (
            None, 0, LongRuns("", 0), [])

    def refit(self, *, keep_view: bool = False) -> bool:
        """True when the page's hyphens or a heading's size changed. Justified text has a soft
        hyphen at every syllable already (the renderer's, unless too long to render again
        at once: reader.ui.shell.main_window): none is added where one is."""
        view, document = self._view, self._view.document()
        model = view.model
        if document is not self._document:
            self._document, self._added, self._fitted = document, frozenset(), ()
        if model is None:
            return False
        language = model.language or (self._learned[1] if self._learned[0] is model else "")
        fitted = (language, document.textWidth(), document.defaultFont().key(),
                  document.rootFrame().frameFormat().leftMargin(), view.positions.base)
        if fitted == self._fitted:
            return False
        self._fitted = fitted
        # (At the top of the text nothing above can move it; the view may not even have its
        # size yet, and finding the line would lay the text out for nothing.)
        scrolled = view.verticalScrollBar().value() > 0
        kept = _line_in_sight(view) if keep_view and scrolled else None
        blocked = view.signalsBlocked()
        view.blockSignals(True)  # the caret's model offset does not change: nothing to say
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            larger = (block for _index, block, _scale in self._runs_of(model, view.positions)[1])
            changed = fit_headings(document, view.positions, larger,
                                   lambda block: self._line_width(document, block))
            wanted = frozenset() if not language else self._overwide(
                document, view.positions, model, language)
            if wanted != self._added:
                self._rehyphenate(wanted)
                changed = True
        finally:
            cursor.endEditBlock()
            view.blockSignals(blocked)
        if changed and kept is not None:  # the lines above it may have grown or shrunk
            offset, y = kept
            line = QTextCursor(document)
            line.setPosition(min(view.positions.to_qt(offset), document.characterCount() - 1))
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + view.cursorRect(line).top() - y)
        return changed

    def language_learned(self, language: str) -> None:
        """The shown document's language, found after it was shown (its model has none)."""
        self._learned = (self._view.model, language)

    def _overwide(self, document: QTextDocument, positions: PositionMap, model: Document,
                  language: str) -> frozenset[int]:
        """The model offsets of the break points of every word wider than its line."""
        font = document.defaultFont()
        narrowest = self._line_width(document, QTextBlock())
        runs, larger = self._runs_of(model, positions)
        first = model.block_index_at(positions.base)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        advances, bold_advances = Advances(font), Advances(bold)  # headings are bold
        widths: dict[int, float] = {}  # per model block: its lines'
        points: set[int] = set()
        # A word found again at the same size in a line as wide breaks as it did before.
        decided: dict[tuple[str, float, float], list[int]] = {}

        fit_any_line: set[tuple[str, float]] = set()  # words narrower than the narrowest line

        def check(index: int | None, scale: float, offset: int, word: str) -> None:
            if (word, scale) in fit_any_line:
                return
            if (bold_advances if scale > 1.0 else advances).estimate(word) * scale < (
                    1 - DOUBT) * narrowest:
                fit_any_line.add((word, scale))
                return
            if index is None:
                index = model.block_index_at(offset)
            width = widths.get(index)
            if width is None:
                block = document.findBlockByNumber(index - first)
                width = widths[index] = self._line_width(document, block)
            breaks = decided.get((word, scale, width))
            if breaks is None:
                breaks = decided[word, scale, width] = decide(scale, width, offset, word)
            points.update(offset + point for point in breaks)

        def decide(scale: float, width: float, offset: int, word: str) -> list[int]:
            """Measured by Qt only when the estimate (at most the word's width at ``scale``)
            leaves it in doubt."""
            estimate = (bold_advances if scale > 1.0 else advances).estimate(word) * scale
            if estimate < (1 - DOUBT) * width:
                return []
            # A heading's size may have been fitted down (heading_sizes): its estimate is at
            # most its width, and an estimate over the line is measured again.
            sure = scale <= _FIXED_SCALE and estimate > (1 + DOUBT) * width
            if not sure and self._measured(document, positions, offset, word) <= width:
                return []
            used = bold_advances if scale > 1.0 else advances
            return _break_points(word, language, lambda piece: used.estimate(piece) * scale > width)

        # The larger blocks (headings, questions) first: every run of theirs long enough to
        # overflow, at their size (a heading's is then measured as fitted: heading_sizes).
        in_larger: set[int] = set()
        shortest_at = {scale: shortest_overwide(font, scale, narrowest)
                       for scale in {scale for _index, _block, scale in larger}}
        for index, block, scale in larger:
            shortest = shortest_at[scale]
            if block.end - block.start >= shortest:
                for run in _long_runs(block.text, shortest):
                    in_larger.add(block.start + run.start())
                    check(index, scale, block.start + run.start(), run.group())
        for offset, word in runs.at_least(shortest_overwide(font, 1.0, narrowest)):
            if offset not in in_larger:
                check(None, 1.0, offset, word)
        return frozenset(points)

    def _runs_of(self, model: Document, positions: PositionMap
                 ) -> tuple[LongRuns, list[tuple[int, Block, float]]]:
        """The long runs of the text shown, and its blocks set larger than the text (index,
        block, scale), found once per document (or part) shown."""
        if self._runs[0] is not model or self._runs[1] != positions.base:
            shown = shown_blocks(model, positions)
            larger = [(index, block, ADJUSTMENT_SCALE.get(size_adjustment(block), 1.0))
                      for index, block in enumerate(model.blocks[shown], shown.start)
                      if size_adjustment(block) > 0]
            runs = LongRuns(model.text[positions.base:positions.end], positions.base)
            self._runs = (model, positions.base, runs, larger)
        return self._runs[2], self._runs[3]

    def _measured(self, document: QTextDocument, positions: PositionMap, offset: int,
                  word: str) -> float:
        """``word``'s width on the page, in the font of its first letter."""
        start = positions.to_qt(offset)
        cursor = QTextCursor(document)
        cursor.setPosition(min(start + 1, document.characterCount() - 1))
        return QFontMetricsF(_run_font(cursor, document.defaultFont())).horizontalAdvance(word)

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


def _line_in_sight(view: TextView) -> tuple[int, int]:
    """The model offset and the top of the line to keep in place: the caret's when in sight,
    else the one at the top. Found from what is on screen: asking where an unseen caret is
    would make Qt lay out all the text before it at once."""
    viewport = view.viewport().rect()
    top = view.cursorForPosition(viewport.topLeft())
    bottom = view.cursorForPosition(viewport.bottomRight())
    caret = view.textCursor()
    line = caret if top.position() <= caret.position() <= bottom.position() else top
    return view.positions.to_model(line.position()), view.cursorRect(line).top()


def _run_font(cursor: QTextCursor, default: QFont) -> QFont:
    """The font the characters before ``cursor`` are drawn in (a heading's scaled size)."""
    char_format = cursor.charFormat()
    font = char_format.font().resolve(default)
    adjustment = char_format.property(QTextFormat.Property.FontSizeAdjustment)
    if isinstance(adjustment, int) and adjustment:
        font.setPointSizeF(default.pointSizeF() * ADJUSTMENT_SCALE.get(adjustment, 1.0))
    return font
