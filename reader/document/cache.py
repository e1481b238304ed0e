"""Parsed documents kept on disk, so that opening a document again skips the parse.

Re-opening is what readers do most (the trainer's interview, yesterday's book), and parsing
is what start-up spends most on after Qt itself: importing markdown-it and compiling the
structure rules cost more than the parse of a whole interview (README, Benchmarks). A hit
needs neither.

An entry is valid for one version of the file (its size and modification time) and one
version of the parser: the fingerprint of this package's own source files, so a change to
any parsing rule invalidates every entry without anyone remembering to bump a number.

The cache only ever saves time: a missing, unreadable, corrupt or unwritable cache is the same
as an empty one, and nothing here raises.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from contextlib import suppress
from dataclasses import replace
from functools import cache
from pathlib import Path

from .model import Document

MAX_ENTRIES = 32  # the most recently stored documents; older entries are deleted
# ... and no more than this on disk in all: a 50 MB document pickles to about 150 MB, and a
# reader's cache folder must not grow to gigabytes.
MAX_BYTES = 512 * 1024 * 1024
_SUFFIX = ".document"


@cache
def parser_fingerprint() -> str:
    """Changes whenever a source file of the document package changes."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for source in sorted(package.rglob("*.py")):  # the format readers in formats/ too
        stat = source.stat()
        name = source.relative_to(package).as_posix()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def _file_version(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


class DocumentCache:
    """Pickled ``Document`` objects in ``folder``, one file per document path.

    Pickle, because a document is plain dataclasses and enums and loads in well under a
    millisecond per 30 KB. The folder is the user's own cache folder: whoever can write there
    can already run code as that user.
    """

    def __init__(self, folder: Path | str, *, max_entries: int = MAX_ENTRIES,
                 max_bytes: int = MAX_BYTES) -> None:
        self._folder = Path(folder)
        self._max_entries = max_entries
        self._max_bytes = max_bytes

    def load(self, path: Path | str) -> Document | None:
        """The document parsed from ``path`` as it is now, or None."""
        path = Path(path).resolve()
        version = _file_version(path)
        if version is None:
            return None
        try:
            with open(self._entry(path), "rb") as entry:
                key, document = pickle.load(entry)
        except Exception:  # any broken entry is simply a miss
            return None
        if key != self._key(path, version) or not isinstance(document, Document):
            return None
        return document

    def store(self, path: Path | str, document: Document) -> None:
        path = Path(path).resolve()
        version = _file_version(path)
        if version is None:
            return
        entry = self._entry(path)
        # One partial file per writer: two threads may store the same document at once.
        partial = entry.with_suffix(f".{os.getpid()}-{threading.get_ident()}.partial")
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with open(partial, "wb") as out:
                pickle.dump((self._key(path, version), document), out,
                            protocol=pickle.HIGHEST_PROTOCOL)
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

    def _key(self, path: Path, version: tuple[int, int]) -> tuple[str, int, int, str]:
        return (str(path), *version, parser_fingerprint())

    def _entry(self, path: Path) -> Path:
        name = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()
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


def _stat(entry: Path) -> tuple[int, int]:
    """(modification time, size) of a cache entry; (0, 0) if it just went away."""
    try:
        stat = entry.stat()
    except OSError:
        return 0, 0
    return stat.st_mtime_ns, stat.st_size
