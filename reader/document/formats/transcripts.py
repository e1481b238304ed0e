"""Transcripts with timestamps (WebVTT ``.vtt``, SubRip ``.srt``, YouTube's SubViewer
``.sbv``) read as the interview they record: what Zoom, Microsoft Teams, YouTube, Otter and
podcast hosts export.

webvtt-py parses the cues (headers, NOTE, STYLE and REGION blocks, cue settings, SRT's cue
numbers, byte-order marks, CRLF); this module turns them into speech. The cues of one speaker
run together into one turn, a paragraph, opened by the speaker's name as a "Name: text"
label, the way the structure rules know speakers: the name comes from a voice span
(Teams' ``<v Name>text</v>``) or from the label the cue already opens with (Zoom's
"Name: text", when the name opens two cues at least: "Note: …" once is speech). A line
opened by a dialogue dash ("- Yes.") or by a caption's speaker change (">>") starts a
turn of its own; the dash is no word and is left out. A caption's line breaks are spaces.
Unnamed speech (a title, an introduction, a file that names no one) is parted into
paragraphs by its pauses (two seconds or more) and after about 300 words (automatic captions
have no full stops).

YouTube's automatic captions roll: each cue repeats the line before it, with the words' own
timings (``<00:00:01.500><c> word</c>``). When one cue in three or more opens with the
previous cue's last line and goes on with a new one, repeated lines are dropped; otherwise
every line is kept, even one said twice.

Timings and cue numbers are not text: they are never read aloud. A turn's start time is not
kept either (a ``Block`` has nowhere to hold it); "Where am I" says the paragraph, as in
any other format.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..loading import BinaryData, LoadError, LoadProblem, decode_bytes
from ..model import BlockKind
from .blocks import BlockBuilder, Extracted
from .captions import ITALIC, is_music, is_sound, line_colours
from .html_language import primary_language
from .metadata_title import given_title

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t\u00a0]+([^>]*)>")  # <v Name>, <v.loud Name>
# A WebVTT tag (<i>, <c.yellow>, a karaoke timing <00:00:01.500>: its text escapes a "<" of its
# own); SubRip's are the few its players honour: "<>", "a < b > c" or "<a>" are shown as written
_TAG = re.compile(r"<(?:/?[^\W\d_][^<>\n]*|\d[\d:.]*)>")
_SUBRIP_TAG = re.compile(r"</?(?:[ibus]|font)(?:[ \t][^<>\n]*)?>", re.IGNORECASE)
# "{\an8}": a position some SRT files carry (a letter follows the backslash: "{\ }" is words)
_ASS_TAG = re.compile(r"\{\\[^\W\d_][^}\n]*\}")
# "John Smith: …", "Speaker 1: …", "MARIE-ANNE: …": a label of one to four words, no sentence.
_LABEL = re.compile(r"^([^\W\d_][\w'’.\-]*(?:[ \t]+[\w'’.\-()]+){0,3})[ \t]?:[ \t]+(?=\S)")
_DIALOGUE_DASH = re.compile(r"^(?:[-–—][ \t]+|>>+[ \t]*)")  # "- Yes.", but "-5 degrees"
_SENTENCE_END = (".", "?", "!", "…", '"', "”", "»")
PAUSE_MS = 2000  # unnamed speech: a pause this long ends a paragraph
_LONG_TURN_WORDS = 150  # unnamed speech: past this, the next sentence end ends a paragraph
_ROLLING_SHARE = 3  # rolling captions: at least one cue in three repeats the line before


@dataclass(frozen=True, slots=True)
class Cue:
    start_ms: int
    end_ms: int
    lines: tuple[str, ...]  # the cue's text lines, voice spans kept, other tags left out
    colours: tuple[str, ...] = ()  # each line's colour ("" when none): who speaks, on TV


@dataclass(slots=True)
class _Turn:
    speaker: str
    words: list[str]
    changed: bool = False  # opened by a change of speaker the captions show (">>", "-", colour)


def read_transcript(data: bytes, path: str) -> Extracted:
    """A WebVTT or SubRip file's speech, turn by turn. Raises ``LoadError`` when it is
    binary or holds no cue at all but text (then it is no transcript: nothing is hidden)."""
    cues, header = parse_cues(text := _decoded(data, path))
    if not cues and sum(1 for line in text.splitlines() if line.strip()) > len(header):
        raise LoadError(LoadProblem.CORRUPT, path, "WebVTT/SubRip")  # text, but no cue
    title = header[0].removeprefix("WEBVTT").strip(" \t-–—:") if header else ""
    language = next((primary_language(line.split(":", 1)[1]) for line in header
                     if line.lower().startswith("language:")), "")
    return spoken(cues, title, language)


def spoken(cues: list[Cue], title: str = "", language: str = "") -> Extracted:
    """The cues' speech, turn by turn, under the file's own ``title`` (when a person wrote
    it, not a program)."""
    builder = BlockBuilder()
    title = given_title(title)
    if title:  # "WEBVTT - Beekeeping in winter": the file's own title heads its text
        builder.add(BlockKind.HEADING, title, 1)
    for turn in turns(cues):
        label = f"{turn.speaker}: " if turn.speaker else ""
        said = " ".join(turn.words)
        if turn.changed and not label:  # automatic captions: a new speaker starts a sentence
            said = said[:1].upper() + said[1:]
        builder.add(BlockKind.PARAGRAPH, label + said)
    return Extracted(builder.blocks, language, title)


def _decoded(data: bytes, path: str) -> str:
    """The file's text. Timings ("-->") written in single bytes rule out UTF-16 without a
    byte-order mark, which the text loader may guess for a short file ("0\\r" reads as
    "」"): such a file is UTF-8 when it decodes as UTF-8."""
    head = data[:65536]
    if b"-->" in head and b"\x00" not in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    try:
        return decode_bytes(data).text
    except BinaryData as binary:
        raise LoadError(LoadProblem.BINARY, path, binary.format) from None


def parse_cues(text: str) -> tuple[list[Cue], list[str]]:
    """The cues in file order, and the header's lines (WebVTT's first block: "WEBVTT - Title",
    "Language: en"; none for SubRip). No cue when the text is neither."""
    import webvtt  # here: only transcripts need it
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff\u200b \t\n")
    vtt = text.startswith("WEBVTT")
    header = [line.strip() for line in text.partition("\n\n")[0].splitlines()
              if line.strip()] if vtt else []
    try:
        parsed = webvtt.WebVTT.from_buffer(io.StringIO(_as_webvtt(text, vtt)))
    except (MalformedFileError, MalformedCaptionError):
        return [], []
    cues = [Cue(c.start_time.in_milliseconds(), c.end_time.in_milliseconds(),
                tuple(_clean(line, vtt) for line in c.raw_text.split("\n")),
                line_colours(c.raw_text.split("\n")))
            for c in parsed.captions]
    return cues, header


_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
_TIMINGS = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})")
_SBV_TIMINGS = re.compile(rf"^\s*({_TIME}),({_TIME})\s*$")  # YouTube's SubViewer (.sbv)
_BLOCKS = re.compile(r"\n[ \t]*\n")
_NOT_SPOKEN = ("NOTE", "STYLE", "REGION")


def _as_webvtt(text: str, vtt: bool) -> str:
    """The file as strict WebVTT, so that no cue is dropped for how a tool wrote it: timings
    as "00:00:01.000" (SubRip's commas, a missing hour or millisecond, SubViewer's
    "0:00:01.000,0:00:04.000"), SubRip's cue numbers
    as identifiers, and text after a blank line inside a cue (which webvtt-py would drop)
    joined to its cue, as subtitle players show it."""
    blocks = _BLOCKS.split(text)
    kept = [blocks[0]] if vtt else ["WEBVTT"]
    for block in blocks[1:] if vtt else blocks:
        lines = block.split("\n")
        subviewer = _SBV_TIMINGS.match(lines[0])
        if subviewer:
            lines[0] = f"{subviewer[1]} --> {subviewer[2]}"
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is not None:
            lines[timing] = _TIMINGS.sub(
                lambda m: f"{_canonical(m[1])} --> {_canonical(m[2])}", lines[timing])
            kept.append("\n".join(lines))
        elif len(kept) > 1 and not block.startswith(_NOT_SPOKEN) and block.strip():
            kept[-1] += "\n" + block
        else:
            kept.append(block)
    return "\n\n".join(kept) + "\n"


def _canonical(time: str) -> str:
    clock, _, millis = time.replace(",", ".").partition(".")
    parts = [int(part) for part in clock.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    return f"{hours:02}:{minutes:02}:{seconds:02}.{millis.ljust(3, '0')[:3]}"


def _clean(line: str, vtt: bool) -> str:
    """A cue line's words: tags (but voice spans) and SRT's position marks out, WebVTT's
    character references (``&amp;``) read."""
    line = _ASS_TAG.sub("", line)
    if not vtt:
        return _SUBRIP_TAG.sub("", line)
    line = _TAG.sub(lambda tag: tag[0] if _VOICE.fullmatch(tag[0]) else "", line)
    return html.unescape(line)


def turns(cues: list[Cue]) -> Iterator[_Turn]:
    """The speakers' turns: each a speaker ("" when unnamed) and the words said."""
    rolling = _rolls(cues)
    speakers = _recurring_labels(cues)
    restated = _names_turns_only(cues, speakers)
    coloured = _voiced_by_colour(cues)
    # automatic captions write no full stop: a sound there may follow any word
    punctuated = any(line.rstrip().endswith((".", ",")) for cue in cues for line in cue.lines)
    turn_colour = ""
    turn = _Turn("", [])
    last_line = ""
    previous_end: int | None = None
    for cue in cues:
        paused = previous_end is not None and cue.start_ms - previous_end >= PAUSE_MS
        previous_end = cue.end_ms
        # a rolling cue's first line says the last cue's again: what follows it opens the cue
        said_again = int(rolling and bool(cue.lines) and _plain(cue.lines[0]) == last_line)
        lines = [(line.strip(), colour) for number, (line, colour)
                 in enumerate(zip(cue.lines, cue.colours or [""] * len(cue.lines), strict=True))
                 if line.strip() and not (is_sound(line) and _opens(cue, number, said_again)
                                          and (paused or not punctuated
                                               or _sentence_ended(turn) or is_music(line)))]
        if rolling:
            while lines and _plain(lines[0][0]) == last_line:
                lines.pop(0)
        if any(line.strip() for line in cue.lines):
            last_line = _plain(next(line for line in reversed(cue.lines) if line.strip()))
        for line, colour in lines:
            recoloured = coloured and colour != turn_colour and bool(turn.words)
            turn_colour = colour
            for speaker, new, words in _utterances(line, speakers):
                new, recoloured = new or recoloured, False
                starts = (new or (speaker and (speaker != turn.speaker or (
                              restated and _sentence_ended(turn))))
                          or (not speaker and not turn.speaker and (paused or _long(turn))))
                paused = False
                if starts and turn.words:
                    yield turn
                    turn = _Turn("", [], changed=new)
                elif starts:
                    turn.changed = new
                if starts or speaker:
                    turn.speaker = speaker or ("" if new else turn.speaker)
                if words:
                    turn.words.append(words)
    if turn.words:
        yield turn


def _voiced_by_colour(cues: list[Cue]) -> bool:
    """Whether the captions tell speakers by colour: two colours at least, or lines in one
    colour or in italics (a voice off screen) beside lines in the default white (no tag),
    two cues of each at least. The BBC's and the Nordic broadcasters' subtitlers leave the
    main speaker white and give the other a colour (``<font color="#ffff00">``): one
    colour beside untagged lines tells two voices as italics beside roman do."""
    colours = {c for cue in cues for c in cue.colours if c}
    if len(colours - {ITALIC}) >= 2:
        return True
    roman = sum(1 for cue in cues if any(
        not colour and line.strip() and not is_sound(line)
        for line, colour in zip(cue.lines, cue.colours, strict=False)))
    if roman < 2:
        return False  # a file in one colour (or all in italics): styling, not speakers
    return any(_spoken_cues(cues, colour) >= 2 for colour in colours)


def _spoken_cues(cues: list[Cue], colour: str) -> int:
    """The cues with words said in ``colour``: a sound described or music ("[Musik]",
    "♪ … ♪") set in a colour of its own is no voice."""
    return sum(1 for cue in cues if any(
        found == colour and line.strip() and not is_sound(line) and not is_music(line)
        and not any(note in line for note in "♪♫♬")
        for line, found in zip(cue.lines, cue.colours, strict=False)))


def _opens(cue: Cue, number: int, said_again: int = 0) -> bool:
    """Whether line ``number`` opens its cue, or only sounds come before it: a sound is
    described before or between what is said ("*LACHT*" / "Da fluche ich…"); a bracket
    after words of its cue, or after a sentence left unfinished in a file that ends its
    sentences, is their end ("… trenerka przygotowania fizycznego" / "[WYWIAD]"). The
    ``said_again`` first lines (a rolling caption's repeat of the cue before) open nothing."""
    return all(is_sound(line) or not line.strip() for line in cue.lines[said_again:number])


def _sentence_ended(turn: _Turn) -> bool:
    return not turn.words or turn.words[-1].endswith(_SENTENCE_END)


def _long(turn: _Turn) -> bool:
    """Unnamed speech that ran long and ended a sentence, or ran very long (automatic
    captions have no punctuation): a paragraph ends there, between two caption lines."""
    words = sum(len(part.split()) for part in turn.words)
    ended = bool(turn.words) and turn.words[-1].endswith(_SENTENCE_END)
    return words >= _LONG_TURN_WORDS and (ended or words >= 2 * _LONG_TURN_WORDS)


def _utterances(line: str, speakers: frozenset[str]) -> Iterator[tuple[str, bool, str]]:
    """(speaker or "", whether a new turn starts, words) for each voice span of the line."""
    pieces = _VOICE.split(line)  # text, name, text, name, text …
    if pieces[0].strip() or len(pieces) == 1:
        yield _labelled(pieces[0], speakers)
    for name, said in zip(pieces[1::2], pieces[2::2], strict=True):
        name = " ".join(name.split())
        # the span names its speaker: only that name said again is a label ("A : 0" is words)
        _, new, words = _labelled(said, frozenset({name}))
        yield name, new, words


def _labelled(text: str, speakers: frozenset[str]) -> tuple[str, bool, str]:
    text = " ".join(text.split())
    dash = _DIALOGUE_DASH.match(text)
    if dash:
        text = text[dash.end():]
    label = _LABEL.match(text)
    if label and label[1] in speakers:
        return label[1], dash is not None, text[label.end():]
    return "", dash is not None, text


def _recurring_labels(cues: list[Cue]) -> frozenset[str]:
    """The names that open two cues or more with a colon: the file's speakers."""
    counts: Counter[str] = Counter()
    for cue in cues:
        first = next((line for line in cue.lines if line.strip()), "")
        label = _LABEL.match(_DIALOGUE_DASH.sub("", _VOICE.sub("", first.strip())))
        if label:
            counts[label[1]] += 1
    return frozenset(name for name, count in counts.items() if count >= 2)


def _names_turns_only(cues: list[Cue], speakers: frozenset[str]) -> bool:
    """Whether the file names a speaker only where a turn starts (Descript's, Riverside's
    "speaker labels": the turn's later cues, said on without a pause, carry none), not on
    every cue (Zoom's, Teams': a cue without a name there is an unnamed turn, after a
    pause): then a name said again by the same speaker opens a paragraph of its own (the
    podcast's host reads a sponsor's message, then asks the next question)."""
    if not speakers:
        return False
    named = continued = 0
    in_turn, previous_end = False, None  # in a named turn, said on without a pause
    for cue in cues:
        first = next((line.strip() for line in cue.lines if line.strip()), "")
        paused = previous_end is not None and cue.start_ms - previous_end >= PAUSE_MS
        previous_end = cue.end_ms
        if not first or is_sound(first):
            continue
        label = _LABEL.match(_DIALOGUE_DASH.sub("", _VOICE.sub("", first)))
        if label and label[1] in speakers:
            named, in_turn = named + 1, True
        elif in_turn and not paused:
            continued += 1
        else:
            in_turn = False
    return continued >= 2 and continued * 4 >= named + continued


def _plain(line: str) -> str:
    return " ".join(_VOICE.sub("", line).split())


def _rolls(cues: list[Cue]) -> bool:
    """Whether the captions roll (YouTube's automatic ones): many cues open with the line
    that ended the cue before and go on with a new one (a cue that only says again what
    the one before said is a person repeating themselves: "No." "No.")."""
    repeats, last = 0, ""
    for cue in cues:
        lines = [_plain(line) for line in cue.lines if line.strip()]
        if len(lines) > 1 and last and lines[0] == last:
            repeats += 1
        if lines:
            last = lines[-1]
    return repeats >= 2 and repeats * _ROLLING_SHARE >= len(cues)
