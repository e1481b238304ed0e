"""A reader's question signed on the line under it, before the editor's answer: "கேள்வி 1:
…?" / "– க.முருகேசன், விழுப்புரம்" / "பதில் 1: …" (a Tamil weekly's readers' column), "Pitanje:
…?" / "— Marko, Split". The signature is the asker's name and town, a dash before it, on a
paragraph of its own: it is none of the question's words, which end with the line above it.

Read from the question's own parts only: the part before asks (its last mark a "?"), the last
part opens with a dash and is a name's length (six words at most, no sentence of its own: no
mark that ends one but an initial's period), so "– Was hat sich seitdem geändert?" under a
question (a dashed second question) stays. A leaf module: it reads text only.
"""

from __future__ import annotations

import re

# A dash, then a name and a place: six words at most, initials' periods and commas between,
# no question or exclamation mark, no full stop ending it after a word of two letters or more.
# (Each word but the last ends at a space: "\S+[ \t]*" six times let a line of unspaced
# letters be cut into words every way, each tried, when it did not match.)
_SIGNATURE = re.compile(r"[—–-][ \t]*(?!.*[?!？؟])(?:\S+[ \t]+){0,5}\S+[ \t]*")
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?…]$")
_ASKED = ("?", "？", "؟", "?»", "?”", "?\"")
_MAX_CHARS = 60


def asker_signature(line: str, above: str) -> bool:
    """Whether ``line``, a question's last paragraph as written, signs the question that
    ``above`` (the paragraph over it) asks: the asker's name and town after a dash."""
    line = line.strip()
    return (
        len(line) <= _MAX_CHARS
        and _SIGNATURE.fullmatch(line) is not None
        and not _SENTENCE_END.search(line)
        and above.rstrip().endswith(_ASKED)
    )
