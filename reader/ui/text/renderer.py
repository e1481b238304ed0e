"""Document -> QTextDocument, block by block, through QTextCursor and formats (never setHtml).

Why not HTML: ``setHtml`` of a big document blocks for seconds
(docs/architecture.md#text-view-and-start-up), and text that looks like HTML in the source must be
shown as the characters it is. Inserting plain text with formats cannot render anything.

Coordinates: each model Block becomes exactly one QTextBlock, and blocks are separated by one
block separator, as ``Document.text`` joins them with one "\\n". So a QTextCursor position equals
a model offset, with one exception Qt imposes: Qt counts UTF-16 code units, Python code points,
so every character outside the BMP (emoji, 𝕏…) takes two Qt positions. ``PositionMap`` converts
both ways and is the identity (no work) for the usual text without such characters.

Typography is relative: headings use ``FontSizeAdjustment`` (a scale of the document's default
font), so a later ``setDefaultFont`` resizes everything without rebuilding the document. Every
block has the same bottom margin, line height and alignment (``PageStyle``), so a later change
of those is one whole-document ``mergeBlockFormat`` (reader.ui.text.typography); the few blocks with
a space of their own above them (headings, questions) or an indent (code) are listed in
``Rendered.spaced_blocks`` for the same reason.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from reader.appearance.hyphenation import SOFT_HYPHEN, hyphenation_points
from reader.document.model import Block, BlockKind, Document, InlineStyle
from reader.ui.text.block_formats import BlockFormats
from reader.ui.text.block_formats import PageStyle as PageStyle  # what callers import from here
from reader.ui.text.block_formats import em_pixels as em_pixels
from reader.ui.text.tables import Table, TableCollector, format_row, lay_out

if TYPE_CHECKING:
    from reader.ui.text.outline_rows import OutlineRows
    from reader.ui.text.parts import Parting, Parts

READING_POINT_SIZE = 14.0

# QTextCursor.insertText turns these into block separators (see QTextCursor::insertText), which
# would split one model block into several QTextBlocks. Each is replaced by one character of the
# same UTF-16 length, so positions do not move.
_SEPARATORS = (("\n", " "), ("\r", " "), ("\u2029", "\u2028"), ("\ufdd0", "\ufffd"),
               ("\ufdd1", "\ufffd"))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SCAN_PIECE = 1 << 16
_PLAIN_PAGE = PageStyle()
# No document this long or shorter is cut into parts by the usual parting
# (reader.ui.text.parts.PARTING.threshold, which a test holds it to): ``render`` imports the
# parts' module, and defines its three records, only for a document that may be cut.
ALWAYS_WHOLE = 1_500_000
# Qt lays text out in fixed-point numbers no larger than 8,388,607 pixels (QFIXED_MAX): 1 MB
# at 96 pt reaches that about 370,000 characters in, and nothing past it is ever laid out.
# From this size up, the text a page holds falls as the square of the size (its height per
# character grows so): 375,000 characters at 48 pt, 94,000 at 96, a part of 2 million pixels.
_PARTS_SHRINK_FROM_PT = 24.0
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


# The records below are named tuples: they are defined on the way to the first paint, where a
# frozen dataclass costs about 1.5-2.5 ms to define and a named tuple a fifth of that.
class PositionMap(NamedTuple):
    """Model offsets (code points) <-> QTextDocument positions (UTF-16 code units, and the soft
    hyphens only the page has) of the text shown: the whole document, or the part of a large
    one from model offset ``base`` to ``end`` (reader.ui.text.parts). An offset outside the part
    is clamped to its nearer edge, explicitly: ``holds`` says whether it is inside, and every
    jump shows the part holding its target first (``LayoutPacer.when_shown``)."""

    astral: tuple[int, ...] = ()  # model offsets of the characters outside the BMP, ascending
    hyphens: tuple[int, ...] = ()  # model offsets a soft hyphen was inserted before, ascending
    base: int = 0  # the model offset of the first character shown
    end: int | None = None  # the model offset just after the last one shown (None: no limit)

    @classmethod
    def for_text(cls, text: str, hyphens: tuple[int, ...] = (), base: int = 0,
                 end: int | None = None) -> PositionMap:
        """``text`` is what is shown (``Document.text[base:end]``); ``hyphens`` are model
        offsets."""
        # A piece at a time: one search over 10 MB held Python's lock, and with it the window,
        # for about 70 ms while a worker rendered.
        astral: list[int] = []
        for start in range(0, len(text), _SCAN_PIECE):
            astral.extend(base + m.start()
                          for m in _ASTRAL.finditer(text, start, start + _SCAN_PIECE))
        return cls(tuple(astral), hyphens, base, end)

    def holds(self, offset: int) -> bool:
        return self.base <= offset and (self.end is None or offset <= self.end)

    def clamped(self, offset: int) -> int:
        """``offset``, or the nearer edge of the text shown when it is outside."""
        offset = max(self.base, offset)
        return offset if self.end is None else min(offset, self.end)

    def to_qt(self, offset: int) -> int:
        """The Qt position of ``offset`` (clamped to the text shown); after the soft hyphen
        inserted there, if any."""
        offset = self.clamped(offset)
        if not self.astral and not self.hyphens:
            return offset - self.base
        return (offset - self.base + bisect.bisect_left(self.astral, offset)
                + bisect.bisect_right(self.hyphens, offset))

    def to_model(self, position: int) -> int:
        """The model offset of a Qt position; inside a surrogate pair, the character's start."""
        if not self.astral and not self.hyphens:
            return self.clamped(self.base + position)
        # The smallest offset whose Qt position is not before ``position`` (to_qt only grows,
        # and to_qt(offset) >= offset - base bounds the search).
        low, high = self.base, self.clamped(self.base + position)
        while low < high:
            middle = (low + high) // 2
            if self.to_qt(middle) < position:
                low = middle + 1
            else:
                high = middle
        if self.to_qt(low) > position and low > self.base and self._is_astral(low - 1):
            return low - 1  # between the two halves of a surrogate pair: snap to the character
        return low

    def _is_astral(self, offset: int) -> bool:
        index = bisect.bisect_left(self.astral, offset)
        return index < len(self.astral) and self.astral[index] == offset


class SpacedBlock(NamedTuple):
    """A block whose top margin or left indent is in em of the reading font."""

    number: int  # QTextBlock.blockNumber()
    top: float  # em
    left: float  # em


class Rendered(NamedTuple):
    """A document rendered for the view (the background opening adds its outline with
    ``_replace``)."""

    text_document: QTextDocument
    positions: PositionMap
    spaced_blocks: tuple[SpacedBlock, ...] = ()
    tables: tuple[Table, ...] = ()  # their tab stops follow the font (reader.ui.text.tables)
    # The outline's items, when made with the rest off the GUI thread (reader.ui.opening)
    outline: OutlineRows | None = None
    # A large document's, rendered a part at a time (reader.ui.text.parts); None: whole
    source: PartSource | None = None
    part: int = 0  # the part rendered


class PartSource(NamedTuple):
    """What renders another part of a large document as its first was rendered."""

    document: Document
    parts: Parts
    style: PageStyle

    def render(self, part: int, font: QFont, palette: QPalette,
               parent: QObject | None = None) -> Rendered:
        return render(self.document, font, palette, parent, self.style, parts=self.parts,
                      part=part)


def whole_up_to(font: QFont) -> int:
    """The longest document shown whole at ``font``'s size (longer ones in parts as long)."""
    points = font.pointSizeF()
    if points <= _PARTS_SHRINK_FROM_PT:
        return ALWAYS_WHOLE
    return int(ALWAYS_WHOLE * (_PARTS_SHRINK_FROM_PT / points) ** 2)


def same_parts(document: Document | None, before: QFont, after: QFont) -> bool:
    """Whether ``document`` is cut in the same parts at both fonts' sizes (or shown whole)."""
    if document is None:
        return True
    cut_at = [whole_up_to(font) for font in (before, after)]
    return cut_at[0] == cut_at[1] or len(document.text) <= min(cut_at)


def reading_font(app_font: QFont) -> QFont:
    """The system's font family at a comfortable reading size (typography settings come later)."""
    font = QFont(app_font)
    if font.pointSizeF() < READING_POINT_SIZE:
        font.setPointSizeF(READING_POINT_SIZE)
    return font


def render(
    document: Document, font: QFont, palette: QPalette, parent: QObject | None = None,
    style: PageStyle = _PLAIN_PAGE, *, parting: Parting | None = None,
    parts: Parts | None = None, part: int = 0,
) -> Rendered:
    """Build the QTextDocument in one go, detached from any view (no relayout per insert): the
    whole document, or for one over ``parting``'s threshold (None: the usual parting) its
    ``part`` (of ``parts``, cut here when not given). Justified text is hyphenated in the
    document's language (soft hyphens, on the page only)."""
    if parts is None:
        parts = parts_at(document, font, parting)
    if parts is None:  # the whole document
        first_block, end_block, start, end = 0, len(document.blocks), 0, len(document.text)
        text = document.text
    else:
        shown = parts[part]
        first_block, end_block, start, end = (shown.first_block, shown.end_block, shown.start,
                                               shown.end)
        text = document.text[start:end]
    text_document = QTextDocument(parent)
    text_document.setUndoRedoEnabled(False)
    text_document.setDefaultFont(font)
    text_document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    formats = BlockFormats(font, palette, style)
    table_rows = TableCollector()
    spaced = []
    hyphens = (tuple(start + point for point in hyphenation_points(text, document.language))
               if style.hyphenated else ())
    cursor = QTextCursor(text_document)
    cursor.beginEditBlock()
    lists: dict[int, QTextList] = {}  # open list per nesting level
    # Block numbers are the part's: its first block is QTextBlock 0.
    for index, block in enumerate(document.blocks[first_block:end_block]):
        block_format, char_format = formats.for_block(block)
        if (row := table_rows.add(index, block)) >= 0:
            block_format, char_format = QTextBlockFormat(block_format), QTextCharFormat(char_format)
            format_row(block, row, palette, block_format, char_format)
        if block_format.topMargin() or block_format.leftMargin():
            spaced.append(SpacedBlock(index, block_format.topMargin() / formats.line,
                                      block_format.leftMargin() / formats.line))
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        _insert_runs(cursor, block, char_format, formats, _local(hyphens, block))
        _place_in_list(cursor, block, lists)
    cursor.endEditBlock()
    tables = table_rows.result()
    lay_out(text_document, tables, font)
    positions = (PositionMap.for_text(text, hyphens) if parts is None
                 else PositionMap.for_text(text, hyphens, start, end))
    source = None if parts is None else PartSource(document, parts, style)
    return Rendered(text_document, positions, tuple(spaced), tables, source=source, part=part)


def parts_at(document: Document, font: QFont, parting: Parting | None = None) -> Parts | None:
    """The parts ``document`` is shown in at ``font``'s size (over ``parting``'s threshold; None:
    the usual parting), or None: it is shown whole."""
    whole = whole_up_to(font)
    if parting is None and len(document.text) <= whole:
        return None
    from reader.ui.text.parts import PARTING, Parting, cut

    if parting is None:
        parting = PARTING if whole == ALWAYS_WHOLE else Parting(whole, min(PARTING.size, whole))
    return cut(document, parting)


def render_at(document: Document, font: QFont, palette: QPalette, style: PageStyle,
              offset: int) -> Rendered:
    """``render`` of the whole document, or of the part holding model offset ``offset`` when
    it is shown in parts at ``font``'s size (no parent: it may be made in a worker thread)."""
    parts = parts_at(document, font)
    part = 0 if parts is None else parts.index_at(offset)
    return render(document, font, palette, None, style, parts=parts, part=part)


def _local(hyphens: tuple[int, ...], block: Block) -> tuple[int, ...]:
    """The block's hyphenation points, as offsets in its text."""
    if not hyphens:
        return ()
    first = bisect.bisect_right(hyphens, block.start)
    last = bisect.bisect_left(hyphens, block.end)
    return tuple(point - block.start for point in hyphens[first:last])


def _hyphenated(text: str, start: int, points: tuple[int, ...]) -> str:
    """``text`` (which starts at ``start`` of its block) with soft hyphens at ``points``."""
    if not points:
        return text
    first = bisect.bisect_right(points, start)
    last = bisect.bisect_left(points, start + len(text))
    if first == last:
        return text
    pieces, previous = [], 0
    for point in points[first:last]:
        pieces.append(text[previous:point - start])
        previous = point - start
    pieces.append(text[previous:])
    return SOFT_HYPHEN.join(pieces)


def _insert_runs(
    cursor: QTextCursor, block: Block, base: QTextCharFormat, formats: BlockFormats,
    hyphens: tuple[int, ...] = (),
) -> None:
    text = _without_separators(block.text)
    if not text:
        return
    if not block.inlines:
        cursor.insertText(_hyphenated(text, 0, hyphens), base)
        return
    cuts = {0, len(text)}
    spans = []
    for inline in block.inlines:
        start = max(0, inline.start - block.start)
        end = min(len(text), inline.end - block.start)
        if end > start:
            spans.append((start, end, inline))
            cuts.update((start, end))
    edges = sorted(cuts)
    for start, end in itertools.pairwise(edges):
        # outer runs first (sorted by the parser)
        covering = tuple(inline for span_start, span_end, inline in spans
                         if span_start <= start and end <= span_end)
        piece = _hyphenated(text[start:end], start, hyphens)
        run_format = formats.for_run(base, covering) if covering else base
        if any(inline.style is InlineStyle.NOTE_REFERENCE for inline in covering):
            # Imported with the first note: most documents have none (docs/performance.md,
            # "Start-up (session 20)").
            from reader.ui.text.note_marks import insert_note_mark

            insert_note_mark(cursor, piece, run_format)  # "¹": raised, apart from its word
        else:
            cursor.insertText(piece, run_format)


def _without_separators(text: str) -> str:
    # str.replace, not str.translate: translating with a table looks every character up in a
    # dict, 0.4 ms for a paragraph of accented text and 3 s for a 10 MB document, all in one
    # call that holds Python's lock (and the window waits for it); replace is a fast scan.
    for separator, replacement in _SEPARATORS:
        text = text.replace(separator, replacement)
    return text


def _place_in_list(cursor: QTextCursor, block: Block, lists: dict[int, QTextList]) -> None:
    """Markers are drawn by QTextList, never inserted as text: offsets stay equal."""
    if block.kind is not BlockKind.LIST_ITEM:
        lists.clear()
        return
    for level in [level for level in lists if level > block.level]:
        del lists[level]
    if not block.ordinal:
        return  # a later paragraph of the same item: indented (block format), no marker
    if block.number_length:  # its number is in its text: indented (block format), no marker
        lists.pop(block.level, None)
        return
    # A number left out of the text (no reader leaves one out now) is drawn rather than lost.
    ordered = block.ordinal[0].isdigit()
    current = lists.get(block.level)
    if current is not None and _is_ordered(current.format()) == ordered:
        current.add(cursor.block())
        return
    list_format = QTextListFormat()
    list_format.setIndent(max(1, block.level))
    if ordered:
        list_format.setStyle(QTextListFormat.Style.ListDecimal)
        digits = "".join(ch for ch in block.ordinal if ch.isdigit())
        list_format.setStart(int(digits) if digits else 1)
        list_format.setNumberSuffix(block.ordinal[len(digits):] or ".")
    else:
        list_format.setStyle(_BULLETS[(max(1, block.level) - 1) % len(_BULLETS)])
    lists[block.level] = cursor.createList(list_format)


def _is_ordered(list_format: QTextListFormat) -> bool:
    return list_format.style() not in _BULLETS
