"""The builder every format's reader fills: text and styled runs in, Markdown-like blocks out.

Whitespace is collapsed as HTML renders it (a run of spaces and newlines is one space; a block
has none at its ends), so a paragraph reads the same whatever the format wrapped it in.
``Extracted.source`` puts each block on a line of its own, and ``Block.source_lines`` points
at that line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..model import (
    LINE_BREAK,
    TABLE_CELL_SEPARATOR,
    Block,
    BlockKind,
    Inline,
    InlineStyle,
    is_list_number,
)

_SPACES = re.compile(r"[ \t\n\r\f\v]+")
# Soft hyphens too: a hint for layout inside a word ("Bundes&shy;regierung"), not text.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\ufeff\ufffe\uffff]")
# Spaces that end or open no block: a blog's empty line is a paragraph of "&nbsp;" alone
# (Blogger's and pasted Word's), a no-break space typed after the last word.
_BLANK = " \u00a0\u2007\u202f"
# Ligatures as single characters (a PDF's text layer, text copied from one): the letters they
# join, so that find, speech and the structure see "film", not "ﬁlm".
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
              0xFB05: "st", 0xFB06: "st"}
# A number typed at the start of a list item's text ("2. ", "b) ").
_OWN_NUMBER = re.compile(r"(\w{1,9}[.)])(?=[ \u00a0]|$)")


@dataclass(slots=True)
class Extracted:
    """What a format's reader found: the blocks (not yet placed) and the metadata hints."""

    blocks: list[Block]
    language: str = ""  # from the file's own metadata, "" when it says nothing
    title: str = ""  # the metadata's title: a hint used only when the structure finds none

    @property
    def source(self) -> str:
        return "\n".join(block.text.replace(LINE_BREAK, " ") for block in self.blocks)


@dataclass(slots=True)
class BlockBuilder:
    blocks: list[Block] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _ends_in_space: bool = True  # at a block's start, leading space is dropped
    _runs: list[Inline] = field(default_factory=list)
    _open: list[tuple[InlineStyle, int, str]] = field(default_factory=list)
    _after_image: bool = False  # the last text added is an image's description

    @property
    def empty(self) -> bool:
        return self._length == 0

    def text(self, text: str, *, preformatted: bool = False) -> None:
        if not text:
            return
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text)).translate(_LIGATURES)
        if preformatted:
            piece = text.replace("\n", LINE_BREAK)
        else:
            piece = _SPACES.sub(" ", text)
            if self._ends_in_space and piece.startswith(" "):
                piece = piece[1:]
            if self._after_image and piece[:1].isalnum():
                piece = " " + piece  # a caption right after its picture's description
        self._after_image = False
        if piece:
            self._parts.append(piece)
            self._length += len(piece)
            self._ends_in_space = piece.endswith((" ", LINE_BREAK))

    def line_break(self) -> None:
        self._after_image = False
        if self._length:
            self._parts.append(LINE_BREAK)
            self._length += 1
            self._ends_in_space = True

    def open(self, style: InlineStyle, target: str = "") -> None:
        self._open.append((style, self._length, target))

    def close(self) -> None:
        if self._open:
            style, start, target = self._open.pop()
            if self._length > start:
                self._runs.append(Inline(start, self._length, style, target))

    def cell_separator(self) -> None:
        """Between two cells of a table row (the model's TABLE_CELL_SEPARATOR)."""
        if self._parts and self._parts[-1].endswith(" "):  # no space before a separator
            last = self._parts.pop()
            self._length -= 1
            if len(last) > 1:
                self._parts.append(last[:-1])
        self._parts.append(TABLE_CELL_SEPARATOR)
        self._length += 1
        self._ends_in_space = True

    @property
    def ends_in_line_break(self) -> bool:
        return bool(self._parts) and self._parts[-1] == LINE_BREAK

    def rule(self) -> None:
        """A thematic break: an empty RULE block, as Markdown's "---" makes."""
        line = len(self.blocks)
        self.blocks.append(Block(BlockKind.RULE, "", 0, (line, line + 1)))

    def image(self, alt: str, target: str = "") -> None:
        """An image stands in the text as its alt text; one without alt text is left out.
        An image's description is words of its own: a word or a caption that the file sets
        right against the picture (LibreOffice's "Illustration 1: …" in the picture's frame)
        is not glued to it."""
        alt = _SPACES.sub(" ", alt).strip()
        if alt:
            if self._parts and self._parts[-1][-1:].isalnum():
                self.text(" ")
            self.open(InlineStyle.IMAGE, target)
            self.text(alt)
            self.close()
            self._after_image = True

    def end_item(self, level: int, ordinal: str) -> None:
        """Close the current block as a list item. A number as the list shows it ("3.", "b)",
        "iv.") opens the item's text, so it is seen, heard and found as a Markdown list's is;
        a bullet stays a marker drawn beside the text; "" is an item's later paragraph."""
        self.end_block(BlockKind.LIST_ITEM, level, ordinal, numbered=is_list_number(ordinal))

    def end_heading(self, level: int, ordinal: str = "") -> None:
        """Close the current block as a heading of ``level``. A number its list draws before
        it (Word's list numbering on a heading style, LibreOffice's outline numbering: "2.1",
        "3.") opens its text, as a numbered paragraph's does (issue 17); a bullet is none."""
        number = ordinal if is_list_number(ordinal) else ""
        self.end_block(BlockKind.HEADING, level, number, numbered=bool(number))

    def end_block(self, kind: BlockKind, level: int = 0, ordinal: str = "", *,
                  numbered: bool = False) -> None:
        """Close the current block as ``kind``; nothing happens when it holds no text.
        ``numbered``: ``ordinal`` is written before the text (``end_item``)."""
        text = "".join(self._parts)
        stripped = text.rstrip(_BLANK + LINE_BREAK)
        lead = len(stripped) - len(stripped.lstrip(_BLANK + LINE_BREAK))
        stripped = stripped[lead:]
        reopened = [(style, 0, target) for style, _, target in self._open]
        if stripped:
            size = len(stripped)
            runs = _merged(stripped, sorted(
                (
                    Inline(max(r.start - lead, 0), min(r.end - lead, size), r.style, r.target)
                    for r in self._runs
                    if min(r.end - lead, size) > max(r.start - lead, 0)
                ),
                key=lambda r: (r.start, -r.end),
            ))
            own = _OWN_NUMBER.match(stripped) if numbered else None
            if own is not None and own.group(1)[:-1] == ordinal[:-1]:
                # The item's text already opens with its number (a page that hides its
                # list's numbers with a style sheet and types them): written once.
                ordinal, numbered = own.group(1), False
            if numbered:
                shift = len(ordinal) + 1
                stripped = f"{ordinal} {stripped}"
                runs = [Inline(r.start + shift, r.end + shift, r.style, r.target) for r in runs]
            line = len(self.blocks)
            self.blocks.append(
                Block(kind, stripped, 0, (line, line + 1), level, tuple(runs), ordinal=ordinal)
            )
        self._parts, self._length, self._ends_in_space, self._runs = [], 0, True, []
        self._after_image = False
        # A run still open (bold across two paragraphs) goes on in the next block.
        self._open = reopened

    def add(self, kind: BlockKind, text: str, level: int = 0, ordinal: str = "") -> None:
        """A whole unstyled block at once."""
        self.text(text)
        self.end_block(kind, level, ordinal)


def _merged(text: str, runs: list[Inline]) -> list[Inline]:
    """Runs of one style that touch, or that only a space parts, made one: an editor cuts a
    bold sentence into several runs (revision marks, spell checking), a PDF into lines, that
    a reader sees as one."""
    merged: list[Inline] = []
    latest: dict[tuple[InlineStyle, str], int] = {}  # each style's last run in ``merged``
    for run in runs:  # by start
        twin = latest.get((run.style, run.target))
        if twin is not None and (merged[twin].end >= run.start
                                 or not text[merged[twin].end:run.start].strip()):
            kept = merged[twin]
            merged[twin] = Inline(kept.start, max(kept.end, run.end), kept.style, kept.target)
        else:
            latest[(run.style, run.target)] = len(merged)
            merged.append(run)
    return merged
