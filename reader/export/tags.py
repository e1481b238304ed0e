"""Tags and chapters with mutagen, written into the temporary file before it is renamed.

Ogg Opus: Vorbis comments (TITLE, ALBUM, ARTIST, TRACKNUMBER, TRACKTOTAL, LANGUAGE, ENCODER)
and the chapter extension's CHAPTERnnn / CHAPTERnnnNAME pairs, which VLC, mpv and foobar2000
read. MP3 and WAV: an ID3v2.3 tag (the version Windows and most car radios read) with TIT2,
TALB, TPE1, TRCK "3/8", TLAN, TSSE, and a CHAP frame per chapter under one ordered top-level
CTOC (the ID3v2 Chapter Frame Addendum).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .captions import clock
from .encoding import AudioFormat

# ID3's TLAN takes ISO 639-2 codes; the document knows ISO 639-1. The languages espeak-ng
# reads best; another language is written as its two-letter code, which players show as is.
_ISO_639_2 = {
    "ar": "ara", "ca": "cat", "cs": "ces", "da": "dan", "de": "deu", "el": "ell", "en": "eng",
    "es": "spa", "fi": "fin", "fr": "fra", "hu": "hun", "it": "ita", "ja": "jpn", "nl": "nld",
    "no": "nor", "pl": "pol", "pt": "por", "ro": "ron", "ru": "rus", "sv": "swe", "tr": "tur",
    "uk": "ukr", "zh": "zho",
}


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Tags:
    title: str
    album: str
    artist: str  # "" when the document has no byline
    language: str  # ISO 639-1, "" when unknown
    encoder: str
    track: int = 0  # 0: no track number (the whole-document file)
    track_total: int = 0


def write_tags(path: Path, audio_format: AudioFormat, tags: Tags,
               chapters: Sequence[Chapter] = ()) -> None:
    if audio_format is AudioFormat.OPUS:
        _write_vorbis_comments(path, tags, chapters)
    else:
        _write_id3(path, audio_format, tags, chapters)


def _write_vorbis_comments(path: Path, tags: Tags, chapters: Sequence[Chapter]) -> None:
    from mutagen.oggopus import OggOpus

    audio = OggOpus(path)  # type: ignore[no-untyped-call]  # mutagen has no annotations
    assert audio.tags is not None  # every Ogg Opus stream has its comment header
    audio.tags.clear()
    values = {"TITLE": tags.title, "ALBUM": tags.album, "ARTIST": tags.artist,
              "LANGUAGE": tags.language, "ENCODER": tags.encoder}
    if tags.track:
        values |= {"TRACKNUMBER": str(tags.track), "TRACKTOTAL": str(tags.track_total)}
    for number, chapter in enumerate(chapters, 1):
        values[f"CHAPTER{number:03d}"] = clock(chapter.start_ms)
        values[f"CHAPTER{number:03d}NAME"] = chapter.title
    for key, value in values.items():
        if value:
            audio.tags[key] = [value]
    audio.save()


def _write_id3(path: Path, audio_format: AudioFormat, tags: Tags,
               chapters: Sequence[Chapter]) -> None:
    from mutagen import id3
    from mutagen.mp3 import MP3
    from mutagen.wave import WAVE

    # mutagen has no annotations: its calls are untyped.
    audio = (MP3(path) if audio_format is AudioFormat.MP3  # type: ignore[no-untyped-call]
             else WAVE(path))  # type: ignore[no-untyped-call]
    if audio.tags is None:
        audio.add_tags()  # type: ignore[no-untyped-call]
    frames = audio.tags
    assert isinstance(frames, id3.ID3)
    frames.add(id3.TIT2(encoding=3, text=tags.title))
    frames.add(id3.TALB(encoding=3, text=tags.album))
    if tags.artist:
        frames.add(id3.TPE1(encoding=3, text=tags.artist))
    if tags.track:
        frames.add(id3.TRCK(encoding=3, text=f"{tags.track}/{tags.track_total}"))
    if tags.language:
        frames.add(id3.TLAN(encoding=3, text=_ISO_639_2.get(tags.language, tags.language)))
    frames.add(id3.TSSE(encoding=3, text=tags.encoder))
    if chapters:
        ids = [f"chp{number}" for number in range(1, len(chapters) + 1)]
        for element_id, chapter in zip(ids, chapters, strict=True):
            frames.add(id3.CHAP(element_id=element_id, start_time=chapter.start_ms,
                                end_time=chapter.end_ms, start_offset=0xFFFFFFFF,
                                end_offset=0xFFFFFFFF,
                                sub_frames=[id3.TIT2(encoding=3, text=chapter.title)]))
        frames.add(id3.CTOC(element_id="toc", flags=id3.CTOCFlags.TOP_LEVEL
                            | id3.CTOCFlags.ORDERED, child_element_ids=ids,
                            sub_frames=[id3.TIT2(encoding=3, text=tags.album)]))
    audio.save(v2_version=3)

