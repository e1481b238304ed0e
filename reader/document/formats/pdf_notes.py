"""A footnote's mark in a PDF's line. A typesetter raises a small figure after the word that
cites a note ("… every Friday.¹"); PDFium hands it over glued to the word ("Friday.1"),
which a listener heard as a number said after the sentence. Word's and OpenDocument's marks
are no text (the note is read, not its number); a PDF's mark is left out the same way when
its note is on the page: a line below it, in a smaller size than the citing line, opened by
the same figure and words ("1 The line to Aveiro…"; a figure alone is a page's number). A
figure glued to a word with no such note ("CO2", "B12", "mp3", an exponent) or to a single
letter ("h1") is kept. The note's first line keeps its mark as ``Line.note``: its paragraph
is a note (``BlockKind.NOTE``), shown and said as one."""

from __future__ import annotations

import re
from dataclasses import replace

from .pdf_lines import Line

# a figure or two glued after a lower-case letter or a sentence's closing mark, ending a word
_MARK = re.compile(r"(?<=\w[a-zà-ÿ.,;:!?\"'”’»)])(\d{1,2})(?=[\s.,;:)]|$)")


def without_note_marks(lines: list[Line]) -> list[Line]:
    """The page's lines, each note's mark left out of the line that cites it."""
    notes = {line.text.split(None, 1)[0]: line for line in lines  # a figure alone: a page's
             if len(line.text.split(None, 1)) == 2 and line.text.split(None, 1)[0].isdigit()}
    if not notes:
        return lines
    cited: set[int] = set()  # the notes a line cites
    unmarked = [_unmarked(line, notes, cited) for line in lines]
    return [replace(line, note=line.text.split(None, 1)[0]) if id(original) in cited else line
            for line, original in zip(unmarked, lines, strict=True)]


def _unmarked(line: Line, notes: dict[str, Line], cited: set[int]) -> Line:
    cut: list[tuple[int, int]] = []
    for mark in _MARK.finditer(line.text):
        note = notes.get(mark[1])
        if note is not None and note is not line and note.size < line.size and (
                note.page == line.page and note.bottom < line.bottom):
            cut.append(mark.span(1))
            cited.add(id(note))
    if not cut:
        return line
    text, styles = line.text, list(line.styles)
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
        gone = end - start
        styles = [(a - gone if a >= end else a, b - gone if b >= end else min(b, start),
                   strong, emphasis) for a, b, strong, emphasis in styles]
    return replace(line, text=text, right=line.right,
                   styles=tuple(s for s in styles if s[1] > s[0]))
