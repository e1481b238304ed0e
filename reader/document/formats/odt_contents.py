"""LibreOffice's generated table of contents (Insert > Table of Contents and Index:
``text:table-of-content``): a copy of the headings, each with a tab and its printed page's
number, written into the file as text above the interview. Read, each question was heard
twice. It is left out when every entry repeats a heading of the file (less its page
number): nothing is lost, the headings are read where they are and the outline is the
reader's contents. An index with an entry that says anything else (typed into it, or
stale against the headings) is read whole, as any text.
"""

from __future__ import annotations

import re
from typing import Any

_PAGE_NUMBER = re.compile(r"\s*\d+\s*$")


def _said(element: Any) -> str:
    return " ".join(_words(element).split()).casefold()


def _words(element: Any) -> str:
    """The element's words, its tabs and spaces as spaces (odfdo's ``text_recursive``
    writes a link as Markdown). Iterative: a hostile file's nesting costs no recursion."""
    parts: list[str] = []
    stack: list[Any] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.tag in ("text:tab", "text:s"):
            parts.append(" ")
            continue
        parts.append(item.text or "")
        for child in reversed(item.children):
            stack.append(child.tail or "")
            stack.append(child)
    return "".join(parts)


def heading_texts(body: Any) -> frozenset[str]:
    """The texts of the document's headings, as ``repeats_headings`` compares them."""
    return frozenset(_said(heading) for heading in body.get_elements("//text:h"))


def repeats_headings(contents: Any, headings: frozenset[str]) -> bool:
    """Whether every entry of the table of contents ``contents`` is a heading's text."""
    entries = [_PAGE_NUMBER.sub("", _said(p)) for body in contents.get_elements("text:index-body")
               for p in body.get_elements("text:p")]
    entries = [entry for entry in entries if entry]
    return bool(entries) and all(entry in headings for entry in entries)
