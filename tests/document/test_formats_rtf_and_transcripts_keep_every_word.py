"""No text lost: any paragraphs saved as Word saves RTF, and any turns said as Zoom, Teams
or SubRip write them, read back with every word, in order, once."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.document.formats.rtf import read_rtf
from reader.document.formats.transcripts import read_transcript
from reader.document.model import Block, BlockKind

from .formats.rtf_maker import write_rtf
from .formats.transcript_makers import write_transcript

_WORD = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S")),
                min_size=1, max_size=12).filter(
    lambda w: w.strip() == w and not any("\ufb00" <= c <= "\ufb06" for c in w))  # ligatures:
# every format reads them as their letters (blocks.py)
_PARAGRAPH = st.lists(_WORD, min_size=1, max_size=30).map(" ".join)


def _blocks(paragraphs: list[str]) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text, 0, (i, i + 1)) for i, text in enumerate(paragraphs)]


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=8))
def test_rtf_keeps_every_word(tmp_path_factory, paragraphs):
    path = write_rtf(tmp_path_factory.mktemp("rtf") / "copy.rtf", _blocks(paragraphs))
    read = read_rtf(path.read_bytes(), str(path)).blocks
    assert " ".join(b.text for b in read).split() == unicodedata.normalize(  # as every format
        "NFC", " ".join(paragraphs)).split()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "Anna Berg", "Tom", "Speaker 2"]), _PARAGRAPH),
                min_size=1, max_size=8),
       st.sampled_from(["zoom", "teams", "srt"]))
def test_transcripts_keep_every_spoken_word(tmp_path_factory, turns, tool):
    # Words "A0: 0" opening a cue's line name a speaker A0, as they would in a real transcript
    # (the labels are the names above; words with a colon are the label rules' tests)
    assume(all(":" not in words for _, words in turns))
    # nor does a lone dash or ">>" opening a cue: subtitles' mark of a new speaker, not words;
    # "-->" is the timings' arrow, which no cue may hold
    assume(not any(word in ("-", "–", "—") or word.startswith(">>") or "-->" in word
                   for _, words in turns for word in words.split()))
    # nor the marks subtitle players hide: SubRip's tags ("<i>"), a position ("{\an8}")
    assume(not any(re.search(r"</?(?:[ibus]|font)\b|\{\\[^\W\d_]", words, re.IGNORECASE)
                   for _, words in turns))
    paragraphs = [f"{name}: {words}" if name else words for name, words in turns]
    path = write_transcript(tmp_path_factory.mktemp("vtt") / "t.vtt", _blocks(paragraphs), tool)
    read = read_transcript(path.read_bytes(), str(path)).blocks
    # A speaker's name opens each of their turns once (two paragraphs of theirs in a row are
    # one turn): the words said are compared without the names.
    assert _unnamed(" ".join(b.text for b in read)) == _unnamed(" ".join(paragraphs))


def _unnamed(text: str) -> str:
    """Every character said but spaces, in order (the issue's property: a label written
    "A : 0" is read as the label "A: 0", its characters kept)."""
    for name in ("Anna Berg:", "Tom:", "Speaker 2:"):
        text = text.replace(name, " ")
    return "".join(unicodedata.normalize("NFC", text).split())
