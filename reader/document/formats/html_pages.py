"""A printed book's page numbers kept in its web page or EPUB 2 edition.

Books converted from print (Project Gutenberg's HTML and EPUBs, DAISY and publishers'
conversions before EPUB 3) keep where each printed page began as a span with the page's
number as its text — ``<span class="pagenum" id="s13">[13]</span>``, ``[Pg 13]`` — drawn
in the margin or hidden by the stylesheet, which this reader does not apply. Read in the
running text it lands in the middle of a sentence or a word ("Kann man davon [13]leben?"),
and a question no longer reads as one. EPUB 3 marks the same place with an empty
``epub:type="pagebreak"`` element whose number is an attribute, which reads as nothing;
these spans are read the same way. A span of that class holding more than a page's number
(a paragraph a site named oddly) is read.
"""

from __future__ import annotations

import re

from lxml import etree

_PAGE_CLASSES = frozenset({"pagenum", "pagenumber", "page-number", "page-num", "pageno",
                           "page_number"})
# "13", "[13]", "[Pg 13]", "{13}", "S. 13", "p. xiv", "- 13 -"
_PAGE_NUMBER = re.compile(r"[\[({\-–\s]*(?:(?:pg|p|s|seite|page)\.?\s*)?"
                          r"(?:\d{1,5}|[ivxlcdm]{1,8})[\])}\-–\s]*", re.IGNORECASE)


def print_page_number(element: etree._Element) -> bool:
    """A span or link that only holds a printed page's number, named so by its class."""
    classes = (element.get("class") or "").casefold().split()
    if not _PAGE_CLASSES.intersection(classes):
        return False
    return bool(_PAGE_NUMBER.fullmatch("".join(element.itertext()).strip()))
