"""What an office suite's "Download as web page" writes besides the document's text.

Google Docs (File > Download > Web page) writes each comment's anchor into the text as a
raised link ("[a]", ``<a href="#cmnt1" id="cmnt_ref1">``) and the comments themselves in
boxes after the text (``<a href="#cmnt_ref1" id="cmnt1">[a]</a>`` and the remark): a
reviewer's notes, left out as a Word file's comments are. Its Title style is a paragraph
of class ``title`` whose id is a heading's (``id="h.x1k9…"``): the document's title, a
heading as Word's ``MsoTitle`` paragraph is. Its EPUB (File > Download > EPUB) writes
the same XHTML, comments and all.

Confluence (Space tools > Export to HTML) titles every page "Space : Page", in its
``<h1 id="title-heading">`` and its ``<title>``; the space's name is the first of its
breadcrumbs, a place, not the page's title, and is left out of both.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from lxml import etree

from .html_visible import local_name

_COMMENT_ANCHOR = re.compile(r"#cmnt(?:_ref)?\d+\Z")
_HEADING_ID = re.compile(r"h\.[0-9a-z]+\Z")
_BOX_DEPTH = 2


def as_exported(root: etree._Element) -> None:
    """``root`` without a Google Docs export's comments, its Title paragraph a heading."""
    links = [a for a in root.iter("{*}a") if _COMMENT_ANCHOR.match(a.get("href", ""))]
    comments = [a for a in links if a.get("href", "").startswith("#cmnt_ref")]
    remarks = set(comments)
    shared: Counter[etree._Element] = Counter()  # how many comments each box holds
    for link in comments:
        shared.update(islice(link.iterancestors(), _BOX_DEPTH))
    boxes = [_comment_box(link, shared) for link in comments]  # before anything goes
    for link in links:
        if link not in remarks:
            _drop_mark(link)
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()
    for paragraph in root.iter("{*}p"):
        if ("title" in paragraph.get("class", "").split()
                and _HEADING_ID.match(paragraph.get("id", ""))):
            paragraph.tag = "h1"
    _confluence_title(root)


def _confluence_title(root: etree._Element) -> None:
    heading = next(iter(root.xpath("//*[@id='title-heading']")), None)
    crumbs = root.xpath("//*[@id='breadcrumbs']//a")
    if heading is None or not crumbs:
        return
    space = " ".join(crumbs[0].text_content().split())
    for element in [*heading.iter(), *root.iter("title")]:
        text = " ".join((element.text or "").split())
        if space and text.startswith(f"{space} : ") and len(text) > len(space) + 3:
            element.text = text[len(space) + 3:]


def _drop_mark(link: etree._Element) -> None:
    """The raised "[a]" in the text, with the ``<sup>`` that holds only it."""
    parent = link.getparent()
    if (parent is not None and local_name(parent) == "sup"
            and "".join(parent.itertext()).strip() == "".join(link.itertext()).strip()):
        link = parent
    if link.getparent() is not None:
        link.drop_tree()  # keeps the text after it


def _comment_box(link: etree._Element, shared: Counter[etree._Element]) -> etree._Element:
    """The comment's box: the outermost of the few blocks around its link (Google Docs
    sets it in a paragraph in a div) that holds no other comment."""
    box = link
    for ancestor in islice(link.iterancestors(), _BOX_DEPTH):
        if local_name(ancestor) not in ("p", "div") or shared[ancestor] > 1:
            break
        box = ancestor
    return box
