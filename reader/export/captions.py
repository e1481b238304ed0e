"""WebVTT captions (one cue per sentence, at the time it is heard) and the M3U8 playlist."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


def webvtt(cues: Sequence[Cue]) -> str:
    lines = ["WEBVTT", ""]
    for cue in cues:
        lines += [f"{clock(cue.start_ms)} --> {clock(cue.end_ms)}", _escaped(cue.text), ""]
    return "\n".join(lines)


def playlist(title: str, entries: Sequence[tuple[str, int, str]]) -> str:
    """Extended M3U in UTF-8: ``entries`` are (title, duration in ms, file name), the file
    names relative so the folder can be moved or copied to a phone as a whole."""
    lines = ["#EXTM3U", f"#PLAYLIST:{_one_line(title)}"]
    for entry_title, duration_ms, name in entries:
        lines += [f"#EXTINF:{round(duration_ms / 1000)},{_one_line(entry_title)}", name]
    return "\n".join(lines) + "\n"


def clock(ms: int) -> str:
    """HH:MM:SS.mmm: WebVTT's time format, and the Vorbis chapter extension's."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _escaped(text: str) -> str:
    """Cue text: one line, and the three characters WebVTT gives a meaning escaped."""
    text = _one_line(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _one_line(text: str) -> str:
    return " ".join(text.split())
