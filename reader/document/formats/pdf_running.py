"""A PDF's running lines: headers, footers and page numbers, which are no part of the text.

Lines in the top or bottom 8 % of the page that repeat (digits aside) on at least half the
pages (rounded down, two at least: a magazine's left and right pages each have their own),
lone page numbers there, lines there set smaller than the text that open or end with their
page's number beside other words (a browser's printed address and "1/3", "Page 1 of 3"
after an office's name) or with a printed page's number set apart by "·", "|" or a dash
(a magazine's folio, "KULTUR 03/2024 · 46", on a one-page file too), lines there set
smaller that open or end with a printed page's number running on with the file's pages
(a journal's alternating heads, "14  Local History Journal" and "Glen Mill  15"),
lines there that say a running line's words beside their page's number (slides: the
title slide's footer has no number, "Welle am Erftufer", the others' have it on the same
baseline, "Welle am Erftufer 2"), and, on a numbered page, the lines of its top margin set
smaller than the text (a header no other page repeats: a one-page file's, a two-page
interview's).
"""

from __future__ import annotations

import re
import statistics

from .pdf_lines import ZONE, Line

_PAGE_NUMBER = re.compile(
    r"^\W*(?:page|seite|página|pagina|p\.)?\s*#(?:\s*(?:/|of|sur|de|von)\s*#)?\W*$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
# A page's number ("#" once digits are folded) opening or ending a margin line's words
_EDGE_MARK = re.compile(r"^\W*#\W*\s+|\s+\W*#\W*$")
_OF = r"(?:(?:page|seite|página|pagina|p\.)\s*)?(\d+)\s*(?:/|of|sur|de|von)\s*(\d+)"
_NAMED = r"(?:page|seite|página|pagina)\s+(\d+)()"
# A page's number said beside other words, at the start or the end of its line.
_PAGE_SAID = re.compile(rf"^\W*(?:{_OF}|{_NAMED})\s|\s(?:{_OF}|{_NAMED})\W*$", re.IGNORECASE)
# A magazine's folio: its name, issue or section and the printed page's number (not the
# file's: "KULTUR 03/2024 · 46", "46 | Fenland Life"), set apart by a separator; a year is
# no page's number.
_SEPARATOR = r"\s[·|•–—]\s"
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b)"
_FOLIO = re.compile(rf"^\s*{_NOT_A_YEAR}\d{{1,4}}{_SEPARATOR}\S"
                    rf"|\S{_SEPARATOR}{_NOT_A_YEAR}\d{{1,4}}\s*$"
                    # "GIARDINI & ORTI · APRILE 2024   37": the folio in the other corner
                    rf"|{_SEPARATOR}.*\s{_NOT_A_YEAR}\d{{1,4}}\s*$"
                    rf"|^\s*{_NOT_A_YEAR}\d{{1,4}}\s.*{_SEPARATOR}")
# A number opening or ending a line: a printed page's, when the pages' numbers run on
_EDGE_NUMBER = re.compile(rf"^\s*{_NOT_A_YEAR}(\d{{1,4}})\s+\D|\D\s+{_NOT_A_YEAR}(\d{{1,4}})\s*$")


def without_running_lines(pages: list[list[Line]], heights: list[float]) -> list[Line]:
    def zone_key(line: Line) -> str:
        height = heights[line.page]
        if line.bottom > height * (1 - ZONE) or line.top < height * ZONE:
            return _DIGITS.sub("#", line.text).casefold()
        return ""

    keys = {id(line): zone_key(line) for page in pages for line in page}
    seen: dict[str, set[int]] = {}
    for page in pages:
        for line in page:
            key = keys[id(line)]
            if key:
                seen.setdefault(_unnumbered(key), set()).add(line.page)
    needed = max(2, len(pages) // 2)  # a magazine's left and right pages each have their own
    running = {k for k in keys.values() if k and (
        len(seen[_unnumbered(k)]) >= needed or _PAGE_NUMBER.match(k))}
    # A page number printed further from the edge than the zone is still the page's first
    # or last line, alone: left in, it would end the paragraph it breaks.
    numbers = {id(line) for page in pages for line in page[:1] + page[-1:]
               if _PAGE_NUMBER.match(_DIGITS.sub("#", line.text))}
    body = statistics.mode(round(line.size * 2) / 2 for page in pages for line in page) if (
        any(pages)) else 0.0
    numbers |= {id(line) for page in pages for line in page
                if keys[id(line)] and round(line.size * 2) / 2 < body
                and (_says_its_page(line) or _FOLIO.search(line.text))}
    numbers |= _printed_folios([line for page in pages for line in page
                                if keys[id(line)] and round(line.size * 2) / 2 < body])
    numbered = {line.page for page in pages for line in page
                if id(line) in numbers or _PAGE_NUMBER.match(keys[id(line)] or "x")}
    if numbered:
        for page in pages:
            if page and page[0].page in numbered:
                numbers |= _header_of_numbered_page(page, heights[page[0].page], body)
    return [line for page in pages for line in page
            if keys[id(line)] not in running and id(line) not in numbers]


def _unnumbered(key: str) -> str:
    """A margin line's key without the page number at its edge: a footer is the same
    footer on the page whose number it does not show (a title slide's, a chapter's
    opening page's). A line with no word beside its number keeps it whole."""
    words = _EDGE_MARK.sub("", key)
    return words if any(c.isalpha() for c in words) else key


def _printed_folios(margin_lines: list[Line]) -> set[int]:
    """The margins' lines (set smaller than the text) that open or end with the printed
    page's number, beside a running head's words ("14   Strathmore Local History
    Journal", "Voices from the Glen Mill   15"): numbers that run on with the file's pages
    (the same printed number less the file's page) on two pages at least. A journal's
    article starts on its page 14, and its left and right pages' heads differ, so no line
    repeats."""
    offsets: dict[int, list[Line]] = {}
    for line in margin_lines:
        match = _EDGE_NUMBER.search(line.text)
        if match:
            offsets.setdefault(int(match.group(1) or match.group(2)) - line.page, []).append(line)
    return {id(line) for lines in offsets.values() if len({line.page for line in lines}) >= 2
            for line in lines}


def _says_its_page(line: Line) -> bool:
    """Whether the line says its own page's number beside other words ("…/article 1/3"):
    the number must be the page's, and not more than the count after it (and the line is
    set smaller than the text, where this is called), so that a recipe's "1/2" or a date's
    "3/4" at the foot of a page is not taken for one."""
    for said in _PAGE_SAID.finditer(line.text.strip()):
        number, count = (int(n) if n else 0 for n in next(
            (said.group(i), said.group(i + 1)) for i in (1, 3, 5, 7) if said.group(i)))
        if number == line.page + 1 and (not count or number <= count):
            return True
    return False


def _header_of_numbered_page(page: list[Line], height: float, body: float) -> set[int]:
    """A running header no other page repeats (a one-page file's; a two-page interview's,
    whose left and right pages have their own): the page's lines in the top margin set
    smaller than the ``body`` text, when the page is numbered (a page number says the file
    was set with a header and footer; a title or a kicker is not set smaller)."""
    return {id(line) for line in page if line.bottom > height * (1 - ZONE)
            and round(line.size * 2) / 2 < body}
