"""Terminal commands: the document's outline for a terminal (and a terminal screen reader).

``reader outline FILE [--json]`` exits 0 on success, 1 with a message on stderr when the file
cannot be read, 2 on a usage error (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from . import messages
from .document import Document, LoadError, open_document
from .document.correction_store import corrected


def outline_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="reader outline",
        description=messages.tr("Print a document's outline: its questions or sections."),
    )
    parser.add_argument("file", help=messages.tr("a text or Markdown file"))
    parser.add_argument(
        "--json", action="store_true", help=messages.tr("print one JSON object instead of text")
    )
    args = parser.parse_args(argv)
    try:
        document = open_document(args.file)
    except LoadError as error:
        print(f"reader: {messages.load_error(error)}", file=sys.stderr)
        return 1
    for notice in document.notices:
        print(f"reader: {messages.notice(notice)}", file=sys.stderr)
    document, stored, dropped = corrected(document)
    if stored.problem is not None:
        print(f"reader: {messages.corrections_unreadable(stored.file)}", file=sys.stderr)
    if dropped:
        print(f"reader: {messages.corrections_dropped(len(dropped))}", file=sys.stderr)
    try:
        if args.json:
            json.dump(outline_json(document), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(outline_text(document))
        sys.stdout.flush()
    except BrokenPipeError:
        # Whoever read the output (head, a pager) stopped early: not an error. Point stdout at
        # devnull so that Python's own flush at exit does not fail again (Python docs, SIGPIPE).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def outline_json(document: Document) -> dict:
    """The outline as plain data: stable keys for scripts and tests."""
    return {
        "title": document.title,
        "language": document.language,
        "kind": document.kind.value,
        "encoding": document.encoding,
        "questions": [
            {
                "number": section.number,
                "speaker": section.speaker,
                "text": section.heading,
                "answer": document.answer_text(section),
                "start": section.start,
            }
            for section in document.questions
        ],
        "sections": [
            {
                "kind": section.kind.value,
                "label": messages.section_label(section),
                "level": section.level,
                "start": section.start,
                "end": section.end,
            }
            for section in document.sections
        ],
    }


def outline_text(document: Document) -> str:
    """One line per section, indented by level; questions numbered, for reading line by line."""
    lines = [messages.cli_outline_header(document.title, document.kind.value, document.language)]
    lines.append("")
    for section in document.sections:
        indent = "  " * (section.level - 1)
        lines.append(f"{indent}{messages.section_label(section)}")
    return "\n".join(lines) + "\n"
