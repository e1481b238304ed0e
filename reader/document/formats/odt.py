"""OpenDocument text (.odt) to blocks, through odfdo.

Headings by their outline level, with the number LibreOffice's heading numbering or a list
draws before them ("2.1.", ``odt_lists.OutlineNumbers``); bold and italic through the styles
(an automatic style such as "T1" or "P3" names its parent, so the chain is followed); lists
with their depth and their numbers as text (``odt_lists``; a list that goes on numbering,
``text:continue-numbering``, counts on; one numbered with words of its own, "Q1.", opens a
paragraph with them); links, image descriptions, tables. Language from the default
style's ``fo:language`` or meta.xml. A footnote is read after the paragraph that cites it
(as a text box is), an endnote after the text, as in Word files (the "notes" reading
option off: neither), each opened by its number as printed (``text:note-citation``).
Tracked deletions and comments are not read, nor hidden text (a hidden character style,
section or paragraph).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from ..loading import LoadError, LoadProblem
from ..model import BlockKind, InlineStyle, is_list_number
from .blocks import BlockBuilder, Extracted
from .html_language import primary_language
from .metadata_title import given_title
from .note_places import holds_notes_back, note_actions
from .odt_contents import heading_texts, repeats_headings
from .odt_lists import NumberedLevel, OutlineNumbers, item_marker, item_start, numbered_levels
from .odt_tables import cells_laid_out
from .safety import SafeZip

_SKIPPED = frozenset(
    {"text:tracked-changes", "office:annotation", "text:soft-page-break",
     "text:sequence-decls", "office:forms", "text:table-of-content-source",
     "text:bookmark-ref", "draw:object", "draw:object-ole", "svg:title"}
)
_TEXT_STYLES = ("text:style-name", "text:cond-style-name")


class _Styles:
    """Bold and italic for each style name, inherited along ``style:parent-style-name``, and
    the styles of hidden text."""

    def __init__(self, document: Any) -> None:
        self._own: dict[str, tuple[bool | None, bool | None, str]] = {}
        self._hidden: dict[str, bool] = {}
        # Each list style's numbered levels: how each shows its number ("3.", "b)", "Q1.").
        self.list_levels: dict[str, dict[int, NumberedLevel]] = {}
        self.title_styles: set[str] = set()
        self.outline_levels: dict[int, NumberedLevel] = {}  # the heading numbering's
        self._outlined: set[str] = set()  # paragraph styles assigned to an outline level
        for style in document.get_styles():
            name = getattr(style, "name", None)
            if not name or not hasattr(style, "get_properties"):
                continue
            props = style.get_properties(area="text") or {}
            weight = props.get("fo:font-weight")
            slant = props.get("fo:font-style")
            bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
            italic = None if slant is None else slant in ("italic", "oblique")
            parent = style.get_attribute_string("style:parent-style-name") or ""
            self._own[name] = (bold, italic, parent)
            if props.get("text:display") is not None:  # "none": LibreOffice's hidden text
                self._hidden[name] = props["text:display"] == "none"
            if style.tag == "text:list-style":
                self.list_levels[name] = numbered_levels(style)
            elif style.tag == "text:outline-style":
                self.outline_levels = numbered_levels(style)
            if style.get_attribute_string("style:default-outline-level"):
                self._outlined.add(name)
            if name == "Title" or parent == "Title":
                self.title_styles.add(name)

    def outlined(self, name: str) -> bool:
        """Whether the paragraph style ``name`` (or one it is based on) is assigned to an
        outline level, so that the heading numbering numbers its headings."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            if name in self._outlined:
                return True
            name = self._own.get(name, (None, None, ""))[2]
        return False

    def hides(self, name: str) -> bool:
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            if name in self._hidden:
                return self._hidden[name]
            name = self._own.get(name, (None, None, ""))[2]
        return False

    def flags(self, name: str) -> tuple[bool, bool]:
        bold: bool | None = None
        italic: bool | None = None
        seen: set[str] = set()
        while name and name not in seen and (bold is None or italic is None):
            seen.add(name)
            own_bold, own_italic, name = self._own.get(name, (None, None, ""))
            bold = own_bold if bold is None else bold
            italic = own_italic if italic is None else italic
        return bool(bold), bool(italic)


def read_odt(data: bytes, path: str, *, notes: bool = True) -> Extracted:
    import odfdo  # here: only OpenDocument files need it
    from odfdo.security import SecurityError

    SafeZip(data, path).check()
    try:
        document = odfdo.Document(io.BytesIO(data))
    except SecurityError:  # odfdo's own limits (a member inflating 1000 times): a bomb
        raise LoadError(LoadProblem.ZIP_BOMB, path) from None
    styles = _Styles(document)
    builder = BlockBuilder()
    walk = _Walk(builder, styles, notes)
    walk.headings = heading_texts(document.body)
    walk.run(document.body)
    meta = document.meta
    language = meta.language or _default_language(document)
    return Extracted(cells_laid_out(builder.blocks, walk.table_starts),
                     primary_language(language or ""),
                     given_title(meta.title or ""))


def _default_language(document: Any) -> str:
    for style in document.get_styles(family="paragraph"):
        props = style.get_properties(area="text") or {}
        if props.get("fo:language"):
            return str(props["fo:language"])
    return ""


class _Walk:
    """An iterative walk: a stack of pending actions (an element to enter, or a function
    that ends one), so nesting depth costs no recursion."""

    def __init__(self, builder: BlockBuilder, styles: _Styles, notes: bool = True) -> None:
        self.builder, self.styles, self.notes = builder, styles, notes
        self.headings: frozenset[str] = frozenset()  # a generated contents' entries repeat them
        self.endnotes: list[Any] = []  # the endnotes' bodies, read after the text
        self.lists: list[list[int]] = []  # each open list's count so far (0: no item yet)
        self.list_styles: list[str] = []  # each open list's style, a nested one's inherited
        self.last_counters: dict[str, list[int]] = {}  # each style's last list, to go on
        self.marker = ""
        self.labelled = False  # the list item's number, with words of its own, opens its text
        self.row_cells = -1
        self.rows_in_table = 0
        self.table_starts: set[int] = set()  # the blocks that open a table
        self.boxes: list[Any] = []  # text boxes met in the paragraph being read
        self.footnotes: list[Any] = []  # the footnotes' bodies it cites
        self.waiting: list[Any] = []  # a question's footnotes, for after its answer
        self.outline = OutlineNumbers(styles.outline_levels)

    def run(self, body: Any) -> None:
        self._walk(body)
        self._read_boxes()
        for note in self.waiting + self.footnotes + self.endnotes:
            self._walk(note)

    def _read_boxes(self) -> None:
        """The text boxes of the paragraph just ended, each read as paragraphs of its own
        (a box inside one of them right after the paragraph that holds it, not after the
        other boxes of the outer paragraph)."""
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            self._walk(box)

    def _read_footnotes(self, ended: int) -> None:
        """The footnotes of the paragraph built from block ``ended`` on, after it, or after
        the answer when it asks (``note_places``)."""
        blocks = self.builder.blocks
        notes, self.footnotes = self.footnotes, []
        if len(blocks) > ended and holds_notes_back(blocks[-1]):
            self.waiting += notes
        elif len(blocks) > ended or notes:
            waiting, self.waiting = self.waiting, []
            for note in waiting + notes:
                self._walk(note)

    def _walk(self, body: Any) -> None:
        stack: list[Any] = [body]
        while stack:
            item = stack.pop()
            if callable(item) and not hasattr(item, "tag"):
                item()
                continue
            after = self._enter(item)
            # Children in order, each followed by its tail (text after it, in this element).
            pending: list[Any] = []
            for child in item.children:
                pending.append(child)
                if child.tail:
                    pending.append(_text_action(self.builder, child.tail))
            if after is not None:
                pending.append(after)
            stack.extend(reversed(pending))

    def _enter(self, element: Any) -> Callable[[], None] | None:
        tag, builder = element.tag, self.builder
        if tag == "text:note":  # its words after the paragraph (a footnote) or the text
            endnote = element.get_attribute_string("text:note-class") == "endnote"
            if self.notes:  # opened by its number as printed (text:note-citation)
                (self.endnotes if endnote else self.boxes if self.row_cells >= 0
                 else self.footnotes).extend(note_actions(
                     builder, _citation(element), element.get_elements("text:note-body")))
            element_children_skip(element)
            return None
        if tag in _SKIPPED or self._hidden(element, tag) or (
                tag == "text:table-of-content" and repeats_headings(element, self.headings)):
            element_children_skip(element)
            return None
        if tag in ("text:s", "text:tab"):
            # One space, whatever the count: the builder makes a run of spaces one anyway,
            # and a damaged file's count (a billion) took a gigabyte and a minute.
            builder.text(" ")
            return None
        if tag == "text:number":  # a number the producer wrote out: LibreOffice draws a gap
            builder.text(f"{element.text or ''} ")
            element_children_skip(element)
            return None
        if tag == "text:line-break":
            builder.line_break()
            return None
        if tag == "draw:frame":
            described = element.get_elements("svg:desc") or element.get_elements("svg:title")
            builder.image(described[0].text_recursive if described else "")
            # A text box (a pull quote, a sidebar) follows the paragraph it is anchored in.
            self.boxes.extend(element.get_elements("draw:text-box"))
            element_children_skip(element)
            return None
        after = self._open(element, tag)
        if element.text and tag not in ("text:list", "text:list-item", "table:table",
                                        "table:table-row", "office:text"):
            builder.text(element.text)
        return after

    def _hidden(self, element: Any, tag: str) -> bool:
        """Text LibreOffice neither shows nor prints: in a hidden character style, in a hidden
        section, an invisible variable or other field (``text:display="none"``), a Hidden
        Text field whose condition hides it, or in a paragraph its Hidden Paragraph field
        hides."""
        if tag.startswith("text:") and element.get_attribute_string("text:display") == "none":
            return True
        if tag == "text:hidden-text":
            return bool(element.get_attribute_string("text:is-hidden") == "true")
        if tag not in ("text:span", "text:p", "text:h"):
            return False
        name = next((n for n in (element.get_attribute_string(a) for a in _TEXT_STYLES) if n),
                    "")
        if self.styles.hides(name):
            return True
        return tag != "text:span" and any(
            field.get_attribute_string("text:is-hidden") == "true"
            for field in element.get_elements("text:hidden-paragraph"))

    def _open(self, element: Any, tag: str) -> Callable[[], None] | None:
        builder = self.builder
        if tag == "text:a":
            builder.open(InlineStyle.LINK, element.get_attribute_string("xlink:href") or "")
            return builder.close
        if tag == "text:span":
            return self._open_styles(element)
        if tag in ("text:p", "text:h"):
            close = self._open_styles(element)

            def end_paragraph() -> None:
                ended = len(builder.blocks)
                close()
                self._end_paragraph(element)
                if self.row_cells < 0:
                    self._read_boxes()
                    self._read_footnotes(ended)

            return end_paragraph
        if tag == "text:list":
            name = element.get_attribute_string("text:style-name") or ""
            style = name or (self.list_styles[-1] if self.list_styles else "")
            counter = [0]
            if not self.lists and (element.get_attribute_string("text:continue-list") or (
                    element.get_attribute_string("text:continue-numbering") == "true")):
                counter = self.last_counters.get(style, counter)  # numbering goes on
            if not self.lists:
                self.last_counters[style] = counter
            self.lists.append(counter)
            self.list_styles.append(style)
            return self._end_list
        if tag == "text:list-item":
            self._number_item(element)
            return None
        if tag == "table:table":
            self.rows_in_table = 0
            self.table_starts.add(len(builder.blocks))
        if tag == "table:table-row":
            self.row_cells = 0
            header = element.parent is not None and element.parent.tag == (
                "table:table-header-rows")
            return lambda: self._end_row(header)
        if tag == "table:table-cell" and self.row_cells >= 0:
            if self.row_cells:
                builder.cell_separator()
            self.row_cells += 1
        return None

    def _open_styles(self, element: Any) -> Callable[[], None]:
        name = next((n for n in (element.get_attribute_string(a) for a in _TEXT_STYLES) if n),
                    "")
        bold, italic = self.styles.flags(name)
        opened = [s for s, on in ((InlineStyle.STRONG, bold), (InlineStyle.EMPHASIS, italic))
                  if on]
        for style in opened:
            self.builder.open(style)

        def close() -> None:
            for _ in opened:
                self.builder.close()

        return close

    def _number_item(self, item: Any) -> None:
        """The item's marker: its number as its list style shows it, or a bullet."""
        levels = self.styles.list_levels.get(self.list_styles[-1] if self.list_styles else "",
                                             {})
        numbered = levels.get(len(self.lists))
        if numbered is None or not self.lists:
            self.marker = "-"
            return
        counter, start = self.lists[-1], item_start(item)
        counter[0] = start if start is not None else counter[0] + 1 if counter[0] else (
            numbered.start)
        self.marker = item_marker(levels, [count[0] or 1 for count in self.lists])
        if numbered.has_words and self.marker != "-":  # "Q1.": a paragraph that opens with it
            self.builder.text(f"{self.marker} ")
            self.labelled = True

    def _end_list(self) -> None:
        self.lists.pop()
        self.list_styles.pop()

    def _end_paragraph(self, element: Any) -> None:
        if self.row_cells >= 0:
            self.builder.text(" ")
            return
        builder = self.builder
        name = element.get_attribute_string("text:style-name") or ""
        if element.tag == "text:h":
            level = element.get_attribute_integer("text:outline-level") or 1
            number, self.marker = self.marker, ""  # a heading in a numbered list: its number
            if self.labelled or not is_list_number(number):
                # LibreOffice's heading numbering (it may wrap the heading in a list of the
                # outline style, which numbers nothing of its own)
                number = (self.outline.number(element, level)
                          if self.styles.outlined(name) and not self.labelled else "")
            builder.end_heading(min(level, 6), number)
        elif name in self.styles.title_styles:
            builder.end_block(BlockKind.HEADING, 1)
        elif self.lists and not self.labelled:
            builder.end_item(len(self.lists), self.marker)
            self.marker = ""
        else:
            builder.end_block(BlockKind.PARAGRAPH)
        self.labelled = False

    def _end_row(self, header: bool) -> None:
        """A row of the table's header rows is a header; so is the first row when it has
        none (as a Word table's), so that every value is read after its column's name."""
        header = header or self.rows_in_table == 0
        self.rows_in_table += 1
        self.row_cells = -1
        kind = BlockKind.TABLE_HEADER if header else BlockKind.TABLE_ROW
        self.builder.end_block(kind)


def element_children_skip(element: Any) -> None:
    """Leave the element's content out of the walk (its tail still counts)."""
    for child in element.children:
        element.delete(child, keep_tail=True)


def _citation(note: Any) -> str:
    """The number (or mark) LibreOffice prints before a note's words."""
    citations = note.get_elements("text:note-citation")
    return " ".join((citations[0].text_recursive or "").split()) if citations else ""


def _text_action(builder: BlockBuilder, text: str) -> Callable[[], None]:
    return lambda: builder.text(text)
