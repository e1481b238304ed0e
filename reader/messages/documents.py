"""Loading, notices, the outline's labels and the terminal outline. (See ``reader.messages``.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

from ..document.model import Notice, NoticeKind, Section, SectionKind
from .translate import tr

if TYPE_CHECKING:
    from ..document.loading import LoadError, LoadProblem

# --- Loading ---------------------------------------------------------------------------------


def load_error(error: LoadError) -> str:
    """What went wrong opening a file, and what the user can do about it."""
    # Imported already by what refused the file; not by a start showing a cached document
    # (docs/performance.md, "Start-up (session 20)").
    from ..document.loading import LoadProblem

    path = error.path
    problem = error.problem
    if problem is LoadProblem.NOT_FOUND:
        return tr("The file “{path}” does not exist. Check its name and folder.").format(
            path=path
        )
    if problem is LoadProblem.IS_DIRECTORY:
        return tr("“{path}” is a folder, not a document. Choose a document file.").format(
            path=path
        )
    if problem is LoadProblem.PERMISSION_DENIED:
        return tr(
            "You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you "
            "can read."
        ).format(path=path)
    if problem is LoadProblem.BINARY:
        return tr(
            "“{path}” is not a text document (it contains binary data{detail}). Choose a text, "
            "Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript file."
        ).format(path=path, detail=f": {error.detail}" if error.detail else "")
    if problem is LoadProblem.NOT_REGULAR:
        return tr(
            "“{path}” is not a regular file (it is a pipe, a device or a socket). Choose a text "
            "or Markdown file."
        ).format(path=path)
    if problem is LoadProblem.TOO_LARGE:
        return tr(
            "“{path}” is too large to open ({detail}). The limit is {limit}. Split it into "
            "smaller files."
        ).format(path=path, detail=error.detail, limit=size_limit(path))
    if problem is LoadProblem.PASSWORD and error.detail == "Word":  # not a PDF's password
        return tr(
            "“{path}” is protected by a password. Open it in Word or LibreOffice with the "
            "password and save a copy without one."
        ).format(path=path)
    format_problems = _format_problems()
    if problem in format_problems:
        return format_problems[problem]().format(path=path)
    return tr("“{path}” could not be read: {detail}").format(path=path, detail=error.detail)


def _format_problems() -> dict[LoadProblem, Callable[[], str]]:
    """Problems of documents that are not text (reader.document.formats): one sentence each,
    built when asked so that tr() sees the language chosen at that moment."""
    from ..document.loading import LoadProblem

    return {
        LoadProblem.CORRUPT: lambda: tr(
            "“{path}” is damaged and cannot be read. Open it in the program that made it and save "
            "it again."
        ),
        LoadProblem.UNSAFE_XML: lambda: tr(
            "“{path}” was not opened: it asks to read other files or to expand itself, which "
            "documents never need. It may have been made to cause harm."
        ),
        LoadProblem.ZIP_BOMB: lambda: tr(
            "“{path}” was not opened: it would unpack to far more than any document. It may have "
            "been made to cause harm."
        ),
        LoadProblem.DRM: lambda: tr(
            "“{path}” is locked by copy protection (DRM), so its text cannot be read. The shop "
            "that sold it may offer a version without DRM."
        ),
        LoadProblem.PASSWORD: lambda: tr(
            "“{path}” is protected by a password. Open it in a PDF viewer with the password and "
            "save a copy without one."
        ),
        LoadProblem.OLD_FORMAT: lambda: tr(
            "“{path}” was saved by Word 95 or an older version, which the reader cannot open. "
            "Open it in Word or LibreOffice and save it as a Word document (.docx)."
        ),
        LoadProblem.SCANNED: lambda: tr(
            "“{path}” looks scanned: its pages are pictures and it has no text to read. A text "
            "recognition (OCR) program can make a readable copy."
        ),
    }


def format_name(format_value: str) -> str:
    """A document format as the window and File > Open name it (``Document.format``)."""
    return {
        "text": tr("Text"),
        "markdown": tr("Markdown"),
        "html": tr("Web page"),
        "docx": tr("Word document"),
        "doc": tr("Word 97-2003 document"),
        "odt": tr("OpenDocument text"),
        "epub": tr("EPUB book"),
        "pdf": tr("PDF"),
        "transcript": tr("Transcript"),
        "rtf": tr("Rich Text"),
        "wordpress": tr("WordPress export"),
        "email": tr("E-mail"),
        "lyrics": tr("Lyrics"),
    }.get(format_value, format_value)


# Files another format's reader reads, named as what they are: a saved e-mail (the text
# rules read it) and a song's timed lyrics (read as a timed transcript). The window named an
# e-mail as nothing at all and a song "Transcript", and Orca says the window's title.
_NAMED_BY_SUFFIX = {".eml": "email", ".msg": "email", ".lrc": "lyrics"}


def shown_format(format_value: str, path: str) -> str:
    """The format a document is named by (``format_name``): ``Document.format``, unless its
    file's suffix is one of those read by another format's reader."""
    return _NAMED_BY_SUFFIX.get(PurePath(path).suffix.lower(), format_value)


def document_filters() -> str:
    """File > Open's filters: "All documents" first, then one per format, then all files."""
    from ..document.formats.reading import ALL_SUFFIXES

    by_format: dict[str, list[str]] = {}
    for suffix, format_value in ALL_SUFFIXES.items():
        by_format.setdefault(format_value, []).append(f"*{suffix}")
    # A file the reader knows by its content, not by its suffix: a WordPress export is an
    # .xml file (reading.format_for_text); any other .xml is shown as the text it is.
    by_format["wordpress"] = ["*.xml"]
    # A saved e-mail is read as text and a song's lyrics as a transcript, but whoever looks
    # for one looks for "E-mail" or "Lyrics" (``_NAMED_BY_SUFFIX``).
    for suffix, named in _NAMED_BY_SUFFIX.items():
        by_format[ALL_SUFFIXES[suffix]].remove(f"*{suffix}")
        by_format.setdefault(named, []).append(f"*{suffix}")
    every = " ".join(pattern for patterns in by_format.values() for pattern in patterns)
    filters = [tr("All documents ({patterns})").format(patterns=every)]
    filters += [f"{format_name(value)} ({' '.join(patterns)})"
                for value, patterns in by_format.items()]
    filters.append(tr("All files (*)"))
    return ";;".join(filters)


def opening_large_document(path: str, size: str) -> str:
    return tr(
        "Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile."
    ).format(path=path, size=size)


def still_opening(path: str) -> str:
    """Asked for a question or the place while the first document is still being opened."""
    return tr("Still opening “{path}”: wait a few seconds.").format(path=path)


def opening_first_pages(shown: int, pages: int) -> str:
    """A long PDF's first pages are shown while the rest of it is read."""
    return tr("Still opening: the first {shown} of {pages} pages are shown.").format(
        shown=shown, pages=pages)


def size_limit(path: str = "") -> str:
    """The largest file that opens: larger for formats that carry pictures (PDF, EPUB …)."""
    from ..document.formats.reading import format_for_suffix, largest_file

    limit = largest_file(format_for_suffix(path) if path else "")
    return tr("{n} MB").format(n=limit // (1024 * 1024))


def notice(item: Notice) -> str:
    """A note about a document that opened, shown beside it (never blocking)."""
    if item.kind is NoticeKind.EMPTY:
        return tr("This document is empty. Open another one with File > Open (Ctrl+O).")
    if item.kind is NoticeKind.BYTES_REPLACED:
        return tr(
            "{n} bytes of this file could not be decoded and are shown as “\ufffd”. The file "
            "itself is unchanged.",
            None,
            int(item.detail or 0),
        ).replace("{n}", item.detail or "0")
    if item.kind is NoticeKind.LEGACY_ENCODING:
        return tr("This file is not in UTF-8; it was read as {encoding}.").format(
            encoding=item.detail
        )
    if item.kind is NoticeKind.REPAIRED:
        return tr(
            "{n} paragraphs broken in the middle of a sentence were joined.", None, int(item.detail)
        ).replace("{n}", item.detail)
    if item.kind is NoticeKind.NUL_REMOVED:
        return tr(
            "{n} zero bytes (NUL) in this file were left out: they are not text. The file "
            "itself is unchanged.", None, int(item.detail or 0),
        ).replace("{n}", item.detail or "0")
    if item.kind is NoticeKind.FLATTENED:
        return tr(
            "Lists or quotations nested more than {n} levels deep are shown at level {n}; "
            "their text is all there."
        ).format(n=item.detail)
    return item.kind.value


# --- Outline ---------------------------------------------------------------------------------


def section_label(section: Section) -> str:
    """The outline's text for a section."""
    kind = section.kind
    if kind is SectionKind.FRONT_MATTER:
        return tr("Front matter")
    if kind is SectionKind.INTRODUCTION:
        return tr("Introduction")
    if kind is SectionKind.BACK_MATTER:
        return tr("Notes and credits")
    if kind is SectionKind.QUESTION:
        return tr("Question {number}: {text}").format(number=section.number, text=section.heading)
    return section.heading


# Unicode's first-strong isolate and its end: the words between them take their own direction.
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def section_label_shown(section: Section) -> str:
    """The outline's text for a section as drawn: a question's words isolated, so that a
    right-to-left question keeps its question mark at its end (on its left) after the
    left-to-right "Question 1: " (without, the mark stood on the right, before its first word)."""
    if section.kind is not SectionKind.QUESTION:
        return section_label(section)  # the heading alone takes its own direction
    isolated = f"{FIRST_STRONG_ISOLATE}{section.heading}{POP_ISOLATE}"
    return tr("Question {number}: {text}").format(number=section.number, text=isolated)


def isolated(text: str) -> str:
    """The document's ``text`` inside an interface message as drawn: its own direction, so
    a Hebrew sentence keeps its "." or "?" at its end, on its left ("3 of 3: …"). Only for
    what is drawn: what is heard goes through ``without_isolates``."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}" if text else text


def without_isolates(text: str) -> str:
    """``text`` as words, read or compared: without the isolates of ``section_label_shown``."""
    return text.replace(FIRST_STRONG_ISOLATE, "").replace(POP_ISOLATE, "")


def question_position(number: int, total: int) -> str:
    return tr("Question {number} of {total}").format(number=number, total=total)


def section_position(number: int, total: int, label: str) -> str:
    return tr("Section {number} of {total}: {label}").format(
        number=number, total=total, label=label
    )


def document_kind(kind_value: str) -> str:
    return {
        "interview": tr("Interview"),
        "article": tr("Article"),
        "document": tr("Document"),
    }.get(kind_value, kind_value)


# --- Terminal --------------------------------------------------------------------------------


def cli_outline_header(title: str, kind_value: str, language: str) -> str:
    return tr("{title}\n{kind}, language: {language}").format(
        title=title, kind=document_kind(kind_value), language=language or tr("unknown")
    )
