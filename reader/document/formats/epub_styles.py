"""An EPUB's headings set by its stylesheet: InDesign, Word and Pages export a book's
paragraph styles as classes (``<p class="Nadpis">``, ``p.Nadpis { font-size: 2em }``), so
a story's title is a paragraph the stylesheet sets large, not an ``<h1>``. Read as a
paragraph, the chapter seemed to open without a title of its own, and the table of
contents' label (often the book's name) was put above it as its heading.

Only the book's own CSS files (in the archive, never fetched) are read, and only a rule of
one class (``.Nadpis``, ``p.Nadpis``) with a font size of 1.5 em (150 %) or more. A
paragraph of such a class is a heading when it is short (a title: twelve words at most)
and neither ends a sentence (a question may) nor opens with a quotation mark (a pull quote
set large is a sentence, or a quotation).
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote

from lxml import etree

from .safety import SafeZip

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS = re.compile(r"^(?:p|div)?\.([\w-]+)$")
_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(em|rem|%)", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LARGE = 1.5  # em: a heading's size; body text is 1 em, a caption or note smaller
_TITLE_WORDS = 12
# A sentence's end (a question is a heading's), or a quotation's opening: a pull quote
_SENTENCE = re.compile(r"^[\"“„«‘‚'»]|[.!…][\"”“»«’'\)]*$")
_CSS_BYTES = 1_000_000  # a stylesheet larger than this is not read for headings


def heading_classes(book: SafeZip, manifest: dict[str, etree._Element], base: str
                    ) -> dict[str, int]:
    """The book's classes set large enough to be headings, each with its level (1 from
    2 em, else 2)."""
    classes: dict[str, int] = {}
    for item in manifest.values():
        if item.get("media-type", "") != "text/css":
            continue
        name = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        if name not in book:
            continue
        css = book.read(name)[:_CSS_BYTES].decode("utf-8", "replace")
        for selectors, body in _RULE.findall(_COMMENT.sub("", css)):
            size = _SIZE.search(body)
            if not size:
                continue
            em = float(size.group(1)) / (100 if size.group(2) == "%" else 1)
            for selector in selectors.split(","):
                found = _CLASS.match(selector.strip())
                if found and em >= _LARGE:
                    classes[found.group(1)] = 1 if em >= 2 else 2
    return classes


def with_styled_headings(body: etree._Element, classes: dict[str, int]) -> None:
    """The paragraphs of ``body`` whose class sets them as headings made headings."""
    if not classes:
        return
    for element in body.iter():
        if not isinstance(element.tag, str) or etree.QName(element).localname != "p":
            continue
        level = next((classes[c] for c in element.get("class", "").split() if c in classes), 0)
        text = " ".join("".join(element.itertext()).split())
        if level and text and len(text.split()) <= _TITLE_WORDS and not _SENTENCE.search(text):
            namespace = etree.QName(element).namespace
            element.tag = f"{{{namespace}}}h{level}" if namespace else f"h{level}"
