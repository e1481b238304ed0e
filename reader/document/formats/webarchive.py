"""The page inside a Safari web archive (.webarchive: "File > Save As… > Web Archive",
Safari's own way to keep a page). The file is a property list (binary, ``bplist00``, or
XML) whose ``WebMainResource`` holds the page's bytes, MIME type and text encoding; the
stylesheets, scripts and pictures in ``WebSubresources`` are never read, nor its frames'
archives. Python's ``plistlib`` reads it: it refuses an XML list that declares entities and
fetches nothing."""

from __future__ import annotations

import html
import plistlib

from ..loading import LoadError, LoadProblem

SIGNATURE = b"bplist00"
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_web_archive(data: bytes) -> bool:
    """A binary property list, or an XML one that names a web archive's main resource."""
    return data.startswith(SIGNATURE) or (
        data.lstrip()[:5] == b"<?xml" and b"WebMainResource" in data[:4096])


def page_of_web_archive(data: bytes, path: str) -> bytes:
    """The archived page's bytes, its encoding said in a ``<meta>`` when the page says none;
    a plain text page as preformatted text. Raises ``LoadError`` for a list that is no web
    archive or archived no page."""
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, OverflowError) as error:
        detail = "XML entities" if "entit" in str(error) else "Web archive"
        problem = LoadProblem.UNSAFE_XML if detail == "XML entities" else LoadProblem.CORRUPT
        raise LoadError(problem, path, detail) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise LoadError(LoadProblem.CORRUPT, path, "Web archive")
    page: bytes = main["WebResourceData"]
    kind = str(main.get("WebResourceMIMEType", "text/html")).casefold()
    encoding = str(main.get("WebResourceTextEncodingName", "") or "")
    if kind in _PAGE_TYPES:
        if encoding and b"charset" not in page[:4096].lower():
            return f'<meta charset="{html.escape(encoding)}">'.encode() + page
        return page
    if kind.startswith("text/"):  # a text file Safari showed, archived as it was
        try:
            text = page.decode(encoding or "utf-8", "replace")
        except LookupError:
            text = page.decode("utf-8", "replace")
        return f'<meta charset="utf-8"><pre>{html.escape(text)}</pre>'.encode()
    raise LoadError(LoadProblem.BINARY, path, kind)  # a picture or a PDF Safari archived
