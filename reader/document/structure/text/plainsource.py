"""A plain text's lines as parsed: what a browser, a mail program or a word processor adds to
each line, which nobody sees and no rule is written for, left out. The parse shows none of it
(Markdown drops a paragraph's leading and trailing white space), so the text shown is the same;
the document keeps its source as it is (its corrections' key), and no line number changes.

- Spaces and tabs at the lines' ends: two spaces are a Markdown line break, which kept the
  line from its paragraph's line rules; a tab before a line's end kept its "?" from ending it.
- An indent every line shares (a text pasted from a quoted or indented mail, "  " or a tab
  before each line): the rules read an unindented line under a list item as no longer the
  item's, and every line looked indented.
- A word processor's first-line indent, each paragraph's first line opened by the same tab or
  spaces while no other line is: a tab before "- …" made it no list item, and the line rules
  read the indented line as going on.
- A quote mark every line shares (a whole interview forwarded in a reply, "> " before each
  line and ">" on each blank one): Markdown made it one quotation, whose questions, title and
  turns no rule reads; Markdown shows no quote mark either, so the text shown is the same.
"""

from __future__ import annotations

import re
from collections import Counter

from ...long_text import changed_by_lines

_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n|\Z)")
_SAMPLE = 256 * 1024  # the head that tells how lines are indented
_PIECE = 1 << 16
_INDENTED_PARAGRAPHS = 3  # first lines indented alike, at least, for a first-line indent


def plain_lines(source: str) -> str:
    """``source`` as parsed when it is a plain text (see the module's docstring)."""
    if " \n" in source or "\t\n" in source or source.endswith((" ", "\t")):
        # A piece of lines at a time (long_text): one pass over 10 MB holds Python's lock.
        source = changed_by_lines(source, lambda piece: _TRAILING_SPACE.sub("", piece), _PIECE)
    if source.startswith(">") and _all_quoted(source[:_SAMPLE]):
        source = changed_by_lines(source, lambda piece: _QUOTE_MARK.sub("", piece), _PIECE)
    head = source[:_SAMPLE]
    if not (head.startswith((" ", "\t")) or "\n " in head or "\n\t" in head):
        return source
    lines = [line for line in head.split("\n") if line]
    shared = _shared_indent(lines)
    if shared:
        opening = re.compile(rf"(?m)^{re.escape(shared)}")
    elif first := _first_line_indent(head):
        # (a piece opening right under a blank line keeps its first line's indent: rare)
        opening = re.compile(rf"(?<=\n\n){re.escape(first)}(?=\S)")
        if source.startswith(first) and source[len(first) : len(first) + 1].strip():
            source = source[len(first) :]
    else:
        return source
    return changed_by_lines(source, lambda piece: opening.sub("", piece), _PIECE)


_QUOTE_MARK = re.compile(r"(?m)^>[ \t]?")
_QUOTED_LINES = 3  # a quote's lines, at least, for a whole text quoted


def _all_quoted(head: str) -> bool:
    """Whether every line of ``head`` that holds anything is quoted ("> …" or ">")."""
    lines = [line for line in head.split("\n") if line.strip()]
    if len(head) == _SAMPLE and len(lines) > 1:
        lines.pop()  # (cut in the middle: the piece of a line may be its quote mark's end)
    return len(lines) >= _QUOTED_LINES and all(line.startswith(">") for line in lines)


def _shared_indent(lines: list[str]) -> str:
    """The white space every line opens with (lines end without white space here)."""
    indent = _indent(lines[0]) if lines else ""
    for line in lines[1:]:
        if not indent:
            break
        while not line.startswith(indent):
            indent = indent[:-1]
    return indent


def _first_line_indent(head: str) -> str:
    """The indent that opens each paragraph's first line and no other line, when three
    paragraphs or more are so opened; "" otherwise."""
    firsts: Counter[str] = Counter()
    for paragraph in head.split("\n\n"):
        lines = [line for line in paragraph.split("\n") if line]
        if not lines:
            continue
        if any(line[:1].isspace() for line in lines[1:]):
            return ""  # a line indented inside a paragraph: a list's, a quote's, a poem's
        firsts[_indent(lines[0])] += 1
    indents = [indent for indent in firsts if indent]
    if len(indents) != 1 or firsts[indents[0]] < _INDENTED_PARAGRAPHS:
        return ""
    return indents[0]


def _indent(line: str) -> str:
    """The spaces and tabs that open ``line``."""
    return line[: len(line) - len(line.lstrip(" \t"))]
