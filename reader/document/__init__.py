"""The document model and its parsing, in pure Python (never imports Qt: a test proves it)."""

from typing import TYPE_CHECKING

from .model import (
    Block,
    BlockKind,
    Document,
    DocumentKind,
    Inline,
    InlineStyle,
    Notice,
    NoticeKind,
    Role,
    Section,
    SectionKind,
)

if TYPE_CHECKING:  # loaded on first use, by __getattr__
    from .loading import MAX_FILE_BYTES, LoadError, LoadProblem
    from .pipeline import open_document, parse_text


def __getattr__(name: str) -> object:
    # The pipeline imports markdown-it and compiles the structure rules (~45 ms): only on use,
    # so that a window showing a cached document never pays for them (reader.document.cache).
    if name in ("open_document", "parse_text"):
        from . import pipeline

        return getattr(pipeline, name)
    # Reading a file: nor is the loading's module needed to show a cached document
    # (docs/performance.md, "Start-up (session 20)").
    if name in ("MAX_FILE_BYTES", "LoadError", "LoadProblem"):
        from . import loading

        return getattr(loading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Block", "BlockKind", "Document", "DocumentKind", "Inline", "InlineStyle", "LoadError",
    "LoadProblem", "MAX_FILE_BYTES", "Notice", "NoticeKind", "Role", "Section", "SectionKind",
    "open_document", "parse_text",
]
