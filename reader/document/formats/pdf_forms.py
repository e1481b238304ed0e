"""Text drawn on a PDF's page that is not in its text: a filled-in form's fields and what a
viewer added (Acrobat's Fill & Sign, a typewriter note). They are annotations, drawn over the
page; PDFium's text leaves them out, so an interview form filled in on screen lost its
answers. Flattened into the page, they are text; each then stands where it is drawn: on the
line of its label ("Why did you apply?  Because I love the sea."), or between the lines above
and below it (PDFium lists it after the page's own text).
"""

from __future__ import annotations

from typing import Any

from .pdf_lines import Line

_SAME_BASELINE = 0.3  # in font sizes: a field's baseline this close to its label's is beside it


def flattened(pdf: Any, number: int, raw: Any) -> tuple[Any, int]:
    """Page ``number`` with its annotations drawn into it, and how many characters of its
    text were its own (-1: all of them, it had no annotation to draw)."""
    page = pdf[number]
    if not raw.FPDFPage_GetAnnotCount(page.raw):
        return page, -1
    textpage = page.get_textpage()
    own = raw.FPDFText_CountChars(textpage.raw)
    textpage.close()
    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_PRINT) != raw.FLATTEN_SUCCESS:
        return page, -1
    page.close()  # PDFium reads a flattened page's new content when it loads it again
    return pdf[number], own


def placed(lines: list[tuple[int, Line]], own: int) -> list[Line]:
    """The lines (each after its first character's index), those from index ``own`` on (an
    annotation's) moved where they are drawn."""
    if own < 0:
        return [line for _, line in lines]
    page = [line for first, line in lines if first < own]
    for line in (line for first, line in lines if first >= own):
        beside = next((index for index, other in enumerate(page)
                       if abs(other.bottom - line.bottom) <= _SAME_BASELINE * line.size
                       and other.right <= line.left), None)
        if beside is not None:
            page[beside] = _joined(page[beside], line)
            continue
        below = next((index for index, other in enumerate(page) if other.bottom < line.bottom),
                     len(page))
        page.insert(below, line)
    return page


def _joined(label: Line, value: Line) -> Line:
    shift = len(label.text) + 1
    styles = label.styles + tuple((a + shift, b + shift, strong, emphasis)
                                  for a, b, strong, emphasis in value.styles)
    return Line(f"{label.text} {value.text}", label.page, label.left, value.right,
                label.bottom, max(label.top, value.top), label.size, label.bold and value.bold,
                styles, label.heading, label.opening, label.column)
