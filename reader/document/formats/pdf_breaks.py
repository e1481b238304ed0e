"""Where a PDF's paragraphs end, and where a line inside one was broken by its writer: the
judgements ``pdf.paragraphs`` makes between two lines from their geometry and their text."""

from __future__ import annotations

import re

from .pdf_lines import Line

BULLET = re.compile(r"[•◦▪▫‣⁃●○■□·\uf0b7\uf0a7]\s*")  # \uf0b7: Symbol's bullet
NUMBERED = re.compile(r"(\d{1,3}[.)])\s+(?=\S)")  # "1. ", "12) ": a numbered item's opening
LINE_HYPHENS = ("\ufffe", "\x02")
SENTENCE_END = tuple(".!?:»\"”)…")
# The room a line's end must leave beyond the next line's first word, in font sizes, for
# the break to be the writer's: a space (a third of the size) and a little more.
_ROOM = 0.5
SPACE = 0.3  # a space's width, in font sizes (0.25 to 0.33 in common fonts)
_SAME_LEFT = 3  # points: two lines this close start at one margin
_SPACED_GAPS = 3  # gaps between body lines that show a file sets paragraphs apart
_QUESTION_END = re.compile(r"\?[»\"”’')\]]*$")
_SENTENCE_OPENING = re.compile(r"[-–—¿¡«\"“‘'(\[]*\s*([^\W\d_])")
_LARGER = 1.15  # a line set this much larger than the text is a heading's (as pdf.py says)
_FULL = 0.3  # font sizes: a line ending this close to its column's edge fills it
# A contents entry's end: dot leaders, five dots at least (spaced or not), and a page.
_CONTENTS_ENTRY = re.compile(r"(?:[.·…]\s?){4,}[.·…]\s*\d{1,4}$")
_QUESTION_LINES = 3  # a question that opens a paragraph ends on one of its first lines
# A transcript's turn opened by a bare "Q" or "A" (a US deposition's, a hearing's), set
# apart from its words by a tab: "Q     Did you write that down?"
_TURN_LABEL = re.compile(r"([QA])\.?\s+([^\W\d_])")
_TURNS = 3  # lines opened by each label that show a transcript
_CUT_AT_END = re.compile(r"[^\W\d_](?:-|\ufffe|\x02)$")


def starts_paragraph(before: Line, line: Line, spacing: float, body: float,
                     edge: float) -> bool:
    """A new paragraph whatever the text says: a new page or column (not inside a word it
    cuts), a bullet, another heading tag, another size or weight (not a bold opening that
    the layout wrapped onto the line, as a bold question runs into its answer), a gap above
    the line, or a line above the one before, or a contents entry's line before (its dot
    leaders and page number end it: a contents page is one entry a paragraph, heard and
    found one by one)."""
    if line.page != before.page or (line.column != before.column
                                    and line.bottom > before.bottom):
        return not _word_cut_over_page(before, line)
    if (BULLET.match(line.text) or line.heading != before.heading
            or _CONTENTS_ENTRY.search(before.text)):
        return True
    if abs(line.size - before.size) > 0.1 * before.size:
        return True
    if line.bold != before.bold and not (before.bold and line.styles and line.styles[0][2]
                                         and not _room_after(before, line, edge)):
        return True
    return _gap(before, line, spacing, body) or line.bottom > before.bottom


def _word_cut_over_page(before: Line, line: Line) -> bool:
    """A word the page's (or column's) last line cuts with a hyphen ("county ar-") and the
    next one's first line ends ("chive, bound in …"), in the same type: one paragraph, or
    the word was heard in two halves ("ar- chive") once the running head between them was
    gone."""
    return (bool(_CUT_AT_END.search(before.text)) and line.text[:1].islower()
            and abs(line.size - before.size) <= 0.1 * before.size and line.bold == before.bold
            and line.heading == before.heading)


def sentence_ends_paragraph(before: Line, line: Line, first: Line, edge: float,
                            margin: float, spaced: bool, body: float) -> bool:
    """A sentence ended well short of its column's edge ends its paragraph, even when the
    next line is as short (a transcript's one-line question, then its one-line answer); not
    when the next line hangs under the list item ``first`` opens, nor when the file spaces
    its paragraphs apart and both lines stand at the margin (no space, no new paragraph; an
    indented quote or list is set with no space between its paragraphs even then). A line
    set larger than the ``body`` text (a title wrapped after its colon: "Basic Trivia
    Quiz:" / "Questions and Answers") ends short because its words are large: it goes on
    when the next line's first word could not have fitted after it."""
    if not _sentence_ended_short(before, edge) or _hangs(first, line):
        return False
    if before.size > body * _LARGER and not _room_after(before, line, edge):
        return False
    return not (spaced and _at_margin(margin, before) and _at_margin(margin, line))


def opens_item(before: Line, line: Line, margin: float) -> bool:
    """A numbered item's first line ("1. Why?", "2) And then?"), after a sentence's end or set
    in from the margin: a number that only a line's wrapping put first is none."""
    return bool(NUMBERED.match(line.text)) and (
        before.text.endswith(SENTENCE_END) or line.left > margin + _SAME_LEFT)


def _hangs(first: Line, line: Line) -> bool:
    """Whether ``line`` goes on the list item ``first`` opens: it starts where the item's
    text does, right of its bullet or number."""
    return bool(BULLET.match(first.text) or NUMBERED.match(first.text)) and (
        line.left > first.left + _SAME_LEFT)


def _at_margin(margin: float, line: Line) -> bool:
    return abs(line.left - margin) < _SAME_LEFT


def _gap(before: Line, line: Line, spacing: float, body: float) -> bool:
    return before.bottom - line.bottom > spacing * max(1.0, before.size / body) * 1.3


def _sentence_ended_short(line: Line, edge: float) -> bool:
    """A sentence that ends well short of its column's edge."""
    return line.text.endswith(SENTENCE_END) and line.right < edge - 0.15 * (edge - line.left)


def paragraphs_spaced(lines: list[Line], spacing: float, body: float) -> bool:
    """Whether the file sets its paragraphs apart with space (Word's default does): then a
    line that ends short without a gap after it ends a line the writer broke (Shift+Enter,
    <br>), not a paragraph. Told by gaps between two lines of body text, where no heading
    or bold line makes them."""
    size = round(body * 2) / 2
    gaps = sum(1 for before, line in zip(lines, lines[1:], strict=False)
               if before.page == line.page and not (before.bold or line.bold)
               and round(before.size * 2) / 2 == size == round(line.size * 2) / 2
               and _gap(before, line, spacing, body))
    return gaps >= _SPACED_GAPS


def ended_early(before: Line, line: Line, edge: float) -> bool:
    """Whether ``before`` ends with room enough for ``line``'s first word: the writer broke
    the line there (Word's Shift+Enter, a web page's <br>: "Q: Where?" / "A: Here."), the
    layout did not."""
    if before.text.endswith(("-", *LINE_HYPHENS)) or line.bottom > before.bottom:
        return False
    return _room_after(before, line, edge)


def _room_after(before: Line, line: Line, edge: float) -> bool:
    """Whether ``line``'s first word would have fitted at the end of ``before``."""
    return edge - before.right > line.opening + _ROOM * line.size


def question_ends_line(before: Line, line: Line, lines_before: int) -> bool:
    """Whether ``before`` ends the question that opens its paragraph or follows a line break
    the writer typed (among the first ``_QUESTION_LINES`` lines since, ``lines_before`` of
    them so far) and ``line`` opens a sentence: an interview's answer typed on the
    question's next line (Shift+Enter), even when its first word could not have fitted
    after the question. The layout wraps a paragraph's opening line after a question
    seldom, and then costs a line break, no text."""
    opening = _SENTENCE_OPENING.match(line.text)
    return (lines_before <= _QUESTION_LINES and bool(_QUESTION_END.search(before.text))
            and opening is not None and opening.group(1).isupper())


def turns_labelled(lines: list[Line]) -> bool:
    """Whether the lines are a transcript's whose turns open with a bare "Q" and "A": three
    lines at least open with each."""
    labels = [match.group(1) for line in lines
              if (match := _TURN_LABEL.match(line.text)) and match.group(2).isupper()]
    return labels.count("Q") >= _TURNS and labels.count("A") >= _TURNS


def opens_turn(before: Line, line: Line) -> bool:
    """A transcript's turn (in lines ``turns_labelled``) opening after a sentence's end,
    even when the turn before filled its line: "… go easy on it." / "Q  Did you …"."""
    match = _TURN_LABEL.match(line.text)
    return (match is not None and match.group(2).isupper()
            and before.text.rstrip().endswith(SENTENCE_END))


def word_broken(before: Line, line: Line, edge: float, margin: float) -> bool:
    """Whether ``before`` is one word wider than its column, broken where the column ends
    with no hyphen (a long compound in a narrow column's heading: "Vorstellungsgespr" /
    "äch"): it fills the line from the margin to the edge and ``line`` goes on in small
    letters. The two halves are one word again."""
    word = before.text.strip()
    return (" " not in word and len(word) > 3 and word[-1].isalpha()
            and line.text[:1].isalpha() and line.text[:1].islower()
            and abs(edge - before.right) < _FULL * before.size and _at_margin(margin, before))
