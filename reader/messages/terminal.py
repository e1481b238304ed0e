"""``reader outline``'s help. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr


def outline_description() -> str:
    return tr("Print a document's outline: its questions or sections.")


def outline_file_help() -> str:
    return tr("a text or Markdown file")


def outline_json_help() -> str:
    return tr("print one JSON object instead of text")
