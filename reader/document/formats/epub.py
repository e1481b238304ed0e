"""EPUB 2 and 3 to blocks, with zipfile and lxml: container.xml names the package (OPF),
whose metadata gives the title and language and whose spine gives the chapters in reading
order (``linear="no"`` ones last, as calibre shows them). Each chapter goes through the HTML
mapping as it is (a book has no site chrome to remove, but may hide text or fold it:
``html_visible``); the whole book is one continuous
text. A chapter that opens without a heading gets the table of contents' title for it (the
nav document in EPUB 3, the NCX in EPUB 2), so the outline has the book's sections.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from urllib.parse import unquote, urldefrag, urlsplit

from lxml import etree, html

from ..loading import LoadError, LoadProblem
from ..model import Block, BlockKind
from .blocks import BlockBuilder, Extracted
from .epub_styles import heading_classes, with_styled_headings
from .html import is_note, walk
from .html_class_styles import linked_css, with_class_styles
from .html_exports import as_exported
from .html_language import primary_language
from .html_visible import show_as_browsed
from .safety import SafeZip, html_parser, parse_xml, xhtml_parser

_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_DEEPEST = 6  # heading levels, as HTML has them
_TITLE_PAGE = 5  # a title page's blocks: the book's title there is its own
# The chapters a cover, a half title and a title page take at most: the book's title said
# in one of them (a cover picture's text, a title page's line) is the title the outline
# opens with, not the table of contents' "Cover" or "Title Page" put above it as a heading.
_FRONT_CHAPTERS = 3
_CSS_BYTES = 1_000_000  # of a stylesheet read for its bold and italic classes
# Font obfuscation (IDPF, Adobe) also lists files in encryption.xml; only that is not DRM.
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)


def read_epub(data: bytes, path: str, *, notes: bool = True) -> Extracted:
    """The book as blocks; ``notes=False`` leaves out footnotes and page-break markers."""
    book = SafeZip(data, path)
    _refuse_drm(book)
    opf_path = _package_path(book)
    opf = book.read_xml(opf_path)
    base = posixpath.dirname(opf_path)
    manifest = {
        item.get("id", ""): item for item in opf.iter(f"{_OPF}item") if item.get("href")
    }
    contents = _table_of_contents(book, opf, manifest, base)
    styled = heading_classes(book, manifest, base)
    sheets: dict[str, str] = {}  # the book's stylesheets read so far, by their names
    builder = BlockBuilder()
    titled = 0  # chapters that open with a title of their own
    title = " ".join(opf.findtext(f".//{_DC}title", "").split())
    labels: list[tuple[int, str]] = []  # where a chapter without a heading opens, its label
    title_page = -1  # the number of the first chapter that says the book's title
    for number, href in enumerate(h for h in _spine(opf, manifest, base) if h in book):
        first = len(builder.blocks)
        body = _chapter_body(book.read(href), path, partial(_stylesheet, book, href, sheets))
        with_styled_headings(body, styled)
        walk(body, builder, None if notes else is_note)
        chapter = builder.blocks[first:]
        label = contents.get(href, "")
        printed = _printed_contents(chapter, contents)
        if printed:
            builder.blocks[first:] = chapter = _as_entries(chapter, label)
        if label and not printed and not any(b.kind is BlockKind.HEADING for b in chapter[:3]):
            labels.append((first, label))
        titled += any(b.kind is BlockKind.HEADING and b.level == 1 for b in chapter[:3])
        if (title_page < 0 and number < _FRONT_CHAPTERS and title
                and any(_same(b.text, title) for b in chapter[:_TITLE_PAGE])):
            title_page = first
    for first, label in reversed(labels):
        # A cover's or a title page's label ("Cover") is no heading: the book's title is
        # theirs; a label that is the book's title is one.
        if first > title_page or _same(label, title):
            _insert_heading(builder, first, label)
    language = primary_language(opf.findtext(f".//{_DC}language", ""))
    blocks = builder.blocks
    if title_page >= 0:
        blocks = _title_page_heading(blocks, title_page, title, titled > 1)
    if titled > 1 and title and not any(_same(b.text, title) for b in blocks[:_TITLE_PAGE]):
        blocks = _under_title(blocks, title)
    return Extracted(blocks, language, title)


def _printed_contents(chapter: list[Block], contents: dict[str, str]) -> bool:
    """A book's contents page printed in its text (InDesign's, Sigil's "Contents",
    "Índice"): each of its paragraphs a chapter's title in the table of contents. Its lines
    are a list, as the page shows them, not paragraphs: each is some chapter's title, and the
    first of them is no title of the book's."""
    titles = {" ".join(label.split()).casefold() for label in contents.values()}
    entries = [b for b in chapter if b.kind is BlockKind.PARAGRAPH]
    return len(entries) >= 2 and all(
        " ".join(b.text.split()).casefold() in titles for b in entries)


def _as_entries(chapter: list[Block], label: str) -> list[Block]:
    """A printed contents page's paragraphs as the list it shows, but for its own label
    ("Contents", "Sumário" set as a paragraph over the entries), which names the page: it
    stays a paragraph. The table of contents' label for the page is not put above it as a
    heading either: the book's first heading would be "Contents", taken for its title."""
    entries = [b for b in chapter if b.kind is BlockKind.PARAGRAPH]
    own = entries[0] if entries and _same(entries[0].text, label) else None
    return [replace(b, kind=BlockKind.LIST_ITEM, level=1, ordinal="-")
            if b.kind is BlockKind.PARAGRAPH and b is not own else b for b in chapter]


def _same(text: str, other: str) -> bool:
    return " ".join(text.split()).casefold() == " ".join(other.split()).casefold()


def _under_title(blocks: list[Block], title: str) -> list[Block]:
    """A book of several titled chapters (a collection of interviews, of stories) under
    its own title: each chapter a section of the book, its headings a level lower, as a
    book's table of contents shows them; else its first chapter's title was the book's, and
    the others' sections were taken for the first one's."""
    opening = BlockBuilder()
    opening.add(BlockKind.HEADING, title, 1)
    return opening.blocks + [
        replace(b, level=min(b.level + 1, _DEEPEST)) if b.kind is BlockKind.HEADING else b
        for b in blocks]


def _title_page_heading(blocks: list[Block], page: int, title: str,
                        chapters: bool) -> list[Block]:
    """A title page whose title is a styled paragraph (Calibre's and Sigil's ``<p
    class="titulo">``) says the book's title: it is read as the book's heading when no
    heading comes before it, and a book of ``chapters`` titled at its level goes under it.
    Else the book's first heading (a printed "Contents" page's, a chapter's) was taken for
    the book's title."""
    for index in range(page, min(page + _TITLE_PAGE, len(blocks))):
        block = blocks[index]
        if block.kind is BlockKind.HEADING:
            return blocks
        if block.kind is BlockKind.PARAGRAPH and _same(block.text, title):
            if any(b.kind is BlockKind.HEADING for b in blocks[:index]):
                return blocks
            heading = replace(block, kind=BlockKind.HEADING, level=1)
            rest = [replace(b, level=min(b.level + 1, _DEEPEST))
                    if chapters and b.kind is BlockKind.HEADING else b
                    for b in blocks[index + 1:]]
            return [*blocks[:index], heading, *rest]
    return blocks


def _refuse_drm(book: SafeZip) -> None:
    if "META-INF/rights.xml" in book:
        raise LoadError(LoadProblem.DRM, book.path)
    if "META-INF/encryption.xml" not in book:
        return
    root = book.read_xml("META-INF/encryption.xml")
    for method in root.iter("{http://www.w3.org/2001/04/xmlenc#}EncryptionMethod"):
        if method.get("Algorithm", "") not in _FONT_OBFUSCATION:
            raise LoadError(LoadProblem.DRM, book.path)


def _package_path(book: SafeZip) -> str:
    if "META-INF/container.xml" in book:
        container = book.read_xml("META-INF/container.xml")
        for rootfile in container.iter(f"{_CONTAINER}rootfile"):
            if rootfile.get("full-path"):
                return str(rootfile.get("full-path"))
    found = [name for name in book.names() if name.endswith(".opf")]  # a sloppy container
    if not found:
        raise LoadError(LoadProblem.CORRUPT, book.path, "EPUB")
    return found[0]


def _resolve(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(urldefrag(href)[0])))


def _spine(opf: etree._Element, manifest: dict[str, etree._Element], base: str) -> list[str]:
    linear: list[str] = []
    later: list[str] = []
    for ref in opf.iter(f"{_OPF}itemref"):
        item = manifest.get(ref.get("idref", ""))
        if item is None or "html" not in item.get("media-type", "html"):
            continue
        href = _resolve(base, item.get("href", ""))
        (later if ref.get("linear") == "no" else linear).append(href)
    return linear + later


def _table_of_contents(book: SafeZip, opf: etree._Element,
                       manifest: dict[str, etree._Element], base: str) -> dict[str, str]:
    """Each chapter file's first title in the table of contents."""
    entries: list[tuple[str, str]] = []
    nav = next((i for i in manifest.values() if "nav" in i.get("properties", "").split()), None)
    spine = opf.find(f"{_OPF}spine")
    ncx = manifest.get(spine.get("toc", "")) if spine is not None else None
    ncx = ncx if ncx is not None else next(
        (i for i in manifest.values() if i.get("media-type") == "application/x-dtbncx+xml"),
        None)
    if nav is not None:
        href = _resolve(base, nav.get("href", ""))
        if href in book:
            root = _parse_chapter(book.read(href), book.path)
            where = posixpath.dirname(href)
            for toc in root.iter("{*}nav", "nav"):
                if toc.get(_EPUB_TYPE, "toc") != "toc":
                    continue
                entries += [(_resolve(where, a.get("href", "")), " ".join(a.itertext()))
                            for a in toc.iter("{*}a", "a") if a.get("href")]
    elif ncx is not None:
        href = _resolve(base, ncx.get("href", ""))
        if href in book:
            root = book.read_xml(href)
            where = posixpath.dirname(href)
            for point in root.iter(f"{_NCX}navPoint"):
                content = point.find(f"{_NCX}content")
                label = point.findtext(f"{_NCX}navLabel/{_NCX}text", "")
                if content is not None and content.get("src"):
                    entries.append((_resolve(where, content.get("src", "")), label))
    contents: dict[str, str] = {}
    for href, label in entries:
        label = " ".join(label.split())
        if label:
            contents.setdefault(href, label)
    return contents


def _parse_chapter(data: bytes, path: str) -> etree._Element:
    try:  # with lxml.html's elements: hidden text is dropped as from a web page
        return parse_xml(data, path, xhtml_parser())
    except LoadError as error:
        if error.problem is not LoadProblem.CORRUPT:
            raise
    # Not well-formed XML (HTML entities such as &nbsp;, a stray tag): read it as HTML.
    try:
        return html.document_fromstring(data, parser=html_parser())
    except (etree.ParserError, ValueError):
        raise LoadError(LoadProblem.CORRUPT, path, "EPUB") from None


def _chapter_body(data: bytes, path: str,
                  stylesheet: Callable[[str], str | None] | None = None) -> etree._Element:
    root = _parse_chapter(data, path)
    show_as_browsed(root)
    linked = linked_css(root, stylesheet) if stylesheet is not None else ""
    if "font-" in linked:  # Apple Pages' bold, set by the book's own stylesheet
        with_class_styles(root, linked)
    as_exported(root)  # Google Docs' EPUB: its comments, as in its web page
    body = next(iter(root.iter("{*}body", "body")), None)
    return body if body is not None else root


def _stylesheet(book: SafeZip, chapter: str, sheets: dict[str, str], href: str) -> str | None:
    """The text of the stylesheet a chapter links at ``href``, from the book's own archive
    (read once for all the chapters that link it); ``None`` for one not in the book (an
    address outside it is never fetched)."""
    if urlsplit(href).scheme or href.startswith("//"):
        return None
    name = _resolve(posixpath.dirname(chapter), href)
    if name not in sheets:
        if name not in book:
            return None
        sheets[name] = book.read(name)[:_CSS_BYTES].decode("utf-8", "replace")
    return sheets[name]


def _insert_heading(builder: BlockBuilder, at: int, label: str) -> None:
    chapter = builder.blocks[at:]
    del builder.blocks[at:]
    builder.add(BlockKind.HEADING, label, 1)
    builder.blocks.extend(chapter)
