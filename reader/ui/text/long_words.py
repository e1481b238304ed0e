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

import bisect
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextCursor, QTextDocument, QTextFormat

from reader.appearance.hyphenation import SOFT_HYPHEN
from reader.appearance.preferences import Appearance
from reader.document.model import Block, Document
from reader.ui.text.block_formats import size_adjustment
from reader.ui.text.heading_sizes import ADJUSTMENT_SCALE, fit_headings, shown_blocks
from reader.ui.text.long_runs import DOUBT, Advances, runs_at_least, shortest_overwide
from reader.ui.text.renderer import PositionMap
from reader.ui.text.syllables_ahead import SyllablesAhead
from reader.ui.text.text_view import TextView
from reader.ui.text.word_breaks import break_points, long_runs, with_hyphens

_FIXED_SCALE = ADJUSTMENT_SCALE[1]  # no larger block is ever set smaller: a question's
# Around the place in sight, the text fitted at once, in the change's own edit block: a few
# screens from 14 pt up (a screen holds some 3,000 characters at 14 pt, 200 at 96 pt).
_NEAR_BEFORE, _NEAR_AFTER = 2_000, 10_000
# The rest in slices on idle turns (at 96 pt a 1 MB document gets some 64,000 hyphens: 0.9 s
# in one edit), each a few milliseconds of pieces of about this many characters.
_SLICE_S = 0.004
_PIECE = 2_000
Points = Callable[[int, int], set[int]]  # the break points wanted from one model offset to another


USUAL_SIZE = Appearance().font_size  # the default: larger, the outline's labels may break


def hyphenated(text: str, font: QFont, width: float, language: str) -> str:
    """``text`` with soft hyphens at the syllables of each of its words wider than ``width``
    in ``font`` (a plain label's: an outline row)."""
    metrics = QFontMetricsF(font)
    points: list[int] = []
    for word in long_runs(text, shortest_overwide(font, 1.0, width)):
        if metrics.horizontalAdvance(word.group()) > width:
            points.extend(word.start() + point for point in break_points(
                word.group(), language, lambda piece: metrics.horizontalAdvance(piece) > width))
    return with_hyphens(text, points)


class LongWords:
    """Keeps the overwide words of one text view's page hyphenated (``refit`` after any change
    of font, width or text shown)."""

    def __init__(self, view: TextView, relaid_out: Callable[[], object] = lambda: None) -> None:
        """``relaid_out``: a slice done later changed the page (the place in sight is put
        back)."""
        self._view = view
        self._relaid_out = relaid_out
        self._document: QTextDocument | None = None  # the page the hyphens below are in
        self._added: set[int] = set()  # model offsets of the hyphens put there
        # The fit under way in slices: its break points, the next model offset to fit, where
        # the text shown ends and the part fitted at once (skipped)
        self._points: Points = lambda _start, _end: set()
        self._next, self._end, self._near = 0, 0, (0, 0)
        self._slices = QTimer(view, interval=0)
        self._slices.timeout.connect(self._fit_slice)
        self._fitted: tuple[object, ...] = ()  # what the page was last fitted to
        self._learned: tuple[object, str] = (None, "")  # a model and its language found later
        self.syllables = SyllablesAhead()  # the languages' seen, loaded off the window's thread
        # The text shown's blocks set larger (``_larger_of``)
        self._larger: tuple[object, int, list[tuple[int, Block, float]]] = (None, 0, [])
        self._smaller: tuple[object, int, list[Block]] = (None, 0, [])  # notes: their size

    def refit(self, *, keep_view: bool = False, top: int | None = None,
              whole: bool = False) -> bool:
        """True when the page's hyphens or a heading's size changed (around the place in sight
        at once, the rest on idle turns: ``fitting``). ``top``: the Qt position at the top of
        the view, found before a change of font (the layout then is the old one's). ``whole``:
        no word gets hyphens (a screen reader would hear it in pieces). Justified
        text has a soft hyphen at every syllable already (the renderer's, unless too long to
        render again at once: reader.ui.shell.main_window): none is added where one is."""
        view, document = self._view, self._view.document()
        model = view.model
        if document is not self._document:
            self._document, self._added, self._fitted = document, set(), ()
            self._slices.stop()
        if model is None or not view.isVisible():
            # (Hidden, the view has no width of its own yet: fitted when shown, on its resize.)
            return False
        language = model.language or (self._learned[1] if self._learned[0] is model else "")
        self.syllables.want(language, larger=document.defaultFont().pointSizeF() > USUAL_SIZE)
        fitted = (language, document.textWidth(), document.defaultFont().key(),
                  document.rootFrame().frameFormat().leftMargin(), view.positions.base, whole)
        if fitted == self._fitted:
            return False
        self._fitted = fitted
        self._slices.stop()  # a fit under way was for another font, width or text
        # (At the top of the text nothing above can move it; the view may not even have its
        # size yet, and finding the line would lay the text out for nothing.)
        scrolled = view.verticalScrollBar().value() > 0
        kept = _line_in_sight(view) if keep_view and scrolled else None
        blocked = view.signalsBlocked()
        view.blockSignals(True)  # the caret's model offset does not change: nothing to say
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            sized = [block for _index, block, _scale in self._larger_of(model, view.positions)]
            changed = fit_headings(document, view.positions,
                                   sized + self._smaller_of(model, view.positions),
                                   lambda block: self._line_width(document, block))
            self._points = (lambda _start, _end: set()) if whole or not language else (
                self._overwide(document, view.positions, model, language))
            self._near = self._near_range(model, view.positions, top)
            changed = self._refit_range(*self._near) or changed
            self._next, self._end = view.positions.base, _shown_end(model, view.positions)
            if self._next < self._end:
                self._slices.start()
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
                  language: str) -> Points:
        """The model offsets of the break points of every word wider than its line, from one
        model offset to another (the text found once; each word measured once per fit)."""
        font = document.defaultFont()
        narrowest = self._line_width(document, QTextBlock())
        larger = self._larger_of(model, positions)
        first = model.block_index_at(positions.base)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        advances, bold_advances = Advances(font), Advances(bold)  # headings are bold
        widths: dict[int, float] = {}  # per model block: its lines'
        # A word found again at the same size in a line as wide breaks as it did before.
        decided: dict[tuple[str, float, float], list[int]] = {}

        fit_any_line: set[tuple[str, float]] = set()  # words narrower than the narrowest line

        def check(index: int | None, scale: float, offset: int, word: str) -> list[int]:
            if (word, scale) in fit_any_line:
                return []
            if (bold_advances if scale > 1.0 else advances).estimate(word) * scale < (
                    1 - DOUBT) * narrowest:
                fit_any_line.add((word, scale))
                return []
            if index is None:
                index = model.block_index_at(offset)
            width = widths.get(index)
            if width is None:
                block = document.findBlockByNumber(index - first)
                width = widths[index] = self._line_width(document, block)
            breaks = decided.get((word, scale, width))
            if breaks is None:
                breaks = decided[word, scale, width] = decide(scale, width, offset, word)
            return [offset + point for point in breaks]

        def decide(scale: float, width: float, offset: int, word: str) -> list[int]:
            """Measured by Qt only when the estimate (at most the word's width at ``scale``)
            leaves it in doubt."""
            estimate = (bold_advances if scale > 1.0 else advances).estimate(word) * scale
            if estimate < (1 - DOUBT) * width:
                return []
            # A heading's size may have been fitted down (heading_sizes): its estimate is at
            # most its width, and an estimate over the line is measured again.
            sure = scale <= _FIXED_SCALE and estimate > (1 + DOUBT) * width
            # (on the page as it is now: the slices before put hyphens in)
            if not sure and self._measured(document, self._view.positions, offset,
                                           word) <= width:
                return []
            if scale <= _FIXED_SCALE:
                used = bold_advances if scale > 1.0 else advances
                return break_points(word, language,
                                    lambda piece: used.estimate(piece) * scale > width)
            # A heading's size may have been fitted down: its syllables are measured as drawn
            # (at twice the text, the title's "tions" was too wide, and "questions" broke at
            # its letters: "questio-" / "ns").
            drawn = QFontMetricsF(_font_at(document, self._view.positions, offset))
            return break_points(word, language,
                                lambda piece: drawn.horizontalAdvance(piece) > width)

        # The larger blocks (headings, questions) first: every run of theirs long enough to
        # overflow, at their size (a heading's is then measured as fitted: heading_sizes).
        shortest_at = {scale: shortest_overwide(font, scale, narrowest)
                       for scale in {scale for _index, _block, scale in larger}}
        larger_starts = [block.start for _index, block, _scale in larger]
        shortest_run = shortest_overwide(font, 1.0, narrowest)

        def points_in(start: int, end: int) -> set[int]:
            points: set[int] = set()
            in_larger: set[int] = set()
            for index, block, scale in larger[bisect.bisect_left(larger_starts, start):
                                              bisect.bisect_left(larger_starts, end)]:
                shortest = shortest_at[scale]
                if block.end - block.start >= shortest:
                    for run in long_runs(block.text, shortest):
                        in_larger.add(block.start + run.start())
                        points.update(check(index, scale, block.start + run.start(), run.group()))
            for offset, word in runs_at_least(model.text, shortest_run, start, end):
                if offset not in in_larger:
                    points.update(check(None, 1.0, offset, word))
            return points

        return points_in

    def _larger_of(self, model: Document, positions: PositionMap
                   ) -> list[tuple[int, Block, float]]:
        """The blocks of the text shown set larger than the text (index, block, scale), found
        once per document (or part) shown."""
        if self._larger[0] is not model or self._larger[1] != positions.base:
            shown = shown_blocks(model, positions)
            larger = [(index, block, ADJUSTMENT_SCALE.get(size_adjustment(block), 1.0))
                      for index, block in enumerate(model.blocks[shown], shown.start)
                      if size_adjustment(block) > 0]
            self._larger = (model, positions.base, larger)
        return self._larger[2]

    def _smaller_of(self, model: Document, positions: PositionMap) -> list[Block]:
        """The blocks of the text shown set smaller than the text (notes), found once per
        document (or part) shown: their size follows the text's (``heading_sizes``)."""
        if self._smaller[0] is not model or self._smaller[1] != positions.base:
            self._smaller = (model, positions.base, [
                block for block in model.blocks[shown_blocks(model, positions)]
                if size_adjustment(block) < 0])
        return self._smaller[2]

    def _measured(self, document: QTextDocument, positions: PositionMap, offset: int,
                  word: str) -> float:
        """``word``'s width on the page, in the font of its first letter."""
        return QFontMetricsF(_font_at(document, positions, offset)).horizontalAdvance(word)

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

    def _fit_slice(self) -> None:
        """The next pieces of the text fitted, for a few milliseconds; the part fitted at once
        is skipped. From the top down, the order in which Qt lays the text out: an edit past
        what it has laid out makes it lay out everything up to there first, so each slice
        lays out little more than its own pieces."""
        view, document = self._view, self._view.document()
        model = view.model
        if document is not self._document or model is None:
            self._slices.stop()
            return
        deadline = time.perf_counter() + _SLICE_S
        changed = False
        blocked = view.signalsBlocked()
        view.blockSignals(True)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            while self._next < self._end and time.perf_counter() < deadline:
                start = self._next
                if self._near[0] <= start < self._near[1]:
                    self._next = self._near[1]
                    continue
                end = _piece_end(model, start, self._near[0] if start < self._near[0]
                                 else self._end)
                changed = self._refit_range(start, end) or changed
                self._next = end
        finally:
            cursor.endEditBlock()
            view.blockSignals(blocked)
        if self._next >= self._end:
            self._slices.stop()
        if changed:
            self._relaid_out()

    def fitting(self) -> bool:
        """Whether part of the text is still to be fitted (in slices, on idle turns)."""
        return self._slices.isActive()

    def _near_range(self, model: Document, positions: PositionMap, top: int | None
                    ) -> tuple[int, int]:
        """The model offsets fitted at once: the blocks around the top of the view (the place
        Qt lays out first, and what the reader sees)."""
        view = self._view
        if top is None:
            top = view.cursorForPosition(view.viewport().rect().topLeft()).position() if (
                view.verticalScrollBar().value() > 0) else 0
        offset = positions.to_model(top)
        start = max(positions.base, offset - _NEAR_BEFORE)
        start = model.blocks[max(0, model.block_index_at(start))].start if model.blocks else 0
        return (max(positions.base, start),
                _piece_end(model, offset, _shown_end(model, positions), _NEAR_AFTER))

    def _refit_range(self, start: int, end: int) -> bool:
        """Soft hyphens into the page from model offset ``start`` to ``end`` where wanted and
        not there, and out where this put them before and they are no longer wanted, from the
        end backwards (each edit leaves the Qt positions before it as they were), in the
        caller's edit block. True when one changed."""
        view = self._view
        old = view.positions
        wanted = self._points(start, end)
        first, last = (bisect.bisect_left(old.hyphens, start), bisect.bisect_left(old.hyphens, end))
        present = set(old.hyphens[first:last])
        removed = {offset for offset in present if offset in self._added} - wanted
        added = wanted - present
        if not removed and not added:
            return False
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
        kept = tuple(sorted((present - removed) | added))
        view.adopt_positions(old._replace(
            hyphens=old.hyphens[:first] + kept + old.hyphens[last:]))
        self._added -= removed
        self._added |= added
        return True


def _shown_end(model: Document, positions: PositionMap) -> int:
    return len(model.text) if positions.end is None else positions.end


def _piece_end(model: Document, start: int, limit: int, size: int = _PIECE) -> int:
    """Where the piece of text from ``start`` ends: at the start of a block (a run never
    crosses one) near ``start + size``, ``limit`` at most, after ``start`` at least."""
    blocks = model.blocks
    if not blocks:
        return limit  # an empty document
    index = max(0, model.block_index_at(min(limit, start + size)))
    while index < len(blocks) and blocks[index].start <= start:
        index += 1
    return min(limit, blocks[index].start) if index < len(blocks) else limit

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


def _font_at(document: QTextDocument, positions: PositionMap, offset: int) -> QFont:
    """The font of the letter at model ``offset`` on the page."""
    cursor = QTextCursor(document)
    cursor.setPosition(min(positions.to_qt(offset) + 1, document.characterCount() - 1))
    return _run_font(cursor, document.defaultFont())


def _run_font(cursor: QTextCursor, default: QFont) -> QFont:
    """The font the characters before ``cursor`` are drawn in (a heading's scaled size)."""
    char_format = cursor.charFormat()
    font = char_format.font().resolve(default)
    adjustment = char_format.property(QTextFormat.Property.FontSizeAdjustment)
    if isinstance(adjustment, int) and adjustment:
        font.setPointSizeF(default.pointSizeF() * ADJUSTMENT_SCALE.get(adjustment, 1.0))
    return font
