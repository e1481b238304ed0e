"""A large JSON object written and read a piece at a time, for the cache of parsed documents.

The cache is read and written in the worker thread that opens a document, while the window
goes on. One ``json.loads`` or ``json.dumps`` of a 10 MB document's data is a single call into
C that holds Python's lock for its whole length (0.15 s and 0.4 s on a quiet machine): the
window, which needs that lock for each of its own steps, froze that long. Here the object's
long lists are written a few hundred items to a line and read back item by item, and a long
text as a list of pieces, so that no single call lasts more than a few milliseconds.

What is written is still one JSON value (the line breaks are whitespace between items), and
anything ``json`` wrote is read back too.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

from . import long_text

# Made of a line of a list's items as soon as it is read, given what was read before the list.
LineReader = Callable[[dict[str, Any], list[Any]], list[Any]]

_ITEMS_PER_LINE = 500
_TEXT_PIECE = 256 * 1024  # characters
_BYTES_PIECE = 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")


def dump(data: dict[str, Any], out: IO[str], *, lists: Iterable[str], texts: Iterable[str]
         ) -> None:
    """Write ``data`` to ``out``; its ``texts`` (keys of long string values) as lists of
    pieces (``load`` joins them), then its ``lists`` (keys of list values) a few hundred items
    to a line."""
    lists, texts = tuple(lists), tuple(texts)
    short = {key: value for key, value in data.items() if key not in lists + texts}
    out.write(_dumps(short)[:-1])
    separator = "," if short else ""
    for key, items, per_line in ([(k, _pieces(data[k]), 1) for k in texts]
                                 + [(k, data[k], _ITEMS_PER_LINE) for k in lists]):
        out.write(f"{separator}\n{_dumps(key)}:[\n")
        for start in range(0, len(items), per_line):
            out.write((",\n" if start else "") + _dumps(items[start:start + per_line])[1:-1])
        out.write("\n]")
        separator = ","
    out.write("}")


def load(source: IO[bytes], *, texts: Iterable[str],
         lines: Mapping[str, LineReader] | None = None) -> Any:
    """The value ``dump`` wrote (the ``texts`` joined again), read from the rest of
    ``source``; the items of the list at a key of ``lines`` made by its reader, a line at a
    time. Raises ValueError when it is not JSON (or what a line reader raises).

    What ``dump`` wrote is read a line at a time, never decoded whole (a 45 MB document's
    entry, decoded, was a string of 200 MB: the re-open's peak of memory); anything else
    ``json`` reads is read whole."""
    texts = frozenset(texts)
    start = source.tell()
    try:
        return _laid_out(source, texts, lines or {})
    except _NotLaidOut:
        source.seek(start)
    text = _decoded(source)
    decoder = json.JSONDecoder()
    index = _skip(text, 0)
    if not text.startswith("{", index):
        return decoder.decode(text)  # not an object: whatever it is, as json reads it
    data: dict[str, Any] = {}
    index = _skip(text, index + 1)
    while not text.startswith("}", index):
        key, index = decoder.raw_decode(text, index)
        index = _expect(text, index, ":")
        value: Any
        if text.startswith("[", index):
            value, index = _list(decoder, text, index, _reader(data, (lines or {}).get(key)))
        else:
            value, index = decoder.raw_decode(text, index)
        if key in texts and isinstance(value, list):
            if not all(isinstance(piece, str) for piece in value):
                raise ValueError("text pieces expected")
            value = long_text.joined(value)
        data[key] = value
        index = _skip(text, index)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
        elif not text.startswith("}", index):
            raise ValueError("a comma or the end of the object expected")
    if _skip(text, index + 1) != len(text):
        raise ValueError("extra data")
    return data


class _NotLaidOut(Exception):
    """Not laid out as ``dump`` lays it out."""


_LIST_END = (b"],\n", b"]}", b"]}\n")  # another list follows, or the object ends


def _laid_out(source: IO[bytes], texts: frozenset[str], lines: Mapping[str, LineReader]
              ) -> dict[str, Any]:
    """The object ``dump`` wrote, a line at a time: its short values on the first line, then
    each long one's key on a line, its items a line at a time, "]" on a line of its own."""
    first = source.readline()
    if first == b"{\n":
        data: dict[str, Any] = {}
    elif first.startswith(b"{") and first.endswith(b",\n"):
        data = json.loads(first[:-2] + b"}")
    else:
        raise _NotLaidOut
    while True:
        opening = source.readline()
        if not opening.startswith(b'"') or not opening.endswith(b":[\n"):
            raise _NotLaidOut
        key = json.loads(opening[:-3])
        closing: list[bytes] = []
        values = _values_of_lines(source, closing)
        if key in texts:
            data[key] = long_text.joined(_strings(values))
        else:
            read = _reader(data, lines.get(key))
            data[key] = [item for line_values in values for item in read(line_values)]
        line = closing[0]
        if line != b"],\n":
            if source.read().strip():
                raise ValueError("extra data")
            return data


def _values_of_lines(source: IO[bytes], closing: list[bytes]) -> Iterator[list[Any]]:
    """The values on each line of a list ``dump`` wrote, up to the line that closes it (put
    in ``closing``)."""
    while (line := source.readline()) not in _LIST_END:
        if not line.endswith(b"\n"):
            raise _NotLaidOut  # cut short: read whole, it says what is wrong
        content = line[:-1].removesuffix(b",")
        if content:
            yield json.loads(b"[" + content + b"]")
    closing.append(line)


def _strings(values: Iterator[list[Any]]) -> Iterator[str]:
    for line_values in values:
        for piece in line_values:
            if not isinstance(piece, str):
                raise ValueError("text pieces expected")
            yield piece


def _reader(data: dict[str, Any], line_reader: LineReader | None
            ) -> Callable[[list[Any]], list[Any]]:
    if line_reader is None:
        return lambda items: items
    return lambda items: line_reader(data, items)


def _list(decoder: json.JSONDecoder, text: str, index: int,
          read: Callable[[list[Any]], list[Any]]) -> tuple[list[Any], int]:
    """The list at ``index`` (its "["), its items made by ``read``, and where it ends: a line
    at a time as ``dump`` writes it, else item by item."""
    written = _lines(text, index, read)
    if written is not None:
        return written
    items: list[Any] = []
    index = _skip(text, index + 1)
    if text.startswith("]", index):
        return read(items), index + 1
    while True:
        item, index = decoder.raw_decode(text, index)
        items.append(item)
        index = _skip(text, index)
        if text.startswith("]", index):
            return read(items), index + 1
        index = _expect(text, index, ",")


def _lines(text: str, index: int, read: Callable[[list[Any]], list[Any]]
           ) -> tuple[list[Any], int] | None:
    """The list at ``index`` if laid out as ``dump`` writes it ("[", a line of items after
    another, "]" on a line of its own), each line's items made by ``read``, and where it
    ends; else None. An item by itself costs a call from Python for each block of a document,
    five times as long in all."""
    if not text.startswith("[\n", index):
        return None
    items: list[Any] = []
    start = index + 2
    while not text.startswith("]", start):
        end = text.find("\n", start)
        if end < 0:
            return None
        try:
            line = json.loads("[" + text[start:end].removesuffix(",") + "]")
        except ValueError:
            return None
        items.extend(read(line))
        start = end + 1
    return items, start + 1


def _expect(text: str, index: int, mark: str) -> int:
    index = _skip(text, index)
    if not text.startswith(mark, index):
        raise ValueError(f"{mark!r} expected")
    return _skip(text, index + 1)


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _decoded(source: IO[bytes]) -> str:
    """The rest of ``source`` as text, decoded and put together a piece at a time (one 30 MB
    decode held the lock for tens of milliseconds, and so did joining the pieces)."""
    return long_text.joined(_decoded_pieces(source))


def _decoded_pieces(source: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    for piece in iter(lambda: source.read(_BYTES_PIECE), b""):
        yield decoder.decode(piece)
    yield decoder.decode(b"", final=True)


def _pieces(text: str) -> list[str]:
    return [text[start:start + _TEXT_PIECE] for start in range(0, len(text), _TEXT_PIECE)]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
