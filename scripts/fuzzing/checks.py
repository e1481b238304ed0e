"""What every generated document must satisfy, whatever made it.

- Every letter and symbol of the input (Unicode categories L*, So, and N* but ASCII digits,
  which Markdown may take as a list number) is in the document's text, in the same order;
  markup may go, words may not.
- Nothing the input hides (deleted, hidden, a field's instruction) is in the text.
- Every offset is inside the text and in order: blocks one after another, inline runs inside
  their block, sections in order, source lines inside the source.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from reader.document.model import Document

_REFERENCE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Ligatures as single characters are read as the letters they join (formats/blocks.py); the
# long s is an s (PDFium gives "ſt" for the ligature "ﬅ", which the reader makes "st").
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
              0xFB05: "st", 0xFB06: "st", 0x017F: "s"}


def without_references(source: str) -> str:
    """Markdown decodes character references ("&amp;" is "&", "&#128512;" an emoji): the
    letters of their names are not text, so they are not expected in the document."""
    from markdown_it.common.entities import entities

    def drop_known(match: re.Match[str]) -> str:
        name = match.group(1)
        return "" if name.startswith("#") or name in entities else match.group()

    return _REFERENCE.sub(drop_known, source)


def html_text(source: str) -> str:
    """The characters of a generated page that must survive: its text, tags left out."""
    return html.unescape(re.sub(r"<[^>]*>", " ", source))


def readable(text: str) -> str:
    """The characters that must survive, in order."""
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    return "".join(char for char in text if _must_survive(char))


def _must_survive(char: str) -> bool:
    category = unicodedata.category(char)
    if category[0] == "L" or category == "So":
        return True
    return category[0] == "N" and not ("0" <= char <= "9")


def problems(source: Any, document: Document, text_of: Callable[[Any], str],
             hidden: Iterable[str] = ()) -> list[str]:
    """What is wrong with ``document`` made from ``source`` (nothing: an empty list)."""
    found = []
    expected, got = readable(text_of(source)), readable(_with_addresses(document))
    missing = _first_missing(expected, got)
    if missing >= 0:  # the document may hold more (a decoded "&#128512;"), never less
        found.append(f"character {missing} lost: expected {expected[missing:missing + 20]!r} "
                     f"in {got[max(0, missing - 10):missing + 20]!r}")
    shown = document.text.casefold()
    found += [f"hidden text shown: {word!r}" for word in hidden if word.casefold() in shown]
    return found + misplaced(document)


def misplaced(document: Document) -> list[str]:
    """Offsets outside the text or out of order."""
    found = []
    text = document.text
    offset = 0
    line_count = document.source.count("\n") + 1
    for index, block in enumerate(document.blocks):
        if block.start != offset or text[block.start:block.end] != block.text:
            found.append(f"block {index} is not at its place in the text")
        first, end = block.source_lines
        if not 0 <= first <= end <= line_count:
            found.append(f"block {index} lines {block.source_lines} outside the source")
        previous = block.start
        for run in block.inlines:
            if not (block.start <= run.start <= run.end <= block.end and previous <= run.start):
                found.append(f"block {index}: inline run {run} outside or out of order")
            previous = run.start
        offset = block.end + 1
    previous = 0
    for index, section in enumerate(document.sections):
        if not (previous <= section.start <= section.end <= len(text)
                and 0 <= section.first_block <= section.end_block <= len(document.blocks)):
            found.append(f"section {index} {section.start}-{section.end} out of place")
        previous = section.start
    return found


def _with_addresses(document: Document) -> str:
    """The document's text with each link's address after its words: a Markdown link
    ``[words](address)`` shows its words and keeps the address as its target (percent-encoded,
    as markdown-it normalises it), so the address's letters are kept, not lost."""
    pieces, shown = [], 0
    for block in document.blocks:
        for run in block.inlines:
            if run.target and run.end >= shown:
                pieces += [document.text[shown:run.end], " ", unquote(run.target), " "]
                shown = run.end
    return "".join(pieces) + document.text[shown:]


def _first_missing(expected: str, got: str) -> int:
    """The index of the first character of ``expected`` not found, in order, in ``got``
    (-1 when all are)."""
    if expected == got:  # most documents: nothing to look for
        return -1
    position = 0
    for index, char in enumerate(expected):
        position = got.find(char, position)
        if position < 0:
            return index
        position += 1
    return -1
