"""HTML to blocks: the article without the site around it.

The page is parsed by lxml with nothing fetched and no script run. Unless the whole page is
asked for, the site's chrome goes first (navigation, header and footer outside the article,
asides, forms, ARIA landmarks, cookie banners, share buttons, "related" lists, comments); a
lone ``article`` (or ``main``) is then the content, and otherwise readability-lxml finds it;
a page that shows little of the article its JSON-LD carries reads that one (``html_jsonld``).
The walk over the elements is iterative (``etree.iterwalk``), so absurd nesting costs no
recursion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree, html

from ..loading import LoadError, LoadProblem
from ..model import BlockKind, InlineStyle, is_list_number
from .blocks import BlockBuilder, Extracted
from .html_chrome import without_chrome
from .html_deck import deck_under
from .html_exports import as_exported
from .html_jsonld import json_ld_article
from .html_language import NEVER_TEXT, headline, headline_as_heading, language_of, page_title
from .html_lists import ListNumbers, list_numbers
from .html_notes import noted, notes_brought_back, notes_named, title_brought_back
from .html_pages import print_page_number
from .html_visible import show_as_browsed
from .pull_quotes import without_pull_quotes
from .safety import html_parser
from .tables import is_layout_table
from .webarchive import is_web_archive, page_of_web_archive
from .wordpress_export import is_wordpress_export, page_of_wordpress_export

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
    }
)
_STYLES = {
    "b": InlineStyle.STRONG, "strong": InlineStyle.STRONG,
    "i": InlineStyle.EMPHASIS, "em": InlineStyle.EMPHASIS, "cite": InlineStyle.EMPHASIS,
    "code": InlineStyle.CODE, "kbd": InlineStyle.CODE, "samp": InlineStyle.CODE,
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_NOTE_TYPES = frozenset(
    {"footnote", "endnote", "endnotes", "rearnote", "rearnotes", "footnotes", "noteref",
     "pagebreak", "doc-footnote", "doc-endnotes", "doc-noteref", "doc-pagebreak",
     "doc-endnote"}
)
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_ARROWS = frozenset("↩↑^⤴⇧▲↵\ufe0e\ufe0f \u00a0")  # a link back drawn, no word
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_MHTML = re.compile(rb"(?is)\A(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?mime-version:")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def read_html(data: bytes, path: str, *, whole_page: bool = False,
              notes: bool = True) -> Extracted:
    """The page's article as blocks (``whole_page``: everything visible on the page;
    ``notes=False`` leaves out footnotes and page-break markers, as in books)."""
    root = parse_html(data, path)
    show_as_browsed(root)
    as_exported(root)
    language = language_of(root)
    title = page_title(root)
    builder = BlockBuilder()
    skip = None if notes else is_note
    if not whole_page:
        carried = json_ld_article(root)
        page = without_chrome(root)
        content = _content_of(page)
        title_brought_back(content, page)
        if notes:
            notes_brought_back(content, page)
        headline_as_heading(content, root)
        without_pull_quotes(content)
        walk(content, builder, skip)
        if carried and carried.replaces(" ".join(b.text for b in builder.blocks)):
            builder = BlockBuilder()
            carried.add_to(builder)
            return Extracted(builder.blocks, language, title or carried.headline)
        if builder.blocks:
            return Extracted(builder.blocks, language, title)
        # Nothing recognisable as an article: the page without its chrome, rather than nothing.
        root = page
    walk(root, builder, skip)
    return Extracted(builder.blocks, language, title)


def parse_html(data: bytes, path: str) -> etree._Element:
    if _MHTML.match(data[:4096]):
        data = _page_of_archive(data)
    elif is_web_archive(data):
        data = page_of_web_archive(data, path)
    elif is_wordpress_export(data):
        data = page_of_wordpress_export(data, path)
    match = _CHARSET.search(data[:4096])
    encoding = match.group(1).decode("ascii", "replace") if match else "utf-8"
    if not match and not data.startswith(b"\xef\xbb\xbf"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
    parser = html_parser()
    try:
        text = data.decode(encoding, "replace")
    except LookupError:
        text = data.decode("utf-8", "replace")
    try:
        root = html.document_fromstring(text.lstrip("\ufeff"), parser=parser)
    except (etree.ParserError, ValueError):
        raise LoadError(LoadProblem.CORRUPT, path) from None
    return root


def _page_of_archive(data: bytes) -> bytes:
    """The page inside a saved web archive (.mhtml: a MIME message whose first HTML part is
    the page; the images and styles beside it are never read)."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and b"charset" not in payload[:4096].lower():
                    return f'<meta charset="{charset}">'.encode() + payload
                return payload
    return b""


@dataclass(slots=True)
class _Context:
    """Where the walk is: the containers open around the current text."""

    containers: list[str] = field(default_factory=list)  # "quote" / "ol" / "ul", innermost last
    counters: list[ListNumbers] = field(default_factory=list)  # each open list's numbering
    marker: str = ""  # the list item's marker, until its first block takes it
    heading: int = 0
    heading_number: str = ""  # a numbered list item's number, when a heading opens the item
    preformatted: int = 0
    row_cells: int = -1  # cells seen in the current table row; -1 outside a row
    header_row: bool = False
    layout: dict[etree._Element, bool] = field(default_factory=dict)  # each table's judgement


def walk(root: etree._Element, builder: BlockBuilder,
         skip: Callable[[etree._Element], bool] | None = None) -> None:
    """Add the blocks of ``root``'s content to ``builder``; ``skip`` drops elements."""
    context = _Context()
    if skip is None:  # notes are read: those that do not say it are named notes
        notes_named(root)
    undo: list[Callable[[], None]] = []  # for each entered element, what its end restores
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if event == "start":
            if (not tag or tag in NEVER_TEXT or (skip is not None and skip(element))
                    or _back_to_the_mark(element) or print_page_number(element)):
                walker.skip_subtree()
                undo.append(_nothing)
                continue
            undo.append(noted(element, tag, builder, _enter(element, tag, context, builder)))
            if element.text:
                builder.text(element.text, preformatted=context.preformatted > 0)
        else:
            undo.pop()()
            if element is not root and element.tail:
                builder.text(element.tail, preformatted=context.preformatted > 0)
    _flush(context, builder)


def _nothing() -> None:
    pass


def _back_to_the_mark(element: etree._Element) -> bool:
    """A note's link back to its mark ("↩︎", "↑", "^": Pandoc's ``role="doc-backlink"``,
    a wiki's ``mw-cite-backlink``): a way back drawn as an arrow, no word of the note."""
    names = f"{element.get('role', '')} {element.get('class', '')}".casefold()
    drawn = "".join(element.itertext())
    if any(c.isalnum() for c in drawn):
        return False
    return ("backlink" in names or "footnote-back" in names) or (
        element.get("href", "").startswith("#") and _ARROWS.issuperset(drawn.strip())
        and bool(drawn.strip()))  # an arrow alone back to a place in the page


def _enter(element: etree._Element, tag: str, context: _Context,
           builder: BlockBuilder) -> Callable[[], None]:
    """Apply ``element``'s start to the context; return what its end does."""
    if tag in _STYLES or tag == "span" or tag == "a":
        return _enter_inline(element, tag, builder)
    if tag in ("img", "amp-img"):  # AMP draws its pictures with amp-img
        builder.image(element.get("alt", ""), element.get("src", ""))
        return _nothing
    if tag == "br":
        if context.row_cells < 0 and builder.ends_in_line_break:
            _flush(context, builder)  # <br><br>: a paragraph break
        else:
            builder.line_break()
        return _nothing
    if tag in ("tr", "td", "th") and _lays_out(element, context):
        # A layout table's cells are paragraphs of their own, in reading order.
        _flush(context, builder)
        return lambda: _flush(context, builder)
    if tag in ("td", "th") and context.row_cells >= 0:
        if context.row_cells:
            builder.cell_separator()
        context.row_cells += 1
        context.header_row = context.header_row and tag == "th"
        return _nothing
    if tag not in _BLOCK_TAGS:
        return _nothing
    if context.row_cells >= 0:  # a block inside a table cell stays in the row
        return _nothing
    _flush(context, builder)
    if tag == "hr":
        if not any(is_note(a) for a in element.iterancestors()):
            builder.rule()  # not the line that opens a chapter's notes (Pandoc's)
        return _nothing
    if tag in _HEADINGS or (tag == "p" and "MsoTitle" in element.get("class", "").split()):
        # Word's "Save as web page" writes its Title style as <p class=MsoTitle>.
        context.heading = _HEADINGS.get(tag, 1)
        if is_list_number(context.marker):
            # <li><h4>question</h4><p>answer</p></li>: the browser draws the item's number
            # beside the heading that opens it, not beside the paragraph under it.
            context.heading_number, context.marker = context.marker, ""
        return lambda: _end_heading(context, builder)
    if tag == "tr":
        context.row_cells = 0
        context.header_row = True  # until a td says otherwise
        return lambda: _end_row(element, context, builder)
    if tag == "pre":
        context.preformatted += 1
        builder.open(InlineStyle.CODE)
        return lambda: _end_pre(context, builder)
    if tag in ("ul", "ol", "blockquote"):
        kind = "quote" if tag == "blockquote" else tag
        context.containers.append(kind)
        context.counters.append(list_numbers(element, tag))
        return lambda: _end_container(context, builder)
    if tag == "li":
        context.marker = context.counters[-1].marker(element) if context.counters else "-"
    return lambda: _flush(context, builder)


def _lays_out(cell_or_row: etree._Element, context: _Context) -> bool:
    table = next(cell_or_row.iterancestors("table"), None)
    if table is None:
        return False
    if table not in context.layout:
        context.layout[table] = is_layout_table(table)
    return context.layout[table]


def _enter_inline(element: etree._Element, tag: str,
                  builder: BlockBuilder) -> Callable[[], None]:
    style = _STYLES.get(tag)
    target = ""
    if tag == "a":
        target = element.get("href", "")
        # A FAQ's question linking to its own answer on the page ("#a1", an accordion's "#"):
        # it is the question, not a link to follow (read as one, a share link to leave out).
        in_page_question = target.startswith("#") and "".join(
            element.itertext()).rstrip().endswith(("?", "？"))
        style = InlineStyle.LINK if target and not in_page_question else None
    elif tag == "span":
        css = element.get("style", "")
        style = (InlineStyle.STRONG if _BOLD.search(css)
                 else InlineStyle.EMPHASIS if _ITALIC.search(css) else None)
    if style is None:
        return _nothing
    builder.open(style, target)
    return builder.close


def _flush(context: _Context, builder: BlockBuilder) -> None:
    if context.row_cells >= 0 or builder.empty:
        return
    if context.heading:
        builder.end_block(BlockKind.HEADING, context.heading, context.heading_number,
                          numbered=bool(context.heading_number))
        context.heading_number = ""
    elif context.preformatted:
        builder.end_block(BlockKind.CODE)
    elif context.containers and context.containers[-1] == "quote":
        builder.end_block(BlockKind.QUOTE, context.containers.count("quote"))
    elif context.containers:
        depth = sum(1 for c in context.containers if c != "quote")
        builder.end_item(depth, context.marker)
        context.marker = ""
    else:
        builder.end_block(BlockKind.PARAGRAPH)


def _end_heading(context: _Context, builder: BlockBuilder) -> None:
    _flush(context, builder)
    context.heading = 0


def _end_pre(context: _Context, builder: BlockBuilder) -> None:
    builder.close()
    _flush(context, builder)
    context.preformatted -= 1


def _end_container(context: _Context, builder: BlockBuilder) -> None:
    _flush(context, builder)
    context.containers.pop()
    context.counters.pop()


def _end_row(row: etree._Element, context: _Context, builder: BlockBuilder) -> None:
    parent = row.getparent()
    in_head = parent is not None and str(parent.tag).endswith("thead")
    header = in_head or (context.header_row and context.row_cells > 0)
    context.row_cells = -1
    if not builder.empty:
        builder.end_block(BlockKind.TABLE_HEADER if header else BlockKind.TABLE_ROW)
    context.header_row = False


# --- The article without the site around it ------------------------------------------------


def is_note(element: etree._Element) -> bool:
    """An EPUB footnote, a note reference or a page-break marker."""
    kinds = f"{element.get(_EPUB_TYPE, '')} {element.get('role', '')}".split()
    return any(kind in _NOTE_TYPES for kind in kinds)


def _content_of(root: etree._Element) -> etree._Element:
    """The lone article (or main) when it holds most of the page's text, else readability's
    choice (a page of divs, or a lone <article> that is only a teaser beside the text)."""
    page_text = _text_length(root)
    for candidates in (root.findall(".//article"), root.xpath(".//main | .//*[@role='main']")):
        if len(candidates) == 1 and _text_length(candidates[0]) * 2 >= page_text:
            return candidates[0]
    return _readable(root)


def _text_length(element: etree._Element) -> int:
    """The visible text's length: news pages carry large scripts (their state as JSON)."""
    texts = element.xpath(
        ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
        " and not(ancestor::template)]"
    )
    return sum(len(str(text).strip()) for text in texts)


def _readable(root: etree._Element) -> etree._Element:
    """readability-lxml's choice of the content; it may leave the page's title out, so the
    headline (``headline``) comes back in front when it did."""
    from readability import Document as Readable  # here: only pages without an article

    page = html.tostring(root, encoding="unicode")
    try:
        summary = Readable(page).summary(html_partial=True)
        content = html.fragment_fromstring(summary, create_parent="div", parser=html_parser())
    except Exception:  # noqa: BLE001 - readability raises bare errors on odd pages
        body = root.find("body")
        return body if body is not None else root
    body = root.find("body")
    if _text_length(content) * 4 < _text_length(root):
        # readability kept almost nothing (it drops forms, which some sites wrap the whole
        # page in): the page without its chrome is the better guess.
        return body if body is not None else root
    title = headline(root)
    said = " ".join(title.text_content().split()) if title is not None else ""
    if title is not None and all(" ".join(h.text_content().split()) != said
                                 for h in content.iter("h1", "h2", "h3")):
        deck = deck_under(title)
        if deck is not None and " ".join(deck.text_content().split()) not in " ".join(
                content.text_content().split()):
            content.insert(0, html.fragment_fromstring(html.tostring(deck, encoding="unicode")))
        content.insert(0, html.fragment_fromstring(html.tostring(title, encoding="unicode")))
    return content

