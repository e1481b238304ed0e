"""What a subtitle line says besides its words: the colour that tells who speaks, and the
sound description that is no speech at all.

- **Colour**: broadcasters' subtitles (the BBC's, ARD's and ZDF's, the EBU's guidelines)
  name no speaker; each speaker keeps a colour instead, and a new colour is a new speaker
  (WebVTT's ``<c.yellow>``, SubRip's ``<font color="#ffff00">``). A colour opened on one
  line goes on over the next lines of its cue until it closes. A file in one colour only
  says nothing by it (styling, not speakers).
- **Italics**: subtitlers set a voice whose speaker is not in the picture in italics (the
  interviewer off screen, a voice on the phone, a narrator; the BBC's and Netflix's
  guidelines, documentaries' subtitles). A line wholly in italics, or a cue's lines under
  one ``<i>`` opened on its first, is that voice (``ITALIC``, told apart like a colour),
  when the file has such lines and lines in roman both: a file all in italics, a word in
  italics inside a line, and sung lines between music notes say nothing of who speaks.
- **Sound**: a line that is only a description in square brackets ("[Music]",
  "[Applause]", YouTube's automatic captions) or asterisks ("*MUSIK*", "*LACHT*", German
  subtitling) or in capitals between parentheses ("(APPLAUSE)") tells a deaf viewer what
  is heard; it is not said, and a listener hearing the recording's words read does not
  want "Music" read as if someone had said it, nor as the interview's title. Such a line
  of a few words, with no figure, that opens its cue (or follows only sounds there) is left
  out, like the timings. A description inside a sentence ("it was [laughs] hard") or after
  words of its cue (a title's "[WYWIAD]" broken onto the cue's second line) is the
  speaker's line and stays; so are "(II-2023)" and sung words between "♪". Between music
  notes, a description in parentheses of any case ("♪ (gentle accordion theme) ♪", as
  Subtitle Edit's and Netflix's styles write the music) is a sound too.
"""

from __future__ import annotations

import re

_OPENS = re.compile(r"<c((?:\.[\w-]+)+)>|<font\b[^>]*\bcolou?r\s*=\s*[\"']?([#\w]+)",
                    re.IGNORECASE)
_CLOSES = re.compile(r"</c>|</font>", re.IGNORECASE)
# WebVTT's own colour classes (its spec's default styles) and the names subtitlers give
_COLOURS = frozenset({"white", "lime", "green", "cyan", "red", "yellow", "magenta", "blue",
                      "black", "orange", "grey", "gray"})
_MAX_SOUND_WORDS = 4
_SOUND = re.compile(r"\[([^\[\]]+)\]|\*([^*]+)\*|\(([^()]+)\)")
_NOTES = "♪♫♬"  # music notes around a line: sung words, or the music described
ITALIC = "<i>"  # a line's "colour" when it is wholly in italics: a voice off screen
_ITALIC_TAGS = re.compile(r"(</?i(?:\.[\w.-]*)?>)", re.IGNORECASE)  # <i>, <i.loud>, </i>
_TAGS = re.compile(r"<[^<>]*>|\{\\[^}]*\}")


def line_colours(raw_lines: list[str]) -> tuple[str, ...]:
    """Each raw cue line's colour: the one opened on it first, else the one still open from
    the line above; ``ITALIC`` for a line with none wholly in italics; "" for none."""
    colours, current = [], ""
    italic = False  # an <i> left open by the line above
    for line in raw_lines:
        opened = next((_colour(match) for match in _OPENS.finditer(line)
                       if _colour(match)), "")
        whole, italic = _wholly_italic(line, italic)
        colours.append(opened or current or (ITALIC if whole else ""))
        current = "" if _CLOSES.search(line) and not _leaves_open(line) else (
            opened or current)
    return tuple(colours)


def _wholly_italic(line: str, open_before: bool) -> tuple[bool, bool]:
    """Whether the raw line's words are all in italics (none between music notes: a song),
    and whether an ``<i>`` is still open at its end."""
    depth, words_outside, words_inside = int(open_before), False, False
    for piece in _ITALIC_TAGS.split(line):
        if _ITALIC_TAGS.fullmatch(piece):
            depth = max(0, depth + (-1 if piece[1] == "/" else 1))
        elif _TAGS.sub("", piece).strip():
            words_inside = words_inside or depth > 0
            words_outside = words_outside or depth == 0
    sung = any(note in line for note in _NOTES)
    return words_inside and not words_outside and not sung, depth > 0


def _colour(match: re.Match[str]) -> str:
    if match[2]:
        return match[2].lower()
    return next((name for name in match[1].lower().split(".") if name in _COLOURS), "")


def _leaves_open(line: str) -> bool:
    """Whether the line leaves a colour open (opens one after its last close)."""
    last_open = max((m.start() for m in _OPENS.finditer(line)), default=-1)
    last_close = max((m.start() for m in _CLOSES.finditer(line)), default=-1)
    return last_open > last_close


def is_sound(line: str) -> bool:
    """Whether the (cleaned) line is only a sound's description."""
    text = line.strip()
    inner = text.strip(_NOTES + " \t")
    if inner != text and inner:  # "♪ (gentle accordion theme) ♪": music, described
        described = _SOUND.fullmatch(inner)
        return described is not None and _described(described, in_notes=True)
    whole = _SOUND.fullmatch(text)
    return whole is not None and _described(whole, in_notes=False)


def is_music(line: str) -> bool:
    """A sound described between music notes: the music, never the end of a title's line
    (as "[WYWIAD]" under a title is)."""
    text = line.strip()
    return text[:1] in _NOTES and is_sound(text)


def _described(whole: re.Match[str], *, in_notes: bool) -> bool:
    """Whether a bracketed line says a sound: a few words, no figure; between parentheses
    in capitals, or any case between music notes (what plays, not what is sung)."""
    bracketed, starred, parenthesised = whole.groups()
    said = bracketed or starred or parenthesised
    if any(c.isdigit() for c in said):
        return False  # "(II-2023)": a title's issue, a date, a number said
    words = said.split()
    if not 0 < len(words) <= _MAX_SOUND_WORDS:
        return False
    if parenthesised is not None:
        return in_notes or parenthesised.isupper()
    return not (starred is not None and starred.strip() != starred)
