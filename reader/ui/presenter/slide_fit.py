"""Slide geometry and type size: how a slide's text is laid out, and whether it fits.

The same ``slide_document`` is measured here and painted by ``SlideView``, so "it fits" means
what the room sees fits. Sizes are in pixels (``QFont.setPixelSize``): a QTextDocument laid out
without a paint device would otherwise convert points at one DPI and paint at another.

The readable minimum is 28 pt (37 px at 96 dpi): the smallest type commonly recommended for
text projected to a room, and more than twice the reader's 14 pt body text. A slide never
goes below it; text that would need less continues on the next step (``slides``).

From the reader's font a slide takes its face only (family, weight, slant): the size is the
fitted one, and the letter and word spacing, absolute pixels computed for the reading size,
are left out (``slide_font``), so that a slide measures and paints the same whatever the
reading size was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from reader.ui.presenter.slides import SizeRange

MINIMUM_POINT_SIZE = 28
MINIMUM_PIXEL_SIZE = round(MINIMUM_POINT_SIZE * 96 / 72)
LINE_HEIGHT_PERCENT = 120  # tighter than the reader's 130 %: lines of huge type look far apart
_MARGIN_FRACTION = 0.05  # projectors may crop the edges of the picture (overscan)
# The footer (progress "3 / 8", timer, notices) is read from the back of the room like the slide:
# never smaller than the slides' smallest type, larger on a tall screen, and in proportion to
# each slide's own type (``SlideGeometry.counter_pixel_size``).
_FOOTER_FRACTION = 1 / 28  # 39 px at 1080 px high
COUNTER_FRACTION = 0.75  # of the slide's type: a page number a little smaller than the text
_LARGEST_FRACTION = 1 / 9  # the biggest type: nine lines to the screen


@dataclass(frozen=True, slots=True)
class SlideGeometry:
    """Where things go on a slide of ``size`` (the audience screen's size, in pixels)."""

    size: QSize
    text_rect: QRect  # the lead and body, at most (text_rect_for: at a given type size)
    footer_rect: QRect  # progress, timer, notices, at least (footer_rect_for)
    footer_pixel_size: int  # the footer's smallest type
    sizes: SizeRange

    def counter_pixel_size(self, pixel_size: int) -> int:
        """The footer's type on a slide set at ``pixel_size``: in proportion to it, so that
        "3 / 8" under a question in huge type is not lost, never below the smallest."""
        return max(self.footer_pixel_size, round(pixel_size * COUNTER_FRACTION))

    def footer_rect_for(self, pixel_size: int) -> QRect:
        """The footer on a slide set at ``pixel_size``: as tall as its type needs, from the
        bottom of ``footer_rect`` up."""
        height = max(self.footer_rect.height(), round(self.counter_pixel_size(pixel_size) * 1.5))
        footer = self.footer_rect
        return QRect(footer.left(), footer.bottom() + 1 - height, footer.width(), height)

    def text_rect_for(self, pixel_size: int) -> QRect:
        """Where a slide set at ``pixel_size`` may put its text: above its footer and a gap,
        so the counter never overlaps the text."""
        gap = self.counter_pixel_size(pixel_size) // 2
        bottom = min(self.text_rect.bottom(), self.footer_rect_for(pixel_size).top() - 1 - gap)
        text = self.text_rect
        return QRect(text.left(), text.top(), text.width(), max(1, bottom - text.top() + 1))


def slide_geometry(size: QSize) -> SlideGeometry:
    width, height = max(1, size.width()), max(1, size.height())
    margin_x = round(width * _MARGIN_FRACTION)
    margin_y = round(height * _MARGIN_FRACTION)
    footer_pixels = max(MINIMUM_PIXEL_SIZE, round(height * _FOOTER_FRACTION))
    footer_height = round(footer_pixels * 1.5)
    gap = footer_pixels // 2
    text_height = max(1, height - 2 * margin_y - footer_height - gap)
    text_rect = QRect(margin_x, margin_y, max(1, width - 2 * margin_x), text_height)
    footer_rect = QRect(margin_x, height - margin_y - footer_height, text_rect.width(),
                        footer_height)
    largest = max(MINIMUM_PIXEL_SIZE, round(height * _LARGEST_FRACTION))
    return SlideGeometry(QSize(width, height), text_rect, footer_rect, footer_pixels,
                         SizeRange(MINIMUM_PIXEL_SIZE, largest))


def slide_font(base: QFont, pixel_size: int) -> QFont:
    """``base``'s face at ``pixel_size``, with the face's own spacing."""
    font = QFont(base)
    font.setPixelSize(max(1, pixel_size))
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0)
    font.setWordSpacing(0)
    return font


def same_face(first: QFont, second: QFont) -> bool:
    """Whether slides set from ``first`` and from ``second`` look alike (all ``slide_font``
    keeps of them): a change of the reading size alone does not lay the slides out again."""
    return (first.families(), first.family(), first.weight(), first.style()) == \
        (second.families(), second.family(), second.weight(), second.style())


def lead_weight(base: QFont) -> QFont.Weight:
    """The lead (the question) stands out from the body in bold; when the reader reads in bold,
    the body is bold and the lead one step heavier."""
    return QFont.Weight.Black if base.weight() >= QFont.Weight.Bold else QFont.Weight.Bold


def slide_document(
    lead: Sequence[str], body: Sequence[str], base_font: QFont, pixel_size: int, width: int,
) -> QTextDocument:
    """The slide's text, laid out ``width`` pixels wide: the lead in bold, a gap, the body in
    the reader's weight. Colours come from the painter's palette (``SlideView``), so the theme
    applies."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(0)
    document.setDefaultFont(slide_font(base_font, pixel_size))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # a word is never cut (see fits)
    document.setDefaultTextOption(option)
    document.setTextWidth(width)
    cursor = QTextCursor(document)
    paragraph_gap = pixel_size * 0.5
    weights = (lead_weight(base_font), base_font.weight())
    first = True
    for index, text in enumerate([*lead, *body]):
        in_lead = index < len(lead)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        gap_above = pixel_size * 0.9 if lead and index == len(lead) else 0.0
        block_format.setTopMargin(gap_above)
        block_format.setBottomMargin(paragraph_gap)
        char_format = QTextCharFormat()
        char_format.setFontWeight(weights[0] if in_lead else weights[1])
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            first = False
        else:
            cursor.insertBlock(block_format, char_format)
        # A "\n" would start a new block and "\u2028" is Qt's own line separator: keep lines.
        cursor.insertText(text.replace("\n", "\u2028"), char_format)
    return document


def text_fits(document: QTextDocument, rect: QRect) -> bool:
    """No line below the area, and no word wider than it (WordWrap lets such a word stick out
    rather than cut it: then the size is too big)."""
    return (document.size().height() <= rect.height()
            and document.idealWidth() <= rect.width() + 0.5)


class SlideFitter:
    """The ``slides.Fits`` for one geometry: lays the text out and compares with the text area.
    Answers are cached: paging and the size search ask about the same texts again."""

    def __init__(self, base_font: QFont, geometry: SlideGeometry) -> None:
        self._font = QFont(base_font)
        self.geometry = geometry
        self._cache: dict[tuple[tuple[str, ...], tuple[str, ...], int], bool] = {}

    def __call__(self, lead: Sequence[str], body: Sequence[str], pixel_size: int) -> bool:
        key = (tuple(lead), tuple(body), pixel_size)
        answer = self._cache.get(key)
        if answer is None:
            document = self.layout(lead, body, pixel_size)
            answer = text_fits(document, self.geometry.text_rect_for(pixel_size))
            self._cache[key] = answer
        return answer

    def layout(self, lead: Sequence[str], body: Sequence[str], pixel_size: int) -> QTextDocument:
        return slide_document(lead, body, self._font, pixel_size, self.geometry.text_rect.width())
