"""What the RTF reader keeps while it reads: a group's settings (undone when the group
closes) and the current paragraph's."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """What a group sets, undone when it closes."""

    bold: bool = False
    italic: bool = False
    hidden: bool = False
    # "" for the text; "skip", "fonts", "styles", "info", "title", "object", "marker" (a list
    # item's number), "instruction" (a field's), "ignorable" (after \*, until its word),
    # "note" (a footnote's words, read after its paragraph: rtf_notes)
    destination: str = ""
    link: bool = False  # a field's result that is a link: the link closes with the group
    skip_after_unicode: int = 1  # \ucN: the fallback characters that follow a \uN
    codepage: str = ""  # a font's, "" for the document's


@dataclass(slots=True)
class Paragraph:
    level: int | None = None  # a heading's outline level (0-8), None for body text
    style: int = 0
    list_depth: int = 0  # 1 for a list item, more for a nested one; 0: no list
    in_table: bool = False
