"""PDF to blocks, through pypdfium2 (PDFium): the text layer, line by line, made into the
paragraphs a reader expects.

- Lines come from PDFium's text in its order; a page whose lines fall in two columns is read
  left column first, then right. A line's margin is its column's, on its side's pages.
- Running headers, footers and page numbers go (``pdf_running``), and so do line numbers in
  the margin (``pdf_line_numbers``).
- Lines join into paragraphs unless the gap above is larger than the page's usual line
  spacing, the font size or weight changes, or the line before ended short after a full
  stop. A hyphen PDFium marks at a line end (U+FFFE or \\x02) is dropped before a small
  letter when the file hyphenates its words (a word cut in two, ``pdf_hyphens``) and kept
  otherwise ("au-pair") and before a capital ("Sud-Est"). Paragraphs cut by a page
  break are joined later by the same repair as text files.
- A line in a clearly larger font is a heading (the largest size is level 1), unless the
  file is tagged: then its H1…H6 structure elements alone make headings. A paragraph
  whose lines are all bold is a STRONG run over the block, as Markdown's ``**…**``.
- Bookmarks whose title is not already a heading become headings where they point.
"""

from __future__ import annotations

import ctypes
import statistics
from typing import Any

from ..loading import LoadError, LoadProblem
from ..model import BlockKind, InlineStyle
from .blocks import BlockBuilder, Extracted
from .html_language import primary_language
from .metadata_title import given_title
from .pdf_breaks import (
    BULLET,
    LINE_HYPHENS,
    NUMBERED,
    SENTENCE_END,
    SPACE,
    ended_early,
    opens_item,
    opens_turn,
    paragraphs_spaced,
    question_ends_line,
    sentence_ends_paragraph,
    starts_paragraph,
    turns_labelled,
    word_broken,
)
from .pdf_bullets import with_drawn_bullets
from .pdf_chars import PageChars, code_points, indexed_text
from .pdf_forms import flattened, placed
from .pdf_hyphens import WordCuts
from .pdf_line_numbers import numbered_lines
from .pdf_lines import (
    Line,
    column_edges,
    column_margins,
    drop_caps_joined,
    in_column_order,
    is_typed_rule,
    line_spacing,
    margins_in_place,
    pieces_joined,
)
from .pdf_notes import without_note_marks
from .pdf_pages import all_page_lines
from .pdf_running import without_running_lines
from .pdf_tags import heading_levels, marked_content_id, title_key
from .pdf_tracking import tracking_closed
from .pull_quotes import blocks_without_pull_quotes

_LIST_INDENT = 20  # points: a list's indent, above a paragraph's first-line indent



def read_pdf(data: bytes, path: str) -> Extracted:
    pdf = _opened(data, path)
    try:
        return _extracted(pdf, path, all_page_lines(pdf, len(pdf), page_lines, path, len(data)))
    finally:
        pdf.close()


def read_pdf_opening(path: str, pages: int, longer_than: int) -> tuple[Extracted, int] | None:
    """The first ``pages`` pages of the PDF at ``path``, read as a whole file of them would
    be (running lines judged over those pages alone), and its number of pages; None when it
    has no more than ``longer_than`` pages. PDFium reads only what those pages need."""
    pdf = _opened(path, path)
    try:
        count = len(pdf)
        if count <= longer_than:
            return None
        return _extracted(pdf, path, [page_lines(pdf, number) for number in range(pages)]), count
    finally:
        pdf.close()


def _opened(source: bytes | str, path: str) -> Any:
    import pypdfium2 as pdfium  # here: only PDF files need it

    try:
        return pdfium.PdfDocument(source)
    except pdfium.PdfiumError as error:
        problem = LoadProblem.PASSWORD if "password" in str(error).lower() else (
            LoadProblem.CORRUPT)
        raise LoadError(problem, path, "PDF") from None


def _extracted(pdf: Any, path: str, pages: list[list[Line]]) -> Extracted:
    if not any(pages):
        raise LoadError(LoadProblem.SCANNED, path)
    heights = [pdf.get_page_size(number)[1] for number in range(len(pages))]
    lines = without_running_lines(pages, heights)
    builder = BlockBuilder()
    paragraphs(lines, builder)
    builder.blocks = blocks_without_pull_quotes(builder.blocks)
    _add_bookmarks(pdf, builder, lines)
    title = given_title(pdf.get_metadata_dict().get("Title") or "")
    return Extracted(builder.blocks, _language(pdf), title)


def page_lines(pdf: Any, number: int) -> list[Line]:
    """Page ``number``'s lines in reading order, its margins' first and last."""
    import pypdfium2.raw as raw

    page, own = flattened(pdf, number, raw)  # a form's fields drawn into the page
    width = page.get_width()
    textpage = page.get_textpage()
    try:
        text = indexed_text(raw, textpage.raw, textpage.get_text_range())
        chars = PageChars(raw, textpage.raw)
        lines: list[tuple[int, Line]] = []
        tagged = heading_levels(raw, page.raw)
        ranges = numbered_lines(text, _line_ranges(text, chars, own), chars.box,
                                chars.font_size)
        for first, last in ranges:
            piece = text[first:last + 1]
            left, _, _, top = chars.box(first)
            bottom = chars.baseline(first)  # a glyph's box ("“") is no line's bottom
            _, _, right, _ = chars.box(last)
            _, _, word_right, _ = chars.box(first + len(piece.split(" ", 1)[0]) - 1)
            piece, styles = code_points(*tracking_closed(piece, first, chars,
                                                          chars.word_styles(piece, first)))
            bold = all(strong for _, _, strong, _ in styles)
            heading = tagged.get(marked_content_id(raw, textpage.raw, first), 0) if tagged else 0
            lines.append((first, Line(piece, number, left, right, bottom, top,
                                      chars.line_size(text, first, last), bold, styles, heading,
                                      max(word_right - left, 0.0))))
        lines_here = with_drawn_bullets(raw, page.raw, placed(lines, own))
        height = page.get_height()
        return margins_in_place(in_column_order(without_note_marks(pieces_joined(lines_here)),
                                                width, height), height)
    finally:
        textpage.close()
        page.close()


def _line_ranges(text: str, chars: PageChars, own: int) -> list[tuple[int, int]]:
    """[first, last] character indices of each line, blanks trimmed. PDFium ends lines with
    "\r\n" but not after a line-end hyphen, which it joins to whatever text comes next
    (even a running footer), nor between a form's fields (from index ``own`` on, when it is
    not -1): such a line is cut where the baseline jumps."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for piece in text.split("\r\n"):
        start, offset = offset, offset + len(piece) + 2
        if not piece.strip():
            continue
        first = start + len(piece) - len(piece.lstrip())
        last = start + len(piece.rstrip()) - 1
        if (own < 0 or first < own) and not any(h in piece for h in LINE_HYPHENS):
            ranges.append((first, last))
            continue
        cut = first
        baseline = chars.baseline(first)
        for index in range(first + 1, last + 1):
            if text[index].isspace():
                continue
            bottom = chars.baseline(index)
            if abs(bottom - baseline) > 3:
                ranges.append((cut, index - 1))
                cut = index
            baseline = bottom
        ranges.append((cut, last))
    return [(first, first + len(text[first:last + 1].rstrip()) - 1)
            for first, last in ranges if text[first:last + 1].strip()]


def paragraphs(lines: list[Line], builder: BlockBuilder) -> None:
    """The lines (in reading order, running lines gone) made paragraphs in ``builder``."""
    if not lines:
        return
    body = statistics.mode(round(line.size * 2) / 2 for line in lines)
    lines = drop_caps_joined(lines, body)
    heading_sizes = sorted({round(line.size * 2) / 2 for line in lines
                            if line.size > body * 1.15}, reverse=True)[:6]
    if any(line.heading for line in lines):
        heading_sizes = []  # the file's own tags say which lines are headings
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False)
             if a.page == b.page and 0 < a.bottom - b.bottom < 3 * a.size]
    spacing = line_spacing([a.bottom - b.bottom for a, b in pairs], body)
    margins = column_margins(lines)
    edges = column_edges(lines)
    # A line that ends mid-sentence with no room for the next line's first word was wrapped
    # by the layout: the spacing after it is a paragraph's, whatever spacing is more common
    # (a questionnaire of one-line paragraphs is mostly gaps).
    wrapped = [a.bottom - b.bottom for a, b in pairs
               if round(a.size * 2) / 2 == body and a.size == b.size
               and not a.text.endswith(SENTENCE_END)
               and edges[id(a)] - a.right < b.opening + SPACE * b.size]
    if wrapped:
        spacing = min(spacing, statistics.median(wrapped))
    spaced = paragraphs_spaced(lines, spacing, body)
    cuts = WordCuts.of(lines)
    paragraph: list[Line] = []
    typed: set[int] = set()  # the lines a typed line break ends
    unspaced: set[int] = set()  # the lines a word too long for its column runs over
    # The two lines reaching furthest right in each page's column, whatever their size.
    widest: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        key = (line.page, line.column)
        widest[key] = sorted([*widest.get(key, []), line], key=lambda x: -x.right)[:2]
    since_break = 0  # the paragraph's lines since its start or its last typed line break
    transcript = turns_labelled(lines)
    for line in lines:
        if is_typed_rule(line):  # "________" above the footnotes: a rule, not words
            if paragraph:
                _end(paragraph, builder, margins, heading_sizes, (typed, unspaced), cuts)
            paragraph, since_break = [], 0
            builder.rule()
            continue
        before = paragraph[-1] if paragraph else None
        if before is None:
            pass
        elif (line.note or starts_paragraph(before, line, spacing, body, edges[id(before)])
              or opens_item(before, line, margins[id(line)])
              or (transcript and opens_turn(before, line))
              or sentence_ends_paragraph(before, line, paragraph[0], edges[id(before)],
                                         margins[id(line)], spaced, body)):
            _end(paragraph, builder, margins, heading_sizes, (typed, unspaced), cuts)
            paragraph, since_break = [], 0
        elif (ended_early(before, line, edges[id(before)])
              or question_ends_line(before, line, since_break)):
            typed.add(id(before))  # the writer broke the line: a line break, not a space
            since_break = 0
        elif word_broken(before, line, _edge_beside(before, widest), margins[id(before)]):
            unspaced.add(id(before))
        paragraph.append(line)
        since_break += 1
    _end(paragraph, builder, margins, heading_sizes, (typed, unspaced), cuts)


def _edge_beside(line: Line, widest: dict[tuple[int, int], list[Line]]) -> float:
    """Its column's right edge as the other lines there show it (0 when none does): a
    heading's own longest line says nothing of where its column ends."""
    others = [x.right for x in widest[(line.page, line.column)] if x is not line]
    return others[0] if others else 0.0


def _end(lines: list[Line], builder: BlockBuilder, margins: dict[int, float],
         heading_sizes: list[float], breaks: tuple[set[int], set[int]], cuts: WordCuts) -> None:
    """One paragraph from its lines: the words' styles become runs, and lines join with a
    space, with a line break where the writer typed one (``typed``), or with nothing across
    a hyphen at a line end: the hyphen goes when it ``cuts`` a word in two. A paragraph that
    opens with a bullet, or whose every line is set in from its column's margin, is a list
    item. ``breaks``: the lines that end in a typed line break, and those that end in a word
    broken with no hyphen."""
    typed, unspaced = breaks
    length = 0
    bullet = BULLET.match(lines[0].text)
    numbered = NUMBERED.match(lines[0].text)
    listed = bool(bullet) or all(line.left > margins[id(line)] + _LIST_INDENT
                                 for line in lines)
    size = round(lines[0].size * 2) / 2
    # Headings are set unhyphenated: a hyphen that ends a heading's line is the word's own.
    headed = bool(lines[0].heading) or size in heading_sizes
    for number, line in enumerate(lines):
        text = line.text
        if number == 0 and bullet:
            text = " " * bullet.end() + text[bullet.end():]  # the styles' offsets stay right
        following = lines[number + 1].text if number + 1 < len(lines) else ""
        joined = False
        if text.endswith(LINE_HYPHENS):
            cut = not headed and cuts.cuts(text, following)
            text = text[:-1] + ("" if cut else "-")
            joined = True
        elif text.endswith("\u00ad"):  # a soft hyphen: where a word may break, no letter
            text = text[:-1]
            joined = True
        elif text.endswith("-") and following[:1].islower() and text[-2:-1].isalpha():
            joined = True  # "live-" / "streaming": a hyphen the word keeps
        elif id(line) in unspaced:
            joined = True
        text = text.replace("\ufffe", "-").replace("\x02", "-")
        length += len(text)
        broken = id(line) in typed and number + 1 < len(lines)
        after = "" if joined or broken else " "
        if line.styles == ((0, len(line.text), False, False),):
            # The common line, plain from end to end: one piece (the same text, in a third of
            # the calls).
            builder.text(text + after)
            if broken:
                builder.line_break()
            continue
        position = 0
        for start, end, strong, emphasis in line.styles:
            builder.text(text[position:start])
            opened = [s for s, on in ((InlineStyle.STRONG, strong),
                                      (InlineStyle.EMPHASIS, emphasis)) if on]
            for style in opened:
                builder.open(style)
            builder.text(text[start:min(end, len(text))])
            for _ in opened:
                builder.close()
            position = min(end, len(text))
        builder.text(text[position:] + after)
        if broken:
            builder.line_break()
    if lines[0].note:  # a footnote below the text (pdf_notes)
        builder.end_block(BlockKind.NOTE, 0, lines[0].note)
    elif lines[0].heading:
        builder.end_block(BlockKind.HEADING, lines[0].heading)
    elif size in heading_sizes and length < 300:
        builder.end_block(BlockKind.HEADING, heading_sizes.index(size) + 1)
    elif numbered:  # its number stays in its text, as in a text file's list
        builder.end_block(BlockKind.LIST_ITEM, 1, numbered.group(1))
    elif listed:
        builder.end_block(BlockKind.LIST_ITEM, 1, "-")
    else:
        builder.end_block(BlockKind.PARAGRAPH)


def _add_bookmarks(pdf: Any, builder: BlockBuilder, lines: list[Line]) -> None:
    """Bookmarks not already among the headings become level-n headings at their page."""
    known = {title_key(b.text) for b in builder.blocks}
    first_block_of_page: dict[int, int] = {}
    block_pages = _block_pages(builder, lines)
    for index, page in enumerate(block_pages):
        first_block_of_page.setdefault(page, index)
    inserts: list[tuple[int, str, int]] = []
    for bookmark in pdf.get_toc(max_depth=6):
        try:  # a damaged title (not UTF-16) costs its bookmark, not the whole file
            title = " ".join((bookmark.get_title() or "").split())
        except UnicodeDecodeError:
            continue
        dest = bookmark.get_dest()
        if not title or title_key(title) in known or dest is None:
            continue
        at = first_block_of_page.get(dest.get_index())
        if at is not None:
            inserts.append((at, title, bookmark.level + 1))
    for at, title, level in sorted(inserts, key=lambda item: -item[0]):
        rest = builder.blocks[at:]
        del builder.blocks[at:]
        builder.add(BlockKind.HEADING, title, level)
        builder.blocks.extend(rest)


def _block_pages(builder: BlockBuilder, lines: list[Line]) -> list[int]:
    """The page each block starts on, by walking the lines' text in the same order."""
    pages, position = [], 0
    for block in builder.blocks:
        while position < len(lines) - 1 and lines[position].text[:8] not in block.text:
            position += 1
        pages.append(lines[position].page if lines else 0)
    return pages


def _language(pdf: Any) -> str:
    import pypdfium2.raw as raw

    size = raw.FPDFCatalog_GetLanguage(pdf.raw, None, 0)
    if size <= 2 or size > 256:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFCatalog_GetLanguage(pdf.raw, buffer, size)
    return primary_language(bytes(buffer).decode("utf-16-le", "ignore").rstrip("\x00"))
