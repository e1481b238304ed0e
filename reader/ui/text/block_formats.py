"""The formats of a rendered document's blocks and runs: from the reading font, the page style
and the palette (no fixed colours), each made once per kind (reader.ui.text.renderer)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextLength,
)

from reader import messages
from reader.document.model import Block, BlockKind, Inline, InlineStyle, Role
from reader.ui.text.tooltips import plain_tooltip

# FontSizeAdjustment steps: Qt scales the default font by 0.7, 0.8, 1, 1.2, 1.5, 2, 2.4 for
# adjustments -2..+4.
_HEADING_ADJUSTMENT = {1: 2, 2: 1}  # h3-h6: body size, bold
_TITLE_ADJUSTMENT = 3
_QUESTION_ADJUSTMENT = 1
_SUBDUED_ADJUSTMENT = -1
_NOTE_INDENT = 1.5  # em: a note is set in from the text it follows
_NOTE_SPACE = 0.3  # em above a note, apart from the paragraph that cites it
# Text is never set below the smallest size the reader offers (appearance's font size limit).
SMALLEST_READABLE = 8.0  # points
_ADJUSTMENT_SCALE = {-2: 0.7, -1: 0.8}  # Qt's FontSizeAdjustment scale below the text


class PageStyle(NamedTuple):
    """What every block shares (reader.appearance.Appearance's block-level part). A named
    tuple: a dataclass costs 1-2 ms to define, on the way to the first paint."""

    line_height: float = 1.3  # times the natural line
    paragraph_spacing: float = 0.6  # em below each block
    alignment: str = "left"  # or "justify"
    # A screen reader listens: it is given the page's text, soft hyphens and all, and speaks
    # a hyphenated word in pieces ("An trait d'union conditionnel ti …": docs/large-type.md),
    # so the page has none (justified lines open wider gaps; Qt cuts an overwide word anywhere)
    screen_reader: bool = False

    @property
    def hyphenated(self) -> bool:
        """Justified lines need hyphenation, or they open wide gaps between words."""
        return self.alignment == "justify" and not self.screen_reader

    def apply(self, block_format: QTextBlockFormat, em_px: float) -> None:
        block_format.setBottomMargin(em_px * self.paragraph_spacing)
        block_format.setLineHeight(self.line_height * 100,
                                   QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setAlignment(Qt.AlignmentFlag.AlignJustify if self.alignment == "justify"
                                  else Qt.AlignmentFlag.AlignLeft)


def size_adjustment(block: Block) -> int:
    """The FontSizeAdjustment steps ``block``'s text is set in, before any fitting."""
    if block.role is Role.QUESTION:
        return _QUESTION_ADJUSTMENT
    if block.role is Role.SHARE or block.kind is BlockKind.NOTE:
        return _SUBDUED_ADJUSTMENT
    return heading_adjustment(block)


def readable_adjustment(font: QFont, designed: int) -> int:
    """``designed`` (a step below the text's size: a note, a share link), or a step nearer
    the text's, as long as it would set the text below the smallest readable size: at 14 pt
    a note is set at 11.2 pt, at 8 or 9 pt at the text's own size."""
    points = font.pointSizeF()
    while designed < 0 and 0 < points * _ADJUSTMENT_SCALE[designed] < SMALLEST_READABLE:
        designed += 1
    return designed


def heading_adjustment(block: Block) -> int:
    """How many FontSizeAdjustment steps a heading or title grows above the text (0: none)."""
    if block.role is Role.TITLE:
        return _TITLE_ADJUSTMENT
    if block.kind is BlockKind.HEADING:
        return _HEADING_ADJUSTMENT.get(block.level, 0)
    return 0


def em_pixels(font: QFont) -> float:
    """One em of ``font`` in pixels (block margins are in pixels)."""
    return max(1.0, font.pointSizeF()) * 96 / 72


class BlockFormats:
    """Block and character formats, from the reading font and the palette (no fixed colours)."""

    def __init__(self, font: QFont, palette: QPalette, style: PageStyle) -> None:
        self.font = font
        self.palette = palette
        self.style = style
        self.monospace = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()
        self.line = em_pixels(font)  # one em of the reading font, in pixels
        # Made once per kind of block or run, not once per block: a 10 MB document has 23 000
        # blocks of a dozen kinds, and each format made is Qt calls in the rendering worker.
        self._blocks: dict[tuple[object, ...], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self._runs: dict[tuple[object, ...], QTextCharFormat] = {}
        self._bases: dict[int, QTextCharFormat] = {}  # the blocks' shared character formats

    def for_block(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The formats of ``block`` (shared with blocks of its kind: copy before changing)."""
        key = (block.kind, block.level, block.role, bool(block.ordinal),
               bool(block.number_length))
        made = self._blocks.get(key)
        if made is None:
            made = self._blocks[key] = self._make_block(block)
            self._bases[id(made[1])] = made[1]
        return made

    def for_run(self, base: QTextCharFormat, inlines: tuple[Inline, ...]) -> QTextCharFormat:
        """``base`` with ``inlines``' styles, outer first (shared: copy before changing)."""
        shared = self._bases.get(id(base)) is base  # else a table row's own copy: not kept
        key = (id(base), *((inline.style, inline.target) for inline in inlines))
        made = self._runs.get(key) if shared else None
        if made is None:
            made = QTextCharFormat(base)
            for inline in inlines:
                self.apply_inline(made, inline)
            if shared:
                self._runs[key] = made
        return made

    def _make_block(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format = QTextBlockFormat()
        char_format = QTextCharFormat()
        self.style.apply(block_format, self.line)
        kind = block.kind
        if kind is BlockKind.HEADING:
            block_format.setHeadingLevel(block.level)
            block_format.setTopMargin(self.line * 0.8)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setProperty(
                QTextFormat.Property.FontSizeAdjustment, _HEADING_ADJUSTMENT.get(block.level, 0)
            )
        elif kind is BlockKind.LIST_ITEM:
            if not block.ordinal or block.number_length:  # a later paragraph of an item, or
                block_format.setIndent(max(1, block.level))  # one whose number is its text
            # (an item with a marker gets its indent from its QTextList; both would add up)
        elif kind is BlockKind.QUOTE:
            block_format.setIndent(max(1, block.level))
            char_format.setFontItalic(True)
        elif kind is BlockKind.CODE:
            block_format.setBackground(self.palette.alternateBase())
            block_format.setLeftMargin(self.line * 0.5)
            char_format.setFontFamilies(self.monospace)
            char_format.setFontFixedPitch(True)
        elif kind is BlockKind.NOTE:  # small print, set in: its number, in its text, shows
            block_format.setLeftMargin(self.line * _NOTE_INDENT)
            block_format.setTopMargin(self.line * _NOTE_SPACE)
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment,
                                    readable_adjustment(self.font, _SUBDUED_ADJUSTMENT))
        elif kind is BlockKind.RULE:
            block_format.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
        self._apply_role(block, block_format, char_format)
        return block_format, char_format

    def _apply_role(
        self, block: Block, block_format: QTextBlockFormat, char_format: QTextCharFormat
    ) -> None:
        role = block.role
        if role is Role.TITLE:
            if not block_format.headingLevel():
                block_format.setHeadingLevel(1)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, _TITLE_ADJUSTMENT)
        elif role is Role.QUESTION:
            # Distinct without colour: bold, larger, a rule of space above (WCAG 1.4.1).
            block_format.setTopMargin(self.line * 1.2)
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, _QUESTION_ADJUSTMENT)
        elif role is Role.SHARE:
            # Kept visible but subdued by size only: a paler colour would fail 7:1 contrast.
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment,
                                    readable_adjustment(self.font, _SUBDUED_ADJUSTMENT))
        elif role is Role.CAPTION:
            char_format.setFontItalic(True)

    def apply_inline(self, char_format: QTextCharFormat, inline: Inline) -> None:
        style = inline.style
        if style is InlineStyle.EMPHASIS:
            char_format.setFontItalic(True)
        elif style is InlineStyle.STRONG:
            char_format.setFontWeight(QFont.Weight.Bold)
        elif style is InlineStyle.CODE:
            char_format.setFontFamilies(self.monospace)
            char_format.setFontFixedPitch(True)
        elif style is InlineStyle.LINK:
            char_format.setAnchor(True)
            char_format.setAnchorHref(inline.target)
            char_format.setFontUnderline(True)
            char_format.setForeground(self.palette.link())
            char_format.setToolTip(plain_tooltip(messages.link_tooltip(inline.target)))
        elif style is InlineStyle.NOTE_REFERENCE:  # a note's mark: raised (note_marks)
            char_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        elif style is InlineStyle.IMAGE:
            char_format.setFontItalic(True)
            char_format.setToolTip(plain_tooltip(messages.image_tooltip(inline.target)))
