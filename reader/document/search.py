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
# search in a worker thread then froze the window all the same. A piece's set of characters
# takes 1-2 ms (5 ms at 256 KB), which a loaded machine makes several times longer.
PIECE = 64 * 1024


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


@dataclass(frozen=True, slots=True, eq=False)
class FoldedText:
    """A text folded once (a find types one letter at a time: the document is folded once),
    kept as the pieces it was folded in: joining 45 MB into one string held Python's lock, in
    the worker, 55-70 ms at once, the window waiting for it."""

    pieces: tuple[str, ...]  # the folded text, in pieces (none empty)
    # Where the characters that do not fold to exactly one came from (a "ß" folds to "ss", a
    # lone accent to nothing); None when every character folds to one (nearly always): the
    # offsets are then those of the text.
    origin: Origin | None
    length: int  # of the original text

    @classmethod
    def of(cls, text: str) -> FoldedText:
        chars: set[str] = set()
        for at in range(0, len(text), PIECE):  # a piece at a time: Python's lock goes back
            chars.update(text[at:at + PIECE])
        table = {char: _fold_char(char) for char in chars}
        fold_piece = _piece_folder(table)
        resized = "".join(re.escape(char) for char, folded in table.items() if len(folded) != 1)
        sizes = re.compile(f"[{resized}]") if resized else None
        origin = Origin() if sizes else None
        pieces = []
        for at in range(0, len(text), PIECE):
            piece = text[at:at + PIECE]
            if sizes is not None and origin is not None:
                for match in sizes.finditer(piece):
                    origin.add(at + match.start(), len(table[match.group()]))
            if folded := fold_piece(piece):
                pieces.append(folded)
        return cls(tuple(pieces), origin, len(text))

    @property
    def folded(self) -> str:
        return "".join(self.pieces)

    def __eq__(self, other: object) -> bool:  # the same folded text, however it was cut
        return (isinstance(other, FoldedText) and (self.origin, self.length) == (
            other.origin, other.length) and self.folded == other.folded)

    def _original_start(self, folded_start: int) -> int:
        return folded_start if self.origin is None else self.origin.of(folded_start)

    def _original_end(self, folded_end: int) -> int:
        """The original offset just after the character that produced folded[folded_end - 1]."""
        if self.origin is None:
            return folded_end
        return self.origin.of(folded_end - 1) + 1 if folded_end > 0 else 0

    def find_all(self, query: str) -> list[tuple[int, int]]:
        """Every match of ``query`` as (start, end) offsets in the original text, in order,
        not overlapping. An empty (or all-accents) query finds nothing."""
        spans = self.match_spans(query)
        return [] if spans is None else spans.pairs()

    def match_spans(self, query: str,
                    cancelled: Callable[[], bool] = lambda: False) -> MatchSpans | None:
        """Every match of ``query``, as one scan of the whole folded text finds them, in
        compact arrays, found a piece at a time (``None`` once ``cancelled()``: a newer query
        came)."""
        needle = fold(query)
        spans = MatchSpans()
        if not needle:
            return spans
        pattern = re.compile(re.escape(needle))
        # What a match may still start in: the last letters of what was scanned (after the
        # last match: one scan of the whole never finds overlapping matches), and where.
        left, left_at = "", 0
        for piece in self.pieces:
            if cancelled():
                return None
            window = left + piece
            found = [match.start() for match in pattern.finditer(window)]
            self._add(spans, [left_at + start for start in found], len(needle))
            keep = max(found[-1] + len(needle) if found else 0, len(window) - len(needle) + 1)
            left, left_at = window[keep:], left_at + keep
        return spans

    def _add(self, spans: MatchSpans, starts: list[int], size: int) -> None:
        """A piece's matches, added as they are found: 170,000 at once (a letter in 45 MB)
        held Python's lock 30 ms."""
        if self.origin is None:
            spans.starts.extend(starts)
            spans.ends.extend([start + size for start in starts])
        else:
            spans.starts.extend([self._original_start(start) for start in starts])
            spans.ends.extend([self._original_end(start + size) for start in starts])


def _piece_folder(table: dict[str, str]) -> Callable[[str], str]:
    """How a piece of a text whose characters fold as ``table`` says is folded. ``str.lower``
    does most of it in C (capitals: most of what changes), when each character's lower case
    folds as the character does; the accents left are replaced after it."""
    lowered = {char: char.lower() for char in table}
    if all(len(lower) == 1 and _fold_char(lower) == table[char]
           for char, lower in lowered.items()):
        left = {lower: table[char] for char, lower in lowered.items() if table[char] != lower}
        return _replacer(left, str.lower)
    return _replacer({char: folded for char, folded in table.items() if folded != char},
                     lambda piece: piece)


def _replacer(replaced: dict[str, str], first: Callable[[str], str]) -> Callable[[str], str]:
    """``first``, then each character of ``replaced`` replaced: one ``str.replace`` a character
    (a scan in C) is ten times faster than a regular expression calling back for each."""
    if not replaced:
        return first
    if any(char in folded for folded in replaced.values() for char in replaced):
        pattern = re.compile("[" + "".join(re.escape(char) for char in sorted(replaced)) + "]")
        return lambda piece: pattern.sub(lambda match: replaced[match.group()], first(piece))

    def replace_each(piece: str) -> str:
        piece = first(piece)
        for char, folded in replaced.items():
            piece = piece.replace(char, folded)
        return piece

    return replace_each


@dataclass(frozen=True, slots=True)
class Origin:
    """Where each character of a folded text came from, kept only for the characters that do
    not fold to exactly one (a few in a thousand): a table of every offset took 8 bytes a
    character and, made at once, held Python's lock for seconds on a large text."""

    original: array[int] = field(default_factory=lambda: array("q"))  # such a character's offset
    folded: array[int] = field(default_factory=lambda: array("q"))  # where its folding starts
    folded_end: array[int] = field(default_factory=lambda: array("q"))  # and ends

    def add(self, offset: int, size: int) -> None:
        """The character at ``offset`` (after every one added before it) folds to ``size``."""
        start = offset + (self.folded_end[-1] - self.original[-1] - 1 if self.original else 0)
        self.original.append(offset)
        self.folded.append(start)
        self.folded_end.append(start + size)

    def of(self, folded: int) -> int:
        """The original offset of the character that produced ``folded``."""
        index = bisect.bisect_right(self.folded, folded) - 1
        if index < 0:
            return folded
        if folded < self.folded_end[index]:
            return self.original[index]
        return self.original[index] + 1 + folded - self.folded_end[index]


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
