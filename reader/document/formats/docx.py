"""Word documents (.docx) to blocks, through python-docx: the body in order with its tables.

A heading's level comes from its outline level (``w:outlineLvl``, on the paragraph or its
style chain), never from the style's name, which Word localises; the Title style is a level-1
heading. A run is bold or italic by its own formatting, its character style or its paragraph's
style. Numbered and bulleted paragraphs are list items; images stand as their alt text.
"""

from __future__ import annotations

import io
from typing import Any

from ..model import BlockKind, InlineStyle
from .blocks import BlockBuilder, Extracted
from .html import primary_language
from .safety import SafeZip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": _W[1:-1]}


def read_docx(data: bytes, path: str) -> Extracted:
    import docx  # here: only Word files need it

    SafeZip(data, path).check()
    document = docx.Document(io.BytesIO(data))
    builder = BlockBuilder()
    numbering = _Numbering(document)
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            _add_table(item, builder)
        else:
            _add_paragraph(item, builder, numbering)
    properties = document.core_properties
    return Extracted(builder.blocks, _language(document, properties.language or ""),
                     properties.title or "")


def _add_paragraph(paragraph: Any, builder: BlockBuilder, numbering: _Numbering) -> None:
    style = paragraph.style
    level = _outline_level(paragraph._p, style)
    bold, italic = _style_flag(style, "bold"), _style_flag(style, "italic")
    # Word sets its Quote style in italics: that presents the quote (a QUOTE block says it),
    # it is no emphasis of the writer's, which a whole italic paragraph would be.
    italic = italic and not _in_quote_style(style)
    for item in paragraph.iter_inner_content():
        if hasattr(item, "address"):  # a hyperlink: its runs inside a LINK run
            builder.open(InlineStyle.LINK, item.address or f"#{item.fragment}")
            for run in item.runs:
                _add_run(run, builder, bold, italic)
            builder.close()
        else:
            _add_run(item, builder, bold, italic)
    if level is not None:
        builder.end_block(BlockKind.HEADING, level)
        return
    listed = numbering.marker(paragraph)
    if listed:
        builder.end_block(BlockKind.LIST_ITEM, listed[0], listed[1])
    elif _in_quote_style(style):
        builder.end_block(BlockKind.QUOTE, 1)
    else:
        builder.end_block(BlockKind.PARAGRAPH)


def _add_run(run: Any, builder: BlockBuilder, bold: bool, italic: bool) -> None:
    styles = []
    if _run_flag(run, "bold", bold):
        styles.append(InlineStyle.STRONG)
    if _run_flag(run, "italic", italic):
        styles.append(InlineStyle.EMPHASIS)
    for style in styles:
        builder.open(style)
    for number, line in enumerate(run.text.split("\n")):
        if number:
            builder.line_break()
        builder.text(line)
    for described in run._r.xpath(".//wp:docPr"):
        builder.image(described.get("descr") or described.get("title") or "")
    for _ in styles:
        builder.close()


def _run_flag(run: Any, name: str, paragraph_default: bool) -> bool:
    value = getattr(run, name)
    if value is None and run.style is not None:
        value = _style_flag(run.style, name) or None
    return paragraph_default if value is None else bool(value)


def _style_flag(style: Any, name: str) -> bool:
    """The style's own font flag, or the nearest one it inherits."""
    while style is not None:
        value = getattr(style.font, name, None)
        if value is not None:
            return bool(value)
        style = style.base_style
    return False


def _outline_level(p: Any, style: Any) -> int | None:
    """The heading level (1-9), the Title style's 1, or None for body text."""
    found = p.xpath("./w:pPr/w:outlineLvl/@w:val")
    while not found and style is not None:
        if (style.name or "").lower() == "title":
            return 1
        found = style.element.xpath("./w:pPr/w:outlineLvl/@w:val")
        style = style.base_style
    if found and found[0].isdigit() and int(found[0]) < 9:
        return int(found[0]) + 1
    return None


def _in_quote_style(style: Any) -> bool:
    while style is not None:
        if (style.name or "").lower() in ("quote", "intense quote"):
            return True
        style = style.base_style
    return False


class _Numbering:
    """Each numbered paragraph's depth and marker: "-" for bullets, else its number."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.findall(f"{_W}abstractNum")}
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            source = abstract.get(ref.get(f"{_W}val") if ref is not None else None)
            if source is None:
                continue
            for lvl in source.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                level = int(lvl.get(f"{_W}ilvl", "0"))
                kind = fmt.get(f"{_W}val", "bullet") if fmt is not None else "bullet"
                self._formats[(num.get(f"{_W}numId", ""), level)] = kind

    def marker(self, paragraph: Any) -> tuple[int, str] | None:
        num_pr = paragraph._p.xpath("./w:pPr/w:numPr")
        style = paragraph.style
        while not num_pr and style is not None:
            num_pr = style.element.xpath("./w:pPr/w:numPr")
            style = style.base_style
        if not num_pr:
            return None
        num_id = "".join(num_pr[0].xpath("./w:numId/@w:val"))
        level_text = "".join(num_pr[0].xpath("./w:ilvl/@w:val")) or "0"
        level = int(level_text) if level_text.isdigit() else 0
        if num_id in ("", "0"):
            return None  # numbering switched off
        kind = self._formats.get((num_id, level), "bullet")
        if kind in ("bullet", "none"):
            return level + 1, "-"
        for deeper in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[deeper]  # a new item restarts the numbering below it
        count = self._counters.get((num_id, level), 0) + 1
        self._counters[(num_id, level)] = count
        return level + 1, f"{count}."


def _add_table(table: Any, builder: BlockBuilder) -> None:
    for number, row in enumerate(table.rows):
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                continue
            if seen:
                builder.cell_separator()
            seen.add(id(cell._tc))
            builder.text(" ".join(p.text for p in cell.paragraphs))
        header = number == 0 or bool(row._tr.xpath("./w:trPr/w:tblHeader"))
        builder.end_block(BlockKind.TABLE_HEADER if header else BlockKind.TABLE_ROW)


def _language(document: Any, declared: str) -> str:
    """The document's language: its properties, else the default run language of its
    styles (``w:lang``), else that of its first run that names one."""
    if primary_language(declared):
        return primary_language(declared)
    found = document.styles.element.xpath("./w:docDefaults//w:lang/@w:val")
    found = found or document.element.body.xpath(".//w:rPr/w:lang/@w:val")
    return primary_language(found[0]) if found else ""
