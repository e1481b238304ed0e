"""Find in the document, the way French readers expect: case- and accent-insensitive.

"ecole" finds "École", "Ecole" and "école"; "oe" does not find "œ" (a ligature is a letter of
its own, as a browser's find treats it), but "Œuvre" is found by "œuvre". Both the text and the
query are *folded*: Unicode NFD, combining marks dropped, then ``casefold()``. Folding may change
lengths ("ß" -> "ss", "ﬁ" -> "fi"), so the folded text keeps, for each of its characters, the
offset of the character it came from; a match is reported in offsets of the original text.

No Qt here (the text view maps these offsets to its own positions).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def fold(text: str) -> str:
    """``text`` without case or accents (for comparing, never for showing)."""
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=4096)  # a document uses few distinct characters: fold each once
def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text folded once (a find types one letter at a time: the document is folded once)."""

    folded: str
    # origin[i]: offset in the original text of folded[i]; None when every character folds to
    # exactly one (nearly always): offsets are then the same, and 10 MB need no offset table.
    origin: tuple[int, ...] | None
    length: int  # of the original text

    @classmethod
    def of(cls, text: str) -> FoldedText:
        # Each distinct character is folded once. When every one folds to exactly one
        # character (nearly always), offsets stay the same, and only the characters that change
        # (capitals, accented letters: a few percent of a text) are replaced, found by one
        # regular expression: half the time of folding character by character (16 MB: 0.65 s).
        table = {char: _fold_char(char) for char in set(text)}
        if all(len(folded) == 1 for folded in table.values()):
            changing = "".join(re.escape(char) for char, folded in table.items() if folded != char)
            folded = re.sub(f"[{changing}]", lambda m: table[m.group()], text) if changing else text
            return cls(folded, None, len(text))
        parts = list(map(_fold_char, text))
        folded = "".join(parts)
        origin: list[int] = []
        for offset, part in enumerate(parts):
            origin.extend([offset] * len(part))
        return cls(folded, tuple(origin), len(text))

    def _original_start(self, folded_start: int) -> int:
        return folded_start if self.origin is None else self.origin[folded_start]

    def _original_end(self, folded_end: int) -> int:
        """The original offset just after the character that produced folded[folded_end - 1]."""
        if self.origin is None:
            return folded_end
        return self.origin[folded_end - 1] + 1 if folded_end > 0 else 0

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every match of ``query`` as (start, end) offsets in the original text, in order,
        not overlapping. An empty (or all-accents) query finds nothing."""
        needle = fold(query)
        if not needle:
            return []
        if self.origin is None:  # the same offsets: the regular expression engine finds them
            # all in C, three times faster than a loop of str.find (one letter in 10 MB
            # matches 1.5 million times).
            return [match.span() for match in re.finditer(re.escape(needle), self.folded)]
        matches: list[tuple[int, int]] = []
        at = self.folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            matches.append((self._original_start(at), self._original_end(end)))
            at = self.folded.find(needle, end)
        return matches


def match_index_after(matches: list[tuple[int, int]], offset: int) -> int:
    """The first match starting at or after ``offset``, wrapping to the first (``-1`` if none)."""
    if not matches:
        return -1
    index = bisect.bisect_left([start for start, _end in matches], offset)
    return index if index < len(matches) else 0
