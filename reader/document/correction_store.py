"""Where a document's outline corrections are kept: one JSON file per document in the user's
data folder ($XDG_DATA_HOME, else ~/.local/share, then ``accessible-reader/corrections``).

A file is named by a hash of the document's text, so the corrections follow the document when
it is renamed or moved. A document edited since has another hash: its corrections are then
found by the path they were saved with, and those whose blocks are gone are dropped (and
reported) when applied. Files are JSON, never pickle: a corrupt one is ignored with a notice.
Folders are created private (0700), files written whole (a temporary file renamed) and private
(0600).
"""

from __future__ import annotations

import json
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .model import Document

# The corrections load the structure rules: only when a document has corrections to apply
# (a window opening a document without any never needs them before its first paint).
if TYPE_CHECKING:
    from .corrections import Correction

_VERSION = 1
_MAX_FILE_BYTES = 4 * 1024 * 1024  # far above any real list of corrections


class StoreProblem(Enum):
    CORRUPT = "corrupt"  # the saved corrections could not be read: ignored
    UNWRITABLE = "unwritable"  # the corrections could not be saved


class Stored(NamedTuple):  # not a dataclass: read on the way to the first paint (~0.6 ms)
    corrections: tuple[Correction, ...] = ()
    problem: StoreProblem | None = None
    file: str = ""  # the file read, for a notice


def default_folder() -> Path:
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "accessible-reader" / "corrections"


def content_key(document: Document) -> str:
    """The name of ``document``'s corrections: SHA-256 of its source, taken while parsing
    for a document that let its source go."""
    return document.content_key or content_digest(document.source)


def content_digest(source: str) -> str:
    """SHA-256 of ``source`` in UTF-8, in hex: the key a document's corrections are kept
    under, taken by the pipeline while the source is at hand, so that a document need not keep
    its source afterwards. Encoded a piece at a time (one
    encode of 10 MB holds Python's lock for 40 ms); hashed by OpenSSL for a long text (which
    lets go of the lock: 20 ms for 10 MB, against 120 ms for Python's own), by Python's own
    for a short one (OpenSSL takes 5-8 ms to load). The same digest either way."""
    if len(source) > _DIGEST_PIECE:
        import hashlib

        digest = hashlib.sha256()
    else:
        import _sha256

        digest = _sha256.sha256()
    for start in range(0, len(source), _DIGEST_PIECE):
        # "surrogatepass": a stray surrogate (from a format's reader) still has a key.
        digest.update(source[start:start + _DIGEST_PIECE].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_DIGEST_PIECE = 1 << 20  # characters


class CorrectionStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()

    def load(self, document: Document) -> Stored:
        """The corrections saved for ``document``: by its content, else by its path."""
        if self.is_empty():  # then a kept source need not be hashed: 30-40 ms for 10 MB
            return Stored()
        own = self.folder / f"{content_key(document)}.json"
        if own.is_file():
            return _read(own)
        if document.path:
            wanted = _resolved(document.path)
            for candidate in self._files():
                stored = _read(candidate)
                if stored.problem is None and _saved_path(candidate) == wanted:
                    return stored
        return Stored()

    def is_empty(self) -> bool:
        """Whether no document has corrections kept (nothing to look up when one opens)."""
        return not self._files()

    def save(self, document: Document, corrections: tuple[Correction, ...]) -> StoreProblem | None:
        """Keep ``corrections`` for ``document`` (none: forget them), replacing what was kept
        for an earlier version of it at the same path."""
        own = self.folder / f"{content_key(document)}.json"
        try:
            self._make_folder()
            path = _resolved(document.path) if document.path else ""
            for old in self._files():
                if old != own and path and _saved_path(old) == path:
                    old.unlink(missing_ok=True)
            if not corrections:
                own.unlink(missing_ok=True)
                return None
            data = {
                "version": _VERSION,
                "path": path,
                "corrections": [
                    {"kind": c.kind.value, "anchor": c.anchor, "occurrence": c.occurrence}
                    for c in corrections
                ],
            }
            _write_atomically(own, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError:
            return StoreProblem.UNWRITABLE
        return None

    def _make_folder(self) -> None:
        missing = [p for p in (self.folder, *self.folder.parents) if not p.exists()]
        for folder in reversed(missing):
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)  # whatever the umask

    def _files(self) -> list[Path]:
        try:
            return sorted(self.folder.glob("*.json"))
        except OSError:
            return []


def corrected(document: Document, store: CorrectionStore | None = None) -> tuple[
    Document, Stored, tuple[Correction, ...]
]:
    """``document`` with its saved corrections applied, what was read, and the corrections
    that no longer apply (their block is gone from the document)."""
    from .corrections import apply_corrections

    stored = (store or CorrectionStore()).load(document)
    result = apply_corrections(document, stored.corrections)
    return result.document, stored, result.dropped


def _resolved(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


def _saved_path(file: Path) -> str:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    path = data.get("path", "") if isinstance(data, dict) else ""
    return path if isinstance(path, str) else ""


def _read(file: Path) -> Stored:
    from .corrections import Correction, CorrectionKind

    try:
        if file.stat().st_size > _MAX_FILE_BYTES:
            return Stored(problem=StoreProblem.CORRUPT, file=str(file))
        data = json.loads(file.read_text(encoding="utf-8"))
        items = data["corrections"]
        corrections = tuple(
            Correction(CorrectionKind(item["kind"]), str(item["anchor"]), int(item["occurrence"]))
            for item in items
        )
    except (OSError, ValueError, KeyError, TypeError):
        return Stored(problem=StoreProblem.CORRUPT, file=str(file))
    return Stored(corrections, None, str(file))


def _write_atomically(file: Path, text: str) -> None:
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".", suffix=".tmp")
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
