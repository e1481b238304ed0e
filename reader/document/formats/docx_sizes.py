"""Headings a Word file marks by font size alone.

Students and journalists often set a title or a section's name by hand (bold, 16 pt) in the
Normal style instead of a heading style: such a paragraph, short and set larger than the body
text, is a heading, its level by its size, as a PDF's headings are found. A paragraph in
the Subtitle style (Word's and Google Docs' line under the title, set larger by the style) is
no heading: it says what the title's text is about, as a web page's standfirst does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Block, BlockKind

_LARGER = 1.15  # a heading's size against the body's, as in a PDF
_HEADING_CHARS = 200
_LEVELS = 6


@dataclass(slots=True)
class FontSizes:
    """Each plain paragraph's font size, noted as the blocks are built."""

    default: float = 0.0  # the document's default size in points (0: unknown)
    sizes: dict[int, float] = field(default_factory=dict)  # by block index

    @classmethod
    def of(cls, document: Any) -> FontSizes:
        found = document.styles.element.xpath(
            "./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
        return cls(int(found[0]) / 2 if found and found[0].isdigit() else 0.0)

    def note(self, index: int, paragraph: Any, runs: list[Any]) -> None:
        """The size of block ``index``: its smallest run's with text (a heading is large
        from end to end)."""
        if _in_subtitle_style(paragraph.style):
            return
        base = _style_size(paragraph.style) or self.default
        smallest = min((_run_size(run) or base for run in runs if run.text.strip()),
                       default=0.0)
        if smallest:
            self.sizes[index] = smallest

    def take(self, other: FontSizes, offset: int) -> None:
        """The sizes ``other`` noted for blocks read apart (a table's cell), now placed from
        block ``offset`` on."""
        for index, size in other.sizes.items():
            self.sizes[offset + index] = size

    def headings(self, blocks: list[Block]) -> list[Block]:
        """``blocks`` with the short plain paragraphs set larger than the body as headings."""
        lengths: Counter[float] = Counter()
        for index, size in self.sizes.items():
            lengths[size] += len(blocks[index].text)
        if not lengths:
            return blocks
        body = lengths.most_common(1)[0][0]
        candidates = {index: size for index, size in self.sizes.items()
                      if size >= body * _LARGER and len(blocks[index].text) < _HEADING_CHARS
                      and blocks[index].kind is BlockKind.PARAGRAPH}
        levels = sorted(set(candidates.values()), reverse=True)[:_LEVELS]
        changed = list(blocks)
        for index, size in candidates.items():
            if size in levels:
                changed[index] = replace(blocks[index], kind=BlockKind.HEADING,
                                         level=levels.index(size) + 1)
        return changed


def _run_size(run: Any) -> float:
    size = run.font.size
    style = run.style
    while size is None and style is not None:
        size = style.font.size
        style = style.base_style
    return float(size.pt) if size is not None else 0.0


def _style_size(style: Any) -> float:
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return 0.0


def _in_subtitle_style(style: Any) -> bool:
    """Word keeps a built-in style's English name whatever its language ("Subtitle" in an
    Italian Word, whose style id is "Sottotitolo")."""
    while style is not None:
        if (style.name or "").lower() == "subtitle":
            return True
        style = style.base_style
    return False
