"""A transcript's line numbers in the margin, read away while the text keeps them.

A court or deposition transcript, a hearing's record, numbers each line of its page in the
margin, 1 to 25 (or 28), again from 1 on each page, a header and the page's number between:
``1   Q.   Did you …`` / ``2        see the gate?`` / ``3   A.   Yes.``. Read as words, the
numbers hid every turn's label (``Q.`` is no line's start) and ran into every question. In
such a text (``is_margin_numbered``, the run of numbers from 1 is the cue) the line rules read
each line without its number (``MarginView``), the paragraphs keep their lines as line breaks
(``margin_breaks``: the text shown is the file's, each line with its number) and the rules'
view of the blocks leaves the numbers out (``MARGIN_LEFT_OUT``, read by ``ruleview``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ...model import LINE_BREAK

# A line opened by its number in the margin, the line's words (or nothing) after it.
NUMBERED = re.compile(r"[ \t]*(\d{1,2})(?:[ \t]+(?=\S)|[ \t]*$)")
_RUN = 10  # numbered lines, at least, from 1 on, one after the other: a page's margin
_SHARE = 0.5  # of a text's lines holding anything, at least, in such runs
_HEAD = 64 * 1024

# What the rules' view of a block leaves out in such a text: the number opening the block or
# a line of it (a line break kept inside it), and the spaces after the number.
MARGIN_LEFT_OUT = re.compile(
    rf"(?:^|(?<={LINE_BREAK}))[ \t]*\d{{1,2}}(?:[ \t]+(?=\S)|[ \t]*(?={LINE_BREAK}|$))"
)

_MARGIN: ContextVar[bool] = ContextVar("margin_numbered", default=False)


def is_margin_numbered(source: str) -> bool:
    """Whether a plain text's lines are numbered in the margin: runs of ten lines or more
    numbered 1, 2, 3 … one after the other (blank lines between them aside), restarting at 1
    on each page, hold half its lines or more. A list numbered without a mark has its items'
    words between its numbers, or too few of them."""
    lines = [line for line in source[:_HEAD].split("\n") if line.strip()]
    if len(lines) < _RUN:
        return False
    in_runs, run, expected = 0, 0, 1
    for line in lines:
        match = NUMBERED.match(line)
        number = int(match.group(1)) if match else 0
        if number == expected and number > 0:
            run, expected = run + 1, expected + 1
            continue
        in_runs += run if run >= _RUN else 0
        run, expected = (1, 2) if number == 1 else (0, 1)
    in_runs += run if run >= _RUN else 0
    return in_runs >= _SHARE * len(lines)


@contextmanager
def margin_numbered(numbered: bool) -> Iterator[None]:
    """The text parsed and analysed within has its lines numbered in the margin (or not)."""
    token = _MARGIN.set(numbered)
    try:
        yield
    finally:
        _MARGIN.reset(token)


def in_margin() -> bool:
    """Whether the text being parsed or analysed has its lines numbered in the margin."""
    return _MARGIN.get()


def margin_breaks(text: str, breaks: list[int]) -> str:
    """``text`` with its soft ``breaks`` kept as line breaks in a margin-numbered text (each
    line shown with its number, as the file has it; the same length, no offset moves)."""
    if not in_margin() or not breaks:
        return text
    chars = list(text)
    for b in breaks:
        if 0 <= b < len(chars) and chars[b].isspace():
            chars[b] = LINE_BREAK
    return "".join(chars)


def without_margin(source: str) -> str:
    """A margin-numbered text's head without its numbers, as the line rules read its lines
    (what tells the width it is wrapped at)."""
    return "\n".join(
        line[match.end() :] if (match := NUMBERED.match(line)) and match.end() < len(line)
        else line
        for line in source[:_HEAD].split("\n")
    )
