"""A page's footnotes and its title kept with the article the reader chose.

Footnotes: a mark in the text links to its note and the note links back to the mark
(Substack's ``footnote-anchor-1`` / ``footnote-1``, WordPress's and Pandoc's ``fnref1`` /
``fn1``, Ghost's, a wiki's). readability drops boxes whose class says "foot" (it takes
"footnote" for a footer), so the notes' words were lost while their marks stayed. A note
the article's marks point to and that points back is the article's own, and comes back
after the article, where the page sets it.

Notes as notes: the blocks of a note's box (EPUB's ``epub:type="footnote"``, ARIA's
``role="doc-endnote"``, a section of them, or a note brought back) are ``BlockKind.NOTE``,
each opened by its mark: a numbered list's number ("1."), else the number or sign its words
open with ("1", "[2]", "*").

Title: many CMSs set the page's ``<h1>`` in a block of its own above the article (Drupal's
"page title" block, a theme's page header); when the article chosen has no ``<h1>``, the
one ``<h1>`` before it that the page's ``<title>`` names comes back in front of it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable

from lxml import etree

from ..model import Block, BlockKind, Inline, is_list_number
from .blocks import BlockBuilder
from .html_language import headline, page_title
from .note_places import as_note

_BOXES = frozenset({"div", "p", "li", "aside", "section", "footer", "dd"})  # a note's
_LISTS = frozenset({"ol", "ul"})
_LONG = 12  # letters of a paragraph found in the content that say it is there
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_NOTE_BOXES = frozenset({"footnote", "endnote", "rearnote", "footnotes", "endnotes",
                         "rearnotes", "doc-footnote", "doc-endnote", "doc-endnotes"})
_NOTE_TAGS = frozenset({"p", "li", "dd"})  # a note named by the link that opens it
_LINK_NUMBER = re.compile(r"\[?(\d{1,3}|[*†‡§]{1,3})[.)\]]?")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BROUGHT_BACK = "doc-endnotes"  # the role a note brought back is given, to be read as one
_OPENING_MARK = re.compile(r"\[?(\d{1,4}|[*†‡§]{1,4})[.)\]]?(?=\s|$)")


def notes_named(root: etree._Element) -> None:
    """Give the notes of ``root`` that say nothing of being notes the role that says it.

    A note is known as a reader knows it, by its two links: a mark in the text (a number or
    a sign) links to it, and it links back to the mark, wherever the link back stands (at
    its start: calibre's and Word's ``<p><a id="note_1" href="…#anchor_1">1</a> …</p>``,
    ``<a name="_ftn1" href="#_ftnref1">[1]</a>``, a book made by hand's ``<p id="n1"><a
    href="#r1">1</a> …</p>``; at its end: Python-Markdown's and old Pandoc's ``<li
    id="fn:1">… <a href="#fnref:1">↩</a></li>``, a blog's "Notes" list). A paragraph that
    opens with a mark linking into another file of the book is one too, when it is itself
    a place to link to (an id, a name: calibre's split files). A numbered contents entry
    is no note (it opens with words); a box with a heading in it is none."""
    by_id = _by_id(root)
    order = {element: place for place, element in enumerate(root.iter())}
    for link in root.iter("{*}a"):
        href, number = link.get("href", ""), "".join(link.itertext()).strip()
        if "#" not in href or not _LINK_NUMBER.fullmatch(number):
            continue
        box = _opened_by(link)
        if box is not None and (link.get("id") or link.get("name") or (
                not href.startswith("#") and box.get("id"))):
            _named(box)
        elif box is None and href.startswith("#") and len(href) > 1:
            target = by_id.get(href[1:])  # the mark's note, set after it
            if (target is not None and order[link] < order.get(target, -1)
                    and _links_back_to_mark(target, link)):
                note = _box_of(target)
                if note is not None and all(e is not link for e in note.iter()):
                    _named(note)


def _links_back_to_mark(target: etree._Element, mark: etree._Element) -> bool:
    """Whether the note ``target`` (or its box) links back to ``mark``: to its id, or to
    the id of the inline element it sits in (``<sup id="fnref:1"><a href="#fn:1">``) — not
    to a block around it (a page's "back to top" is no way back to a mark)."""
    ids = {_own_id(mark)}
    for around in mark.iterancestors():
        if _local(around) not in ("sup", "span", "small", "b", "strong", "i", "em"):
            break
        ids.add(around.get("id", ""))
    ids.discard("")
    box = _box_of(target)
    return bool(ids) and any(link.get("href", "")[1:] in ids
                             for link in (box if box is not None else target).iter("{*}a")
                             if link.get("href", "").startswith("#"))


def _named(box: etree._Element) -> None:
    """Mark ``box`` a note's, unless it says so already (or a box around it does) or holds
    a heading (a chapter's section, a contents list)."""
    if any(_local(e) in _HEADING_TAGS for e in box.iter()):
        return
    for element in (box, *box.iterancestors()):
        if _NOTE_BOXES.intersection(_kinds(element)):
            return
    box.set("role", "doc-footnote")


def _kinds(element: etree._Element) -> list[str]:
    """What an element says it is: its ``epub:type`` (namespaced in a book's XHTML, a
    plain attribute in a web page's HTML) and its ARIA role."""
    return (f"{element.get(_EPUB_TYPE, '')} {element.get('epub:type', '')} "
            f"{element.get('role', '')}").split()


def _opened_by(link: etree._Element) -> etree._Element | None:
    """The paragraph or list item whose first words are ``link`` (in a ``sup`` or a
    ``span`` perhaps), if any."""
    inner = link
    for _ in range(3):
        parent = inner.getparent()
        if parent is None or (parent.text or "").strip() or next(
                (c for c in parent if isinstance(c.tag, str)), None) is not inner:
            return None
        if _local(parent) in _NOTE_TAGS:
            return parent
        if _local(parent) not in ("sup", "span", "b", "strong", "small"):
            return None
        inner = parent
    return None


def _local(element: etree._Element) -> str:
    return element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""


def noted(element: etree._Element, tag: str, builder: BlockBuilder,
          ended: Callable[[], None]) -> Callable[[], None]:
    """What ends ``element`` (``ended``: a block element's end, which ends its last block),
    and for a note's box, makes the blocks it holds the note's."""
    if tag not in _BOXES | _LISTS or not _NOTE_BOXES.intersection(_kinds(element)):
        return ended
    first = len(builder.blocks)

    def as_notes() -> None:
        ended()
        blocks = builder.blocks
        for index in range(first, len(blocks)):
            block = blocks[index]
            if block.kind is BlockKind.NOTE:  # a note inside the box, made one already
                continue
            item = block.kind is BlockKind.LIST_ITEM and bool(block.ordinal)  # opens an item
            opening = _OPENING_MARK.match(block.text) if item or index == first else None
            if item and is_list_number(block.ordinal) and block.text.startswith(block.ordinal):
                mark = block.ordinal
            else:
                mark = opening.group(0) if opening else ""
            blocks[index] = as_note(block, mark)
        _numbers_joined(blocks, first)
    return as_notes


def _numbers_joined(blocks: list[Block], first: int) -> None:
    """A note's number set alone above its words (Substack's ``<a>1</a><div><p>…``) opens
    them, as a note's number does."""
    index = first
    while index < len(blocks) - 1:
        number, words = blocks[index], blocks[index + 1]
        if (number.kind is words.kind is BlockKind.NOTE and number.ordinal
                and number.text == number.ordinal and not words.ordinal):
            shift = len(number.text) + 1
            blocks[index] = Block(
                BlockKind.NOTE, f"{number.text} {words.text}", 0,
                (number.source_lines[0], words.source_lines[1]), 0,
                number.inlines + tuple(Inline(i.start + shift, i.end + shift, i.style, i.target)
                                       for i in words.inlines), number.role, number.ordinal)
            del blocks[index + 1]
        index += 1


def notes_brought_back(content: etree._Element, page: etree._Element) -> None:
    """Append to ``content`` the notes of ``page`` whose marks stand in its text, when their
    words are not in it (readability keeps a copy of the page, maybe without the marks:
    the marks are found in the page, their paragraphs' words in the content)."""
    said = _squeezed(content.itertext())
    by_id = _by_id(page)
    boxes: list[etree._Element] = []
    for mark in page.iter("a"):
        href = mark.get("href", "")
        target = by_id.get(href[1:]) if href.startswith("#") and len(href) > 1 else None
        if target is None or not _links_back(target, _own_id(mark), mark):
            continue
        box, cited_in = _box_of(target), _box_of(mark)
        if (box is None or cited_in is None or box is cited_in
                or any(a is box for a in cited_in.iterancestors())
                or not _cited_in(cited_in, mark, said) or _squeezed(box.itertext()) in said):
            continue
        if all(box is not b for b in boxes):
            boxes.append(box)
    for box in boxes:
        if not any(a in boxes for a in box.iterancestors()):
            kept = copy.deepcopy(box)
            kept.tail = None
            kept.set("role", _BROUGHT_BACK)
            content.append(kept)


def _by_id(page: etree._Element) -> dict[str, etree._Element]:
    """The page's elements by id, and its anchors by name: Word's "Save as web page" names
    its marks and notes (``<a name="_ftnref1" href="#_ftn1">``, ``<a name="_ftn1"
    href="#_ftnref1">``), as HTML 4 did, and browsers follow a link to either."""
    found: dict[str, etree._Element] = {}
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.get("name") if _local(element) == "a" else None
        if name and name not in found:
            found[name] = element
        if element.get("id"):
            found[element.get("id", "")] = element
    return found


def _own_id(mark: etree._Element) -> str:
    return mark.get("id") or mark.get("name") or ""


def _squeezed(texts: Iterable[str]) -> str:
    """The words without their spaces: a copy without the marks spaces them otherwise."""
    return "".join("".join(texts).split()).casefold()


def _cited_in(paragraph: etree._Element, mark: etree._Element, said: str) -> bool:
    """Whether the content says the paragraph that holds ``mark``: its longest run of text
    outside the mark, a dozen letters at least."""
    inside = set(mark.iter())
    pieces = []
    for element in paragraph.iter():
        if element not in inside and element.text:
            pieces.append(element.text)
        if element is not paragraph and element.tail and (element is mark
                                                          or element not in inside):
            pieces.append(element.tail)
    longest = max((_squeezed([t]) for t in pieces), key=len, default="")
    return len(longest) >= _LONG and longest in said


def _links_back(target: etree._Element, own: str, mark: etree._Element) -> bool:
    """Whether the note ``target`` (or its box) links back to the mark: to its id, or to
    the id of an element around it (``<sup id="fnref1"><a href="#fn1">``)."""
    ids = {own} | {a.get("id", "") for a in mark.iterancestors()}
    ids.discard("")
    box = _box_of(target)
    links = (box if box is not None else target).iter("{*}a")
    return bool(ids) and any(link.get("href", "")[1:] in ids for link in links
                             if link.get("href", "").startswith("#"))


def _box_of(target: etree._Element) -> etree._Element | None:
    """The block holding the note's words: the target itself when it is one, else the
    nearest block around it; a list's item brings its list (its number is the mark's)."""
    box: etree._Element | None = target
    while box is not None and _local(box) not in _BOXES:
        box = box.getparent()
    if box is not None and _local(box) == "li":
        parent = box.getparent()
        box = parent if parent is not None and _local(parent) in _LISTS else box
    return box


def title_brought_back(content: etree._Element, page: etree._Element) -> None:
    """Put in front of ``content`` the page's headline (``headline``), an ``<h1>`` set
    before it outside it, when ``content`` has no ``<h1>`` and the page's title without
    the site's name (``page_title``) says it: never a logo's site name."""
    if content.find(".//h1") is not None:
        return
    heading = headline(page)
    if heading is None or heading.tag != "h1":
        return
    said = " ".join(heading.text_content().split()).casefold()
    named = page_title(page).casefold()
    if not said or said not in named or 3 * len(said) < len(named):
        return
    if any(a is content for a in heading.iterancestors()) or not _before(heading, content,
                                                                           page):
        return
    kept = copy.deepcopy(heading)
    kept.tail = None
    content.insert(0, kept)


def _before(first: etree._Element, second: etree._Element, page: etree._Element) -> bool:
    """Whether ``first`` comes before ``second`` in ``page``."""
    for element in page.iter():
        if element is first:
            return True
        if element is second:
            return False
    return False
