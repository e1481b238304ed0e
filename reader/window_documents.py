"""Where the window's documents come from: the seed interview opened when no file is given, and
the loader the window is given, which reads a document from the cache of parsed documents when
the cache holds it (or the child parsing it ahead will), else parses it without detecting its
language (detected after the first paint, in a child process: ``detect_language``).

``reader.app`` hands these to the window it builds; tests and benchmarks build their windows
with them too.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

from .document.cache import DocumentCache
from .parse_ahead import APP_NAME, ParseAhead, parse

if TYPE_CHECKING:
    from .document.model import Document
    from .ui.opening.opening import Loader

SEED_NAME = "interview-pedocriminalite.txt"


def seed_candidates() -> list[Path]:
    """Where the embedded interview may be: a source checkout or editable install has
    ``seeds/`` beside the package; an installed copy may carry it inside the package or under
    ``<prefix>/share``."""
    package = Path(__file__).resolve().parent
    return [
        package.parent / "seeds" / SEED_NAME,
        package / "seeds" / SEED_NAME,
        Path(sys.prefix) / "share" / APP_NAME / "seeds" / SEED_NAME,
    ]


def default_document_path() -> Path | None:
    """The document opened when no file is given, or None if the seed cannot be found."""
    for candidate in seed_candidates():
        if candidate.is_file():
            return candidate
    return None


def open_without_language(path: str) -> Document:
    """The window's loader: the language is detected after the first paint (LanguageDetection)."""
    return parse(path)


def detect_language(document: Document) -> Document:
    """The window's detection: in a child process, so that the language model's ~100 MB never
    stay in the window's memory."""
    from .document.language import detect_language_apart
    from .document.pipeline import with_detected_language

    return with_detected_language(document, detect_language_apart)


def cache_folder() -> Path:
    """The user's cache of parsed documents (``~/.cache/accessible-reader/documents``)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / "documents"


def document_cache() -> DocumentCache:
    return DocumentCache(cache_folder())


def through_cache(load: Loader, cache: DocumentCache, ahead: ParseAhead | None = None) -> Loader:
    """``load``, skipped when the cache has the document parsed from that file as it is (or
    will have it once the child parsing it ahead is done)."""

    def load_through_cache(path: str) -> Document:
        if ahead is not None:
            ahead.wait_for(str(path))  # its entry, if the child parses this file
        document = cache.load(path)
        if document is None:  # a large text file is parsed in a child, into the cache
            document = cache.parsed_apart(path)
        if document is not None:
            return replace(document, path=str(path))  # as the user named it this time
        document = load(path)
        cache.store(path, document)
        return document

    return load_through_cache
