"""Terminal commands: the document's outline and its text for a terminal (and a terminal
screen reader).

``reader outline FILE [--json]`` and ``reader text FILE`` exit 0 on success, 1 with a message
on stderr when the file cannot be read, 2 on a usage error (argparse's own convention).
"""

from __future__ import annotations

import json
import os
import sys

from . import messages
from .document import BlockKind, Document, LoadError, open_document
from .document.correction_store import corrected
from .document.model import LINE_BREAK
from .translated_argparse import TranslatedArgumentParser


def outline_command(argv: list[str]) -> int:
    parser = TranslatedArgumentParser(
        prog="reader outline",
        description=messages.outline_command_description(),
    )
    parser.add_argument("file", help=messages.outline_command_file_help())
    parser.add_argument(
        "--json", action="store_true", help=messages.outline_command_json_help()
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


def outline_json(document: Document) -> dict[str, object]:
    """The outline as plain data: stable keys for scripts and tests."""
    return {
        "title": document.title,
        "language": document.language,
        "kind": document.kind.value,
        "encoding": document.encoding,
        "format": document.format,
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


def text_command(argv: list[str]) -> int:
    parser = TranslatedArgumentParser(
        prog="reader text", description=messages.text_command_description()
    )
    parser.add_argument("file", help=messages.outline_command_file_help())
    args = parser.parse_args(argv)
    try:
        document = open_document(args.file, with_language=False)
    except LoadError as error:
        print(f"reader: {messages.load_error(error)}", file=sys.stderr)
        return 1
    for notice in document.notices:
        print(f"reader: {messages.notice(notice)}", file=sys.stderr)
    try:
        sys.stdout.write(plain_text(document))
        sys.stdout.flush()
    except BrokenPipeError:  # as in outline_command
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def plain_text(document: Document) -> str:
    """Each block a paragraph, a blank line between; list items keep their marker."""
    paragraphs = []
    for block in document.blocks:
        text = block.text.replace(LINE_BREAK, "\n")
        if block.kind is BlockKind.LIST_ITEM:
            marker = "" if block.number_length else f"{block.ordinal or '-'} "  # number: text
            text = f"{'  ' * (block.level - 1)}{marker}{text}"
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
