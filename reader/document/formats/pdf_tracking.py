"""Letter-spaced words in a PDF: a layout program's tracking ("S T A D T L E B E N", a
magazine's kicker or section name set in spaced capitals) leaves gaps between the letters
that PDFium takes for spaces, and the word was read letter by letter. On a line of spaced
letters the gaps narrower than a space are closed again; a wider one is a word's end.
"""

from __future__ import annotations

from typing import Protocol

_SPACE = 0.25  # a space is a quarter of the font's size at least (most fonts: 0.25–0.33)
_LETTERS = 4  # fewer single letters in a row are initials ("J R R"), not tracking


class _Chars(Protocol):
    def box(self, index: int) -> tuple[float, float, float, float]: ...
    def font_size(self, index: int) -> float: ...


Runs = tuple[tuple[int, int, bool, bool], ...]


def tracking_closed(piece: str, first: int, chars: _Chars, styles: Runs) -> tuple[str, Runs]:
    """The line ``piece`` (its first character is PDFium's ``first``) with the spaces
    between its tracked letters gone, and its styles' offsets moved with them."""
    tokens = piece.split()
    if (len(tokens) < _LETTERS or any(len(token) > 2 or not token.isalpha() for token in tokens)
            or sum(len(token) == 1 for token in tokens) * 4 < len(tokens) * 3):
        return piece, styles
    kept: list[str] = []
    offsets: list[int] = []  # each of ``piece``'s characters' offset in what is kept
    for index, char in enumerate(piece):
        offsets.append(len(kept))
        if char == " " and 0 < index < len(piece) - 1 and " " not in piece[index - 1:index + 2:2]:
            right = chars.box(first + index - 1)[2]
            left = chars.box(first + index + 1)[0]
            if left - right < _SPACE * chars.font_size(first + index - 1):
                continue
        kept.append(char)
    offsets.append(len(kept))
    return "".join(kept), tuple((offsets[a], offsets[min(b, len(piece))], strong, emphasis)
                                for a, b, strong, emphasis in styles)
