"""The subtitle under a web page's headline, which readability leaves out with the headline
(``html._readable`` puts both back)."""

from __future__ import annotations

import re

from lxml import etree

# The line a site sets under a headline to say what the article is about (Substack's
# "subtitle", a paper's "standfirst" or "dek", Ghost's "excerpt", the French "chapô")
_DECK_NAMES = re.compile(r"(?:^|[\s_-])(?:subtitle|sub-title|standfirst|dek|deck|excerpt"
                         r"|chapo|chapeau|perex)(?:$|[\s_-])", re.IGNORECASE)
_DECK_WORDS = 60


def deck_under(title: etree._Element) -> etree._Element | None:
    """The subtitle right under the headline, which readability leaves out with it: the
    headline's next element, a smaller heading or a block its class names a subtitle, of
    a few words and not only a link (a teaser's)."""
    deck = title.getnext()
    while deck is not None and not isinstance(deck.tag, str):
        deck = deck.getnext()  # a comment between them
    if deck is None or deck.tag not in ("h2", "h3", "h4", "p", "div"):
        return None
    if deck.tag in ("p", "div") and not _DECK_NAMES.search(deck.get("class", "")):
        return None
    words = deck.text_content().split()
    linked = "".join(deck.xpath(".//a//text()")).split()
    if not words or len(words) > _DECK_WORDS or linked == words or len(deck) > 3:
        return None
    return deck
