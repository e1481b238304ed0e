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
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

# Work on 10 MB is done this many characters at a time: a single call over the whole text
# (``set(text)``, a regular expression's scan) held Python's lock for 0.1-0.3 s, and a
# search in a worker thread then froze the window all the same.
PIECE = 256 * 1024


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
        chars: set[str] = set()
        for at in range(0, len(text), PIECE):
            chars.update(text[at:at + PIECE])
        table = {char: _fold_char(char) for char in chars}
        if all(len(folded) == 1 for folded in table.values()):
            changing = "".join(re.escape(char) for char, folded in table.items() if folded != char)
            if not changing:
                return cls(text, None, len(text))
            pattern = re.compile(f"[{changing}]")
            pieces = [pattern.sub(lambda m: table[m.group()], text[at:at + PIECE])
                      for at in range(0, len(text), PIECE)]
            return cls("".join(pieces), None, len(text))
        parts: list[str] = []
        for at in range(0, len(text), PIECE):
            parts.extend(map(_fold_char, text[at:at + PIECE]))
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

    def match_spans(self, query: str,
                    cancelled: Callable[[], bool] = lambda: False) -> MatchSpans | None:
        """Every match of ``query``, as ``find_all`` finds them, in compact arrays; found a
        piece of the text at a time (``None`` once ``cancelled()``: a newer query came)."""
        needle = fold(query)
        spans = MatchSpans()
        if not needle:
            return spans
        pattern = re.compile(re.escape(needle))
        piece = max(PIECE, 2 * len(needle))
        at = 0
        while at < len(self.folded):
            if cancelled():
                return None
            end = min(len(self.folded), at + piece)
            starts = [match.start() for match in pattern.finditer(self.folded, at, end)]
            if self.origin is None:
                spans.starts.extend(starts)
                spans.ends.extend([start + len(needle) for start in starts])
            else:
                spans.starts.extend([self._original_start(start) for start in starts])
                spans.ends.extend([self._original_end(start + len(needle)) for start in starts])
            if end == len(self.folded):
                break
            # A match across the piece's end is found in the next piece, never one overlapping
            # the last found (as one scan of the whole text would find them).
            at = max(starts[-1] + len(needle) if starts else at, end - len(needle) + 1)
        return spans


@dataclass(frozen=True, slots=True)
class MatchSpans:
    """Matches as offsets in the original text, in order, never overlapping: match ``i`` is
    ``starts[i]:ends[i]``. Arrays, not a list of pairs: a letter typed in 10 MB matches
    1.5 million times, and as many tuples took 170 MB and most of a second to make, hand from
    a worker to the window and free again."""

    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))

    def index_after(self, offset: int) -> int:
        """The first match starting at or after ``offset``, wrapping to the first (``-1`` if
        none)."""
        if not self.starts:
            return -1
        index = bisect.bisect_left(self.starts, offset)
        return index if index < len(self.starts) else 0

    def indices_between(self, first: int, last: int) -> range:
        """The matches that end at or after ``first`` and start at or before ``last``."""
        low = bisect.bisect_left(self.ends, first)
        return range(low, bisect.bisect_right(self.starts, last, lo=low))


def match_index_after(matches: list[tuple[int, int]], offset: int) -> int:
    """The first match starting at or after ``offset``, wrapping to the first (``-1`` if none)."""
    if not matches:
        return -1
    index = bisect.bisect_left([start for start, _end in matches], offset)
    return index if index < len(matches) else 0
