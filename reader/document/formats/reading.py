"""Which format a file is, and its reader: by suffix first, then by the bytes themselves.

Each reader takes the file's bytes (``loading.read_file_bytes``: the same checks for every
format) and returns an ``Extracted``; the pipeline turns that into a ``Document``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..loading import MAX_FILE_BYTES, OLE_SIGNATURE, LoadError, LoadProblem, read_file_bytes
from .blocks import Extracted
from .lyrics import is_lyrics
from .note_refs import with_note_references
from .substation import is_substation
from .timed_text import is_timed_text

# Formats other than text, by suffix. ("text" and "markdown" stay with the text pipeline.)
SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".xht": "html",
    ".mhtml": "html", ".mht": "html",  # a saved web archive: its page is read
    ".webarchive": "html",  # Safari's saved page (a property list): its page is read
    ".docx": "docx", ".odt": "odt", ".epub": "epub", ".pdf": "pdf",
    # Word's document with macros and its templates, LibreOffice's template: the same text
    ".docm": "docx", ".dotx": "docx", ".dotm": "docx", ".ott": "odt",
    ".vtt": "transcript", ".srt": "transcript", ".sbv": "transcript",  # a call's, a video's
    ".lrc": "transcript",  # a song's lyrics, timed (lyrics.py)
    ".ass": "transcript", ".ssa": "transcript",  # SubStation Alpha (substation.py)
    ".ttml": "transcript", ".dfxp": "transcript",  # Timed Text, broadcasters' (timed_text.py)
    ".rtf": "rtf",
    ".doc": "doc",  # Word 97-2003 (or RTF, a web page … that Word saved under its name)
}
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".mdown": "markdown", ".mkd": "markdown",
                 # a saved e-mail: its text (email_message.py, pipeline.py)
                 ".eml": "text", ".msg": "text"}
# Every suffix the reader opens, by format: for File > Open's filters ("All documents" first).
ALL_SUFFIXES = {**TEXT_SUFFIXES, **SUFFIXES}
# What loading's sniffing calls a binary file, for files whose suffix says nothing.
_SNIFFED = {"PDF": "pdf", "EPUB": "epub", "DOCX": "docx", "OpenDocument": "odt",
            "OLE": "doc"}  # an OLE file that is no Word document is refused by its reader
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024  # a book or a PDF with pictures is larger than text

_TEXT_FORMATS = frozenset({"transcript", "rtf"})  # text with marks: text's limit (MAX_FILE_BYTES)


@dataclass(frozen=True, slots=True)
class ReadingOptions:
    """Choices the reader offers: each maps to one visible setting."""

    whole_page: bool = False  # HTML: keep the site's chrome (View > Show the whole page)
    notes: bool = True  # read footnotes and endnotes (EPUB, HTML: page-break markers too)


def format_for_suffix(path: str | Path) -> str:
    """"html", "docx", … for a suffix this package reads; "" for anything else."""
    return SUFFIXES.get(Path(path).suffix.lower(), "")


def format_for_binary(detail: str) -> str:
    """The format of a file the text loader refused as binary (its ``LoadError.detail``)."""
    return _SNIFFED.get(detail, "")


def format_for_text(text: str) -> str:
    """The format of a file that decoded as text but is marked up: a transcript or an RTF
    document saved as ``.txt`` or with no suffix; "" for text. Only the head is read (no
    copy of a 50 MB text), and nothing is imported: every text file goes through here."""
    # a web page's zero-width space may open it (the text pasted from the page)
    head = text[:8192].lstrip("\ufeff\u200b \t\r\n")[:4096]
    if head.startswith("{\\rtf"):
        return "rtf"
    if head.startswith(("<?xml", "<rss")) and "<rss" in head and _WORDPRESS in head:
        return "html"  # a WordPress export (.xml): its posts are read as a page
    if head.startswith("WEBVTT") and head[6:7] in ("", " ", "\u00a0", "\t", "\r", "\n"):
        return "transcript" if "-->" in head else ""  # "WEBVTT is a format." is text
    if is_lyrics(head) or is_substation(head) or is_timed_text(head):
        return "transcript"  # timed lyrics (LRC), SubStation or Timed Text subtitles
    lines = head.splitlines()
    subrip = len(lines) >= 2 and lines[0].strip().isdigit() and _SRT_TIMINGS.match(lines[1])
    subviewer = len(lines) >= 2 and _SBV_TIMINGS.fullmatch(lines[0].strip())
    return "transcript" if subrip or subviewer else ""


_WORDPRESS = "http://wordpress.org/export/"  # the export's namespace, in the file's head
_SRT_TIMINGS = re.compile(r"\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}")
_SBV_TIMINGS = re.compile(r"\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}")


def largest_file(format_name: str) -> int:
    """The most bytes a file of ``format_name`` may hold: text's limit for text with marks
    (a transcript, RTF), which also opens it in the background as text from 1 MB on."""
    return MAX_FILE_BYTES if format_name in _TEXT_FORMATS or not format_name else (
        MAX_DOCUMENT_BYTES)


def extract(path: str | Path, format_name: str, options: ReadingOptions) -> Extracted:
    """Read ``path`` as ``format_name``. Raises ``LoadError`` only."""
    return extract_data(read_file_bytes(Path(path), largest_file(format_name)), str(path),
                        format_name, options)


def extract_data(data: bytes, name: str, format_name: str, options: ReadingOptions) -> Extracted:
    """``data`` read as ``format_name`` (bytes read already: a ``.txt`` file found to be a
    transcript). Raises ``LoadError`` only."""
    try:
        return _extract(data, name, format_name, options)
    except LoadError:
        raise
    except (RecursionError, MemoryError):
        raise LoadError(LoadProblem.CORRUPT, name, format_name.upper()) from None
    except Exception as error:  # noqa: BLE001 - a library's own error on a damaged file
        raise LoadError(LoadProblem.CORRUPT, name, type(error).__name__) from None


def _extract(data: bytes, path: str, format_name: str, options: ReadingOptions) -> Extracted:
    if format_name == "html":
        from .html import read_html

        return with_note_references(read_html(data, path, whole_page=options.whole_page,
                                              notes=options.notes))
    if format_name == "doc" or (format_name == "docx" and data.startswith(OLE_SIGNATURE)):
        # a .docx that is an OLE file: password-protected (Word encrypts into one), or a
        # Word 97-2003 file renamed; the .doc reader tells them apart
        from .doc import read_doc

        return read_doc(data, path, notes=options.notes)
    if format_name == "docx":
        from .docx import read_docx

        return read_docx(data, path, notes=options.notes)
    if format_name == "odt":
        from .odt import read_odt

        return read_odt(data, path, notes=options.notes)
    if format_name == "epub":
        from .epub import read_epub

        return with_note_references(read_epub(data, path, notes=options.notes))
    if format_name == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, path)
    if format_name == "transcript":
        from .lyrics import read_lyrics
        from .substation import read_substation
        from .transcripts import read_transcript

        head = data[:4096].decode("utf-8", "replace")
        if path.lower().endswith((".ass", ".ssa")) or is_substation(head):
            return read_substation(data, path)
        if path.lower().endswith((".ttml", ".dfxp")) or is_timed_text(head):
            from .timed_text import read_timed_text

            return read_timed_text(data, path)
        if path.lower().endswith(".lrc") or is_lyrics(head):
            return read_lyrics(data, path)
        return read_transcript(data, path)
    if format_name == "rtf":
        from .rtf import read_rtf

        return read_rtf(data, path, notes=options.notes)
    raise LoadError(LoadProblem.BINARY, path, format_name)
