"""Transcripts exported as plain text: each turn a paragraph opened by a line that is only
the speaker's name and the time ("Leonie Brandt  0:02", Otter's TXT export; "Speaker 1
(00:01:05):", Rev's; "[00:02] Frank Oduya", time first), what was said on the lines under
it. The line is the turn's label, not the first words of a sentence going on: it stays a
line of its own in the turn's paragraph (a line break, as Word's exports of the same
transcripts have it), where wrapping would have joined it to the speech by a space.
"""

from __future__ import annotations

import re

from .model import LINE_BREAK

_NAME = r"[^\W\d_][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){0,3}"
_TIME = r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]?"
_STAMP_LINE = re.compile(
    rf"(?:(?P<name>{_NAME})[ \t]+{_TIME}|{_TIME}[ \t]+(?P<later>{_NAME}))[ \t]*:?[ \t]*")
_LINE_CHARS = 60


def stamp_line_kept(text: str, breaks: list[int]) -> tuple[str, list[int]]:
    """``text`` with its first soft break a line break when the line before it is a
    speaker's name and a time alone, and ``breaks`` without it (the break's " " becomes
    a ``LINE_BREAK``, one character for one: the inlines' offsets stay)."""
    if not breaks:
        return text, breaks
    first = breaks[0]
    stamp = _STAMP_LINE.fullmatch(text[:first]) if first <= _LINE_CHARS else None
    if stamp is None or not _a_name(stamp.group("name") or stamp.group("later") or ""):
        return text, breaks
    return text[:first] + LINE_BREAK + text[first + 1:], breaks[1:]


def _a_name(words: str) -> bool:
    """A speaker's name or a tool's "Speaker 2": each word capitalised or a number ("Doors
    open 10:30" is a line of a notice, not a label)."""
    return all(word[0].isupper() or word.isdigit() for word in words.split())
