"""What an office suite's "Download as web page" writes besides the document's text.

Google Docs (File > Download > Web page) writes each comment's anchor into the text as a
raised link ("[a]", ``<a href="#cmnt1" id="cmnt_ref1">``) and the comments themselves in
boxes after the text (``<a href="#cmnt_ref1" id="cmnt1">[a]</a>`` and the remark): a
reviewer's notes, left out as a Word file's comments are. Its Title style is a paragraph
of class ``title`` whose id is a heading's (``id="h.x1k9…"``): the document's title, a
heading as Word's ``MsoTitle`` paragraph is.
"""

from __future__ import annotations

import re

from lxml import etree

_COMMENT_ANCHOR = re.compile(r"#cmnt(?:_ref)?\d+\Z")
_HEADING_ID = re.compile(r"h\.[0-9a-z]+\Z")


def as_exported(root: etree._Element) -> None:
    """``root`` without a Google Docs export's comments, its Title paragraph a heading."""
    for link in list(root.iter("a")):
        if not _COMMENT_ANCHOR.match(link.get("href", "")) or link.getparent() is None:
            continue
        if link.get("href", "").startswith("#cmnt_ref"):
            _drop_comment(link)
        else:
            _drop_mark(link)
    for paragraph in root.iter("p"):
        if ("title" in paragraph.get("class", "").split()
                and _HEADING_ID.match(paragraph.get("id", ""))):
            paragraph.tag = "h1"


def _drop_mark(link: etree._Element) -> None:
    """The raised "[a]" in the text, with the ``<sup>`` that holds only it."""
    parent = link.getparent()
    if (parent is not None and parent.tag == "sup"
            and "".join(parent.itertext()).strip() == "".join(link.itertext()).strip()):
        link = parent
    link.drop_tree()  # keeps the text after it


def _drop_comment(link: etree._Element) -> None:
    """The comment's box: the outermost block around its link that holds no other."""
    box = link
    for ancestor in link.iterancestors():
        if ancestor.tag in ("body", "html") or len(ancestor.xpath(
                ".//a[starts-with(@href, '#cmnt_ref')]")) > 1:
            break
        box = ancestor
    if box.getparent() is not None:
        box.drop_tree()
