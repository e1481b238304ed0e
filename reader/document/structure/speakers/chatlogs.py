"""A chat's log is no interview: its lines ("[09:15] Dana: do we still ship on Thursday?" /
"[09:16] Marco: I'd rather slip to Friday") are a team talking, not questions put to a guest.

A log shows it in its lines: nearly every one opens with the time of day it was sent (a
recording's transcript counts from its start instead, "00:00:04 Anna:", "[0:20]"), then a
name; three people or more write; and they write briefly, a few words a line, where a
guest's answers run on.
"""

from __future__ import annotations

import re
from statistics import median

from ...model import LINE_BREAK, Block

# "[09:12] Dana: …", "09:12 - Dana: …", "3/6/24, 09:12 - Dana: …", "[9:12 AM] Dana: …",
# "19:03:40 <fern> …".
_SENT = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+)?\[?(\d{1,2})[:.](\d{2})(?::\d{2})?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?<?([^\s:<>][^:<>]{0,30}?)>?:?\s+(\S.*)$"
)
# "[09:13]" alone, its message the next line: the turns' splitter set the time apart.
_TIME_ALONE = re.compile(r"^\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?$")
_MIN_LINES = 6
_MIN_WRITERS = 3
_BRIEF_WORDS = 10
_LONGEST_WORDS = 40


def is_chat_log(blocks: list[Block]) -> bool:
    """Whether ``blocks`` hold a chat's log: six lines or more opened by the time they were
    sent and a name, most of the text's lines, by three writers or more, a few words each."""
    lines = [
        line.strip()
        for block in blocks
        for line in block.text.replace("\n", LINE_BREAK).split(LINE_BREAK)
        if line.strip()
    ]
    sent = [match for match in map(_SENT.match, _restamped(lines)) if match is not None]
    if len(sent) < _MIN_LINES or len(sent) * 2 < len(lines):
        return False
    if int(sent[0][1]) == 0:  # counted from a recording's start
        return False
    words = [len(match[4].split()) for match in sent]
    return (
        len({match[3].casefold() for match in sent}) >= _MIN_WRITERS
        and median(words) <= _BRIEF_WORDS
        and max(words) <= _LONGEST_WORDS
    )


def _restamped(lines: list[str]) -> list[str]:
    """``lines`` with a time standing alone joined to the line after it."""
    joined: list[str] = []
    for line in lines:
        if joined and _TIME_ALONE.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined
