"""Damaged and hostile .doc files: cut short, bytes changed at random, counts and offsets
that point past their stream, loops in the container. Each opens or is refused with a
``LoadError``; nothing else escapes, nothing hangs, and no count in the file makes the
reader hold more than the file's own size in text."""

from __future__ import annotations

import random
import struct

import pytest

from reader.document.formats import doc
from reader.document.formats.doc import read_doc
from reader.document.loading import LoadError, LoadProblem

from .doc_maker import WordFile
from .ole_maker import ole_file
from .test_doc import _interview

_CLX = 0x9A + 8 * 33  # the piece table's (offset, size) in the FIB
_CHARACTER_RUNS, _PARAGRAPH_RUNS, _STYLES = 0x9A + 8 * 12, 0x9A + 8 * 13, 0x9A + 8 * 1
# PlcfHdd, PlcSpaMom, PlfLst, PlfLfo, PlcftxbxTxt: an offset, then a size
_LISTS_AND_BOXES = [0x9A + 8 * pair + half for pair in (11, 40, 56, 73, 74) for half in (0, 4)]


def _outcome(data: bytes) -> LoadProblem | str:
    """The problem a refusal names, or the text read."""
    try:
        extracted = read_doc(data, "damaged.doc")
    except LoadError as error:
        return error.problem
    return extracted.source


def _changed(streams: dict[str, bytes], name: str, offset: int, value: bytes) -> bytes:
    stream = bytearray(streams[name])
    stream[offset:offset + len(value)] = value
    return ole_file({**streams, name: bytes(stream)})


def _table_offset(streams: dict[str, bytes], pair: int) -> int:
    return int(struct.unpack_from("<I", streams["WordDocument"], pair)[0])


def test_a_file_cut_anywhere_is_refused_as_damaged_or_read():
    data = _interview().build()
    outcomes = {type(_outcome(data[:cut])) for cut in range(0, len(data), 173)}
    assert outcomes <= {LoadProblem, str}
    assert _outcome(data[:4000]) is LoadProblem.CORRUPT
    assert _outcome(data[:5]) is LoadProblem.CORRUPT  # the container's signature, cut


def test_bytes_changed_at_random_in_the_word_structures_never_escape_as_another_error():
    streams = _interview().streams(title="A title")
    chance = random.Random(1997)
    problems = set()
    for _ in range(300):
        name = chance.choice(["WordDocument", "1Table"])
        stream = bytearray(streams[name])
        for _ in range(chance.randint(1, 6)):
            at = chance.randrange(len(stream) if chance.random() < 0.3
                                  else min(len(stream), 1200))
            stream[at] = chance.choice([0, 0xFF, 0x80, chance.randrange(256)])
        outcome = _outcome(ole_file({**streams, name: bytes(stream)}))
        problems.add(outcome if isinstance(outcome, LoadProblem) else "read")
    assert problems <= {LoadProblem.CORRUPT, LoadProblem.OLD_FORMAT, LoadProblem.PASSWORD,
                        "read"}
    assert {"read", LoadProblem.CORRUPT} <= problems


@pytest.mark.parametrize("damage", ["past the end", "out of order", "absurd count",
                                    "more text than bytes", "no piece table",
                                    "a modifier's size walking back"])
def test_a_piece_table_that_points_outside_its_stream_is_damage(damage):
    streams = _interview().streams()
    clx = _table_offset(streams, _CLX)
    pieces = clx
    while streams["1Table"][pieces] == 1:  # the Prcs, each its size after its type
        pieces += 3 + struct.unpack_from("<H", streams["1Table"], pieces + 1)[0]
    pieces += 5  # the Pcdt's type and size
    count = (struct.unpack_from("<I", streams["1Table"], pieces - 4)[0] - 4) // 12
    descriptors = pieces + 4 * (count + 1)
    change = {
        "past the end": (descriptors + 2, struct.pack("<I", 0x3FFFFF00)),
        "out of order": (pieces + 4, struct.pack("<I", 0)),
        "absurd count": (pieces - 4, struct.pack("<I", 0x7FFFFFF0)),
        "more text than bytes": (pieces + 4 * count, struct.pack("<I", 0x7FFFFFFF)),
        "no piece table": (clx, b"\x07"),
        "a modifier's size walking back": (clx + 1, b"\xfd\xff"),  # -3: the same Prc again
    }[damage]
    assert _outcome(_changed(streams, "1Table", *change)) is LoadProblem.CORRUPT


def test_the_text_stays_when_its_formatting_is_damaged():
    streams = _interview().box("A text box.").streams(header="A header")
    for pair in (_CHARACTER_RUNS, _PARAGRAPH_RUNS, _STYLES, *_LISTS_AND_BOXES):
        damaged = _changed(streams, "WordDocument", pair, struct.pack("<I", 0x7FFFFFF0))
        outcome = _outcome(damaged)
        assert isinstance(outcome, str)
        assert "Why did you start writing?" in outcome
    styles = _table_offset(streams, _STYLES)
    outcome = _outcome(_changed(streams, "1Table", styles + 2, b"\xff\xff"))  # 65,535 styles
    assert isinstance(outcome, str)
    assert "Where do you write?" in outcome


def test_a_fib_too_short_for_its_counts_is_damage():
    streams = _interview().streams()
    for offset, value in ((0x20, b"\xff\xff"), (0x98, b"\x05\x00"), (0, b"\0\0")):
        assert _outcome(_changed(streams, "WordDocument", offset, value)) is (
            LoadProblem.CORRUPT)


def test_a_body_longer_than_the_text_reads_the_text_there_is():
    streams = _interview().streams()
    outcome = _outcome(_changed(streams, "WordDocument", 0x4C, b"\xff\xff\xff\x7f"))
    assert isinstance(outcome, str)
    assert outcome.endswith("Read more on her site.")


def test_loops_and_lies_in_the_container_end():
    data = _interview().build()
    fat = 512 + 512 * struct.unpack_from("<I", data, 0x4C)[0]
    directory = 512 + 512 * struct.unpack_from("<I", data, 0x30)[0]
    for offset, value in ((fat, 0), (fat + 4 * 9, 9), (directory + 0x4C, 0),
                          (directory + 128 + 0x78, 0xFFFFFFF0), (0x2C, 0x7FFFFFFF)):
        damaged = bytearray(data)
        struct.pack_into("<I", damaged, offset, value)
        assert type(_outcome(bytes(damaged))) in (LoadProblem, str)


def test_fields_nested_without_end_and_too_many_paragraphs(monkeypatch):
    deep = WordFile().add("Before " + "\x13" * 20_000 + " code \x14").add("after.").build()
    assert _outcome(deep) == "Before"  # the rest is inside fields' instructions
    word = WordFile()
    for number in range(40):
        word.add(f"Paragraph {number}.")
    monkeypatch.setattr(doc, "MAX_PARAGRAPHS", 30)
    assert _outcome(word.build()) is LoadProblem.CORRUPT
