"""The document model and its parsing, in pure Python (never imports Qt: a test proves it)."""

from .loading import LoadError, LoadProblem, MAX_FILE_BYTES
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
from .pipeline import open_document, parse_text

__all__ = [
    "Block", "BlockKind", "Document", "DocumentKind", "Inline", "InlineStyle", "LoadError",
    "LoadProblem", "MAX_FILE_BYTES", "Notice", "NoticeKind", "Role", "Section", "SectionKind",
    "open_document", "parse_text",
]
