"""Bytes to text: encodings, refusals, normalisation. Plain pytest, no Qt."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from reader import messages
from reader.document import loading
from reader.document.loading import (
    MAX_FILE_BYTES,
    LoadError,
    LoadProblem,
    decode_bytes,
    human_size,
    normalize,
    read_text_file,
)
from reader.document.model import Notice, NoticeKind
from reader.document.pipeline import open_document, parse_text

FRENCH = "Publié le 18/06/19 à 07h35 — « l'été » œuvre"
PARAGRAPH = (
    "Les pédophiles se rendent effectivement compte qu'il y a de plus en plus d'interactions "
    "entre les forces de police spécialisées dans le monde. Ça coûte très cher à l'été."
)


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def problem_of(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_text_file(path)
    return caught.value


# --- Encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (FRENCH.encode("utf-8-sig"), "utf-8"),
        (b"\xff\xfe" + FRENCH.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + FRENCH.encode("utf-32-le"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + FRENCH.encode("utf-32-be"), "utf-32-be"),
        (FRENCH.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in every other byte
        (FRENCH.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be", "utf16le-nobom",
         "utf16be-nobom"],
)
def test_unicode_encodings_decode_exactly_without_notice(tmp_path, data, encoding):
    decoded = read_text_file(write(tmp_path, data))
    assert decoded.text == FRENCH  # the BOM is gone too
    assert decoded.encoding == encoding
    assert decoded.notices == ()


@pytest.mark.parametrize(
    "text",
    [FRENCH, PARAGRAPH, "café", "Été", "Größere Straßen führen über die Brücke.", "¿Qué año?"],
)
def test_western_legacy_text_is_read_as_cp1252(tmp_path, text):
    decoded = read_text_file(write(tmp_path, text.encode("cp1252")))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.notices == (Notice(NoticeKind.LEGACY_ENCODING, "cp1252"),)


def test_latin1_french_reads_back_identically(tmp_path):
    text = "Voilà l'été à Noël, où ça coûte très cher."
    decoded = read_text_file(write(tmp_path, text.encode("latin-1")))
    assert decoded.text == text
    assert NoticeKind.LEGACY_ENCODING in {n.kind for n in decoded.notices}


def test_latin9_euro_sign_is_a_euro(tmp_path):
    decoded = read_text_file(write(tmp_path, "Ça coûte 30 € l'unité".encode("iso8859-15")))
    assert decoded.text == "Ça coûte 30 € l'unité"
    assert decoded.encoding == "iso8859-15"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Привет, как дела? Это тестовый текст на русском языке для проверки.", "cp1251"),
        ("Καλημέρα σας, αυτό είναι ένα ελληνικό κείμενο για δοκιμή.", "cp1253"),
        ("Zażółć gęślą jaźń — to jest polski tekst z ogonkami i kreskami.", "cp1250"),
    ],
)
def test_non_western_code_pages_are_not_forced_into_cp1252(text, codec):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == codec


def test_damaged_utf8_keeps_utf8_and_counts_replaced_bytes(tmp_path):
    data = "Bonjour café, ".encode() + b"\xff\xfe" + " et l'été.".encode()
    decoded = read_text_file(write(tmp_path, data))
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Bonjour café, \ufffd\ufffd et l'été."
    assert decoded.notices == (Notice(NoticeKind.BYTES_REPLACED, "2"),)


def test_stray_undefined_byte_in_cp1252_is_replaced_not_guessed_wildly():
    decoded = decode_bytes(PARAGRAPH.encode("cp1252") + b"\x81")
    assert decoded.text == PARAGRAPH + "\ufffd"
    assert decoded.encoding == "cp1252"
    assert Notice(NoticeKind.BYTES_REPLACED, "1") in decoded.notices


def test_broken_utf16_counts_replacements():
    decoded = decode_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8" + b"c\x00")
    assert decoded.text == "ab\ufffdc"
    assert decoded.notices == (Notice(NoticeKind.BYTES_REPLACED, "1"),)


def test_legacy_file_through_open_document(tmp_path):
    document = open_document(write(tmp_path, f"{FRENCH}\n\n{PARAGRAPH}\n".encode("cp1252")))
    assert document.encoding == "cp1252"
    assert document.text == f"{FRENCH}\n{PARAGRAPH}"
    assert Notice(NoticeKind.LEGACY_ENCODING, "cp1252") in document.notices


# --- Refusals --------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    error = problem_of(tmp_path / "nowhere.txt")
    assert error.problem is LoadProblem.NOT_FOUND
    assert error.path == str(tmp_path / "nowhere.txt")


def test_path_through_a_file_is_not_found(tmp_path):
    assert problem_of(write(tmp_path, b"x") / "inside.txt").problem is LoadProblem.NOT_FOUND


def test_directory(tmp_path):
    assert problem_of(tmp_path).problem is LoadProblem.IS_DIRECTORY


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever the mode"
)
def test_permission_denied_for_real(tmp_path):
    path = write(tmp_path, b"secret")
    path.chmod(0)
    try:
        assert problem_of(path).problem is LoadProblem.PERMISSION_DENIED
    finally:
        path.chmod(0o644)


def fail_open(error: OSError):
    def opener(*args, **kwargs):
        raise error

    return opener


def test_permission_denied_simulated(tmp_path, monkeypatch):
    path = write(tmp_path, b"secret")
    monkeypatch.setattr(loading, "open", fail_open(PermissionError(errno.EACCES, "denied")),
                        raising=False)
    assert problem_of(path).problem is LoadProblem.PERMISSION_DENIED


def test_other_os_error_is_unreadable_with_the_os_words(tmp_path, monkeypatch):
    path = write(tmp_path, b"text")
    monkeypatch.setattr(loading, "open", fail_open(OSError(errno.EIO, "Input/output error")),
                        raising=False)
    error = problem_of(path)
    assert error.problem is LoadProblem.UNREADABLE
    assert error.detail == "Input/output error"


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    monkeypatch.setattr(loading, "open", fail_open(AssertionError("read")), raising=False)
    error = problem_of(path)
    assert error.problem is LoadProblem.TOO_LARGE
    assert error.detail == "50.0 MB"


def test_file_at_the_limit_is_accepted(tmp_path):
    path = tmp_path / "limit.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_FILE_BYTES)
    # Accepted by size; all NUL bytes, so refused as binary instead.
    assert problem_of(path).problem is LoadProblem.BINARY


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_not_a_regular_file_not_a_size():
    # It used to be read up to the limit and called "50.0 MB"; it is not a file at all.
    error = problem_of(Path("/dev/zero"))
    assert error.problem is LoadProblem.NOT_REGULAR
    assert "not a regular file" in messages.load_error(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_without_a_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    # Opening it for reading used to block until a writer appeared (forever).
    assert problem_of(fifo).problem is LoadProblem.NOT_REGULAR


def test_fifo_through_the_command_line_returns_with_a_message(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "reader", "outline", str(fifo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


def test_symlink_loop_is_a_clear_load_error(tmp_path):
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    error = problem_of(tmp_path / "a.md")
    assert error.problem is LoadProblem.UNREADABLE
    assert "symbolic links" in messages.load_error(error)


def test_a_file_that_grows_past_the_limit_while_read_is_cut(tmp_path, monkeypatch):
    path = write(tmp_path, b"x" * 2000)
    real_fstat = os.fstat

    class Small:  # the size at the check; the file then holds more when read
        def __init__(self, info):
            self.st_mode, self.st_size = info.st_mode, 10

    monkeypatch.setattr(loading.os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(LoadError) as caught:
        loading.read_file_bytes(path, limit=1000)
    assert caught.value.problem is LoadProblem.TOO_LARGE


def test_human_size():
    assert human_size(int(73.2 * 1024 * 1024)) == "73.2 MB"
    assert human_size(3 * 1024**3) == "3.0 GB"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"PK\x03\x04\x14\x00" + b"\x00" * 24 + b"mimetypeapplication/epub+zip", "EPUB"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 22 + b"[Content_Types].xml word/", "DOCX"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"Some words\x00then a NUL and more words", ""),
        (bytes(range(32)) * 50, ""),
    ],
    ids=["png", "jpeg", "gif", "pdf", "elf", "epub", "docx", "zip", "nul", "controls"],
)
def test_binary_is_refused_and_named_when_known(tmp_path, data, detail):
    error = problem_of(write(tmp_path, data, "picture.txt"))
    assert error.problem is LoadProblem.BINARY
    assert error.detail == detail


def test_text_with_a_few_controls_is_still_text(tmp_path):
    data = ("word " * 200).encode() + b"\x07\x1b[0m\x08" + b"end"
    decoded = read_text_file(write(tmp_path, data))
    assert normalize(decoded.text).endswith("word [0mend")


def test_load_error_carries_problem_path_and_detail():
    error = LoadError(LoadProblem.TOO_LARGE, "/x/y.txt", "73.2 MB")
    assert (error.problem, error.path, error.detail) == (LoadProblem.TOO_LARGE, "/x/y.txt",
                                                         "73.2 MB")
    assert "too_large" in str(error)


# --- Empty documents -------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", b"\xef\xbb\xbf", b"\r\n\t\r\n"])
def test_empty_file_opens_with_an_empty_notice(tmp_path, data):
    document = open_document(write(tmp_path, data))
    assert document.blocks == ()
    assert document.text == ""
    assert [n.kind for n in document.notices] == [NoticeKind.EMPTY]


def test_empty_string_through_parse_text():
    document = parse_text("")
    assert document.blocks == ()
    assert document.notices == (Notice(NoticeKind.EMPTY),)
    assert document.language == ""


# --- Normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\u2028b", "a\nb"),
        ("a\x85b", "a\nb"),
        ("a\u2029b", "a\n\nb"),
        ("a\x0cb\x0bc", "a\nb\nc"),
        ("\ufeffTitre", "Titre"),
        ("e\u0301te\u0301", "été"),
        ("C\u0327a", "Ça"),
        ("a\x00b\x07c\x7fd\x1be\x9bf", "abcdef"),
        ("tab\there", "tab\there"),
        ("nbsp\u00a0 zwj\u200d emoji 👩‍💻 ﬁ ½", "nbsp\u00a0 zwj\u200d emoji 👩‍💻 ﬁ ½"),
        ("", ""),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_normalize_is_idempotent_and_line_counts_agree():
    raw = "un\r\ndeux\rtrois\u2028quatre\x85cinq\u2029six\x0bsept\n"
    once = normalize(raw)
    assert normalize(once) == once
    assert once.split("\n")[:-1] == once.splitlines()


SHORT_WESTERN = {
    "fr": ["L'été à Nîmes", "Garçon, crème brûlée", "Noël à Besançon", "Le cœur a ses raisons",
           "« Oui », dit-il.", "Où est la fenêtre ?"],
    "de": ["Größe", "Grüße aus München", "Äpfel und Öl", "Die Straße ist nass."],
    "es": ["¡Olé!", "¿Qué tal, señor?", "Corazón, canción, pingüino", "Mañana"],
}


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
@pytest.mark.parametrize(
    "text", [text for texts in SHORT_WESTERN.values() for text in texts], ids=repr
)
def test_short_western_text_is_read_in_the_code_page_of_its_language(text, codec):
    # Valid in a dozen code pages, these used to come back as cp1006 ("L'ﻠtﻠ ﻓ Nﻧmes"),
    # mac_latin2 or cp1257, whichever charset-normalizer happened to pick.
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"{codec} cannot write {text!r}")
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding in ("cp1252", "iso8859-15")


def test_nul_bytes_past_the_start_are_left_out_and_the_user_is_told(tmp_path):
    # A NUL in the first 64 KB makes a file binary; later ones used to vanish without a word.
    line = "Une ligne de texte ordinaire.\n"
    data = (line * 3000).encode() + b"a\x00b\x00\x00c\n"
    document = open_document(write(tmp_path, data))
    assert "abc" in document.text and "\x00" not in document.text
    assert Notice(NoticeKind.NUL_REMOVED, "3") in document.notices
    assert "3 zero bytes" in messages.notice(Notice(NoticeKind.NUL_REMOVED, "3"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    "日本語のテキストです。\n東京は晴れ。\n" * 20,  # with newlines: NUL bytes in the file
    "これは改行のない日本語の文章です",  # no NUL at all
])
def test_japanese_utf16_without_a_byte_order_mark_is_read(text, codec):
    decoded = decode_bytes(text.encode(codec))  # was refused as binary, or read as cp1252
    assert decoded.text == text
    assert decoded.encoding == codec


@pytest.mark.parametrize("data", [b"Hi\r\n0\r\n", b"Ok\r\n0\r\n0\r\n", b"10\r\n20\r\n"])
def test_a_short_ascii_text_is_not_taken_for_japanese_utf16(data):
    # "0" then a carriage return, read as UTF-16, is the CJK bracket "」": it is not kana.
    decoded = decode_bytes(data)
    assert decoded.text == data.decode("ascii")


def test_a_large_text_is_normalised_and_decoded_in_pieces_exactly_as_whole():
    # Pieces end after a line break: line endings, accents written as two characters and
    # invisible characters at every place around the pieces' edges come out as from one pass.
    line = "Ligne « é » " + "e\u0301" + "\ufeff\u2028x\r"
    text = ("\r\n".join(line * (n % 7) for n in range(30_000)) + "\u0301\r\n") * 2
    whole = unicodedata.normalize(
        "NFC", text.replace("\r\n", "\n").replace("\ufeff", "").replace("\u2028", "\n")
        .replace("\r", "\n"))
    assert len(text) > 4 * 65_536
    assert normalize(text) == whole
    data = ("é😀" * 700_000).encode("utf-8")  # 4.2 MB: several megabyte pieces
    assert decode_bytes(data).text == data.decode("utf-8")
    cut = decode_bytes(data[:-1] + b"x")  # a cut emoji at the very end: its bytes replaced
    assert cut.text.startswith("é😀" * 699_999) and cut.text.endswith("x")
    assert [(n.kind, n.detail) for n in cut.notices] == [(NoticeKind.BYTES_REPLACED, "3")]
