"""SubStation Alpha subtitles (``.ass``, ``.ssa``): what Aegisub, Subtitle Edit and many
video tools save, and what fansubbers and documentary subtitlers exchange.

The file is in sections. ``[Script Info]`` holds the script's ``Title:`` (Aegisub's
default is "Default Aegisub file", no title a person gave); ``[V4+ Styles]`` the looks;
``[Events]`` a ``Format:`` line naming the fields, then one ``Dialogue:`` line per subtitle
(``Comment:`` lines are the subtitler's own, never shown). A dialogue's ``Name`` field (the
"actor") says who speaks when the subtitler filled it in; its ``Text`` comes last and may
hold commas. In the text, ``\\N`` breaks a line (``\\n`` too, ``\\h`` is a hard space), and
override blocks in braces set the look: ``{\\i1}…{\\i0}`` italics (a voice off screen, as in
any subtitles), ``{\\an8}`` the position, ``{\\c&H00FFFF&}`` a colour, ``{\\p1}`` a vector
drawing whose "words" are drawing commands until ``{\\p0}``.

The dialogues become cues, in the order of their start times (a file may list them in any
order), read as WebVTT's are (``transcripts``): the names as speakers' labels when the same
name speaks twice at least, a line wholly in italics as the voice off screen, the timings
never read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..loading import BinaryData, LoadError, LoadProblem, decode_bytes
from .blocks import Extracted
from .captions import line_colours

if TYPE_CHECKING:
    from .transcripts import Cue

_SECTION = re.compile(r"^\[([^\]]+)\]\s*$")
_OVERRIDE = re.compile(r"\{([^{}]*)\}")
_DRAWING = re.compile(r"\\p([0-9]+)")
_ITALIC = re.compile(r"\\i([01])(?![0-9])")
_TIME = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?")
_DEFAULT_TITLES = frozenset({"default aegisub file", "untitled", "<untitled>"})
_FIELDS = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv",
           "effect", "text")  # SSA v4+'s usual order, when no Format: line says otherwise


def is_substation(text: str) -> bool:
    """Whether decoded text is a SubStation Alpha script: it opens with ``[Script Info]``."""
    return text[:4096].lstrip("\ufeff\u200b \t\r\n")[:13].lower() == "[script info]"


def read_substation(data: bytes, path: str) -> Extracted:
    """The script's dialogues as speech, under its title."""
    from .transcripts import spoken  # here: as every transcript reader is imported

    try:
        text = decode_bytes(data).text
    except BinaryData as binary:
        raise LoadError(LoadProblem.BINARY, path, binary.format) from None
    title, fields, dialogues = "", list(_FIELDS), []
    section = ""
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        heading = _SECTION.match(line)
        if heading:
            section = heading[1].strip().lower()
            continue
        key, colon, value = line.partition(":")
        if not colon:
            continue
        key, value = key.strip().lower(), value.strip()
        if section == "script info" and key == "title":
            title = "" if value.lower() in _DEFAULT_TITLES else value
        elif section == "events" and key == "format":
            fields = [name.strip().lower() for name in value.split(",")]
        elif section == "events" and key == "dialogue":
            dialogue = dict(zip(fields, value.split(",", len(fields) - 1), strict=False))
            dialogues.append(dialogue)
    cues = sorted((cue for d in dialogues if (cue := _cue(d)) is not None),
                  key=lambda cue: cue.start_ms)
    if not cues and not title:
        raise LoadError(LoadProblem.CORRUPT, path, "SubStation Alpha")
    return spoken(cues, title)


def _cue(dialogue: dict[str, str]) -> Cue | None:
    """A dialogue as a cue: its lines with their italics as WebVTT writes them, its speaker
    as a voice span; None when it says nothing."""
    lines = _lines(dialogue.get("text", ""))
    if not any(line.strip() for line in lines):
        return None
    name = " ".join(dialogue.get("name", "").split())
    colours = line_colours(lines)
    plain = [re.sub(r"</?i>", "", line) for line in lines]
    if name:
        plain[0] = f"<v {name}>{plain[0]}"
    from .transcripts import Cue

    return Cue(_milliseconds(dialogue.get("start", "")), _milliseconds(dialogue.get("end", "")),
               tuple(plain), colours)


def _lines(text: str) -> list[str]:
    """The dialogue's text as lines: override blocks out (italics kept as ``<i>`` tags,
    a drawing's commands left out), ``\\N`` and ``\\n`` breaking lines, ``\\h`` a space."""
    out, drawing, position = [], False, 0
    for block in _OVERRIDE.finditer(text):
        if not drawing:
            out.append(text[position:block.start()])
        tags = block[1]
        for italic in _ITALIC.finditer(tags):
            out.append("<i>" if italic[1] == "1" else "</i>")
        scale = _DRAWING.findall(tags)
        if scale:
            drawing = scale[-1] != "0"
        position = block.end()
    if not drawing:
        out.append(text[position:])
    joined = "".join(out).replace("\\h", " ")
    return [line.strip() for line in re.split(r"\\[Nn]", joined)]


def _milliseconds(time: str) -> int:
    found = _TIME.search(time)
    if found is None:
        return 0
    hours, minutes, seconds = int(found[1]), int(found[2]), int(found[3])
    fraction = (found[4] or "0").ljust(3, "0")[:3]
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction)
