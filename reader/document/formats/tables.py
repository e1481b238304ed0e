"""Whether a table holds data or only lays text out, in a web page or a Word file.

Blogs, old sites, pages pasted from Word and students' Word files set an interview in a
table, the question in one cell and the answer beside or under it; such a table's cells are
paragraphs to read one after another, not values to read after their column's header. The
judgement is the one reader modes make (Firefox's, after readability): a table is data when
it says so (a header cell, a caption, a ``thead``); it lays text out when it says so
(``role="presentation"``), is a single row or column, or holds prose: in half its rows or
more, a cell with a sentence, a paragraph or a line break. A table whose rows ask and answer
(a question in the first cell, words beside it: a school's FAQ, an interview form with a
"Question | Answer" header) lays its text out even with a header: its questions are the
text's, and a short answer ("Prague.") is no value to read after its column's name.
"""

from __future__ import annotations

from lxml import etree

_DATA_MARKS = ".//th | .//thead | .//tfoot | .//caption | .//colgroup"
_PROSE_CHARS = 120  # a value is short; a cell this long is a paragraph
_SENTENCE_WORDS = 5  # "Closed." is a value; "Why did you start so late?" is a sentence
_SENTENCE_END = (".", "?", "!", "…", "»", "”", '"')
_LAYOUT_ROLES = frozenset({"presentation", "none"})
_QUESTION_END = ("?", "?»", "?”", '?"', "?)", "？")
_QUESTION_ROWS = 2  # rows that ask and answer, at least, and half the table's

Cell = tuple[str, bool]  # its text, and whether it holds paragraphs or line breaks


def lays_text_out(rows: list[list[Cell]]) -> bool:
    """Whether a table of these rows of cells lays text out (see the module's comment)."""
    rows = [row for row in rows if row]
    if not rows:
        return False
    if len(rows) == 1 or all(len(row) == 1 for row in rows) or asks_and_answers(rows):
        return True
    return 2 * sum(1 for row in rows if any(_prose(*cell) for cell in row)) >= len(rows)


def asks_and_answers(rows: list[list[Cell]]) -> bool:
    """Whether half the rows or more, and two at least, hold a question in their first cell
    and words in another."""
    asking = sum(1 for row in rows if len(row) > 1 and row[0][0].endswith(_QUESTION_END)
                 and any(any(c.isalpha() for c in text) for text, _ in row[1:]))
    return asking >= _QUESTION_ROWS and 2 * asking >= len(rows)


def is_layout_table(table: etree._Element) -> bool:
    """Whether a web page's ``table`` only lays its cells' text out."""
    if table.get("role", "") in _LAYOUT_ROLES:
        return True
    rows = [[_html_cell(cell) for cell in row if cell.tag in ("td", "th")]
            for row in table.iter("tr") if _owner(row) is table]
    if table.get("summary") or table.xpath(_DATA_MARKS):
        return asks_and_answers(rows)
    return lays_text_out(rows)


def _owner(row: etree._Element) -> etree._Element | None:
    return next(row.iterancestors("table"), None)


def _html_cell(cell: etree._Element) -> Cell:
    blocks = cell.find(".//table") is not None or bool(cell.xpath(".//p | .//br | .//div"))
    return " ".join("".join(cell.itertext()).split()), blocks


def _prose(text: str, blocks: bool) -> bool:
    return blocks or len(text) >= _PROSE_CHARS or (
        len(text.split()) >= _SENTENCE_WORDS and text.endswith(_SENTENCE_END))
