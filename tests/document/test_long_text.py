"""A large file decoded, normalised and put together a piece at a time reads exactly as it
does in one piece: nothing lost, moved or changed where a piece ends (inside a character of
several bytes, a surrogate pair, a byte-order mark, between "\\r" and "\\n", before a
combining accent), and a document re-opened from the cache is the one parsed.

The pieces are made tiny here (a few bytes or characters), so that every boundary falls
everywhere in short texts."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document import loading, long_text
from reader.document.cache import DocumentCache
from reader.document.loading import decode_bytes, normalize, read_text_file
from reader.document.model import NoticeKind
from reader.document.pipeline import open_document

# Letters of every width CPython stores (ASCII, Latin-1, two bytes, four), combining accents,
# line endings of every kind, and the controls normalising removes.
TEXTS = st.text(alphabet=st.sampled_from(
    "ab \n\r\t\x0ce\u0301\u0327\u00e9\u00e0\u2014\u2019\u3042\u30ab\U0001f600\u200d\ufeff"
    "\u2028\u2029\x85\x07"), max_size=60)


@pytest.fixture
def tiny_pieces(monkeypatch):
    """Every piece a few bytes, characters or lines long."""
    monkeypatch.setattr(long_text, "PIECE_BYTES", 3)
    monkeypatch.setattr(long_text, "_BATCH_CHARS", 4)
    monkeypatch.setattr(loading, "_PIECE_CHARS", 2)


@given(pieces=st.lists(TEXTS, max_size=8))
def test_pieces_joined_one_by_one_are_the_joined_text(pieces):
    assert long_text.joined(pieces) == "".join(pieces)
    assert long_text.joined(iter(pieces)) == "".join(pieces)


@given(lines=st.lists(TEXTS, max_size=12), batch=st.integers(1, 20))
def test_lines_joined_in_batches_are_the_lines_joined(lines, batch):
    original = long_text._BATCH_CHARS
    long_text._BATCH_CHARS = batch
    try:
        assert long_text.joined_lines(lines) == "\n".join(lines)
    finally:
        long_text._BATCH_CHARS = original


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                   "utf-32", "cp1252", "shift_jis", "gb18030"])
@given(text=TEXTS)
def test_a_text_decoded_in_pieces_is_the_text(codec, text):
    original = long_text.PIECE_BYTES
    long_text.PIECE_BYTES = 3  # (a fixture would be reset once per test, not per example)
    try:
        data = text.encode(codec, "ignore")
        assert long_text.decoded(data, codec) == data.decode(codec)
        assert "".join(long_text.decoded_pieces(data, codec)) == data.decode(codec)
    finally:
        long_text.PIECE_BYTES = original


def test_a_character_cut_short_at_the_very_end_is_still_an_error(tiny_pieces):
    with pytest.raises(UnicodeDecodeError):
        long_text.decoded("abcdé".encode()[:-1], "utf-8")


@given(text=TEXTS)
def test_normalising_in_pieces_is_normalising_whole(text):
    original = loading._PIECE_CHARS
    loading._PIECE_CHARS = 1
    try:
        in_pieces = normalize(text)
    finally:
        loading._PIECE_CHARS = original
    assert in_pieces == normalize(text)
    assert unicodedata.is_normalized("NFC", in_pieces)


def test_a_crlf_cut_between_two_pieces_is_one_line_break(tiny_pieces):
    text = "ab\r\ncd\r\nef\r\n" * 5
    for cut in range(1, 12):  # every place a piece may end
        data = ("x" * cut + text).encode()
        assert decode_bytes(data).text.count("\r\n") == 15
        assert normalize(decode_bytes(data).text) == "x" * cut + "ab\ncd\nef\n" * 5


def test_an_accent_after_a_piece_end_still_joins_its_letter(tiny_pieces):
    # "e" then a combining acute accent: one "é" once normalised, wherever the pieces end.
    for cut in range(0, 8):
        text = "a\n" * cut + "cafe\u0301\nnai\u0308ve\n"
        assert normalize(text) == "a\n" * cut + "café\nnaïve\n"


def test_every_byte_of_a_multibyte_character_may_end_a_piece(tiny_pieces):
    text = "Élan — été ✓ 😀 あ\n" * 3
    for cut in range(0, 4):
        data = ("x" * cut + text).encode()
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding, decoded.notices) == ("x" * cut + text, "utf-8",
                                                                     ())


@pytest.mark.parametrize("codec,name", [("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"),
                                        ("utf-32", "utf-32-le")])
def test_a_byte_order_mark_cut_by_pieces_decides_and_is_not_read(tiny_pieces, codec, name):
    text = "Qu'en pensez-vous ? — Beaucoup de bien 😀\n" * 4
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, name)


def test_utf16_without_a_byte_order_mark_in_pieces(tiny_pieces):
    text = "Question : pourquoi ?\nRéponse : parce que.\n" * 20
    decoded = decode_bytes(text.encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == (text, "utf-16-le")


def test_bad_bytes_in_pieces_are_replaced_and_counted_as_in_one_piece(tiny_pieces):
    data = "Déjà vu, à côté ".encode() * 6 + b"\xff\xfe broken \xc3" + "fin é".encode()
    decoded = decode_bytes(data)
    whole = data.decode("utf-8", "replace")
    assert decoded.encoding == "utf-8"
    assert [(n.kind, n.detail) for n in decoded.notices] == [(NoticeKind.BYTES_REPLACED, "3")]
    assert decoded.text.replace("\ufffd", "") == whole.replace("\ufffd", "")
    assert decoded.text.count("\ufffd") == 3


def test_damaged_utf16_in_pieces_replaces_what_it_cannot_read(tiny_pieces):
    data = "\ufeffAbc déjà\n".encode("utf-16-le") + b"\x00\xd8" + "fin\n".encode("utf-16-le")
    decoded = decode_bytes(data)
    assert decoded.text == data.decode("utf-16", "replace")
    assert (NoticeKind.BYTES_REPLACED, "1") in [(n.kind, n.detail) for n in decoded.notices]


def test_cp1252_in_pieces_is_read_as_cp1252(tiny_pieces):
    text = "Où est l’école ? « Là-bas », répond-il. Ça coûte 5 €.\n" * 3
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_nuls_past_the_sample_are_counted_across_pieces(tiny_pieces, monkeypatch):
    monkeypatch.setattr(loading, "_SAMPLE", 8)
    decoded = decode_bytes(b"Some text\x00 and\x00\x00 more\x00")
    assert (NoticeKind.NUL_REMOVED, "4") in [(n.kind, n.detail) for n in decoded.notices]


def test_a_large_file_read_in_pieces_reopens_from_the_cache_unchanged(tmp_path, monkeypatch):
    # Pieces of a few hundred bytes: a file of 200 KB goes through hundreds of them in every
    # stage (decoding, normalising, the document's text, the cache's read).
    monkeypatch.setattr(long_text, "PIECE_BYTES", 301)
    monkeypatch.setattr(long_text, "_BATCH_CHARS", 97)
    monkeypatch.setattr(loading, "_PIECE_CHARS", 211)
    lines = [f"{n}. Qu’avez-vous vu au cafe\u0301 nº {n} ? 😀\r\nRéponse — tout.\r\n\r\n"
             for n in range(1, 2500)]
    path = tmp_path / "large.txt"
    path.write_bytes("".join(lines).encode("utf-8"))
    parsed = open_document(path, with_language=False)
    assert read_text_file(path).text == "".join(lines)
    cache = DocumentCache(tmp_path / "cache")
    cache.store(path, parsed)
    reopened = cache.load(path)
    assert reopened is not None
    assert reopened.text == parsed.text
    assert reopened == parsed
    assert "e\u0301" not in parsed.text and "café nº 2499 ? 😀" in parsed.text
    assert "\r" not in parsed.text


def test_clean_text_is_not_copied_and_a_late_change_keeps_what_came_before(tiny_pieces):
    clean = "Une ligne — propre.\n" * 50
    assert normalize(clean) is clean  # no second copy of a large file's text
    late = clean + "la fin\r\n" + clean
    assert normalize(late) == clean + "la fin\n" + clean


def test_a_traced_run_joins_the_same_text():
    # Under coverage or a debugger "+=" copies at every piece: the pieces are joined instead.
    pieces = ["Déjà — ", "vu 😀\n"] * 100
    sys.setprofile(lambda *_: None)
    try:
        traced = long_text.joined(iter(pieces))
    finally:
        sys.setprofile(None)
    assert traced == "".join(pieces) == long_text.joined(pieces)
