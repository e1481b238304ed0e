"""Damaged RTF files and transcripts (cut short, bytes changed, bytes inserted) open or say
why they cannot: never a traceback."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document.formats.rtf import read_rtf
from reader.document.formats.transcripts import read_transcript
from reader.document.loading import LoadError

from .test_transcripts_real_files import SRT, TEAMS, YOUTUBE, ZOOM

WORD_RTF = (Path(__file__).parent / "fixtures" / "rtf" / "word-interview.rtf").read_bytes()
SAMPLES = [(WORD_RTF, read_rtf)] + [(text.encode(), read_transcript)
                                     for text in (ZOOM, TEAMS, YOUTUBE, SRT)]


@st.composite
def damaged(draw):
    data, reader = draw(st.sampled_from(SAMPLES))
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(data)))
        change = draw(st.sampled_from(("cut", "flip", "insert")))
        if change == "cut":
            data = data[:where]
        elif change == "flip" and where < len(data):
            data[where] = draw(st.integers(0, 255))
        else:
            data[where:where] = draw(st.sampled_from(
                (b"{", b"}", b"\\", b"\\u", b"\\'", b"\\bin9999 ", b"-->", b"\n\n", b"<v ",
                 b"\x00", b"\xff\xfe")))
    return bytes(data), reader


@settings(max_examples=150, deadline=None)
@given(damaged())
def test_a_damaged_file_opens_or_says_why(sample):
    data, reader = sample  # the format's own reader: a library's error would escape it
    with contextlib.suppress(LoadError):
        assert all(block.text.strip() for block in reader(data, "damaged").blocks)
