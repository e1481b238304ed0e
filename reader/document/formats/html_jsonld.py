"""The article a page carries for search engines: schema.org's ``articleBody`` in a JSON-LD
script. A page whose scripts draw the text in the browser, or a paywall that shows only the
first lines, may carry its whole article there and little else: that text is the article.
The script is data, never run.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass

from lxml import etree, html

from ..model import BlockKind
from .blocks import BlockBuilder
from .safety import html_parser

_MAX_NODES = 10_000  # a hostile graph is walked no further
_PARAGRAPHS = re.compile(r"\n\s*\n")
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li)\b[^>]*>", re.IGNORECASE)
_ENDS_PARAGRAPH = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
# The page's own text is the article unless the JSON-LD one is this many times as long.
_LONGER = 2


@dataclass(frozen=True, slots=True)
class JsonLdArticle:
    headline: str
    body: str

    def add_to(self, builder: BlockBuilder) -> None:
        """The headline as a level-1 heading (unless the body opens with it) and the body's
        paragraphs: parted by blank lines, else by line ends."""
        body = _text_of_markup(self.body) if _MARKUP.search(self.body) else self.body
        body = body.strip()
        if self.headline and not body.startswith(self.headline):
            builder.add(BlockKind.HEADING, self.headline, 1)
        pieces = _PARAGRAPHS.split(body) if _PARAGRAPHS.search(body) else body.split("\n")
        for piece in pieces:
            if piece.strip():
                builder.add(BlockKind.PARAGRAPH, " ".join(piece.split()))

    def replaces(self, shown: str) -> bool:
        """Whether this article stands for the page's own text ``shown``: far longer (the
        page shows a paywall's first lines, or "Loading…"). As long, the page's own text
        is better: it keeps the headings and the bold questions."""
        return len(self.body.strip()) > _LONGER * len(" ".join(shown.split()))


def json_ld_article(root: etree._Element) -> JsonLdArticle | None:
    """The longest ``articleBody`` among the page's JSON-LD scripts, with its headline."""
    found: JsonLdArticle | None = None
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for node in _objects(data):
            body = node.get("articleBody")
            if isinstance(body, str) and (found is None or len(body) > len(found.body)):
                headline = node.get("headline")
                found = JsonLdArticle(" ".join(headline.split())
                                      if isinstance(headline, str) else "", body)
    return found if found is not None and found.body.strip() else None


def _objects(data: object) -> list[dict[str, object]]:
    """Every JSON object in ``data`` (its ``@graph`` too), breadth first, within bounds."""
    objects: list[dict[str, object]] = []
    pending = deque([data])
    while pending and len(objects) < _MAX_NODES:
        item = pending.popleft()
        if isinstance(item, dict):
            objects.append(item)
            pending.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            pending.extend(v for v in item if isinstance(v, (dict, list)))
    return objects


def _text_of_markup(body: str) -> str:
    """An ``articleBody`` written as HTML (some sites do): its text, a blank line after each
    paragraph and a line end at each ``<br>``."""
    try:
        root = html.fragment_fromstring(body, create_parent="div", parser=html_parser())
    except (etree.ParserError, ValueError):
        return body
    for element in root.iter("br", *_ENDS_PARAGRAPH):
        element.tail = ("\n" if element.tag == "br" else "\n\n") + (element.tail or "")
    return str(root.text_content())
