"""Loading, notices, the outline's labels and the terminal outline. (See ``reader.messages``.)"""

from __future__ import annotations

from ..document.loading import LoadError, LoadProblem
from ..document.model import Notice, NoticeKind, Section, SectionKind
from .translate import tr


# --- Loading ---------------------------------------------------------------------------------


def load_error(error: LoadError) -> str:
    """What went wrong opening a file, and what the user can do about it."""
    path = error.path
    problem = error.problem
    if problem is LoadProblem.NOT_FOUND:
        return tr("The file “{path}” does not exist. Check its name and folder.").format(
            path=path
        )
    if problem is LoadProblem.IS_DIRECTORY:
        return tr("“{path}” is a folder, not a document. Choose a text or Markdown file.").format(
            path=path
        )
    if problem is LoadProblem.PERMISSION_DENIED:
        return tr(
            "You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you "
            "can read."
        ).format(path=path)
    if problem is LoadProblem.BINARY:
        return tr(
            "“{path}” is not a text document (it contains binary data{detail}). Choose a text or "
            "Markdown file."
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
        ).format(path=path, detail=error.detail, limit=size_limit())
    return tr("“{path}” could not be read: {detail}").format(path=path, detail=error.detail)


def opening_large_document(path: str, size: str) -> str:
    return tr(
        "Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile."
    ).format(path=path, size=size)


def size_limit() -> str:
    from ..document.loading import MAX_FILE_BYTES

    return tr("{n} MB").format(n=MAX_FILE_BYTES // (1024 * 1024))


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
