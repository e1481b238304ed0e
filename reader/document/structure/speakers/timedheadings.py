"""A video's or a podcast's transcript as people copy it: what opens a question's heading that
is no part of the question.

YouTube's "Show transcript" panel gives each line its time, on the line above or glued to the
words ("00:16>> alors, comment …"); automatic captions mark each change of speaker with ">>";
a Whisper or podcast page puts the time before a bar or a colon ("00:01:19 | …",
"00:01:19: ¿Qué …?"); a transcript service names its speakers by number ("Speaker 3: …").
The outline's heading is the question without them (a number-named speaker becomes the
question's speaker when none was found); the text keeps every character.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Section

# A clock time opening the heading: glued to the words or to ">>" ("00:16>> …", "0:19Why"),
# before a bar or a colon ("00:00:12 | …", "00:00:12: …"), or spaced when it cannot be a time of
# day read in a sentence (hours, minutes and seconds, or a leading zero: "0:19 …", "00:16 …").
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_DAY_TIME = r"[ap]\.?m\b|h\b|hrs?\b|uhr\b|horas?\b"  # "3:30pm", "10:30h": a time of day
_LEADING_CLOCK = re.compile(
    rf"(?i)^[ \t]*(?:{_CLOCK}(?:(?=>>)|(?!{_DAY_TIME})(?=[^\W\d_\s])"
    rf"|[ \t]*\|[ \t]*|:[ \t]+|[ \t]+(?=>>))"
    rf"|(?:\d{{1,2}}:\d{{2}}:\d{{2}}|0\d?:\d{{2}})(?:[.,]\d{{1,3}})?[ \t]+)"
)
_SPEAKER_CHANGE = re.compile(r"^[ \t]*>>+[ \t]*")
# "Speaker 3: …", a transcript service's name for a voice it cannot name
_NUMBERED_SPEAKER = re.compile(
    r"^[ \t]*((?:Speaker|Sprecher(?:in)?|Intervenant|Locut(?:or|eur)|Hablante|Spreker|Relatore)"
    r"[ \t]?\d{1,2})[ \t]?:[ \t]+(?=\S)",
    re.IGNORECASE,
)


def needs_timing_removed(heading: str) -> bool:
    """Whether a question's heading may open with a caption's time, mark or speaker number."""
    start = heading.lstrip()[:1]
    return start.isdigit() or start == ">" or _NUMBERED_SPEAKER.match(heading) is not None


def timing_free(section: Section) -> Section:
    """The question's section with its heading's opening time, speaker-change mark ">>" and
    numbered speaker's label left out (the speaker kept when none was found)."""
    heading, speaker = section.heading, section.speaker
    for _ in range(3):  # "00:16>> Speaker 2: …": each may follow another, in any order
        bare = _SPEAKER_CHANGE.sub("", _LEADING_CLOCK.sub("", heading, count=1), count=1)
        named = _NUMBERED_SPEAKER.match(bare)
        if named is not None:
            speaker = speaker or named[1]
            bare = bare[named.end():]
        if bare == heading:
            break
        heading = bare
    heading = heading.strip()
    if not heading or heading == section.heading:
        return section
    return replace(section, heading=heading, speaker=speaker)
