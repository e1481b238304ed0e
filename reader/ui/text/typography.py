"""The reader's typography on the text view, without rebuilding the document
(docs/architecture.md#text-view-and-start-up).

- Font family, size, weight, letter and word spacing live in the document's default font:
  letter and word spacing are absolute pixels there, computed from the size, and every run of
  text (headings scale it through FontSizeAdjustment) inherits them. A size change is one
  ``QTextDocument.setDefaultFont``: Qt relayouts in the background.
- Line height, paragraph spacing and alignment are the same on every block (renderer.PageStyle):
  one ``mergeBlockFormat`` over the whole document, a single C++ pass.
- The few blocks with a space of their own above (headings, questions) or an indent (code) have
  it in em: after a size change they are updated in the same edit block (``SpacingPass``),
  and Qt's background layout that follows is paced in short slices (``LayoutPacer``), so the
  window never waits for a long document.
- Margins and the maximum line length are the root frame's left and right margins, recomputed
  when the view is resized: the text always wraps to the window (no horizontal scrolling at
  400 %, WCAG 1.4.10), and a long line is never wider than the reader asked.
- Colours baked into formats (links, code backgrounds) are repainted by ``recolour`` when the
  theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from reader.appearance.preferences import Appearance
from reader.document.model import BlockKind, Document, InlineStyle
from reader.ui.text.layout_pacer import LayoutPacer
from reader.ui.text.long_words import LongWords
from reader.ui.text.renderer import PageStyle, PositionMap, SpacedBlock, em_pixels
from reader.ui.text.tables import Table, lay_out
from reader.ui.text.text_view import TextView

VISIBLE_WINDOW = 40  # the spaced blocks done first: about a screenful
_MIN_TEXT_EM = 8  # margins never squeeze the text narrower than this
_KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor


def reading_font(appearance: Appearance, base: QFont) -> QFont:
    """``base`` (the system font) in the reader's family, size, weight and spacing."""
    font = QFont(base)
    if appearance.font_family:
        font.setFamilies([appearance.font_family, *base.families()])
    font.setPointSizeF(appearance.font_size)
    font.setWeight(QFont.Weight.Bold if appearance.bold else QFont.Weight.Normal)
    em = em_pixels(font)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, em * appearance.letter_spacing)
    font.setWordSpacing(em * appearance.word_spacing)
    return font


def capped_font(font: QFont, points: float) -> QFont:
    """``font`` no larger than ``points``, its spacing scaled with it."""
    capped = QFont(font)
    if capped.pointSizeF() > points:
        scale = points / capped.pointSizeF()
        capped.setPointSizeF(points)
        capped.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, font.letterSpacing() * scale)
        capped.setWordSpacing(font.wordSpacing() * scale)
    return capped


def page_style(appearance: Appearance, *, screen_reader: bool = False) -> PageStyle:
    return PageStyle(appearance.line_height, appearance.paragraph_spacing, appearance.alignment,
                     screen_reader)


class Typesetter(QObject):
    """Keeps one text view's document in the reader's typography."""

    # The text was laid out anew outside a change the caller made (the width fitted to a
    # resized view, a slice of spaced blocks): what keeps the reader's place puts it back.
    relaid_out = Signal()

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._spaced: tuple[SpacedBlock, ...] = ()
        self._style = PageStyle()  # the reader's
        self._document_style: PageStyle | None = PageStyle()  # the document's; None: not known
        self._font = QFont(view.font())
        self._margin_em = 0.0
        self._max_chars = 0
        self._tables: tuple[Table, ...] = ()  # their columns are measured in the font
        self._tables_style: PageStyle | None = None  # what they were last laid out for
        self.spacing = SpacingPass(self)
        self.spacing.stepped.connect(self.relaid_out)
        self.layout = LayoutPacer(view)  # Qt's own background layout, in short slices
        view.installEventFilter(self)
        self._long_words: LongWords | None = None  # words wider than their line, hyphenated
        # The typography asked for while the page is rendered anew (font, style, margin, line
        # length), applied to the new page when it is shown (reader.ui.text.rerendering)
        self._wanted: tuple[QFont, PageStyle, float, int] | None = None
        if isinstance(view, TextView):
            view.part_shown.connect(self._part_shown)
            self._long_words = LongWords(view, self.relaid_out.emit)

    def document_shown(self, spaced: tuple[SpacedBlock, ...],
                       tables: tuple[Table, ...] = ()) -> None:
        """A freshly rendered document is in the view. It was rendered in the current
        typography, unless the reader changed it while a large file was being opened in the
        background: then it is brought up to date."""
        self._take_page(spaced, tables)
        if self._wanted is not None:  # another document came before the page rendered anew
            self._font, self._style, self._margin_em, self._max_chars = self._wanted
            self._wanted = None
        document = self._view.document()
        wanted = self._font
        if document.defaultFont() != wanted:
            self._font, self._document_style = QFont(document.defaultFont()), None
            self.apply(wanted, self._style, self._margin_em, self._max_chars)
        else:
            self.fit_width()
            self._fit_long_words(keep_view=True)

    def _take_page(self, spaced: tuple[SpacedBlock, ...], tables: tuple[Table, ...]) -> None:
        if isinstance(self._view, TextView) and self._view.part_layout is not None:
            spaced, tables = self._view.part_layout  # the part shown's (reader.ui.text.parts)
        self._spaced = spaced
        self._tables, self._tables_style = tables, None
        self.spacing.cancel()
        self.layout.watch()

    def _part_shown(self, _rendered: object) -> None:
        """Another part of a large document is shown, rendered in the font of the one before
        and the style of the first: brought to the reader's style (to the page's font while
        the page is rendered anew for another: the reader's comes with that one)."""
        self._document_style = None
        wanted, self._wanted = self._wanted, None
        self.document_shown((), ())
        if self._document_style is None:
            self.apply(self._font, self._style, self._margin_em, self._max_chars)
        self._wanted = wanted

    def await_rendering(self) -> None:
        """The page shown is being rendered anew in the background (reader.ui.text.rerendering):
        until it is shown (``rendering_shown``) or given up (``stop_awaiting``), ``apply`` keeps
        what it is given for the new page and leaves this one as it is (a new size on it would
        be laid out for nothing, and past 24 pt would not fit Qt's layout)."""
        if self._wanted is None:
            self._wanted = (QFont(self._font), self._style, self._margin_em, self._max_chars)

    def awaiting_rendering(self) -> bool:
        return self._wanted is not None

    def stop_awaiting(self) -> None:
        """No new page is coming: the typography asked for meanwhile applies to this one."""
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.apply(*wanted)

    def rendering_shown(self, spaced: tuple[SpacedBlock, ...], tables: tuple[Table, ...],
                        font: QFont, style: PageStyle) -> None:
        """The page shown was rendered anew in ``font`` and ``style`` (its spacing, tables and
        hyphens in them already): brought to what the reader asked for since, if anything."""
        # (Rendered on the spot, it is in what the caller is about to apply.)
        wanted = self._wanted or (font, style, self._margin_em, self._max_chars)
        self._wanted = None
        self._take_page(spaced, tables)
        self._font, self._document_style = QFont(font), style
        self._tables_style = style
        self.apply(*wanted)

    def apply(self, font: QFont, style: PageStyle, margin_em: float, max_chars: int) -> None:
        """All in one edit block: Qt then relayouts once, lazily, from what is visible (edits
        outside a block, or a ``select(Document)`` that moves to the end, would make it lay out
        the whole document at once: 0.1-0.3 s for 1 MB)."""
        if self._wanted is not None:  # for the page being rendered anew
            self._wanted = (QFont(font), style, margin_em, max_chars)
            return
        document = self._view.document()
        first_visible = self._first_visible()  # before the change: what the reader sees
        em_changed = em_pixels(font) != em_pixels(self._font)
        self._margin_em, self._max_chars = margin_em, max_chars
        # A new font moves the columns; new spacing or alignment overwrote the rows' own.
        tables_stale = (font != self._font or font != document.defaultFont()
                        or style != self._tables_style or em_changed)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            if font != self._font or font != document.defaultFont():
                self._font = QFont(font)
                # On the document, not the widget: QTextEdit.setFont also lays the whole
                # document out at once to size its scroll bars (0.7 s for 1 MB).
                document.setDefaultFont(font)
                self.layout.restart()
            self._style = style
            if style != self._document_style or em_changed:
                self._document_style = style
                block_format = QTextBlockFormat()
                style.apply(block_format, em_pixels(font))
                cursor.setPosition(0)
                cursor.setPosition(document.characterCount() - 1,
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeBlockFormat(block_format)
            if tables_stale and self._tables:
                lay_out(document, self._tables, font)
                self._tables_style = style
            self.fit_width()
            if em_changed:
                self.spacing.start(document, self._spaced, em_pixels(font), first_visible)
            self._fit_long_words(top=document.findBlockByNumber(first_visible).position())
        finally:
            cursor.endEditBlock()

    def _first_visible(self) -> int:
        return self.layout.block_at_top().blockNumber()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_resized)  # once the viewport has its new size
        return False

    def _fit_resized(self) -> None:
        if self.fit_width() | self._fit_long_words(keep_view=True):
            self.relaid_out.emit()

    def follow_screen_reader(self, listening: bool) -> None:
        """A screen reader started or stopped listening, the page otherwise left as it is: its
        overwide words, and those of every page shown next, whole while one listens (it is
        given the page's text and would hear a soft hyphen: ``PageStyle.screen_reader``)."""
        self._style = self._style._replace(screen_reader=listening)
        if self._wanted is not None:  # for the page being rendered anew
            font, style, margin_em, max_chars = self._wanted
            self._wanted = (font, style._replace(screen_reader=listening), margin_em, max_chars)
        if self._fit_long_words(keep_view=True):
            self.relaid_out.emit()

    def hold_syllables(self) -> None:
        """Languages' syllables are not loaded ahead until ``release_syllables`` (start-up:
        reader.ui.text.syllables_ahead)."""
        if self._long_words is not None:
            self._long_words.syllables.hold()

    def release_syllables(self) -> None:
        if self._long_words is not None:
            self._long_words.syllables.release()

    def language_learned(self, language: str) -> None:
        """The shown document's language, found after it was shown: its long words now break
        at its syllables."""
        if self._long_words is not None:
            self._long_words.language_learned(language)
            if self._fit_long_words(keep_view=True):
                self.relaid_out.emit()

    def _fit_long_words(self, *, keep_view: bool = False, top: int | None = None) -> bool:
        """True when a word wider than its line was hyphenated, or one that fits is no more.
        ``keep_view``: the line at the top stays there (``apply``'s callers keep the place);
        ``top``: the Qt position at the top of the view before a change of font."""
        return self._long_words is not None and self._long_words.refit(
            keep_view=keep_view, top=top, whole=self._style.screen_reader)

    def fitting_words(self) -> bool:
        """Whether words far from the place in sight are still being hyphenated (on idle
        turns, after a change of size, width or text)."""
        return self._long_words is not None and self._long_words.fitting()

    def side_margin(self, viewport_width: float, font: QFont | None = None) -> float:
        """Left (and right) margin of the text, in pixels (in ``font``, else the page's)."""
        font = self._font if font is None else font
        em = em_pixels(font)
        side = min(self._margin_em * em, viewport_width / 4)
        if self._max_chars:
            metrics = QFontMetricsF(font)
            per_char = metrics.averageCharWidth() + font.letterSpacing()
            line = self._max_chars * per_char + self._max_chars / 6 * font.wordSpacing()
            side = max(side, (viewport_width - line) / 2)
        room = viewport_width - 2 * side
        if room < _MIN_TEXT_EM * em:  # never squeeze the text to nothing
            side = max(0.0, (viewport_width - _MIN_TEXT_EM * em) / 2)
        return round(max(0.0, side))

    def fit_width(self, page: QTextDocument | None = None) -> bool:
        """The margins for the view's width; True when they changed. ``page``: a page about to
        be shown, in the typography asked for (set before it is laid out, a change of margins
        lays all the text before the place out again)."""
        document = self._view.document() if page is None else page
        font = None if page is None else (self._wanted or (page.defaultFont(),))[0]
        side = self.side_margin(self._view.viewport().width(), font)
        root = document.rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() != side or frame_format.rightMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)
            return True
        return False


class SpacingPass(QObject):
    """Sets the em-based top margins and indents of the spaced blocks, all of them in the
    caller's edit block, which also changes the font: Qt then lays the document out again once,
    lazily, from the start (``LayoutPacer`` paces it). Changed later, in slices, each change
    would make Qt lay out at once everything up to the block changed (50-80 ms a slice in a
    1 MB document), or pass blocks by without laying them out (they would show blank)."""

    stepped = Signal()  # kept for the place keeper: a slice was laid out after the change

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

    def start(self, document: QTextDocument, spaced: tuple[SpacedBlock, ...], em: float,
              first_visible: int) -> None:
        """Every spaced block now, those on screen first (they are laid out first)."""
        on_screen = range(first_visible, first_visible + VISIBLE_WINDOW)
        cursor = QTextCursor(document)
        for group in ([b for b in spaced if b.number in on_screen],
                      [b for b in spaced if b.number not in on_screen]):
            for block_spacing in group:
                block = document.findBlockByNumber(block_spacing.number)
                if not block.isValid():
                    continue
                block_format = QTextBlockFormat()
                block_format.setTopMargin(block_spacing.top * em)
                if block_spacing.left:
                    block_format.setLeftMargin(block_spacing.left * em)
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(block_format)

    def cancel(self) -> None:
        """Nothing is left to do after ``start`` (kept for the callers)."""

    def pending(self) -> int:
        return 0

    def finish(self) -> None:
        """Nothing is left to do after ``start`` (kept for tests)."""

    def _step(self) -> None:
        """Nothing is left to do after ``start`` (kept for benchmarks)."""


class BakedColours:
    """Links and code backgrounds in the palette's colours (after a theme change). Found in the
    model, not by walking every fragment of the text (0.3-0.6 s for 1 MB), and found once per
    shown document (a few ms for 1 MB at every change otherwise); the page is laid out anew
    lazily from the top first, or Qt would lay out at once every block between the first link
    and the last."""

    def __init__(self) -> None:
        # Each rendering is a new QTextDocument: the places hold for the one they were found
        # in (kept by its wrapper only: the model of a document left is not held).
        self._found_in: QTextDocument | None = None
        self._positions: PositionMap | None = None
        self._links: list[tuple[int, int]] = []
        self._code: list[int] = []

    def recolour(self, document: QTextDocument, palette: QPalette, model: Document | None,
                 positions: PositionMap) -> None:
        if model is None:
            return
        if self._found_in is not document or self._positions is not positions:
            # (the same page with other soft hyphens: reader.ui.text.long_words)
            self._found_in, self._positions = document, positions
            to_qt = positions.to_qt
            shown = model.blocks
            if positions.end is not None:  # the part shown of a large document
                shown = shown[model.block_index_at(positions.base):
                              model.block_index_at(positions.end) + 1]
            self._links = [(to_qt(i.start), to_qt(i.end)) for b in shown
                           for i in b.inlines if i.style is InlineStyle.LINK]
            self._code = [to_qt(b.start) for b in shown if b.kind is BlockKind.CODE]
        if not self._links and not self._code:
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        document.setPageSize(document.pageSize())
        code_format = QTextBlockFormat()
        code_format.setBackground(palette.alternateBase())
        for position in self._code:
            cursor.setPosition(position)
            cursor.mergeBlockFormat(code_format)
        link_format = QTextCharFormat()
        link_format.setForeground(palette.link())
        # 1 600 links in 1 MB: the loop's own Python work counts.
        move, merge, keep = cursor.setPosition, cursor.mergeCharFormat, _KEEP_ANCHOR
        for start, end in self._links:
            move(start)
            move(end, keep)
            merge(link_format)
        cursor.endEditBlock()
