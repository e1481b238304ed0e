"""Word documents (.docx) to blocks, through python-docx: the body in order with its tables.

A heading's level comes from its outline level (``w:outlineLvl``, on the paragraph or its
style chain), never from the style's name, which Word localises; the Title style is a level-1
heading. A run is bold or italic by its own formatting, its character style or its paragraph's
style. Numbered and bulleted paragraphs are list items (``docx_numbering``); a heading
numbered by a list shows its number as its text's start ("2.1 Methods"); images stand
as their alt text.

Word wraps text in more than python-docx walks: content controls (``w:sdt``, around a
template's title or a form's fields), tracked insertions and moves (``w:ins``, ``w:moveTo``),
smart tags, custom XML and simple fields. Their text is read where it stands (not a
control's placeholder, ``w:showingPlcHdr``, an empty field's prompt); deleted and
moved-away text (``w:del``, ``w:moveFrom``) is not, nor hidden text (``w:vanish``, which Word
neither shows nor prints). A text box's paragraphs follow the
paragraph that holds it (the drawing's ``mc:Fallback`` copy is left out). A table that lays
text out (``tables.lays_text_out``) is read cell by cell; a short paragraph set larger than
the text by hand is a heading (``docx_sizes``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import LINE_BREAK, TABLE_CELL_SEPARATOR, BlockKind, InlineStyle
from .blocks import BlockBuilder, Extracted
from .docx_header import header_title, with_header_title
from .docx_notes import WordNotes
from .docx_numbering import Numbering
from .docx_sizes import FontSizes
from .html_language import primary_language
from .metadata_title import given_title
from .pull_quotes import blocks_without_pull_quotes
from .safety import SafeZip
from .tables import lays_text_out

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": _W[1:-1]}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Elements that only wrap paragraphs and tables, or runs: their content is read in place.
_WRAPPERS = frozenset(f"{_W}{name}" for name in (
    "sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "fldSimple", "dir", "bdo"))
# Text that is not the paragraph's own: deleted, moved away, a drawing's fallback copy, and a
# text box (read after its paragraph).
_NOT_INLINE = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}txbxContent"})


@dataclass(slots=True)
class _Notes:
    """What reading the body keeps beside its blocks."""

    numbering: Numbering  # each list's count so far
    sizes: FontSizes  # each plain paragraph's font size
    cited: WordNotes = field(default_factory=WordNotes)  # footnotes and endnotes
    boxed: set[int] = field(default_factory=set)  # the blocks read from text boxes


def read_docx(data: bytes, path: str, *, notes: bool = True) -> Extracted:
    """The document's blocks; ``notes=False`` leaves its footnotes and endnotes out."""
    import docx  # here: only Word files need it

    SafeZip(data, path).check()
    document = _word_document(docx, data)
    _remember_styles(document.part)
    builder = BlockBuilder()
    kept = _Notes(Numbering(document), FontSizes.of(document),
                  WordNotes.of(document, path, wanted=notes))
    _add_content(document.element.body, document._body, builder, kept)
    kept.cited.at_the_end(builder)
    properties = document.core_properties
    blocks = blocks_without_pull_quotes(kept.sizes.headings(builder.blocks), kept.boxed)
    blocks = with_header_title(blocks, header_title(document, _text))
    return Extracted(blocks, _language(document, properties.language or ""),
                     given_title(properties.title or ""))


# Word's other packages of the same document part: a document with macros (.docm), a
# template (.dotx) and one with macros (.dotm). python-docx opens only .docx's type; their
# text is the same, and their macros (vbaProject.bin) are never run nor read.
_WORD_VARIANTS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _word_document(docx: Any, data: bytes) -> Any:
    """The python-docx document of a .docx, .docm, .dotx or .dotm file's bytes."""
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for kind in _WORD_VARIANTS:
        PartFactory.part_type_for.setdefault(kind, DocumentPart)
    part = Package.open(io.BytesIO(data)).main_document_part
    if not isinstance(part, DocumentPart):
        return docx.Document(io.BytesIO(data))  # its own message: not a Word document
    return part.document


def _remember_styles(part: Any) -> None:
    """Each paragraph's and run's style found once per document: python-docx looks a style up
    at every ``.style`` by reading the document's styles, all of them for a paragraph or run
    with no style of its own (the default's), and the reader asks several times a run: 2,000
    runs in a file of 164 styles took 24 s."""
    look_up = part.get_style
    known: dict[tuple[str | None, Any], Any] = {}

    def get_style(style_id: str | None, style_type: Any) -> Any:
        key = (style_id, style_type)
        if key not in known:
            known[key] = look_up(style_id, style_type)
        return known[key]

    part.get_style = get_style


def _add_content(container: Any, parent: Any, builder: BlockBuilder,
                 notes: _Notes) -> None:
    """The paragraphs and tables of ``container`` (the body, a cell, a text box) in order,
    with those inside content controls and tracked insertions."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            _add_paragraph(Paragraph(child, parent), builder, notes)
        elif child.tag == f"{_W}tbl":
            _add_table(Table(child, parent), builder, notes)
        elif child.tag in _WRAPPERS and not _placeholder(child):
            _add_content(child, parent, builder, notes)


def _placeholder(element: Any) -> bool:
    """A content control still showing its placeholder ("Click or tap here to enter text.",
    ``w:showingPlcHdr``): a form's empty field, which Word shows in grey and never prints."""
    return bool(element.tag == f"{_W}sdt"
                and element.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None)


def _add_paragraph(paragraph: Any, builder: BlockBuilder,
                   notes: _Notes) -> None:
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    numbering, sizes = notes.numbering, notes.sizes
    ended = len(builder.blocks)
    runs = []
    style = paragraph.style
    level = _outline_level(paragraph._p, style)
    bold, italic = _style_flag(style, "bold"), _style_flag(style, "italic")
    hidden = _style_flag(style, "hidden")
    # Word sets its Quote style in italics: that presents the quote (a QUOTE block says it),
    # it is no emphasis of the writer's, which a whole italic paragraph would be.
    italic = italic and not _in_quote_style(style)
    # A heading style linked to a list ("Define new multilevel list") is numbered too.
    listed = numbering.marker(paragraph)
    if listed and listed.label:  # "Q1.", "Question 1:": the list's own words are text
        builder.text(f"{listed.label} ")
    link = None  # the hyperlink whose runs are being read
    for run, hyperlink in _runs(paragraph._p):
        if hyperlink is not link:
            if link is not None:
                builder.close()
            if hyperlink is not None:  # its runs inside a LINK run
                item = Hyperlink(hyperlink, paragraph)
                builder.open(InlineStyle.LINK, item.address or f"#{item.fragment}")
            link = hyperlink
        runs.append(Run(run, paragraph))
        if not _run_flag(runs[-1], "hidden", hidden):  # Word's hidden text (w:vanish)
            _add_run(runs[-1], builder, bold, italic)
    if link is not None:
        builder.close()
    if level is not None:
        builder.end_heading(level, listed.ordinal if listed and not listed.label else "")
    else:
        if listed and not listed.label:
            builder.end_item(listed.depth, listed.ordinal)
        elif _in_quote_style(style):
            builder.end_block(BlockKind.QUOTE, 1)
        else:
            index = len(builder.blocks)
            builder.end_block(BlockKind.PARAGRAPH)
            if len(builder.blocks) > index:  # an empty paragraph makes no block
                sizes.note(index, paragraph, runs)
    notes.cited.after_paragraph(paragraph._p, builder, ended)
    for box in _text_boxes(paragraph._p):
        start = len(builder.blocks)
        _add_content(box, paragraph._parent, builder, notes)
        notes.boxed.update(range(start, len(builder.blocks)))


def _runs(p: Any) -> Iterator[tuple[Any, Any]]:
    """The paragraph's own runs in order, each with the hyperlink around it (or None)."""
    for run in p.iter(f"{_W}r"):
        hyperlink = None
        for ancestor in run.iterancestors():
            if ancestor is p:
                yield run, hyperlink
                break
            if ancestor.tag in _NOT_INLINE or ancestor.tag == f"{_W}r" or _placeholder(
                    ancestor):
                break  # a run inside a text box's run, text not the paragraph's own, or
                # an empty field's placeholder
            if ancestor.tag == f"{_W}hyperlink" and hyperlink is None:
                hyperlink = ancestor


def _text_boxes(p: Any) -> Iterator[Any]:
    """The text boxes drawn in the paragraph (not those inside another box, nor a drawing's
    fallback copy of one)."""
    for box in p.iter(f"{_W}txbxContent"):
        outer = next((a for a in box.iterancestors() if a is p or a.tag in _NOT_INLINE), None)
        if outer is p:
            yield box


def _add_run(run: Any, builder: BlockBuilder, bold: bool, italic: bool) -> None:
    styles = []
    if _run_flag(run, "bold", bold):
        styles.append(InlineStyle.STRONG)
    if _run_flag(run, "italic", italic):
        styles.append(InlineStyle.EMPHASIS)
    for style in styles:
        builder.open(style)
    for number, line in enumerate(_run_text(run._r).split("\n")):
        if number:
            builder.line_break()
        builder.text(line)
    for described in run._r.xpath(".//wp:docPr"):
        builder.image(described.get("descr") or described.get("title") or "")
    for _ in styles:
        builder.close()


def _run_flag(run: Any, name: str, paragraph_default: bool) -> bool:
    value = getattr(run.font, name)
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


def _add_table(table: Any, builder: BlockBuilder, notes: _Notes) -> None:
    """A table of values row by row; one that lays text out (an interview's questions beside
    their answers) cell by cell, each cell's paragraphs as paragraphs. Each cell is read
    once, as anywhere else (a list's own words, a picture's description, a text box, a table
    inside), and what it holds decides how the table is read: read twice, its cells were
    counted twice by a numbered list."""
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell is listed once per grid column
                seen.add(id(cell._tc))
                cells.append((cell._tc, *_read_cell(cell, notes)))
        rows.append((row, cells))
    if lays_text_out([[(" ".join(b.text for b in cell.blocks), _holds_paragraphs(tc, cell))
                        for tc, cell, _ in cells] for _, cells in rows]):
        for _, cells in rows:
            for _, cell, sizes in cells:
                notes.sizes.take(sizes, len(builder.blocks))
                builder.blocks.extend(cell.blocks)
        return
    for number, (row, cells) in enumerate(rows):
        for index, (_, cell, _) in enumerate(cells):
            if index:
                builder.cell_separator()
            builder.text(" ".join(b.text.replace(TABLE_CELL_SEPARATOR, " ")
                                  for b in cell.blocks))
        header = number == 0 or bool(row._tr.xpath("./w:trPr/w:tblHeader"))
        builder.end_block(BlockKind.TABLE_HEADER if header else BlockKind.TABLE_ROW)


def _holds_paragraphs(tc: Any, cell: BlockBuilder) -> bool:
    """Whether the cell holds paragraphs of its own (a table inside it is not its text) or
    a line break."""
    own = sum(1 for p in _cell_paragraphs(tc) if p.xpath(".//w:t[normalize-space()]"))
    return own > 1 or any(LINE_BREAK in block.text for block in cell.blocks)


def _cell_paragraphs(container: Any) -> Iterator[Any]:
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _cell_paragraphs(child)


def _read_cell(cell: Any, notes: _Notes) -> tuple[BlockBuilder, FontSizes]:
    """The cell's blocks, and their font sizes for ``docx_sizes``."""
    inner = _Notes(notes.numbering, FontSizes(notes.sizes.default), notes.cited)
    builder = BlockBuilder()
    _add_content(cell._tc, cell, builder, inner)
    return builder, inner.sizes


def _text(p: Any) -> str:
    return "".join(_run_text(run) for run, _ in _runs(p)
                   if not run.xpath("./w:rPr/w:vanish[not(@w:val='0' or @w:val='false')]"))


def _run_text(r: Any) -> str:
    """The run's text as python-docx reads it, but with a page or column break as a line
    break: python-docx drops them, which glued a question to the answer after the break."""
    return "".join("\n" if child.tag == f"{_W}br" else str(child)
                   for child in r.xpath("w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"))


def _language(document: Any, declared: str) -> str:
    """The document's language: its properties, else the default run language of its
    styles (``w:lang``), else that of its first run that names one."""
    if primary_language(declared):
        return primary_language(declared)
    found = document.styles.element.xpath("./w:docDefaults//w:lang/@w:val")
    found = found or document.element.body.xpath(".//w:rPr/w:lang/@w:val")
    return primary_language(found[0]) if found else ""
