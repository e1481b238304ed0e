"""A text of tens of megabytes put together a piece at a time, never in one long call.

A window's worker decodes, normalises and reads back large documents while the window goes on,
and every call into C holds Python's lock (the GIL) for its whole length: the window's thread
waits that long. Work done piece by piece lets go between pieces, but putting the pieces
together again with ``"".join`` is one call that copies the whole text (a 45 MB file's text:
40-80 ms on a quiet machine, several times that on a loaded one), and the window froze in it.

``joined`` appends each piece to the text being built (``text += piece``): CPython grows a
string nobody else refers to in place (PEP 8 names the optimisation), and glibc's ``realloc``
moves the pages of a large block instead of copying them, so each step costs the piece's copy
alone. A piece wider than the text so far (a "—" after Latin-1 letters) makes CPython copy the
text once into the wider form: at most three times, and in a text that early in nearly every
file. Measured (Python 3.11, 45 M characters in pieces of 256 K): the longest step 1.8 ms,
against 50-80 ms for one join.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

PIECE_BYTES = 1 << 20  # bytes decoded in one call: about a millisecond


def joined(pieces: Iterable[str]) -> str:
    """``"".join(pieces)``, each piece appended in a call of its own."""
    if sys.gettrace() is not None or sys.getprofile() is not None:
        # Traced (coverage, a debugger, a profiler), Python 3.11 runs "+=" unspecialised,
        # which copies the text at every piece: one join instead.
        return "".join(pieces)
    text = ""
    for piece in pieces:
        text += piece  # in place: ``text`` is the string's one reference (see above)
    return text


def joined_lines(lines: Iterable[str]) -> str:
    """``"\n".join(lines)``, a few thousand lines joined at a time (a document's text from
    its blocks' texts)."""
    return joined(_line_batches(lines))


def _line_batches(lines: Iterable[str]) -> Iterator[str]:
    batch: list[str] = []
    size, first = 0, True
    for line in lines:
        batch.append(line)
        size += len(line) + 1
        if size >= _BATCH_CHARS:
            yield ("" if first else "\n") + "\n".join(batch)
            batch, size, first = [], 0, False
    if batch or first:
        yield ("" if first else "\n") + "\n".join(batch)


_BATCH_CHARS = 1 << 16


def decoded(data: bytes | memoryview, codec: str, errors: str = "strict") -> str:
    """``data.decode(codec, errors)`` a piece at a time (an incremental decoder keeps a
    character, a surrogate pair or a byte-order mark that a piece's end cuts); raises
    ``UnicodeDecodeError`` as that call does."""
    if len(data) <= PIECE_BYTES:
        return bytes(data).decode(codec, errors)
    return joined(decoded_pieces(data, codec, errors))


def decoded_pieces(data: bytes | memoryview, codec: str, errors: str = "strict"
                   ) -> Iterator[str]:
    """``data`` decoded a piece at a time (``decoded``'s pieces, one per ``PIECE_BYTES`` of
    it and a last one, often empty)."""
    data = memoryview(data)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    for start in range(0, len(data), PIECE_BYTES):
        yield decoder.decode(data[start:start + PIECE_BYTES])
    yield decoder.decode(b"", final=True)


def changed_by_lines(text: str, change: Callable[[str], str], size: int) -> str:
    """``text``'s pieces (``line_pieces``) each passed through ``change``, put together;
    ``text`` itself when ``change`` changes none: clean text is not copied (a 45 MB file's
    text is 86 MB of memory, from its first character beyond Latin-1 on)."""
    pieces = line_pieces(text, size)
    offset = 0
    for piece in pieces:
        first = change(piece)
        if first is not piece and first != piece:
            break
        offset += len(piece)
    else:
        return text
    unchanged = (text[start:min(start + size, offset)] for start in range(0, offset, size))
    return joined(chain(unchanged, (first,), map(change, pieces)))


def line_pieces(text: str, size: int) -> Iterator[str]:
    """``text`` in pieces of about ``size`` characters, each ending after a "\n" (the last
    with the text): joined, they are ``text``."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end
