"""Subtitles pasted as text: a cue's number and timing before the words said, and the
speaker's name in brackets that opens them ("6" / "00:00:23,400 --> 00:00:26,600" /
"[REDAKTORKA] Najdete si nástupce?"), as a report's or a film's subtitles are shared."""

from __future__ import annotations

import re

from ..text.capitals import CAPITALS

_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
_CUE = re.compile(rf"^\s*(?:\d{{1,5}}\s+)?{_TIME}\s*-->\s*{_TIME}\s*")
_NAMED = re.compile(rf"^\[([{CAPITALS}][^\[\]]{{0,40}})\]\s*(?=\S)")


def subtitle_cue(text: str) -> tuple[str, str] | None:
    """The speaker named in brackets ("" when none) and the words said, when ``text`` opens
    with a subtitle cue's timing; None otherwise."""
    cue = _CUE.match(text)
    if cue is None:
        return None
    said = text[cue.end():]
    named = _NAMED.match(said)
    if named is None:
        return "", said.strip() or text
    return named[1].strip(), said[named.end():].strip() or text
