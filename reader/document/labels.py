"""Short words for a document and its parts, wherever they are shown or said."""

from __future__ import annotations

from pathlib import Path

from .model import Document

ELLIPSIS = "…"


def display_title(document: Document) -> str:
    """The document's title, else its file name ("" when it has neither)."""
    return document.title or (Path(document.path).name if document.path else "")


def shortened(text: str, limit: int) -> str:
    """``text``, cut to ``limit`` characters with "…" as the last one when it is longer."""
    return text if len(text) <= limit else text[:limit - 1] + ELLIPSIS
