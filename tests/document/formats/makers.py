"""The seed interview written in every format, from the blocks the text pipeline finds in it:
the same paragraphs, headings, list items and styled runs, as a word processor would save them."""

from __future__ import annotations

import html
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.document.loading import normalize
from reader.document.markdown import lines_look_like_paragraphs, make_parser, parse_blocks
from reader.document.model import LINE_BREAK, Block, BlockKind, InlineStyle

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
SEED_INTERVIEW = SEEDS / "interview-pedocriminalite.txt"


def seed_blocks(path: Path = SEED_INTERVIEW) -> list[Block]:
    """The seed's blocks before any repair, as a .txt file gives them."""
    source = normalize(path.read_text(encoding="utf-8"))
    return parse_blocks(
        source,
        parser=make_parser(indented_code=False),
        lines_are_paragraphs=lines_look_like_paragraphs(source),
    )


def runs(block: Block) -> Iterator[tuple[str, frozenset[InlineStyle], str]]:
    """The block's text cut where its styles change: (text, styles, link target). A numbered
    item's number is left out: the formats number their lists themselves."""
    cuts = sorted({block.number_length, len(block.text)}
                  | {i.start - block.start for i in block.inlines}
                  | {i.end - block.start for i in block.inlines})
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [i for i in block.inlines
                    if i.start - block.start <= start and i.end - block.start >= end]
        target = next((i.target for i in covering if i.style is InlineStyle.LINK), "")
        yield block.text[start:end], frozenset(i.style for i in covering), target


def _number(block: Block) -> int:
    """The number of a numbered list item ("3." gives 3), 0 for a bullet."""
    digits = block.ordinal.rstrip(".)")
    return int(digits) if block.kind is BlockKind.LIST_ITEM and digits.isdigit() else 0


# --- HTML ----------------------------------------------------------------------------------

def _html_runs(block: Block) -> str:
    out = []
    for text, styles, target in runs(block):
        piece = html.escape(text).replace(LINE_BREAK, "<br>\n")  # a line break in a paragraph
        if InlineStyle.STRONG in styles:
            piece = f"<strong>{piece}</strong>"
        if InlineStyle.EMPHASIS in styles:
            piece = f"<em>{piece}</em>"
        if InlineStyle.LINK in styles:
            piece = f'<a href="{html.escape(target)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def html_body(blocks: list[Block], *, title_heading: bool = False) -> str:
    """``title_heading``: the first block as an h1, as a book's chapter opens."""
    parts, in_list = [], ""  # the open list's tag
    for number, block in enumerate(blocks):
        if number == 0 and title_heading:
            parts.append(f"<h1>{_html_runs(block)}</h1>")
            continue
        tag = ("ol" if _number(block) else "ul") if block.kind is BlockKind.LIST_ITEM else ""
        if in_list and tag != in_list:
            parts.append(f"</{in_list}>")
            in_list = ""
        if tag and not in_list:
            parts.append(f'<ol start="{_number(block)}">' if tag == "ol" else "<ul>")
            in_list = tag
        inner = _html_runs(block)
        if block.kind is BlockKind.HEADING:
            parts.append(f"<h{block.level}>{inner}</h{block.level}>")
        elif block.kind is BlockKind.LIST_ITEM:
            parts.append(f"<li>{inner}</li>")
        elif block.kind is BlockKind.QUOTE:
            parts.append(f"<blockquote><p>{inner}</p></blockquote>")
        else:
            parts.append(f"<p>{inner}</p>")
    if in_list:
        parts.append(f"</{in_list}>")
    return "\n".join(parts)


def blog_body(blocks: list[Block]) -> str:
    """A blog post as Blogger and old editors save it: no ``<p>``, paragraphs parted by
    ``<br><br>`` inside one ``<div>``; headings, lists and quotes stay elements."""
    parts: list[str] = []
    others: list[Block] = []  # blocks that stay elements, written together (one list)
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            if others:
                parts.append(html_body(others))
                others = []
            parts.append(f"{_html_runs(block)}<br>\n<br>\n")
        else:
            others.append(block)
    if others:
        parts.append(html_body(others))
    return f'<div class="post-body entry-content">{"".join(parts)}</div>'


def news_page(blocks: list[Block], *, article: bool = True, lang: str = "fr",
              blog: bool = False) -> str:
    """The article inside a news site's chrome: menus, cookie banner, share bar, related
    stories, comments, footer (``blog``: the post as ``blog_body`` sets it)."""
    title = html.escape(blocks[0].text)
    content = blog_body(blocks) if blog else html_body(blocks)
    if article:
        content = f"<article>{content}</article>"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - 20 Minutes</title>
<script>alert("never run")</script><style>p {{ color: red }}</style></head>
<body>
<div id="cookie-consent"><p>Nous utilisons des cookies. Accepter ?</p><button>OK</button></div>
<header role="banner"><a href="/">20 Minutes</a><nav><ul><li><a href="/monde">Monde</a></li>
<li><a href="/societe">Société</a></li><li><a href="/sport">Sport ?</a></li></ul></nav></header>
<div class="page"><div class="content">{content}
<div class="share-bar"><a href="#">Partager sur Facebook</a> <a href="#">Tweeter</a></div>
</div>
<aside><h2>Sur le même sujet</h2><ul><li><a href="/a">Un autre article ?</a></li></ul></aside>
<section class="comments"><h2>Commentaires</h2><p>Et vous, qu'en pensez-vous ?</p></section>
</div>
<footer role="contentinfo"><p>© 20 Minutes 2019. Mentions légales ?</p></footer>
</body></html>"""


# --- EPUB ----------------------------------------------------------------------------------

def write_epub(path: Path, chapters: list[tuple[str, str]], *, title: str = "Livre",
               language: str = "fr", version: str = "3") -> Path:
    """An EPUB of XHTML chapters (title, body HTML), with a nav document (3) or NCX (2)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>""")
        items, refs, points = [], [], []
        for n, (heading, body) in enumerate(chapters, 1):
            archive.writestr(f"OEBPS/ch{n}.xhtml", f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>{html.escape(heading)}</title></head><body>{body}</body></html>""")
            items.append(f'<item id="ch{n}" href="ch{n}.xhtml" '
                         'media-type="application/xhtml+xml"/>')
            refs.append(f'<itemref idref="ch{n}"/>')
            points.append((n, heading))
        nav_item = ""
        if version == "3":
            links = "".join(f'<li><a href="ch{n}.xhtml">{html.escape(h)}</a></li>'
                            for n, h in points)
            archive.writestr("OEBPS/nav.xhtml", f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<body><nav epub:type="toc"><ol>{links}</ol></nav></body></html>""")
            nav_item = ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                        'properties="nav"/>')
        else:
            nav_points = "".join(
                f'<navPoint id="p{n}"><navLabel><text>{html.escape(h)}</text></navLabel>'
                f'<content src="ch{n}.xhtml"/></navPoint>' for n, h in points)
            archive.writestr("OEBPS/toc.ncx", f"""<?xml version="1.0"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>{nav_points}
</navMap></ncx>""")
            nav_item = '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        archive.writestr("OEBPS/content.opf", f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="{version}.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{html.escape(title)}</dc:title>
<dc:creator>Thibaut Chevillard</dc:creator><dc:language>{language}</dc:language>
<dc:identifier id="id">x</dc:identifier></metadata>
<manifest>{nav_item}{"".join(items)}</manifest>
<spine{' toc="ncx"' if version == "2" else ""}>{"".join(refs)}</spine></package>""")
    return path


# --- DOCX ----------------------------------------------------------------------------------

def write_docx(path: Path, blocks: list[Block], *, title_style: bool = True,
               language: str = "fr-FR") -> Path:
    """Word's way: the title in the Title style, bullets in "List Bullet", bold and italic
    runs, real hyperlinks (a relationship and a w:hyperlink element)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.language = language
    for number, block in enumerate(blocks):
        if number == 0 and title_style:
            style = "Title"
        elif block.kind is BlockKind.HEADING:
            style = f"Heading {block.level}"
        elif block.kind is BlockKind.LIST_ITEM:
            style = "List Number" if _number(block) else "List Bullet"
        elif block.kind is BlockKind.QUOTE:
            style = "Quote"
        else:
            style = None
        paragraph = document.add_paragraph(style=style)
        for text, styles, target in runs(block):
            if InlineStyle.LINK in styles:
                rel = paragraph.part.relate_to(target or "#", RELATIONSHIP_TYPE.HYPERLINK,
                                               is_external=True)
                link = OxmlElement("w:hyperlink")
                link.set(qn("r:id"), rel)
                run = OxmlElement("w:r")
                text_element = OxmlElement("w:t")
                text_element.text = text
                text_element.set(qn("xml:space"), "preserve")
                run.append(text_element)
                link.append(run)
                paragraph._p.append(link)
                continue
            run = paragraph.add_run(text.replace(LINE_BREAK, "\n"))  # "\n": Word's w:br
            run.bold = InlineStyle.STRONG in styles or None
            run.italic = InlineStyle.EMPHASIS in styles or None
    document.save(str(path))
    return path


# --- ODT -----------------------------------------------------------------------------------

def write_odt(path: Path, blocks: list[Block], *, language: str = "fr-FR") -> Path:
    """LibreOffice's way: bold and italic as automatic text styles (T1, T2), bullets in a
    list, numbered items in a list whose style numbers them, links as text:a."""
    import odfdo

    document = odfdo.Document("text")
    document.insert_style(odfdo.Style("text", name="T1", bold=True), automatic=True)
    document.insert_style(odfdo.Style("text", name="T2", italic=True), automatic=True)
    document.insert_style(odfdo.Element.from_tag(
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-format="1" style:num-suffix="."/></text:list-style>'), automatic=True)
    document.meta.language = language
    body = document.body
    body.clear()
    current_list = None
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            paragraph = odfdo.Header(block.level)
        else:
            paragraph = odfdo.Paragraph()
        for text, styles, target in runs(block):
            text = text.replace(LINE_BREAK, "\n")  # odfdo writes text:line-break for it
            if InlineStyle.LINK in styles:
                piece = odfdo.Link(target or "#", text=text)
            elif InlineStyle.STRONG in styles:
                piece = odfdo.Span(text, style="T1")
            elif InlineStyle.EMPHASIS in styles:
                piece = odfdo.Span(text, style="T2")
            else:
                piece = text
            paragraph.append(piece)
        if block.kind is BlockKind.LIST_ITEM:
            style = "L1" if _number(block) else None
            if current_list is None or current_list.style != style:
                current_list = odfdo.List(style=style)
                body.append(current_list)
            item = odfdo.ListItem()
            item.append(paragraph)
            current_list.append(item)
            continue
        current_list = None
        body.append(paragraph)
    document.save(str(path))
    return path


# --- PDF -----------------------------------------------------------------------------------

def write_pdf(path: Path, body_html: str, *, title: str = "", header: str | tuple[str, str] = "",
              language: str = "", page_size: str = "A4", columns: int = 1,
              mirrored: float = 0) -> Path:
    """The HTML laid out by Qt on pages of ``page_size`` (A4, A5, A6…) in ``columns``
    columns and written by QPdfWriter (a QApplication must exist). ``header``: a running
    header and a page number drawn on every page, as magazines print them (two: the left
    and the right pages' own, as magazines alternate them); ``mirrored``:
    millimetres the text of every other page is set further right, as books and magazines
    set a wider margin by the spine."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(getattr(QPageSize.PageSizeId, page_size)))
    writer.setPageMargins(QMarginsF(20, 25, 20, 25), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    if title:
        writer.setTitle(title)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    document.setHtml(body_html)
    layout = writer.pageLayout()
    page = layout.paintRectPixels(writer.resolution())
    gap = 24  # pixels between two columns, as magazines set them
    shift = mirrored * writer.resolution() / 25.4
    width = (page.width() - gap * (columns - 1)) / columns
    height = page.height()
    document.setPageSize(QSizeF(width, height))
    painter = QPainter(writer)
    sheets = -(-document.pageCount() // columns)
    full = layout.fullRectPixels(writer.resolution())
    for sheet in range(sheets):
        if sheet:
            writer.newPage()
        for column in range(columns):
            number = sheet * columns + column  # the column's page of the laid out text
            painter.save()
            painter.translate(column * (width + gap) + shift * (sheet % 2), 0)
            painter.setClipRect(QRectF(0, 0, width, height))
            painter.translate(0, -number * height)
            top = _continued_lines_drawn(document, painter, number * height, height)
            document.drawContents(painter, QRectF(0, top, width, (number + 1) * height - top))
            painter.restore()
        if header:
            painter.setFont(QFont("DejaVu Sans", 8))
            heads = (header, header) if isinstance(header, str) else header
            painter.drawText(QRectF(0, -full.height() * 0.06, page.width(), 20),
                             heads[sheet % 2])
            painter.drawText(QRectF(0, height + full.height() * 0.02, page.width(), 20),
                             str(sheet + 1))
    painter.end()
    return path


def _continued_lines_drawn(document: Any, painter: Any, top: float, height: float) -> float:
    """Draws the lines of the paragraph that a page break cuts at ``top`` that belong below
    it, and returns where the rest of the page starts. Qt's own drawing of such a paragraph
    also draws its last line above the break, clipped out of sight but still in the text
    layer, so that a PDF reader finds that line twice: no word processor does that."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        lines = block.layout()
        starts = [box.top() + lines.lineAt(index).y() for index in range(lines.lineCount())]
        if starts and starts[0] < top < box.bottom():
            for index, start in enumerate(starts):
                if top <= start < top + height:
                    lines.lineAt(index).draw(painter, box.topLeft())
            return box.bottom()
        if box.top() >= top:
            break
        block = block.next()
    return top


def write_tagged_pdf(path: Path, tagged: list[tuple[str, str]]) -> Path:
    """A one-page PDF whose lines, all in one font size, carry structure tags ("H1", "P"…)
    in a structure tree, as accessible PDFs do: ``tagged`` is (tag, line) pairs."""
    content, elements = [], []
    for mcid, (tag, text) in enumerate(tagged):
        content.append(f"/{tag} <</MCID {mcid}>> BDC BT /F1 12 Tf 72 {760 - 30 * mcid} Td "
                       f"({text}) Tj ET EMC")
        elements.append(f"<< /Type /StructElem /S /{tag} /P 7 0 R /Pg 3 0 R /K {mcid} >>")
    stream = "\n".join(content)
    first = 8
    kids = " ".join(f"{first + n} 0 R" for n in range(len(elements)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /StructParents 0"
        " /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Type /StructTreeRoot /K [7 0 R] /ParentTree << /Nums [0 [{kids}]] >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        f"<< /Type /StructElem /S /Document /P 5 0 R /K [{kids}] >>",
        *elements,
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF"
            ).encode()
    path.write_bytes(bytes(out))
    return path
