"""The geometry of a PDF's lines: how PDFium's pieces make lines, columns and margins, and the
spacing and right edge that tell a paragraph's next line from a new paragraph."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

ZONE = 0.08  # share of the page height where running headers and footers live
_SIDE_LINES = 10  # lines on one side's pages that tell its own margin
_MARK_CHARS = 3  # a footnote's mark: "1", "12", "*", "a"
# A line typed of one character repeated, "____________" above a page's footnotes, "* * *"
# between two parts, "-----", "=====": a rule drawn with a key, as Markdown reads three of
# them; no word, nothing to read aloud.
_TYPED_RULE = re.compile(r"([_\-–—=*·•~])(?:[ \t]{0,3}\1){2,}")


@dataclass(slots=True)
class Line:
    text: str
    page: int
    left: float
    right: float
    bottom: float  # the baseline
    top: float
    size: float
    bold: bool  # every word bold
    # Runs of words in one style: (start, end, strong, emphasis), offsets into ``text``.
    styles: tuple[tuple[int, int, bool, bool], ...] = ()
    heading: int = 0  # the level a tagged PDF's structure gives the line (0: none)
    opening: float = 0.0  # the width of its first word: would it have fit on the line before?
    column: int = 0  # 1: in a page's right column
    note: str = ""  # a footnote's first line below the text: the note's mark (pdf_notes)


def pieces_joined(lines: list[Line]) -> list[Line]:
    """One line of a heading that PDFium hands over in pieces (it ends a "line" after a
    closing quote: '"Río abajo"' then ', de Lucía Prado') made whole again: pieces on one
    baseline, in one size, the next starting where the last ends."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last is not None and _raised_mark(last, line):
            joined[-1] = Line(last.text + line.text, last.page, last.left, line.right,
                              last.bottom, last.top, last.size, last.bold, last.styles,
                              last.heading, last.opening)
            continue
        if (last is None or abs(line.bottom - last.bottom) > 1 or line.size != last.size
                or not 0 <= line.left - last.right + 1 <= 0.5 * line.size):
            joined.append(line)
            continue
        space = " " if line.left - last.right > 0.2 * line.size else ""
        shift = len(last.text) + len(space)
        styles = last.styles + tuple((a + shift, b + shift, strong, emphasis)
                                     for a, b, strong, emphasis in line.styles)
        joined[-1] = Line(last.text + space + line.text, last.page, last.left, line.right,
                           last.bottom, max(last.top, line.top), last.size,
                           last.bold and line.bold, styles, last.heading, last.opening)
    return joined


def _raised_mark(last: Line, line: Line) -> bool:
    """Whether ``line`` is a footnote's mark raised after ``last``'s word ("Alpenverein¹"),
    which PDFium hands over as a line of its own: short, smaller, a little above the
    baseline, right after the word. Left apart, it cut its sentence into three paragraphs,
    the mark alone a list item."""
    return (len(line.text) <= _MARK_CHARS and line.size < 0.8 * last.size
            and 0 < line.bottom - last.bottom < 0.6 * last.size
            and -1 <= line.left - last.right <= 0.3 * last.size)


def in_column_order(lines: list[Line], width: float, height: float = 0.0) -> list[Line]:
    """Two columns: when no line crosses the middle of the page but many lie on each side,
    the left column is read before the right one (PDFium may interleave them). Lines across
    both columns above the right column (a headline) come first, with the left column's
    lines above them (a kicker), and those below last (a pull quote across). A running head
    in the top margin (of a page ``height`` high) over the right column is not its top, or
    a headline under it would be read after both columns."""
    middle = width / 2
    left = [line for line in lines if line.right <= middle + 2]
    right = [line for line in lines if line.left >= middle - 2]
    if len(left) < 5 or len(left) + len(right) < 0.8 * len(lines):
        return lines
    for line in right:
        line.column = 1  # a column's last lines at the top of the next one are no list
    if len(right) < 5:
        return lines
    crossing = [line for line in lines if line not in left and line not in right]
    columns = [x for x in right if not height or x.bottom <= height * (1 - ZONE)] or right
    above = [line for line in crossing if line.bottom >= max(x.top for x in columns)]
    if above:  # a kicker over the left column only is read with the headline under it
        lowest = min(line.bottom for line in above)
        above += [line for line in left if line.bottom >= lowest]
    below = [line for line in crossing if line not in above]
    by_height = lambda line: -line.top  # noqa: E731 - a sort key, named for its meaning
    return (sorted(above, key=by_height) + sorted([x for x in left if x not in above],
                                                  key=by_height)
            + sorted(right, key=by_height) + sorted(below, key=by_height))


def margins_in_place(lines: list[Line], height: float) -> list[Line]:
    """Lines in the top margin first and those in the bottom margin last, wherever the file
    drew them (a running header is often drawn after the page's text)."""
    top = [line for line in lines if line.bottom > height * (1 - ZONE)]
    bottom = [line for line in lines if line.top < height * ZONE]
    if not top and not bottom:
        return lines
    body = [line for line in lines if line not in top and line not in bottom]
    return top + body + bottom


def line_spacing(spacings: list[float], body: float) -> float:
    """The distance between two lines of one paragraph: the smallest spacing that is common
    (a tenth of them at least), not the median, which the gaps between paragraphs make when
    most paragraphs are a line or two (a transcript's short questions and replies)."""
    if not spacings:
        return body * 1.2
    counts = Counter(round(spacing * 2) / 2 for spacing in spacings)
    return smallest_common(counts, len(spacings)) or statistics.median(spacings)


def smallest_common(counts: Counter[float] | Counter[int], total: int) -> float:
    """The smallest value found at least twice and in a tenth of the cases; failing that,
    the most common one (0 when there is none)."""
    common = [value for value, count in counts.items() if count >= max(2, total / 10)]
    if common:
        return min(common)
    return counts.most_common(1)[0][0] if counts else 0


def column_edges(lines: list[Line]) -> dict[int, float]:
    """Each line's right edge of text: the furthest right any line of its size on its page
    reaches while overlapping it (the column it is in), by the line's id."""
    pages: dict[tuple[int, float], list[Line]] = {}
    for line in lines:
        pages.setdefault((line.page, line.size), []).append(line)
    edges: dict[int, float] = {}
    for same in pages.values():
        furthest = max(line.right for line in same)
        if min(line.right for line in same) > max(line.left for line in same):
            # One column, the common page: every line overlaps every other (pairwise
            # comparison cost a 300-page book half a second).
            edges.update((id(line), furthest) for line in same)
            continue
        # A line of no width (a glyph the font draws with none, such as an emoji) overlaps
        # nothing, not even itself: its own right edge is its column's.
        edges.update((id(line), max((other.right for other in same if other.left < line.right
                                     and other.right > line.left), default=line.right))
                     for line in same)
    return edges


def column_margins(lines: list[Line]) -> dict[int, float]:
    """Each line's left margin, by the line's id: the smallest left the lines of its column
    commonly start at (a right column's lines are set in from the page's margin, not from
    their own: they are no list), on the pages of its side when they are enough to tell (a
    book or magazine sets a wider margin by the spine, so every other page's text starts
    further right)."""
    sides: dict[tuple[int, int], Counter[int]] = {}
    for line in lines:
        sides.setdefault((line.page % 2, line.column), Counter())[round(line.left)] += 1
    columns: dict[int, Counter[int]] = {}
    for (_, column), counts in sides.items():
        columns.setdefault(column, Counter()).update(counts)
    own = {side: smallest_common(counts, counts.total()) for side, counts in sides.items()
           if counts.total() >= _SIDE_LINES}
    shared = {column: smallest_common(counts, counts.total())
              for column, counts in columns.items()}
    return {id(line): own.get((line.page % 2, line.column), shared[line.column])
            for line in lines}


def drop_caps_joined(lines: list[Line], body: float) -> list[Line]:
    """A magazine's drop cap ("S", three lines tall, then "he sold her first canvas…") put
    back in front of its word: a capital alone on its line, larger than the text, before a
    line of the text's size that opens with a small letter. Left alone it was a heading
    (the largest size on the page) and the word was cut in two."""
    joined: list[Line] = []
    for line in lines:
        cap = joined[-1] if joined else None
        if (cap is not None and len(cap.text) <= 2 and cap.text[-1:].isupper()
                and cap.size > body * 1.15 and line.page == cap.page
                and round(line.size * 2) / 2 == body and line.text[:1].islower()):
            shift = len(cap.text)
            styles = tuple((0 if number == 0 else a + shift, b + shift, strong, emphasis)
                           for number, (a, b, strong, emphasis) in enumerate(line.styles))
            joined[-1] = Line(cap.text + line.text, line.page, line.left, line.right,
                              line.bottom, line.top, line.size, line.bold, styles,
                              line.heading, line.opening, line.column)
            continue
        joined.append(line)
    return joined


def is_typed_rule(line: Line) -> bool:
    """Whether the line is a rule typed with one character repeated, and no word."""
    return _TYPED_RULE.fullmatch(line.text.strip()) is not None
