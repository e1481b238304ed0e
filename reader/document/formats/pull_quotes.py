"""Pull quotes: a sentence of the text set again, large, to catch the eye (magazines, Medium,
WordPress's Pullquote block, Word's pull quote text boxes). Read aloud it is heard twice;
set large in a PDF it is taken for a heading; with a question mark added ("Never alone,
sometimes lonely?") the outline may take it for a question. A quote, a text box or a
heading set apart in the text whose words a longer passage of the text already says, in
the same order, is one: it is left out. Words are compared without case and punctuation,
a part the quote leaves out ("…") aside; a quote of three words or fewer ("Bio", "Merci !")
is never taken for one. A block a page names a pull quote by its class (Substack's
``<div class="pullquote">``) is one when a passage says its words in order, a few words of
the passage between two of them allowed: editors tighten a pull quote without marking the
cut, and every word it says is heard in the passage.
"""

from __future__ import annotations

import bisect
import re

from lxml import etree

from ..model import Block, BlockKind

_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"…|\.\.\.|\[…\]|\(…\)")
_QUOTE_WORDS = 4  # fewer than this: a label or a cry, which a text may well repeat
# More candidates than this: a thread of replies or a book of quotations, not an article's
# few pull quotes (and each costs a search of the whole text).
_MOST_QUOTES = 50
_PASSAGES = frozenset({"p", "li", "dd", "td", "div"})
_DROPPED_WORDS = 4  # an editor's cut inside a pull quote named so: a few words, unmarked
# A pull quote named so by its class (Substack's "pullquote" block, themes' "pull-quote")
_NAMED = re.compile(r"pull[-_ ]?quote", re.IGNORECASE)
# A quotation: opened by a quotation mark, or ended as a sentence is.
_QUOTED = re.compile(r"^[«“„‘\"']|[.?!…»”\"']$")
# A quotation whole, between its marks: a PDF's pull quote set large ("«Una varietà …»")
_WRAPPED = re.compile(r"^[«“„‘\"'].*[»”“\"'’][.?!…]?$", re.DOTALL)
# A contents entry's end: dot leaders (or an ellipsis' run) and its page number. A PDF's
# contents page comes as one paragraph whose entries are the headings again ("Why now?
# ........ 4 What next? ........ 6"); each entry is a passage of its own, which says no
# more than its heading, so no heading it lists is taken for a pull quote and dropped.
_LEADERS = re.compile(r"(?:\s?[.·…_](?:\s?[.·…_]){3,})\s*\d+\b")


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


class _Passages:
    """The text's passages (words, as ``_words`` gives them), searched at once."""

    def __init__(self, passages: list[str]) -> None:
        self._passages = passages
        self._joined = "\n".join(passages)
        self._starts, at = [], 0
        for passage in passages:
            self._starts.append(at)
            at += len(passage) + 1

    def repeat(self, quote: str, *, tightened: bool = False) -> bool:
        """Whether every part of ``quote`` occurs in one passage that says more than the
        quote: a list of the questions above them (a FAQ's index) repeats them whole,
        which no pull quote does; so does a table of contents, whose entries say no more
        than a page number beside them ("Why now? ........ 4")."""
        parts = [_words(part) for part in _ELLIPSIS.split(quote)]
        parts = [part for part in parts if part.strip()]
        length = sum(len(part.split()) for part in parts)
        if length < _QUOTE_WORDS:
            return False
        if tightened:
            return self._says_in_order([word for part in parts for word in part.split()])
        at = self._joined.find(parts[0])
        while at >= 0:
            passage = self._passages[bisect.bisect_right(self._starts, at) - 1]
            if all(part in passage for part in parts) and _says_more(passage, parts):
                return True
            at = self._joined.find(parts[0], at + 1)
        return False


    def _says_in_order(self, words: list[str]) -> bool:
        """Whether one passage says ``words`` in order, with at most a few of its own
        between two of them, and more besides: an editor's pull quote often drops words
        ("willing to wait [six weeks] for it") without marking the cut."""
        pattern = re.compile(" " + f"(?: \\w+){{0,{_DROPPED_WORDS}}} ".join(map(re.escape, words))
                             + " ")
        for match in pattern.finditer(self._joined):
            passage = self._passages[bisect.bisect_right(self._starts, match.start()) - 1]
            if len(passage.split()) > len(words):
                return True
        return False


def _says_more(passage: str, parts: list[str]) -> bool:
    """Whether ``passage`` says words besides the quote's ``parts`` (numbers aside)."""
    for part in parts:
        passage = passage.replace(part, " ", 1)
    return any(not word.isdigit() for word in passage.split())


def without_pull_quotes(content: etree._Element) -> None:
    """A web page's block quotes that repeat the article's words left out, with their
    attribution (``cite``) and the figure that only holds them."""
    if content.find(".//blockquote") is None and not any(  # most pages: nothing to look for
            _NAMED.search(element.get("class") or "") for element in content.iter("div", "p")):
        return
    passages, quotes = _passages_and_quotes(content)
    if len(quotes) > _MOST_QUOTES:
        return
    text = _Passages(passages)
    for quote in quotes:
        said = " ".join(quote.xpath(".//text()[not(ancestor::cite) and not(ancestor::footer)]"))
        parent = quote.getparent()
        if parent is None or not text.repeat(said, tightened=_named(quote)):
            continue
        lone = (parent.tag in ("figure", "aside") and len(parent) == 1
                and not (parent.text or "").strip() and parent.getparent() is not None)
        (parent if lone else quote).drop_tree()


def _named(element: etree._Element) -> bool:
    return element.tag != "blockquote" and bool(_NAMED.search(element.get("class") or ""))


def _passages_and_quotes(content: etree._Element) -> tuple[list[str], list[etree._Element]]:
    """The innermost passages outside the block quotes (a div around the article says
    every quote again), and the outermost block quotes, in one walk (absurd nesting costs
    no recursion)."""
    passages: list[str] = []
    quotes: list[etree._Element] = []
    in_quote = 0
    # The open passages, outermost first, and whether each holds another passage or a quote.
    opened: list[etree._Element] = []
    holds: list[bool] = []
    for event, element in etree.iterwalk(content, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "blockquote" or (tag in ("div", "p") and _named(element)):
            in_quote += 1 if event == "start" else -1
            if event == "start" and in_quote == 1:
                quotes.append(element)
                if holds:
                    holds[-1] = True
        elif tag in _PASSAGES and not in_quote:
            if event == "start":
                if holds:
                    holds[-1] = True
                opened.append(element)
                holds.append(False)
            elif opened and opened[-1] is element:
                opened.pop()
                if not holds.pop():
                    passages.append(_words(" ".join(element.itertext())))
    return passages, quotes


def blocks_without_pull_quotes(blocks: list[Block], boxed: set[int] | None = None
                               ) -> list[Block]:
    """The blocks without those set apart that repeat a paragraph's words: quotes, headings
    that read as a quotation (a PDF's pull quote, set large, is read as a heading; a
    subheading made of the text's words, as the French press sets its "intertitres", has
    no quotation marks nor a sentence's end, and stays), and the paragraphs of ``boxed`` (a
    Word file's text boxes, where its pull quotes are drawn). The first heading, the
    title, stays even when the text quotes it. A heading between quotation marks may
    tighten the words it repeats, as a named pull quote may (``_Passages.repeat``)."""
    apart = boxed or set()
    first_heading = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING), -1)
    candidates = [index for index, block in enumerate(blocks)
                  if (index in apart or block.kind is BlockKind.QUOTE
                      or (block.kind is BlockKind.HEADING and index != first_heading
                          and _QUOTED.search(block.text)))
                  and len(_WORD.findall(block.text)) >= _QUOTE_WORDS]
    if not candidates or len(candidates) > _MOST_QUOTES:
        return blocks
    text = _Passages([_words(entry) for i, b in enumerate(blocks)
                      if b.kind is BlockKind.PARAGRAPH and i not in apart
                      for entry in _LEADERS.split(b.text)])
    repeated = {index for index in candidates if text.repeat(blocks[index].text, tightened=(
        blocks[index].kind is BlockKind.HEADING and bool(_WRAPPED.match(blocks[index].text))))}
    return [block for index, block in enumerate(blocks) if index not in repeated]
