"""Pull quotes: a sentence of the text set again, large, to catch the eye (magazines, Medium,
WordPress's Pullquote block, Word's pull quote text boxes). Read aloud it is heard twice;
set large in a PDF it is taken for a heading; with a question mark added ("Never alone,
sometimes lonely?") the outline may take it for a question. A quote, a text box or a
heading set apart in the text whose words a longer passage of the text already says, in
the same order, is one: it is left out. Words are compared without case and punctuation,
a part the quote leaves out ("…") aside; a quote of three words or fewer ("Bio", "Merci !")
is never taken for one.
"""

from __future__ import annotations

import re

from lxml import etree

from ..model import Block, BlockKind

_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"…|\.\.\.|\[…\]|\(…\)")
_QUOTE_WORDS = 4  # fewer than this: a label or a cry, which a text may well repeat
_PASSAGES = ("p", "li", "dd", "td", "div")
# A quotation: opened by a quotation mark, or ended as a sentence is.
_QUOTED = re.compile(r"^[«“„‘\"']|[.?!…»”\"']$")


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _repeats(quote: str, passages: list[str]) -> bool:
    """Whether every part of ``quote`` occurs in one of the ``passages`` (words, as
    ``_words`` gives them) that says more than the quote: a list of the questions above
    them (a FAQ's index) repeats them whole, which no pull quote does."""
    parts = [_words(part) for part in _ELLIPSIS.split(quote)]
    parts = [part for part in parts if part.strip()]
    length = sum(len(part.split()) for part in parts)
    return length >= _QUOTE_WORDS and any(
        len(passage.split()) > length and all(part in passage for part in parts)
        for passage in passages)


def without_pull_quotes(content: etree._Element) -> None:
    """A web page's block quotes that repeat the article's words left out, with their
    attribution (``cite``) and the figure that only holds them."""
    quotes = content.findall(".//blockquote")
    if not quotes:
        return
    # The innermost passages outside the quotes: a div around the article says every
    # quote again.
    passages = [_words(" ".join(e.itertext())) for e in content.iter(*_PASSAGES)
                if next(e.iterancestors("blockquote"), None) is None
                and next(e.iterdescendants(*_PASSAGES, "blockquote"), None) is None]
    for quote in quotes:
        said = " ".join(quote.xpath(".//text()[not(ancestor::cite) and not(ancestor::footer)]"))
        parent = quote.getparent()
        if parent is None or not _repeats(said, passages):
            continue
        lone = (parent.tag in ("figure", "aside") and len(parent) == 1
                and not (parent.text or "").strip() and parent.getparent() is not None)
        (parent if lone else quote).drop_tree()


def blocks_without_pull_quotes(blocks: list[Block], boxed: set[int] | None = None
                               ) -> list[Block]:
    """The blocks without those set apart that repeat a paragraph's words: quotes, headings
    that read as a quotation (a PDF's pull quote, set large, is read as a heading; a
    subheading made of the text's words, as the French press sets its "intertitres", has
    no quotation marks nor a sentence's end, and stays), and the paragraphs of ``boxed`` (a
    Word file's text boxes, where its pull quotes are drawn). The first heading, the
    title, stays even when the text quotes it."""
    apart = boxed or set()
    passages = [_words(b.text) for i, b in enumerate(blocks)
                if b.kind is BlockKind.PARAGRAPH and i not in apart]
    first_heading = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING), -1)

    def set_apart(index: int, block: Block) -> bool:
        if block.kind is BlockKind.HEADING:
            return index != first_heading and _QUOTED.search(block.text) is not None
        return block.kind is BlockKind.QUOTE or index in apart

    return [block for index, block in enumerate(blocks)
            if not (set_apart(index, block) and _repeats(block.text, passages))]
