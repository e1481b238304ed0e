"""Words a page sets bold or italic by a class its own ``<style>`` block defines.

Google Docs writes every run as ``<span class="c3">`` and says in the page's ``<style>``
which of its numbered classes is bold (``.c3{font-weight:700}``): in its "Download as web
page" and in its EPUB alike, a bold question carries no ``<b>`` and no style of its own.
The reader applies no style sheet, so such a question read as plain text, and an
interview of bold questions lost them. A span whose class one of the page's own rules sets
bold (or italic) is read as if the rule were written on it: the style is copied into its
``style`` attribute, which the reader reads. Only a rule of one class (``.c3``,
``span.c3``) in a ``<style>`` element of the document counts — never a file fetched, never a
rule reaching further (``p .c3``, ``.a.b``) — and a span's own weight or slant wins.

An EPUB's chapters link a stylesheet of the book's instead (Apple Pages' EPUB export writes
``<span class="character-style-2">`` and sets it bold in ``css/book.css``): the rules of the
stylesheets a chapter links, read from the book's own archive (``linked_css``; nothing is
ever fetched), count as its ``<style>``'s do.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_ONE_CLASS = re.compile(r"(?:span)?\.([\w-]+)")
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.IGNORECASE)
_STYLE_CHARS = 200_000  # a page's own rules: more than this is a site's whole theme


def with_class_styles(root: etree._Element, linked: str = "") -> None:
    """The spans of ``root`` whose class the page's ``<style>`` (or ``linked``, the rules of
    the stylesheets it links from its own archive) sets bold or italic carry that style
    themselves."""
    css = (linked + "".join("".join(style.itertext())
                            for style in root.xpath("//*[local-name()='style']")))[:_STYLE_CHARS]
    if "font-" not in css:
        return
    styled: dict[str, str] = {}
    for selectors, body in _RULE.findall(_COMMENT.sub("", css)):
        shown = ";".join(m.group(0) for m in (_BOLD.search(body), _ITALIC.search(body)) if m)
        if not shown:
            continue
        for selector in selectors.split(","):
            one = _ONE_CLASS.fullmatch(selector.strip())
            if one:
                styled[one.group(1)] = f"{styled.get(one.group(1), '')};{shown}".lstrip(";")
    if not styled:
        return
    for span in root.xpath("//*[local-name()='span'][@class]"):
        own = span.get("style", "")
        shown = ";".join(part for c in span.get("class", "").split() if c in styled
                         for part in styled[c].split(";")
                         if part.split(":")[0].strip().casefold() not in own.casefold())
        if shown:
            span.set("style", f"{shown};{own}".rstrip(";"))


def linked_css(root: etree._Element, read: Callable[[str], str | None]) -> str:
    """The rules of the stylesheets ``root`` links (``<link rel="stylesheet" href>``), each
    read by ``read`` from the address as the page writes it (``None``: not in the archive)."""
    sheets = []
    for link in root.xpath("//*[local-name()='link'][@href]"):
        if "stylesheet" in link.get("rel", "").casefold().split():
            text = read(link.get("href", ""))
            if text:
                sheets.append(text)
    return "".join(sheets)
