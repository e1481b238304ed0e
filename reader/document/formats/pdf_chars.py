"""PDFium's look-ups of one page's characters: their boxes, baselines, sizes and fonts' styles.

A 300-page book has tens of thousands of lines and each asks PDFium about a few characters:
through pypdfium2's helpers every call made four new ctypes numbers (a tenth of the parse), so
the numbers are made once a page here and the raw functions called directly.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

_BOLD_FLAG = 1 << 18  # PDF font descriptor flags: ForceBold, Italic
_ITALIC_FLAG = 1 << 6
_WORD = re.compile(r"\S+")
_RAISED_INITIAL = 1.5  # a first letter this much larger than the next opens the text

Style = tuple[bool, bool]  # strong, emphasis
Runs = tuple[tuple[int, int, bool, bool], ...]  # (start, end, strong, emphasis) in a line


class PageChars:
    def __init__(self, raw: Any, textpage: Any) -> None:
        self._raw = raw
        self._page = textpage
        self._box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        self._box_refs = [ctypes.byref(number) for number in self._box]
        self._origin = (ctypes.c_double(), ctypes.c_double())
        self._origin_refs = [ctypes.byref(number) for number in self._origin]
        self._fonts: dict[int | None, Style] = {}  # a page has a handful

    def box(self, index: int) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of the character's own (tight) box."""
        if not self._raw.FPDFText_GetCharBox(self._page, index, *self._box_refs):
            import pypdfium2 as pdfium

            raise pdfium.PdfiumError("Failed to get charbox.")
        left, right, bottom, top = self._box
        return left.value, bottom.value, right.value, top.value

    def baseline(self, index: int) -> float:
        """The character's origin on its baseline (its box's bottom varies with the glyph)."""
        self._raw.FPDFText_GetCharOrigin(self._page, index, *self._origin_refs)
        return float(self._origin[1].value)

    def font_size(self, index: int) -> float:
        return float(self._raw.FPDFText_GetFontSize(self._page, index))

    def line_size(self, text: str, first: int, last: int) -> float:
        """The font size of the line ``text[first:last + 1]``: its first letter's, unless
        that letter is a raised initial (a magazine's first letter set large on the first
        line's baseline, "L" then "e laboratoire…" in the text's size): then the next
        letter's, so that the line stays text, not a heading."""
        size = self.font_size(first)
        if last > first and text[first].isalpha() and text[first + 1].isalpha():
            following = self.font_size(first + 1)
            if following * _RAISED_INITIAL < size:
                return following
        return size

    def word_styles(self, text: str, first: int) -> Runs:
        """The line (starting at character ``first``) cut into runs of words in one style,
        judged by each word's first letter's font."""
        opening = self.style(first + len(text) - len(text.lstrip()))
        end = len(text.rstrip())
        last = end
        while last > 0 and not text[last - 1].isspace():
            last -= 1
        if opening == self.style(first + last):
            # The common line, in one style from end to end: two look-ups, not one a word (a
            # lone word styled inside it is the price).
            return ((0, end, *opening),)
        runs: list[list[Any]] = []
        for word in _WORD.finditer(text):
            style = self.style(first + word.start())
            if runs and (runs[-1][2], runs[-1][3]) == style:
                runs[-1][1] = word.end()
            else:
                runs.append([word.start(), word.end(), *style])
        return tuple((a, b, strong, emphasis) for a, b, strong, emphasis in runs)

    def style(self, index: int) -> Style:
        raw = self._raw
        font = raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(self._page, index))
        key = ctypes.cast(font, ctypes.c_void_p).value
        style = self._fonts.get(key)
        if style is None:
            style = self._fonts[key] = _style_of_font(raw, font) if key else (False, False)
        return style


def _style_of_font(raw: Any, font: Any) -> Style:
    name = ctypes.create_string_buffer(256)
    raw.FPDFFont_GetBaseFontName(font, name, len(name))
    base = name.value.decode("latin-1", "replace").lower()
    flags = raw.FPDFFont_GetFlags(font)
    bold = (raw.FPDFFont_GetWeight(font) >= 600 or bool(flags & _BOLD_FLAG)
            or "bold" in base or "black" in base or "heavy" in base)
    italic = bool(flags & _ITALIC_FLAG) or "italic" in base or "oblique" in base
    return bold, italic


def indexed_text(raw: Any, textpage: Any, text: str) -> str:
    """The page's text with one character for each of PDFium's character indices, which
    every other look-up takes. PDFium's text (``text``) is UTF-16: a character beyond the
    Basic Multilingual Plane (an emoji, a rare ideograph) is one character in Python but
    two indices in PDFium, its two surrogates, and every index after it was off by one. Such
    a page is read index by index, each surrogate kept as a character of its own
    (``code_points`` pairs them again)."""
    count = raw.FPDFText_CountChars(textpage)
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(textpage, index)) for index in range(count))


def code_points(piece: str, styles: Runs) -> tuple[str, Runs]:
    """A line of ``indexed_text`` made proper text: each pair of surrogates one character
    (PDFium lists them either way round when it turns a right-to-left run), a lone one
    gone, and the styles' offsets moved with them."""
    if not any("\ud800" <= char <= "\udfff" for char in piece):
        return piece, styles
    out: list[str] = []
    offsets = []  # each unit's offset in ``out``
    index = 0
    while index < len(piece):
        offsets.append(len(out))
        pair = piece[index:index + 2]
        high, low = sorted(pair) if len(pair) == 2 else (pair, "")
        if "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff":
            out.append(chr(0x10000 + ((ord(high) - 0xD800) << 10) + ord(low) - 0xDC00))
            offsets.append(len(out))
            index += 2
            continue
        if not "\ud800" <= piece[index] <= "\udfff":
            out.append(piece[index])
        index += 1
    offsets.append(len(out))
    return "".join(out), tuple((offsets[a], offsets[min(b, len(piece))], strong, emphasis)
                               for a, b, strong, emphasis in styles)
