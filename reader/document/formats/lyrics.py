"""Lyrics files with timings (LRC, ``.lrc``): what music players, karaoke apps and lyrics
sites save beside a song, and what a user opens to read a song's words.

A line opens with the time it is sung ("[00:12.40]Où vas-tu, petit train,"), or with
several when a chorus comes back ("[00:17.40][00:41.10]Tchou, tchou"); the file's head has
tags of its own: ``[ti:]`` the song's title, ``[ar:]`` the artist, ``[al:]`` the album,
``[au:]`` the songwriter, and the technical ones (``[length:]``, ``[by:]`` who made the
file, ``[offset:]``, ``[re:]`` and ``[ve:]`` the program, ``[#:]`` a comment). Enhanced LRC
times each word too ("<00:12.90>petit").

The song is read as it is sung: in the order of its times, a chorus as often as it comes
back; a line without a time goes on after the line before. An empty timed line (the music
alone), a blank line or a long gap between two lines' times (six seconds and two and a half
times the song's usual gap at least) ends a verse: each verse is a paragraph, its lines kept
as lines.
``[ti:]`` is the title (a heading, as the player shows it); the artist, the album and the
songwriter are read under it; timings and the technical tags are never read aloud.
"""

from __future__ import annotations

import re

from ..loading import BinaryData, LoadError, LoadProblem, decode_bytes
from ..model import BlockKind
from .blocks import BlockBuilder, Extracted
from .metadata_title import given_title

_TIME = re.compile(r"\[(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\]")
_TAG = re.compile(r"^\[([a-z#]{1,6}):([^\]]*)\]\s*$", re.IGNORECASE)
_WORD_TIME = re.compile(r"<\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?>")
_READ_TAGS = ("ar", "al", "au")  # the artist, the album, the songwriter: read under the title
_KNOWN_TAGS = frozenset({"ti", "ar", "al", "au", "by", "length", "offset", "re", "ve", "#",
                         "la", "lang", "id", "key", "tool"})
_HEAD_LINES = 12  # lines of the head the sniffer reads
_OPENING_TIMED = 3
_VERSE_GAP_MS = 6000  # a file with no tag: so many timed lines in a row open it


def is_lyrics(text: str) -> bool:
    """Whether decoded text is an LRC file: its first line is one of LRC's tags, or its
    first lines all open with a time in LRC's "[mm:ss.xx]" (a podcast's "[00:01:23]" has
    no hundredths and stays text)."""
    lines = [line.strip() for line in text[:4096].lstrip("\ufeff").splitlines()
             if line.strip()][:_HEAD_LINES]
    if not lines:
        return False
    tag = _TAG.match(lines[0])
    if tag and tag[1].lower() in _KNOWN_TAGS and not _TIME.match(lines[0]):
        return True
    timed = [re.match(r"\[\d{1,3}:\d{2}\.\d{2,3}\]", line) for line in lines[:_OPENING_TIMED]]
    return len(timed) == _OPENING_TIMED and all(timed)


def read_lyrics(data: bytes, path: str) -> Extracted:
    """An LRC file's song, verse by verse, its title from ``[ti:]``."""
    try:
        text = decode_bytes(data).text
    except BinaryData as binary:
        raise LoadError(LoadProblem.BINARY, path, binary.format) from None
    tags: dict[str, str] = {}
    sung: list[tuple[int, int, str]] = []  # (time, file order, words): "" is a break
    time = 0
    for order, raw in enumerate(text.lstrip("\ufeff").splitlines()):
        line = raw.strip()
        tag = _TAG.match(line)
        if tag and not _TIME.match(line) and tag[1].lower() in _KNOWN_TAGS:
            tags.setdefault(tag[1].lower(), " ".join(tag[2].split()))
            continue
        times = []
        while stamp := _TIME.match(line):
            times.append(_milliseconds(stamp))
            line = line[stamp.end():].lstrip()
        words = " ".join(_WORD_TIME.sub("", line).split())
        time = times[0] if times else time  # a line with no time goes on after the last
        sung += [(when, order, words) for when in times or [time]]
    builder = BlockBuilder()
    title = given_title(tags.get("ti", ""))
    if title:
        builder.add(BlockKind.HEADING, title, 1)
    for key in _READ_TAGS:
        if tags.get(key):
            builder.add(BlockKind.PARAGRAPH, tags[key])
    sung.sort(key=lambda line: line[:2])
    pause = _verse_pause([when for when, _, words in sung if words])
    last = None
    for when, _, words in sung:
        if not words or (last is not None and when - last >= pause):
            builder.end_block(BlockKind.PARAGRAPH)
        last = when if words else None
        if not words:
            continue
        if not builder.empty:
            builder.line_break()
        builder.text(words)
    builder.end_block(BlockKind.PARAGRAPH)
    return Extracted(builder.blocks, "", title)


def _verse_pause(times: list[int]) -> int:
    """How long the music plays alone between two verses: a gap between lines of twice and
    a half the song's usual one, and six seconds at least."""
    gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False) if b > a)
    usual = gaps[len(gaps) // 2] if gaps else 0
    return max(_VERSE_GAP_MS, usual * 5 // 2)


def _milliseconds(stamp: re.Match[str]) -> int:
    fraction = (stamp[3] or "0").ljust(3, "0")[:3]
    return (int(stamp[1]) * 60 + int(stamp[2])) * 1000 + int(fraction)
