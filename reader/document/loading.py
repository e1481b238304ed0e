"""Bytes to text: read a file, refuse what is not text, decode it, normalise it.

``read_text_file`` raises nothing but ``LoadError``, whatever the file holds: the UI turns its
``problem`` into words (``reader.messages``), so the details carried here are data (an encoding
name, a format name, a size, the OS's own error text), never sentences.

Decoding order: a byte-order mark decides; else strict UTF-8; else, if the bytes are mostly
UTF-8 with a few bad ones, UTF-8 with those bytes shown as U+FFFD; else a legacy
encoding, guessed by charset-normalizer but biased toward cp1252, because the readers this app
is for mostly have Western European files and charset-normalizer guesses wildly on short input.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from . import long_text
from .model import Notice, NoticeKind

MAX_FILE_BYTES = 50 * 1024 * 1024


class LoadProblem(Enum):
    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    PERMISSION_DENIED = "permission_denied"
    BINARY = "binary"  # detail: the recognised format ("PNG", "PDF" …) or ""
    TOO_LARGE = "too_large"  # detail: the file's size, e.g. "73.2 MB"
    NOT_REGULAR = "not_regular"  # a pipe, device or socket: reading it may never end
    UNREADABLE = "unreadable"  # any other OS error; detail: the OS's own text (strerror)
    # Documents that are not text (reader.document.formats); detail: the format's name or "".
    CORRUPT = "corrupt"  # a damaged archive, XML or PDF
    UNSAFE_XML = "unsafe_xml"  # XML declaring entities: refused, never expanded
    ZIP_BOMB = "zip_bomb"  # an archive that would inflate past the limits
    DRM = "drm"  # an EPUB locked by its seller (META-INF/encryption.xml)
    PASSWORD = "password"  # a password-protected PDF, or Word file (detail: "Word")
    SCANNED = "scanned"  # a PDF with no text layer: page images only
    OLD_FORMAT = "old_format"  # an older version of a format (Word 95); detail: its name


class LoadError(Exception):
    def __init__(self, problem: LoadProblem, path: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem, self.path, self.detail = problem, path, detail


class Decoded(NamedTuple):  # not a dataclass: 1.5 ms less to define, on every start-up
    text: str
    encoding: str
    notices: tuple[Notice, ...] = ()


# --- Reading ---------------------------------------------------------------------------------


def read_text_file(path: Path) -> Decoded:
    """Read and decode ``path``. Raises ``LoadError``; an empty file is not an error."""
    data = read_file_bytes(path)
    try:
        return decode_bytes(data)
    except BinaryData as binary:
        raise LoadError(LoadProblem.BINARY, str(path), binary.format) from None


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them. Raises ``LoadError`` only. Every
    format's reader starts here, so the file checks are the same for all of them."""
    name = str(path)
    try:
        # Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer;
        # the checks then look at what was opened, not at a name that may change meanwhile.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        try:
            info = os.fstat(descriptor)
            if stat.S_ISDIR(info.st_mode):
                raise LoadError(LoadProblem.IS_DIRECTORY, name)
            if not stat.S_ISREG(info.st_mode):
                raise LoadError(LoadProblem.NOT_REGULAR, name)
            if info.st_size > limit:  # before reading: a huge file must not fill memory
                raise LoadError(LoadProblem.TOO_LARGE, name, human_size(info.st_size))
            stream = open(descriptor, "rb")  # noqa: SIM115 — closed below, or at once on error
        except BaseException:
            os.close(descriptor)
            raise
        with stream:
            # A file may grow while it is read: the read itself stops past the limit.
            data = stream.read(limit + 1)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the name
        raise LoadError(LoadProblem.NOT_FOUND, name) from None
    except IsADirectoryError:
        raise LoadError(LoadProblem.IS_DIRECTORY, name) from None
    except PermissionError:
        raise LoadError(LoadProblem.PERMISSION_DENIED, name) from None
    except OSError as error:
        raise LoadError(LoadProblem.UNREADABLE, name, error.strerror or str(error)) from None
    if len(data) > limit:
        raise LoadError(LoadProblem.TOO_LARGE, name, human_size(len(data)))
    return data


def human_size(size: int) -> str:
    """Binary units, as the limit is written in ``reader.messages`` (50 MB = 50 MiB)."""
    value, unit = float(size), "B"
    for larger in ("KB", "MB", "GB", "TB"):
        value, unit = value / 1024, larger
        if value < 1024:
            break
    return f"{value:.1f} {unit}"


# --- Binary data -----------------------------------------------------------------------------


class BinaryData(ValueError):
    def __init__(self, format_name: str = "") -> None:
        super().__init__(format_name)
        self.format = format_name


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft's compound files: Word 97-2003…
# Format names are proper nouns, the same in every language, so they can travel as data.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF-", "PDF"),
    (b"\x7fELF", "ELF"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (OLE_SIGNATURE, "OLE"),
)
_SAMPLE = 64 * 1024
# Deleting these from a sample leaves the bytes that never occur in text: C0 controls other
# than tab, newlines, form feed and escape (coloured terminal logs are text).
_TEXT_BYTES = bytes(b for b in range(256) if b >= 32 or b in b"\t\n\v\f\r\x1b")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # the same, once decoded


def _format_of(data: bytes) -> str:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "ZIP":  # EPUB and OpenDocument name their type first, unpacked
                if data[30:38] == b"mimetype":
                    if data[38:58] == b"application/epub+zip":
                        return "EPUB"
                    if b"opendocument" in data[38:100]:
                        return "OpenDocument"
                if b"word/" in data[:_SAMPLE] and b"[Content_Types].xml" in data[:_SAMPLE]:
                    return "DOCX"
            return name
    return ""


# --- Decoding --------------------------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),
    (b"\xfe\xff", "utf-16", "utf-16-be"),
)
_ESCAPED = re.compile("[\udc80-\udcff]")  # undecodable bytes, as "surrogateescape" keeps them
_GUESS_SAMPLE = 1024 * 1024
_ASCII = bytes(range(128))
_CP1252_HOLES = b"\x81\x8d\x8f\x90\x9d"
_FILL_HOLES = bytes.maketrans(_CP1252_HOLES, b"?" * len(_CP1252_HOLES))
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; raises ``BinaryData`` when it is not text."""
    format_name = _format_of(data)
    if format_name:
        raise BinaryData(format_name)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            decoded = _decode_as(data, codec, name, legacy=False)
            _check_text(decoded.text[: _SAMPLE // 2])
            return decoded
    sample = data[:_SAMPLE]
    unicode16 = _bomless_utf16(sample)
    if unicode16:
        return _decode_as(data, unicode16, unicode16, legacy=False)
    if b"\x00" in sample or len(sample.translate(None, _TEXT_BYTES)) * 10 > len(sample):
        raise BinaryData()  # text may hold a stray control character; not one byte in ten
    decoded = _decode_single_or_utf8(data)
    # Past the sample, a NUL does not make a text file binary, but it is left out (it is
    # invisible, and no text widget keeps it): say so rather than drop it silently.
    nuls = sum(data.count(b"\x00", start, start + long_text.PIECE_BYTES)
               for start in range(len(sample), len(data), long_text.PIECE_BYTES))
    if nuls:
        notice = Notice(NoticeKind.NUL_REMOVED, str(nuls))
        decoded = Decoded(decoded.text, decoded.encoding, decoded.notices + (notice,))
    return decoded


def _decode_single_or_utf8(data: bytes) -> Decoded:
    try:
        return Decoded(long_text.decoded(data, "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad, good = _with_bad_bytes_replaced(data, "utf-8")
    if good >= bad:  # mostly valid UTF-8: a damaged UTF-8 file, not a legacy one
        return Decoded(text, "utf-8", (Notice(NoticeKind.BYTES_REPLACED, str(bad)),))
    del text
    codec = _guess_legacy(data)
    return _decode_as(data, codec, codec, legacy=True)


def _check_text(sample: str) -> None:
    """The same test on decoded text, for what a byte-order mark made us decode."""
    if "\x00" in sample or len(_CONTROL_CHARS.findall(sample)) * 10 > len(sample):
        raise BinaryData()


def _decode_as(data: bytes, codec: str, name: str, *, legacy: bool) -> Decoded:
    notices = (Notice(NoticeKind.LEGACY_ENCODING, name),) if legacy else ()
    try:
        return Decoded(long_text.decoded(data, codec), name, notices)
    except UnicodeDecodeError:
        pass
    try:
        text, count, _good = _with_bad_bytes_replaced(data, codec)
    except UnicodeDecodeError:  # UTF-16/32: "surrogateescape" cannot keep bytes below 0x80
        text, count = _replaced(data, codec)
    return Decoded(text, name, notices + (Notice(NoticeKind.BYTES_REPLACED, str(count)),))


def _with_bad_bytes_replaced(data: bytes, codec: str) -> tuple[str, int, int]:
    """(``data`` decoded with each byte ``codec`` cannot decode shown as U+FFFD, how many
    there were, how many characters beyond ASCII were decoded), a piece at a time.
    "surrogateescape" keeps one code point per bad byte, so the count is in bytes, as the
    notice says; "replace" would merge some runs into one U+FFFD."""
    pieces, bad, beyond_ascii = [], 0, 0
    for escaped in long_text.decoded_pieces(data, codec, "surrogateescape"):
        piece, count = _ESCAPED.subn("\ufffd", escaped)
        pieces.append(piece)
        bad += count
        beyond_ascii += len(escaped) - len(escaped.encode("ascii", "ignore"))
    return long_text.joined(pieces), bad, beyond_ascii - bad


def _replaced(data: bytes, codec: str) -> tuple[str, int]:
    """``data`` decoded with "replace", and how many U+FFFD that added, a piece at a time."""
    pieces, count = [], 0
    for piece, kept in zip(long_text.decoded_pieces(data, codec, "replace"),
                           long_text.decoded_pieces(data, codec, "ignore"), strict=True):
        pieces.append(piece)
        count += piece.count("\ufffd") - kept.count("\ufffd")
    return long_text.joined(pieces), count


def _bomless_utf16(sample: bytes) -> str:
    """"utf-16-le"/"-be" for UTF-16 without a byte-order mark, else "": Latin text, where NULs
    fill one byte of each pair, or Japanese, where kana give it away (a 0x30 byte in each)."""
    if len(sample) < 4:
        return ""
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    if b"\x00" in sample:
        for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if zeros.count(0) * 2 >= len(zeros) and b"\x00" not in other:
                text = sample.decode(codec, "ignore")  # the sample may cut a surrogate pair
                if not _CONTROL_CHARS.search(text):
                    return codec
    for codec in ("utf-16-le", "utf-16-be"):
        if _reads_as_japanese(sample.decode(codec, "ignore")):
            return codec
    return ""


# Hiragana, katakana and half-width katakana: not the CJK punctuation beside them, which two
# ASCII bytes read as UTF-16 can make ("0" then a carriage return is "」").
_KANA = re.compile("[\u3041-\u3096\u309d-\u309f\u30a1-\u30ff\uff66-\uff9f]")


def _reads_as_japanese(text: str) -> bool:
    """Text read as UTF-16 from bytes that are not (ASCII or Western text in pairs) makes CJK
    ideographs, never kana: kana in one character of ten, and nothing unprintable, is UTF-16
    Japanese (Chinese and Korean UTF-16 without a byte-order mark stay unrecognised)."""
    if not text or _CONTROL_CHARS.search(text):
        return False
    visible = [char for char in text if not char.isspace()]
    if not visible or not all(char.isprintable() for char in visible):
        return False
    kana = len(_KANA.findall(text))
    return kana >= 2 and kana * 10 >= len(visible)


def _guess_legacy(data: bytes) -> str:
    import charset_normalizer  # here: only legacy files need it, and its import costs ~35 ms

    sample = data
    if len(data) > _GUESS_SAMPLE:  # enough to guess from; cut at a line, not inside a character
        sample = data[: data.rfind(b"\n", 0, _GUESS_SAMPLE) + 1 or _GUESS_SAMPLE]
    holes = len(sample) - len(sample.translate(None, _CP1252_HOLES))
    if holes * 4 > len(sample.translate(None, _ASCII)):
        # Too many bytes cp1252 leaves undefined: another code page (or a multi-byte one).
        best = charset_normalizer.from_bytes(sample).best()
        return best.encoding if best is not None else "cp1252"
    # A stray undefined byte in a cp1252 file must not hand it to a wild guess (mac_latin2,
    # gb18030 …): judge with the holes filled, then decode showing them as U+FFFD.
    sample = sample.translate(_FILL_HOLES)
    if _reads_as_western(sample.decode("cp1252")):
        return _cp1252_or_latin9(data)
    best = charset_normalizer.from_bytes(sample).best()
    if best is None or best.encoding in _WESTERN:
        return _cp1252_or_latin9(data)
    # On short input every single-byte code page is "chaos-free" and the guess is arbitrary
    # (cp1250 for French, mac_iceland for German): cp1252 wins unless it reads messier.
    # Cyrillic or Greek read as cp1252 are runs of accented letters, which it flags as messy.
    cp1252 = charset_normalizer.from_bytes(sample, cp_isolation=["cp1252"]).best()
    if cp1252 is not None and cp1252.chaos <= best.chaos:
        return _cp1252_or_latin9(data)
    return best.encoding


# The letters and signs French, German, Spanish, Italian, Portuguese, Dutch and the Nordic
# languages write beyond ASCII, as cp1252 decodes them (not ð or þ: cp1251's "р" and "ю").
_WESTERN_CHARS = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœšžßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ"
    "«»¿¡€£§°ºª·’‘“”„‚–—…•´¨\xa0"
)
_FOREIGN_WORD = re.compile(r"\b[^\W\x00-\x7f]{2,}\b")  # two letters or more, none ASCII


def _reads_as_western(text: str) -> bool:
    """Whether text decoded as cp1252 reads as a Western European language: every character
    beyond ASCII is one those languages write, and no word of two letters or more is made of
    such characters alone. Short French or German in cp1252 is valid in a dozen code pages and
    charset-normalizer picks one at random (mac_latin2, cp1257, cp1006); Cyrillic, Greek or
    Hebrew read as cp1252 make whole words of accented letters and signs, and Central European
    code pages bring signs such as "³" or "¹"."""
    beyond = {char for char in text if char > "\x7f"}
    if not beyond or not beyond <= _WESTERN_CHARS:
        return False
    return _FOREIGN_WORD.search(text) is None


def _cp1252_or_latin9(data: bytes) -> str:
    # "¤" (0xA4 in cp1252) is nearly never meant; in ISO 8859-15 it is "€". Files that use
    # cp1252's own 0x80-0x9F range (curly quotes, "€" at 0x80) are cp1252 for sure.
    if b"\xa4" in data and not re.search(b"[\x80-\x9f]", data):
        return "iso8859-15"
    return "cp1252"


# --- Normalising -----------------------------------------------------------------------------

# Every line boundary str.splitlines() knows becomes "\n", so that markdown-it's line numbers
# (Block.source_lines) and any later splitlines() of Document.source agree. Other C0 and C1
# controls (but tab), DEL, and byte-order marks left inside by concatenated files are invisible
# junk and go. One character class, so that clean text costs one fast regex scan.
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]")
_REPLACEMENT = dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028", "\n")
_REPLACEMENT["\u2029"] = "\n\n"  # a paragraph separator separates paragraphs: a blank line


def normalize(text: str) -> str:
    """One newline convention, NFC, no invisible control characters; nothing else changes.

    A large text goes a piece of lines at a time, put together again a piece at a time unless
    no piece changed (``long_text``): each search or NFC pass over 10 MB is one call that holds
    Python's lock for 25-70 ms, and the window, whose thread waits for the lock while a worker
    opens the file, froze that long. A piece ends after a line break, which neither a line
    ending ("\r\n"), nor NFC (a combining mark never follows a line break in one character),
    nor a replacement ever joins across."""
    if len(text) <= _PIECE_CHARS:
        return _normalize_piece(text)
    return long_text.changed_by_lines(text, _normalize_piece, _PIECE_CHARS)


_PIECE_CHARS = 1 << 16


def _normalize_piece(text: str) -> str:
    text = text.replace("\r\n", "\n")  # the common case, at memchr speed
    if _SUSPECT.search(text):
        text = _SUSPECT.sub(lambda match: _REPLACEMENT.get(match.group(), ""), text)
    return unicodedata.normalize("NFC", text)
