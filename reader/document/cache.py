"""Parsed documents kept on disk, so that opening a document again skips the parse.

Re-opening is what readers do most (the trainer's interview, yesterday's book), and parsing
is what start-up spends most on after Qt itself: importing markdown-it and compiling the
structure rules cost more than the parse of a whole interview (README, Benchmarks). A hit
needs neither.

An entry is valid for one version of the file (its size and modification time) and one
version of the parser: the fingerprint of this package's own source files, so a change to
any parsing rule invalidates every entry without anyone remembering to bump a number.

The cache only ever saves time: a missing, unreadable, corrupt or unwritable cache is the same
as an empty one, and nothing here raises (but the ``LoadError`` of a file parsed apart:
``parsed_apart``).

An entry is a line of JSON, a small header with the key, read and compared first, then the
document as one JSON value (``reader.document.stored``) over many lines, read and written in
pieces (``reader.document.json_pieces``). Nothing in an entry can run code, and the folder
(0700) and its files (0600) are the user's alone, since they hold every document's text.
"""

from __future__ import annotations

import json
import os
import stat
import threading

# hashlib.blake2b is this very type; importing hashlib loads OpenSSL too (5-8 ms of start-up).
from _blake2 import blake2b
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import BinaryIO, TypeVar

from . import json_pieces
from .long_lived import collection_paused
from .model import Document
from .stored import StoredDocumentError, blocks_of_line, from_data, to_data

_Built = TypeVar("_Built")

MAX_ENTRIES = 32  # the most recently stored documents; older entries are deleted
# ... and no more than this on disk in all: a 50 MB document takes about 150 MB stored, and a
# reader's cache folder must not grow to gigabytes.
MAX_BYTES = 512 * 1024 * 1024
_SUFFIX = ".json"
_DIGEST_BYTES = 20  # 40 hex digits, as the SHA-1 names of older versions (never the same)
_PICKLED_SUFFIX = ".document"  # entries of older versions: never read, deleted on sight
_HEADER_LIMIT = 64 * 1024
_FORMAT = "accessible-reader-document"
_LONG_LISTS = ("blocks", "sections")  # in a document's data (reader.document.stored), read and
_LONG_TEXTS = ("text",)  # written in pieces (json_pieces says why)


@cache
def parser_fingerprint() -> str:
    """Changes whenever a source file of the document package changes.

    Read with ``os.scandir``, whose entries say without a call of their own whether they are
    folders, and plain strings: ``Path.rglob`` and a ``Path`` per file took 1.5-2 ms of every
    re-open's first paint for some 100 files; ``os.walk`` and a joined path per file to stat
    took 3.5-4 ms for 262 files on a loaded machine, this 2-3 (the stats themselves about 1.5;
    docs/performance.md, "Start-up (session 21)"). The same fingerprint: the same names, in
    the same order."""
    found: list[tuple[tuple[str, ...], int, int]] = []  # a path's parts inside, size, mtime
    _parser_sources(os.path.dirname(os.path.realpath(__file__)), (), found)
    found.sort()
    digest = blake2b(digest_size=_DIGEST_BYTES)
    for parts, size, modified in found:
        digest.update(f"{'/'.join(parts)}:{size}:{modified};".encode())
    return digest.hexdigest()


def _parser_sources(folder: str, parts: tuple[str, ...],
                    found: list[tuple[tuple[str, ...], int, int]]) -> None:
    """The ``.py`` files under ``folder`` (the format readers in formats/ too), as
    ``parser_fingerprint`` reads them."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):  # as os.walk, never into a linked folder
                _parser_sources(entry.path, (*parts, entry.name), found)
            elif entry.name.endswith(".py"):
                info = entry.stat()
                found.append(((*parts, entry.name), info.st_size, info.st_mtime_ns))


def _resolved(path: Path | str) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a symlink loop (Python 3.11)
        return None


def _file_version(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_size, info.st_mtime_ns


class DocumentCache:
    """Parsed ``Document`` objects in ``folder``, one file per document path."""

    def __init__(self, folder: Path | str, *, max_entries: int = MAX_ENTRIES,
                 max_bytes: int = MAX_BYTES) -> None:
        self._folder = Path(folder)
        self._max_entries = max_entries
        self._max_bytes = max_bytes

    def load(self, path: Path | str) -> Document | None:
        """The document parsed from ``path`` as it is now, or None."""
        try:
            entry = self._current_entry(path)
            if entry is None:
                return None
            with entry:
                return _without_cyclic_gc(lambda: from_data(json_pieces.load(
                    entry, texts=_LONG_TEXTS, lines={"blocks": blocks_of_line})))
        except (OSError, ValueError, StoredDocumentError, RecursionError, MemoryError):
            return None  # a missing or broken entry is simply a miss

    def parsed_apart(self, path: Path | str) -> Document | None:
        """The document parsed from ``path`` by a child process that stored it here, read
        back (``parse_apart`` says why), for a large file; else None, as when the child
        stored nothing (the caller then parses it itself). Raises the ``LoadError`` the child
        met reading the file: the file's problem, not the cache's, and said as before."""
        # Only here: a document read from the cache never needs a child (nor does the parse
        # ahead of `reader FILE`, which imports this module before PySide and forks).
        from . import parse_apart

        if not parse_apart.worth_a_child(path) or not parse_apart.parse_into(self._folder, path):
            return None
        return self.load(path)

    def holds(self, path: Path | str) -> bool:
        """Whether ``load`` would find the document parsed from ``path`` as it is now (only
        its entry's first line is read)."""
        try:
            entry = self._current_entry(path)
        except (OSError, ValueError, RecursionError):
            return False
        if entry is None:
            return False
        entry.close()
        return True

    def _current_entry(self, path: Path | str) -> BinaryIO | None:
        """The entry of ``path`` open just past its header, if the header's key is the file's
        as it is now (checked before anything else of the entry is read); else None."""
        resolved = _resolved(path)
        version = None if resolved is None else _file_version(resolved)
        if resolved is None or version is None:
            return None
        entry = open(self._entry(resolved), "rb")  # noqa: SIM115 (handed to the caller open)
        try:
            if json.loads(entry.readline(_HEADER_LIMIT)) == self._header(resolved, version):
                return entry
        except BaseException:
            entry.close()
            raise
        entry.close()
        return None

    def store(self, path: Path | str, document: Document) -> None:
        resolved = _resolved(path)
        version = None if resolved is None else _file_version(resolved)
        if resolved is None or version is None:
            return
        entry = self._entry(resolved)
        # One partial file per writer: two threads may store the same document at once.
        partial = entry.with_suffix(f".{os.getpid()}-{threading.get_ident()}.partial")
        try:
            self._make_private_folder()
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
            with open(os.open(partial, flags, 0o600), "w", encoding="utf-8") as out:
                # dumps, not dump: json.dump encodes in Python, with functions that refer to
                # each other (a cycle each call, left to the collector; frozen, in a window's
                # worker, for good: reader.document.long_lived).
                out.write(json.dumps(self._header(resolved, version)) + "\n")
                data = _without_cyclic_gc(lambda: to_data(document))
                json_pieces.dump(data, out, lists=_LONG_LISTS, texts=_LONG_TEXTS)
            os.replace(partial, entry)  # readers never see half an entry
            self._forget_oldest()
        except Exception:  # no cache is slower, never wrong
            with suppress(OSError):
                partial.unlink(missing_ok=True)

    def remember_language(self, path: Path | str, language: str) -> None:
        """Add the language detected later to the entry, if it is still the file's."""
        document = self.load(path)
        if document is not None and document.language != language:
            self.store(path, replace(document, language=language))

    def _header(self, path: Path, version: tuple[int, int]) -> dict[str, object]:
        """What an entry must start with to be this file's, as it is now, parsed by this code."""
        # The path as JSON can carry it: a name that is not valid UTF-8 keeps its escapes.
        name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return {"format": _FORMAT, "path": name, "size": version[0], "mtime_ns": version[1],
                "parser": parser_fingerprint()}

    def _make_private_folder(self) -> None:
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = self._folder.stat()
        # A folder made by an older version was 0755: close it (if it is ours to close).
        if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.getuid():
            self._folder.chmod(0o700)
        for old in self._folder.glob(f"*{_PICKLED_SUFFIX}"):
            with suppress(OSError):
                old.unlink()

    def _entry(self, path: Path) -> Path:
        name = blake2b(str(path).encode("utf-8", "surrogatepass"),
                       digest_size=_DIGEST_BYTES).hexdigest()
        return self._folder / f"{name}{_SUFFIX}"

    def _forget_oldest(self) -> None:
        """Keep the newest entries within both limits (the newest always stays)."""
        entries = sorted(((_stat(entry), entry) for entry in self._folder.glob(f"*{_SUFFIX}")),
                         key=lambda item: item[0][0], reverse=True)
        total = 0
        for kept, ((_mtime, size), entry) in enumerate(entries):
            total += size
            if kept and (kept >= self._max_entries or total > self._max_bytes):
                with suppress(OSError):
                    entry.unlink(missing_ok=True)


def _without_cyclic_gc(build: Callable[[], _Built]) -> _Built:
    """Rebuilding a large document makes a million objects, none in a cycle: Python's cycle
    collector would rescan them again and again (as during a parse, see
    ``reader.document.long_lived``)."""
    with collection_paused():
        return build()


def _stat(entry: Path) -> tuple[int, int]:
    """(modification time, size) of a cache entry; (0, 0) if it just went away."""
    try:
        info = entry.stat()
    except OSError:
        return 0, 0
    return info.st_mtime_ns, info.st_size
