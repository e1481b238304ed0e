"""Whether a web page's table holds data or only lays text out.

Blogs, old sites and pages pasted from Word set an interview in a table, the question in one
cell and the answer beside or under it; such a table's cells are paragraphs to read one after
another, not values to read after their column's header. The judgement is the one reader modes
make (Firefox's, after readability): a table is data when it says so (a header cell, a caption,
a ``thead``) or is large; it lays text out when it says so (``role="presentation"``), is
a single row or column, or holds prose: in half its rows or more, a cell with a sentence, a
paragraph or a line break.
"""

from __future__ import annotations

from lxml import etree

_DATA_MARKS = ".//th | .//thead | .//tfoot | .//caption | .//colgroup"
_PROSE_CHARS = 120  # a value is short; a cell this long is a paragraph
_SENTENCE_WORDS = 5  # "Closed." is a value; "Why did you start so late?" is a sentence
_SENTENCE_END = (".", "?", "!", "…", "»", "”", '"')
_LAYOUT_ROLES = frozenset({"presentation", "none"})


def is_layout_table(table: etree._Element) -> bool:
    """Whether ``table`` only lays its cells' text out (see the module's comment)."""
    if table.get("role", "") in _LAYOUT_ROLES:
        return True
    if table.get("summary") or table.xpath(_DATA_MARKS):
        return False
    rows = [[cell for cell in row if cell.tag in ("td", "th")]
            for row in table.iter("tr") if _owner(row) is table]
    rows = [row for row in rows if row]
    if not rows:
        return False
    if len(rows) == 1 or all(len(row) == 1 for row in rows):
        return True
    return 2 * sum(1 for row in rows if any(_prose(cell) for cell in row)) >= len(rows)


def _owner(row: etree._Element) -> etree._Element | None:
    return next(row.iterancestors("table"), None)


def _prose(cell: etree._Element) -> bool:
    if cell.find(".//table") is not None or cell.xpath(".//p | .//br | .//div"):
        return True
    text = " ".join("".join(cell.itertext()).split())
    return len(text) >= _PROSE_CHARS or (
        len(text.split()) >= _SENTENCE_WORDS and text.endswith(_SENTENCE_END))
