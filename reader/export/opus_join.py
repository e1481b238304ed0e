"""The whole-document Opus file made from the part files' Ogg pages, without encoding again.

libopus is the slow step of an export (about 40 times real time here), so the parts are
encoded once and their packets copied into one logical stream (RFC 7845): the first part's
headers, then every part's audio pages under one serial number, renumbered, with granule
positions counted from the packets themselves (RFC 6716's TOC byte gives each packet's
length). Only the very last page keeps its end trimming; each later part's pre-skip (6.5 ms
of encoder start-up) plays inside the stream, which is why a chapter starts where the part's
own audio does. Pages go straight from file to file: memory stays flat.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from mutagen.ogg import OggPage

OPUS_RATE = 48000  # granule positions count 48 kHz samples whatever the input rate


def packet_samples(packet: bytes) -> int:
    """How many 48 kHz samples an Opus packet decodes to (RFC 6716 §3.1)."""
    toc = packet[0]
    config = toc >> 3
    if config < 12:  # SILK: 10, 20, 40, 60 ms
        frame = (480, 960, 1920, 2880)[config & 3]
    elif config < 16:  # hybrid: 10, 20 ms
        frame = (480, 960)[config & 1]
    else:  # CELT: 2.5, 5, 10, 20 ms
        frame = (120, 240, 480, 960)[config & 3]
    code = toc & 3
    frames = 1 if code == 0 else 2 if code < 3 else packet[1] & 0x3F
    return frame * frames


class JoinedOpus:
    """Ogg Opus part files appended into one stream at ``final``, under ``.NAME.part`` until
    ``commit``."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temporary = final.with_name(f".{final.name}.part")
        self._out: BinaryIO | None = open(self.temporary, "wb")  # noqa: SIM115 (kept open)
        self._serial = -1
        self._sequence = 0
        self._offset = 0  # granule at the end of the parts appended so far
        self._pre_skip = 0  # the stream's, from the first part's OpusHead
        self._held: OggPage | None = None  # the last page: it gets the end-of-stream flag
        self._trimmed = 0  # the last page's granule with its end trimming

    def append(self, part: Path) -> int:
        """Append ``part``'s audio; returns where it starts in the joined stream, in ms."""
        assert self._out is not None
        first = self._serial < 0
        start = self._offset
        part_pre_skip = 0
        done = pending = 0
        with open(part, "rb") as source:
            page = OggPage(source)  # type: ignore[no-untyped-call]  # mutagen: untyped
            part_pre_skip = struct.unpack_from("<H", page.packets[0], 10)[0]
            if first:
                self._serial, self._pre_skip = page.serial, part_pre_skip
            headers = True
            while True:
                if not headers or first:
                    self._emit(page)
                try:
                    page = OggPage(source)  # type: ignore[no-untyped-call]
                except EOFError:
                    break
                if headers and page.packets[0].startswith(b"OpusTags"):
                    continue
                if headers and not page.continued:
                    headers = False
                if headers:
                    continue  # the rest of a long OpusTags packet
                completed = False
                for index, packet in enumerate(page.packets):
                    if not (index == 0 and page.continued):
                        pending = packet_samples(packet)
                    if index < len(page.packets) - 1 or page.complete:
                        done, pending, completed = done + pending, 0, True
                original = page.position
                page.position = self._offset + done if completed else -1
                self._trimmed = self._offset + original
        self._offset += done
        return int((start + part_pre_skip - self._pre_skip) * 1000 // OPUS_RATE)

    def _emit(self, page: OggPage) -> None:
        assert self._out is not None
        if self._held is not None:
            self._out.write(self._held.write())  # type: ignore[no-untyped-call]
        page.serial, page.sequence = self._serial, self._sequence
        page.first, page.last = self._sequence == 0, False
        self._sequence += 1
        self._held = page

    @property
    def duration_ms(self) -> int:
        return int((self._trimmed - self._pre_skip) * 1000 // OPUS_RATE)

    def close(self) -> None:
        """End the stream: the last page, with its end trimming and end-of-stream flag."""
        if self._out is None:
            return
        assert self._held is not None
        self._held.position, self._held.last = self._trimmed, True
        self._out.write(self._held.write())  # type: ignore[no-untyped-call]
        self._out.close()
        self._out = None

    def commit(self) -> Path:
        self.close()
        os.replace(self.temporary, self.final)
        return self.final

    def discard(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
        self.temporary.unlink(missing_ok=True)
