"""A web page's numbered list's numbers, as a browser draws them.

An ``<ol>`` counts from ``start`` (1 unless given; negative allowed), down when it is
``reversed`` (from its number of items unless a start is given), in the style of its
``type`` or of an inline ``list-style-type`` ("1", "a", "A", "i", "I"); an item's ``value``
sets its own number and those after it count on from it. The number is written as the browser
writes its marker ("3.", "c.", "iv."), and opens the item's text (``BlockBuilder.end_item``).
An ``<ol>`` styled with bullets or none draws no number: its items are bulleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .docx_numbering import roman

_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([\w-]+)", re.IGNORECASE)
# CSS names of the styles a type attribute also gives; bullets and none draw no number.
_CSS_STYLES = {"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
               "upper-latin": "A", "lower-roman": "i", "upper-roman": "I",
               "disc": "", "circle": "", "square": "", "none": ""}
_ROMAN_LIMIT = 3999  # browsers write larger numbers in decimal


@dataclass(slots=True)
class ListNumbers:
    """The numbering of one open list; a ``<ul>``'s (or a quote's) numbers nothing."""

    numbered: bool = False
    next: int = 1
    step: int = 1  # -1 for a reversed list
    style: str = "1"  # "1", "a", "A", "i", "I"; "" for bullets

    def marker(self, item: etree._Element) -> str:
        """The marker of the list's next item ``item``: its number as written, or "-"."""
        if not self.numbered:
            return "-"
        value = _integer(item.get("value"))
        if value is not None:
            self.next = value
        number, self.next = self.next, self.next + self.step
        style = item.get("type", "").strip() or self.style
        if style not in ("1", "a", "A", "i", "I"):
            style = self.style
        return f"{written(number, style)}." if style else "-"


def list_numbers(element: etree._Element, tag: str) -> ListNumbers:
    """The numbering of the list ``element`` (``tag``: "ol", "ul", "blockquote")."""
    if tag != "ol":
        return ListNumbers()
    style = _CSS_STYLES.get(_css_style(element), element.get("type", "").strip() or "1")
    if style not in ("", "1", "a", "A", "i", "I"):
        style = "1"
    reversed_ = element.get("reversed") is not None
    start = _integer(element.get("start"))
    if start is None:
        start = _items(element) if reversed_ else 1
    return ListNumbers(bool(style), start, -1 if reversed_ else 1, style)


def _css_style(element: etree._Element) -> str:
    found = _STYLE.search(element.get("style", ""))
    return found.group(1).lower() if found else ""


def _integer(value: str | None) -> int | None:
    text = (value or "").strip()
    digits = text[1:] if text[:1] in "+-" else text
    if not digits.isdigit() or len(digits) > 9:
        return None
    return int(text)


def _items(element: etree._Element) -> int:
    return sum(1 for child in element.iterchildren()
               if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1].lower() == "li")


def written(number: int, style: str) -> str:
    """``number`` as a list of ``style`` ("1", "a", "A", "i", "I") writes it: "aa" after
    "z", decimal where the style has no digit for it (letters and Roman numerals start at 1)."""
    if style in ("a", "A") and number > 0:
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style == "A" else letters
    if style in ("i", "I") and 0 < number <= _ROMAN_LIMIT:
        numeral = roman(number)
        return numeral.upper() if style == "I" else numeral
    return str(number)
