"""The posts inside a WordPress export (Tools > Export: a "WordPress eXtended RSS" file,
``.xml``), read as one web page. It is how a WordPress site's owner keeps or moves their
writing, and the only copy many have of a blog's interviews once the site is gone.

The file is RSS whose ``<item>`` elements are the site's posts, pages, attachments and menu
entries; a post's HTML is in ``<content:encoded>`` (Gutenberg's ``<!-- wp:… -->`` block
marks are HTML comments; the classic editor's posts have no ``<p>``: WordPress parts their
paragraphs by blank lines when it shows them, ``wpautop``). Each post or page with words is
read under its title, in the file's order; attachments, menu entries, revisions, the
site's templates and styles are no writing and are not read, nor the excerpts (a post's own
words again), the post meta (``_edit_last``, an SEO plugin's fields), the authors' e-mail
addresses or the comments (a web page's comments are left out the same way). The XML goes
through ``safety.parse_xml``: a file declaring entities is refused, nothing is fetched.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from ..loading import LoadError, LoadProblem
from .safety import parse_xml

_EXPORT_NAMESPACE = "http://wordpress.org/export/"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
# post types that hold no writing of the site's authors
_NOT_WRITING = frozenset({
    "attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset",
    "oembed_cache", "user_request", "wp_template", "wp_template_part", "wp_global_styles",
    "wp_navigation", "wp_font_family", "wp_font_face", "feedback"})
_GONE = frozenset({"trash", "auto-draft"})  # the bin, and WordPress's empty placeholders
_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)\b", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def is_wordpress_export(data: bytes) -> bool:
    """An RSS file that names WordPress's export namespace in its head."""
    head = data[:4096]
    return b"<rss" in head and _EXPORT_NAMESPACE.encode() in head


def page_of_wordpress_export(data: bytes, path: str) -> bytes:
    """The export's posts as one HTML page: its title the post's when there is one post,
    the site's over the posts' own (as level-2 headings) when there are several. Raises
    ``LoadError`` for a damaged file or one declaring entities."""
    root = parse_xml(data, path)
    channel = root.find("channel")
    if channel is None:
        raise LoadError(LoadProblem.CORRUPT, path, "WordPress export")
    posts = [(title, body) for title, body in map(_post, channel.iterfind("item")) if body]
    language = html.escape(channel.findtext("language") or "")
    site = (channel.findtext("title") or "").strip()
    if len(posts) == 1:
        title, body = posts[0]
        parts = [f"<title>{html.escape(title)}</title></head><body><article>",
                 f"<h1>{html.escape(title)}</h1>{body}</article>"]
    else:
        parts = [f"<title>{html.escape(site)}</title></head><body><article>"]
        if site:
            parts.append(f"<h1>{html.escape(site)}</h1>")
        parts += [f"<section><h2>{html.escape(title)}</h2>{body}</section>"
                  for title, body in posts]
        parts.append("</article>")
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
            + "".join(parts) + "</body></html>").encode("utf-8")


def _post(item: etree._Element) -> tuple[str, str]:
    """An item's title and HTML; "" for an item that is no writing or has no words."""
    kind = _field(item, "post_type") or "post"
    if kind in _NOT_WRITING or _field(item, "status") in _GONE:
        return "", ""
    body = (item.findtext(_CONTENT) or "").strip()
    if body and not _BLOCK_TAG.search(body):  # the classic editor's: parted as wpautop does
        body = "".join(f"<p>{part.strip().replace(chr(10), '<br>')}</p>"
                       for part in _BLANK_LINE.split(body.replace("\r\n", "\n")) if part.strip())
    return (item.findtext("title") or "").strip(), body


def _field(item: etree._Element, name: str) -> str:
    """The item's ``wp:name`` of whichever export version (1.0, 1.1, 1.2) wrote it."""
    for child in item:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.startswith("{" + _EXPORT_NAMESPACE) and tag.endswith("}" + name):
            return (child.text or "").strip()
    return ""
