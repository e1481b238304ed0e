"""Transcripts made from a document's blocks the way the tools that record interviews write
them, for the format scores and the tests: each paragraph of the text (each line that opens
with a speaker's name) one turn, said in cues of two caption lines, a pause between turns.

- ``zoom``: WebVTT with numbered cues, "Name: text" in every cue of a named turn;
- ``teams``: WebVTT with identifiers, every cue of a named turn in a voice span
  (``<v Name>text</v>``), a NOTE block after the header;
- ``srt``: SubRip, CRLF line ends, the "Name: " label in a turn's first cue only.

A line that names no speaker is said unnamed (a title, an introduction).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from reader.document.model import LINE_BREAK, Block

_LABEL = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,2})\s?:\s+(?=\S)")
# A line opening another speaker's turn without a name the tools would give ("D. …", "Q …",
# "ENTREVISTADORA. …"): said as a turn of its own, unnamed.
_TURN_MARK = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]{1,3}[.:]?|[A-ZÀ-ÖØ-Þ][\w'’.\-]*[.:])\s")
_LINE_CHARS = 42  # a caption line, as broadcasters and Zoom set them
_WORD_MS = 350
_PAUSE_MS = 2500  # between turns: more than the pause that ends an unnamed paragraph


def turns(blocks: list[Block]) -> list[tuple[str, str]]:
    """(speaker or "", words) for each block, and for each line of a block that opens with a
    speaker's name (a question and its answer on two lines of one paragraph)."""
    said: list[tuple[str, str]] = []
    for block in blocks:
        for number, line in enumerate(block.text.split(LINE_BREAK)):
            line = " ".join(line.split())
            label = _LABEL.match(line)
            if label:
                said.append((label[1], line[label.end():]))
            elif number and said and not _TURN_MARK.match(line):  # goes on the turn before
                said[-1] = (said[-1][0], f"{said[-1][1]} {line}".strip())
            elif line:
                said.append(("", line))
    # A name said once is no speaker ('Elena Barceló: "…"', a title): the line is said unnamed.
    counts = Counter(speaker for speaker, _ in said if speaker)
    return [(speaker, words) if counts[speaker] >= 2 else ("", f"{speaker}: {words}")
            if speaker else (speaker, words) for speaker, words in said]


def _cues(words: str) -> list[list[str]]:
    """The words in caption lines of at most ``_LINE_CHARS``, two lines a cue."""
    lines: list[str] = []
    for word in words.split():
        if lines and len(lines[-1]) + 1 + len(word) <= _LINE_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return [lines[i:i + 2] for i in range(0, len(lines), 2)]


def _time(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02}:{minutes:02}:{seconds:02}{separator}{millis:03}"


def write_transcript(path: Path, blocks: list[Block], tool: str) -> Path:
    """``blocks`` as ``tool`` ("zoom", "teams" or "srt") writes a transcript."""
    srt = tool == "srt"
    separator, end = (",", "\r\n") if srt else (".", "\n")
    out = [] if srt else ["WEBVTT", ""]
    if tool == "teams":
        out += ["NOTE", "Transcript made by Microsoft Teams", ""]
    clock, number = 1000, 0
    for speaker, words in turns(blocks):
        if not srt:  # WebVTT escapes what would read as markup, as the tools write it
            words = html.escape(words, quote=False)
        for index, lines in enumerate(_cues(words)):
            number += 1
            duration = _WORD_MS * sum(len(line.split()) for line in lines)
            text = lines
            if speaker and tool == "teams":
                text = [f"<v {speaker}>{lines[0]}", *lines[1:]]
                text[-1] += "</v>"
            elif speaker and (tool == "zoom" or index == 0):
                text = [f"{speaker}: {lines[0]}", *lines[1:]]
            identifier = (f"3f2a9c1e-7b4d-4e8a-9c55-{number:012d}/{number}-0" if tool == "teams"
                          else str(number))
            out += [identifier, f"{_time(clock, separator)} --> "
                    f"{_time(clock + duration, separator)}", *text, ""]
            clock += duration
        clock += _PAUSE_MS
    path.write_bytes(end.join(out).encode("utf-8"))
    return path
