"""A Word 97-2003 file's index (the FIB, [MS-DOC] 2.5) and its text (the piece table, 2.8.35).

The WordDocument stream opens with the FIB: the format's version, whether the file is
encrypted, which table stream holds its structures, how many characters each story has
(the body, footnotes, headers, comments, text boxes …) and where each structure lies in the
table stream. The text itself is in pieces: runs of characters in the WordDocument stream,
either one byte each (cp1252, "compressed") or UTF-16, listed in the order they are read by
the piece table inside the table stream's CLX.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .doc_sprms import SINGLE_CHANGES, DocDamaged, span, u8, u16, u32

_WORD_SIGNATURE = 0xA5EC
OLDEST_WORD_97 = 0xC0  # Word 6 wrote 101, Word 95 104; Word 97 and later 0xC1 (0xC0: blank)
_ENCRYPTED = 0x0100
_SECOND_TABLE = 0x0200  # fWhichTblStm: "1Table", else "0Table"
# fibRgFcLcb97: the (offset, size) pairs the reader uses, by their place in the list.
STYLES, PARAGRAPH_RUNS, CHARACTER_RUNS, PIECE_TABLE = 1, 13, 12, 33
HEADER_STORIES = 11  # PlcfHdd: where each header and footer starts in the header story
_PAIRS_NEEDED = PIECE_TABLE + 1
_PAIRS_KNOWN = 0x5D  # Word 97's fibRgFcLcb97: later versions add more after them
_STORIES = 7  # ccpText, ccpFtn, ccpHdd, (reserved), ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_PIECES = 1_000_000  # Word writes one piece per edit since the last full save
_LARGEST_MODIFIERS = 0x3FA2  # a Prc's cbGrpprl, at most


class OldWord(Exception):
    """A Word 6 or Word 95 file (or older): another format, which the reader does not read."""


class Encrypted(Exception):
    """A file protected by a password (or XOR-obfuscated): its text is not readable."""


@dataclass(frozen=True, slots=True)
class Fib:
    table_stream: str  # "0Table" or "1Table"
    body_chars: int  # ccpText: the main story's characters, from CP 0
    header_start: int  # where the header story starts (after the body and footnotes)
    header_chars: int  # ccpHdd
    box_start: int  # where the text boxes' story starts (after the comments and endnotes)
    box_chars: int  # ccpTxbx
    footnote_chars: int  # ccpFtn: the footnotes' story, right after the body's
    endnote_start: int  # the endnotes' story (after the headers' and the comments')
    endnote_chars: int  # ccpEdn
    pairs: tuple[tuple[int, int], ...]  # fibRgFcLcb: (offset, size) in the table stream

    @property
    def footnote_start(self) -> int:
        return self.body_chars

    def part(self, table: bytes, index: int) -> bytes:
        """The structure at ``index`` of fibRgFcLcb, b"" when the file has none."""
        offset, size = self.place(index)
        return span(table, offset, size) if size else b""

    def place(self, index: int) -> tuple[int, int]:
        """The (offset, size) at ``index`` of fibRgFcLcb, (0, 0) when the file has none."""
        return self.pairs[index] if index < len(self.pairs) else (0, 0)


def read_fib(word: bytes) -> Fib:
    """Raises ``OldWord``, ``Encrypted`` or ``DocDamaged``."""
    if u16(word, 0) != _WORD_SIGNATURE:
        raise DocDamaged
    if u16(word, 2) < OLDEST_WORD_97:
        raise OldWord
    flags = u16(word, 0x0A)
    if flags & _ENCRYPTED:
        raise Encrypted
    position = 0x20
    position += 2 + 2 * u16(word, position)  # csw, fibRgW
    longs = u16(word, position)  # cslw
    counts = [u32(word, position + 2 + 4 * (3 + story)) for story in range(_STORIES + 1)]
    position += 2 + 4 * longs
    pairs = u16(word, position)  # cbRgFcLcb
    if longs < 3 + _STORIES + 1 or pairs < _PAIRS_NEEDED:
        raise DocDamaged
    position += 2
    found = tuple((u32(word, position + 8 * i), u32(word, position + 8 * i + 4))
                  for i in range(min(pairs, _PAIRS_KNOWN)))
    body, footnotes, headers = counts[0], counts[1], counts[2]
    return Fib("1Table" if flags & _SECOND_TABLE else "0Table", body, body + footnotes,
               headers, sum(counts[:6]), counts[6], footnotes, sum(counts[:5]), counts[5],
               found)


@dataclass(frozen=True, slots=True)
class Text:
    """The document's characters in reading order, and where each came from: character
    ``cp`` of a piece starting at ``starts[i]`` lies at byte ``offsets[i] + (cp -
    starts[i]) * widths[i]`` of the WordDocument stream (the FC the formatting is filed by)."""

    chars: str
    starts: tuple[int, ...]
    offsets: tuple[int, ...]
    widths: tuple[int, ...]
    # Each piece's own property modifiers (a fast save's changes since the last full save:
    # they apply over the runs' formatting); b"" for none.
    modifiers: tuple[bytes, ...]

    def file_offset(self, cp: int) -> tuple[int, int]:
        """The byte offset of character ``cp`` and its width (1 or 2)."""
        piece = max(0, bisect.bisect_right(self.starts, cp) - 1)
        return self.offsets[piece] + (cp - self.starts[piece]) * self.widths[piece], (
            self.widths[piece])

    def pieces(self, start: int, end: int) -> list[tuple[int, int, int, int, bytes]]:
        """(cp, cp_end, offset, width, modifiers) for the pieces covering ``start``..``end``."""
        found = []
        piece = max(0, bisect.bisect_right(self.starts, start) - 1)
        while piece < len(self.starts) and self.starts[piece] < end:
            piece_end = (self.starts[piece + 1] if piece + 1 < len(self.starts)
                         else len(self.chars))
            low, high = max(start, self.starts[piece]), min(end, piece_end)
            if low < high:
                found.append((low, high, self.offsets[piece]
                              + (low - self.starts[piece]) * self.widths[piece],
                              self.widths[piece], self.modifiers[piece]))
            piece += 1
        return found


def read_text(word: bytes, clx: bytes) -> Text:
    """The characters the piece table lists. A piece outside the stream, pieces out of
    order or more characters than the stream could hold are ``DocDamaged``."""
    position = 0
    modifiers = []  # RgPrc: property modifiers of pieces a fast save changed
    while u8(clx, position) == 1:
        size = u16(clx, position + 1)
        if size > _LARGEST_MODIFIERS:  # a negative size would walk back: an endless loop
            raise DocDamaged
        modifiers.append(span(clx, position + 3, size))
        position += 3 + size
    if u8(clx, position) != 2:
        raise DocDamaged
    size = u32(clx, position + 1)
    table = span(clx, position + 5, size)
    count, rest = divmod(size - 4, 12)
    if rest or count < 1 or count > MAX_PIECES:
        raise DocDamaged
    cps = [u32(table, 4 * i) for i in range(count + 1)]
    if any(later <= earlier for earlier, later in zip(cps, cps[1:], strict=False)):
        raise DocDamaged
    if cps[-1] - cps[0] > len(word):  # a character takes a byte at least
        raise DocDamaged
    chars, offsets, widths, changes = [], [], [], []
    for i in range(count):
        fc = u32(table, 4 * (count + 1) + 8 * i + 2)
        prm = u16(table, 4 * (count + 1) + 8 * i + 6)
        if prm & 1:  # an index in RgPrc
            changes.append(modifiers[prm >> 1] if prm >> 1 < len(modifiers) else b"")
        else:  # one modifier and its operand (Prm0)
            single = SINGLE_CHANGES.get(prm >> 1 & 0x7F)
            changes.append(single.to_bytes(2, "little") + bytes([prm >> 8]) if single else b"")
        compressed = bool(fc & 0x40000000)
        width = 1 if compressed else 2
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        raw = span(word, offset, (cps[i + 1] - cps[i]) * width)
        chars.append(raw.decode("cp1252", "replace") if compressed else _utf16(raw))
        offsets.append(offset)
        widths.append(width)
    starts = tuple(cp - cps[0] for cp in cps[:-1])
    return Text("".join(chars), starts, tuple(offsets), tuple(widths), tuple(changes))


def _utf16(raw: bytes) -> str:
    """One character per UTF-16 unit, as Word counts them: a pair for a character beyond
    the 16 bits (an emoji) stays two (surrogates), which ``whole_characters`` joins."""
    text = raw.decode("utf-16-le", "surrogatepass")
    if len(text) * 2 == len(raw):
        return text
    return "".join(chr(int.from_bytes(raw[i:i + 2], "little")) for i in range(0, len(raw), 2))


def whole_characters(text: str) -> str:
    """``text`` with its surrogate pairs joined, a lone one as U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
