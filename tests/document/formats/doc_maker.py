"""Word 97-2003 files (.doc) made for the tests, as [MS-DOC] lays them out: a FIB, the text
in pieces (one byte a character where cp1252 holds the text, UTF-16 elsewhere, written in
the stream in the reverse of their reading order, as a fast-saved file's are), a style sheet
with localised style names (German headings, a French Title, a list style, a character
style), paragraph and character runs on formatted disk pages (several of them), tables,
fields, and the title in the file's properties.

    WordFile().add("Title words", style=TITLE).add(("Why?", "b")).table([["a", "b"]]).build()

A run is a text, or (text, flags): "b" bold, "i" italic, "n" explicitly not bold, "t" bold
toggled from the style's, "L" large (18 pt), "q" the bold character style, "h" hidden, "d"
deleted (a tracked change), "p" a special character (a picture's)."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .ole_maker import ole_file, summary_information

NORMAL, HEADING_1, HEADING_2, TITLE, QUESTION, LIST, QUOTE = 0, 1, 2, 11, 12, 13, 14
BULLETS, NUMBERS, QUESTIONS = 1, 2, 3  # the lists (ilfo): "•", "1." then "a)", "Q1."
_BOLD, _ITALIC, _CHAR_STYLE = 0x0835, 0x0836, 0x4A30
_FLAGS = {"b": (_BOLD, 1), "i": (_ITALIC, 1), "n": (_BOLD, 0), "t": (_BOLD, 0x81),
          "L": (0x4A43, 36),
          "h": (0x083C, 1), "d": (0x0800, 1), "p": (0x0855, 1)}
_OUTLINE, _IN_TABLE, _ROW_END, _DEPTH, _LIST, _LIST_LEVEL = (
    0x2640, 0x2416, 0x2417, 0x6649, 0x460B, 0x260A)
_TEXT_AT = 1024
_RUNS_A_PAGE = 12  # a few paragraphs a page: the tests go over several pages


def sprm(code: int, value: int) -> bytes:
    size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2}[code >> 13]
    return struct.pack("<H", code) + value.to_bytes(size, "little")


def hyperlink(address: str, words: str) -> str:
    """A HYPERLINK field as Word writes it: its instruction, then its result."""
    return f'\x13 HYPERLINK "{address}" \x14{words}\x15'


@dataclass
class _Paragraph:
    runs: list[tuple[str, str]]
    style: int = NORMAL
    properties: bytes = b""
    mark: str = "\r"


@dataclass
class WordFile:
    paragraphs: list[_Paragraph] = field(default_factory=list)
    boxes: list[tuple[int, str]] = field(default_factory=list)  # anchor paragraph, its text
    notes: dict[str, list[str]] = field(  # each kind's notes' words, in order
        default_factory=lambda: {"foot": [], "end": [], "order": []})

    def note(self, text: str, kind: str = "foot") -> WordFile:
        """A footnote (or an endnote) cited at the end of the paragraph added last: its
        mark a special character ("\x02") in the body, its words in the notes' story."""
        self.paragraphs[-1].runs.append(("\x02", "p"))
        self.notes[kind].append(text)
        self.notes["order"].append(kind)
        return self

    def box(self, text: str) -> WordFile:
        """A text box drawn in the paragraph added last (a pull quote, a sidebar)."""
        self.boxes.append((len(self.paragraphs) - 1, text))
        return self

    def _story(self, chars: list[str], flags: list[str], kind: str) -> tuple[int, list[int]]:
        """The notes' story of ``kind`` written after ``chars``: its size and each note's
        start in it (a note: its mark, a space, its words, a paragraph mark)."""
        story, starts = len(chars), []
        for text in self.notes[kind]:
            starts.append(len(chars) - story)
            chars += ["\x02"] + list(_units(" " + text)) + ["\r"]
            flags += ["p"] + [""] * (len(_units(text)) + 2)
        if starts:
            chars.append("\r")
            flags.append("")
        return len(chars) - story, starts

    def add(self, *runs: str | tuple[str, str], style: int = NORMAL, level: int | None = None,
            list_level: int | None = None, list_id: int = BULLETS, mark: str = "\r"
            ) -> WordFile:
        properties = b""
        if level is not None:
            properties += sprm(_OUTLINE, level)
        if list_level is not None:
            properties += sprm(_LIST, list_id) + sprm(_LIST_LEVEL, list_level)
        self.paragraphs.append(_Paragraph(
            [(run, "") if isinstance(run, str) else run for run in runs], style, properties,
            mark))
        return self

    def table(self, rows: list[list[str]]) -> WordFile:
        cell = sprm(_IN_TABLE, 1) + sprm(_DEPTH, 1)
        for row in rows:
            for text in row:
                self.paragraphs.append(_Paragraph([(text, "")], NORMAL, cell, "\x07"))
            self.paragraphs.append(_Paragraph([], NORMAL, cell + sprm(_ROW_END, 1), "\x07"))
        return self

    def build(self, *, title: str = "", version: int = 0xC1, encrypted: bool = False,
              unicode: bool = False, header: str = "", fast_saved: str = "") -> bytes:
        return ole_file(self.streams(title=title, version=version, encrypted=encrypted,
                                     unicode=unicode, header=header, fast_saved=fast_saved))

    def streams(self, *, title: str = "", version: int = 0xC1, encrypted: bool = False,
                unicode: bool = False, header: str = "", fast_saved: str = ""
                ) -> dict[str, bytes]:
        """``header``: the first section's page header (a story after the body's)."""
        chars, flags, marks, opened = [], [], [], []
        for paragraph in self.paragraphs:
            opened.append(len(chars))
            for text, run_flags in paragraph.runs:
                units = _units(text)
                chars += units
                flags += [run_flags] * len(units)
            marks.append((len(chars), paragraph))
            chars.append(paragraph.mark)
            flags.append("")
        body = len(chars)
        cited = [cp for cp, c in enumerate(chars) if c == "\x02"]
        note_marks = {kind: [cp for cp, k in zip(cited, self.notes["order"], strict=True)
                        if k == kind] for kind in ("foot", "end")}
        footnotes, footnote_starts = self._story(chars, flags, "foot")
        if header:  # the header story
            chars += _units(header) + "\r"
        flags += [""] * (len(chars) - len(flags))
        endnote_story = len(chars)
        endnotes, endnote_starts = self._story(chars, flags, "end")
        box_story, box_starts = len(chars), []
        for _, box_text in self.boxes:
            box_starts.append(len(chars) - box_story)
            chars += _units(box_text) + "\r"
        box_chars = len(chars) - box_story
        if header or self.boxes or footnotes or endnotes:  # the mark that ends the stories
            chars.append("\r")
        flags += [""] * (len(chars) - len(flags))
        text = "".join(chars)
        pieces = _pieces(text, unicode)
        word = bytearray(_TEXT_AT)
        placed: dict[int, tuple[int, int]] = {}  # piece start: offset, width
        for start, end, width in reversed(pieces):
            word += b"\0" * (len(word) % 2)
            placed[start] = (len(word), width)
            word += (text[start:end].encode("cp1252") if width == 1
                     else text[start:end].encode("utf-16-le", "surrogatepass"))

        def offset_of(cp: int) -> tuple[int, int]:
            start = max(s for s, _, _ in pieces if s <= cp)
            offset, width = placed[start]
            return offset + (cp - start) * width, width

        paragraph_runs = []
        for cp, paragraph in marks:
            offset, width = offset_of(cp)
            paragraph_runs.append((offset + width, struct.pack("<H", paragraph.style)
                                   + paragraph.properties))
        character_runs = []
        for start, end, width in pieces:
            run_start = start
            for cp in range(start + 1, end + 1):
                if cp == end or flags[cp] != flags[run_start]:
                    grpprl = b"".join(sprm(_CHAR_STYLE, QUESTION) if flag == "q" else
                                      sprm(*_FLAGS[flag]) for flag in flags[run_start])
                    character_runs.append((offset_of(run_start)[0],
                                           offset_of(cp - 1)[0] + width, grpprl))
                    run_start = cp
        word += b"\0" * (-len(word) % 512)
        papx_table, word = _pages(word, _paragraph_pages(sorted(paragraph_runs)))
        chpx_table, word = _pages(word, _character_pages(sorted(character_runs)))
        table = bytearray()
        places = {}
        for index, part in ((1, _style_sheet()), (33, _clx(pieces, placed, fast_saved)),
                            (13, papx_table), (12, chpx_table), (73, _lists()),
                            (74, _list_overrides()), (11, _header_stories(header)),
                            (40, _shapes([opened[at] for at, _ in self.boxes])),
                            (56, _box_ranges(box_starts, box_chars)),
                            (2, _note_marks(note_marks["foot"], body)),
                            (3, _note_texts(footnote_starts, footnotes)),
                            (46, _note_marks(note_marks["end"], body)),
                            (47, _note_texts(endnote_starts, endnotes))):
            places[index] = (len(table), len(part))
            table += part
        places[0] = places[1]
        word[:_TEXT_AT] = _fib(places, body, version, encrypted)
        if header:
            struct.pack_into("<I", word, 0x54, len(_units(header)) + 1)  # ccpHdd
        struct.pack_into("<I", word, 0x64, box_chars)  # ccpTxbx
        struct.pack_into("<I", word, 0x50, footnotes)  # ccpFtn
        struct.pack_into("<I", word, 0x60, endnotes)  # ccpEdn
        assert endnote_story == body + footnotes + (len(_units(header)) + 1 if header else 0)
        streams = {"WordDocument": bytes(word), "1Table": bytes(table)}
        if title:
            streams["\x05SummaryInformation"] = summary_information(title)
        return streams


def _note_marks(marks: list[int], body: int) -> bytes:
    """PlcffndRef (PlcfendRef): each mark's character, then an FRD (auto-numbered)."""
    if not marks:
        return b""
    return (struct.pack(f"<{len(marks) + 1}I", *marks, body)
            + b"".join(struct.pack("<h", 1) for _ in marks))


def _note_texts(starts: list[int], size: int) -> bytes:
    """PlcffndTxt (PlcfendTxt): where each note's words start in its story, the story's
    last paragraph mark, and its end."""
    if not starts:
        return b""
    return struct.pack(f"<{len(starts) + 2}I", *starts, size - 1, size)


def _units(text: str) -> str:
    """``text`` as Word counts it, in UTF-16 units: an emoji is two (a surrogate pair)."""
    raw = text.encode("utf-16-le", "surrogatepass")
    return "".join(chr(int.from_bytes(raw[i:i + 2], "little")) for i in range(0, len(raw), 2))


def _pieces(text: str, unicode: bool) -> list[tuple[int, int, int]]:
    """(start, end, width): cp1252 where it holds the text, UTF-16 elsewhere, and a cut
    in the middle so that even ASCII text has two pieces."""
    def width(char: str) -> int:
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            return 2
        return 2 if unicode else 1

    pieces: list[tuple[int, int, int]] = []
    middle = len(text) // 2
    for cp, char in enumerate(text):
        if pieces and pieces[-1][2] == width(char) and cp != middle:
            pieces[-1] = (pieces[-1][0], cp + 1, pieces[-1][2])
        else:
            pieces.append((cp, cp + 1, width(char)))
    return pieces


def _clx(pieces: list[tuple[int, int, int]], placed: dict[int, tuple[int, int]],
         fast_saved: str = "") -> bytes:
    """The piece table, after two property modifiers (RgPrc): none, then bold. The last
    piece is made bold since the last full save when the file was ``fast_saved``: by the
    second modifier ("list"), or by one coded in its descriptor ("single", a Prm0)."""
    cps = [start for start, _, _ in pieces] + [pieces[-1][1]]
    descriptors = b""
    for number, (start, _, width) in enumerate(pieces):
        offset, _ = placed[start]
        fc = offset * 2 | 0x40000000 if width == 1 else offset
        prm = 0
        if number == len(pieces) - 1:
            prm = {"": 0, "list": 1 << 1 | 1, "single": 1 << 8 | 0x55 << 1}[fast_saved]
        descriptors += struct.pack("<HIH", 0, fc, prm)
    plc = struct.pack(f"<{len(cps)}I", *cps) + descriptors
    bold = sprm(_BOLD, 1)
    return (b"\x01" + struct.pack("<h", 2) + b"\0\0" + b"\x01" + struct.pack("<h", len(bold))
            + bold + b"\x02" + struct.pack("<I", len(plc)) + plc)


def _paragraph_pages(runs: list[tuple[int, bytes]]) -> list[bytes]:
    pages, start = [], _TEXT_AT
    for first in range(0, len(runs), _RUNS_A_PAGE):
        chunk = runs[first:first + _RUNS_A_PAGE]
        page = bytearray(512)
        ends = [start] + [end for end, _ in chunk]
        struct.pack_into(f"<{len(ends)}I", page, 0, *ends)
        free = 511
        for number, (_, data) in enumerate(chunk):
            packed = (bytes([(len(data) + 1) // 2]) if len(data) % 2
                      else b"\0" + bytes([len(data) // 2])) + data
            free = (free - len(packed)) // 2 * 2
            page[free:free + len(packed)] = packed
            page[4 * len(ends) + 13 * number] = free // 2
        page[511] = len(chunk)
        pages.append(bytes(page))
        start = ends[-1]
    return pages


def _character_pages(runs: list[tuple[int, int, bytes]]) -> list[bytes]:
    pages = []
    for first in range(0, len(runs), _RUNS_A_PAGE):
        chunk = runs[first:first + _RUNS_A_PAGE]
        page = bytearray(512)
        edges = [chunk[0][0]] + [end for _, end, _ in chunk]
        struct.pack_into(f"<{len(edges)}I", page, 0, *edges)
        free = 511
        for number, (_, _, grpprl) in enumerate(chunk):
            if grpprl:
                packed = bytes([len(grpprl)]) + grpprl
                free = (free - len(packed)) // 2 * 2
                page[free:free + len(packed)] = packed
                page[4 * len(edges) + number] = free // 2
        page[511] = len(chunk)
        pages.append(bytes(page))
    return pages


def _pages(word: bytearray, pages: list[bytes]) -> tuple[bytes, bytearray]:
    """The pages appended to ``word``, and their PlcBte."""
    edges, numbers = [], []
    for page in pages:
        count = page[511]
        edges.append(struct.unpack_from("<I", page, 0)[0])
        last = struct.unpack_from("<I", page, 4 * count)[0]
        numbers.append(len(word) // 512)
        word += page
    edges.append(last if pages else 0)
    return struct.pack(f"<{len(edges)}I{len(numbers)}I", *edges, *numbers), word


def _style(sti: int, kind: int, name: str, paragraph: bytes = b"", characters: bytes = b"",
           base: int = 0) -> bytes:
    std = struct.pack("<HHHHH", sti, kind | base << 4, (2 if kind == 1 else 1), 0, 0)
    std += struct.pack("<H", len(name)) + name.encode("utf-16-le") + b"\0\0"
    for upx in ((b"\0\0" + paragraph, characters) if kind == 1 else (characters,)):
        std += b"\0" * (len(std) % 2) + struct.pack("<H", len(upx)) + upx
    return struct.pack("<H", len(std)) + std


def _style_sheet() -> bytes:
    styles = [_style(0, 1, "Normal", base=0xFFF, characters=sprm(0x4873, 0x040C)),  # French
              _style(1, 1, "Überschrift 1", sprm(_OUTLINE, 0), sprm(_BOLD, 1)),
              _style(2, 1, "Überschrift 2", sprm(_OUTLINE, 1), sprm(_BOLD, 1))]
    styles += [b"\0\0"] * 7
    styles += [_style(65, 2, "Default Paragraph Font", base=0xFFF),
               _style(62, 1, "Titre", characters=sprm(_BOLD, 1)),
               _style(0xFFE, 2, "Question", characters=sprm(_BOLD, 1), base=10),
               _style(49, 1, "Liste à puces", sprm(_LIST, 1) + sprm(_LIST_LEVEL, 0)),
               _style(0xFFE, 1, "Quote", characters=sprm(_ITALIC, 1))]
    header = struct.pack("<HHHHHHHHH", len(styles), 10, 1, 0x5B, 15, 0, 0, 0, 0)
    return struct.pack("<H", len(header)) + header + b"".join(styles)


def _lists() -> bytes:
    """Three list definitions (lsid 1, 2, 3) and their nine levels each."""
    formats = {BULLETS: [(23, "\uf0b7")] * 9,
               NUMBERS: [(0, "\x00."), (4, "\x01)")] + [(0, "\x02.")] * 7,
               QUESTIONS: [(0, "Q\x00.")] + [(0, "\x01.")] * 8}
    starts = {BULLETS: 1, NUMBERS: 1, QUESTIONS: 5}  # the questions go on from an earlier part
    definitions = b"".join(struct.pack("<ii9HBB", lsid, 0, *[0xFFF] * 9, 0, 0)
                           for lsid in formats)
    levels = b"".join(
        struct.pack("<iBB9sBiIBBBB", starts[lsid], number_format, 0, _placeholders(text), 0,
                    0, 0, 0, 0, 0, 0)
        + struct.pack("<H", len(text)) + text.encode("utf-16-le")
        for lsid in formats for number_format, text in formats[lsid])
    return struct.pack("<H", len(formats)) + definitions + levels


def _placeholders(text: str) -> bytes:
    """rgbxchNums: where in the number text each level's number stands (from 1)."""
    return bytes(i + 1 for i, char in enumerate(text) if ord(char) <= 8).ljust(9, b"\0")


def _list_overrides() -> bytes:
    overrides = [BULLETS, NUMBERS, QUESTIONS]
    return (struct.pack("<I", len(overrides))
            + b"".join(struct.pack("<iiiBBBB", lsid, 0, 0, 0, 0, 0, 0) for lsid in overrides)
            + b"\xff\xff\xff\xff" * len(overrides))


def _header_stories(header: str) -> bytes:
    """PlcfHdd: six empty separators' stories, then the first section's header."""
    if not header:
        return b""
    size = len(_units(header)) + 1
    return struct.pack("<14I", *[0] * 8, *[size] * 5, size + 1)


def _shapes(anchors: list[int]) -> bytes:
    """PlcSpaMom: each text box's shape (identifiers from 1025, as Word numbers them)."""
    if not anchors:
        return b""
    return (struct.pack(f"<{len(anchors) + 1}I", *anchors, anchors[-1] + 1)
            + b"".join(struct.pack("<i4iHi", 1025 + number, 0, 0, 1440, 720, 0, 1)
                       for number in range(len(anchors))))


def _box_ranges(starts: list[int], size: int) -> bytes:
    """PlcftxbxTxt: where each box's text starts in the text box story, and its shape."""
    if not starts:
        return b""
    return (struct.pack(f"<{len(starts) + 1}I", *starts, size)
            + b"".join(struct.pack("<iiHIii", 1, 0, 0, 0, 1025 + number, 0)
                       for number in range(len(starts))))


def _fib(places: dict[int, tuple[int, int]], characters: int, version: int,
         encrypted: bool) -> bytes:
    fib = bytearray(_TEXT_AT)
    struct.pack_into("<HHH", fib, 0, 0xA5EC, version, 0)
    struct.pack_into("<HH", fib, 6, 0x0409, 0)
    struct.pack_into("<HH", fib, 0x0A, 0x1200 | (0x0100 if encrypted else 0), 0xBF)
    struct.pack_into("<H", fib, 0x20, 14)
    struct.pack_into("<H", fib, 0x3E, 22)
    struct.pack_into("<I", fib, 0x4C, characters)
    struct.pack_into("<H", fib, 0x98, 0x5D)
    for index, (offset, size) in places.items():
        struct.pack_into("<II", fib, 0x9A + 8 * index, offset, size)
    return bytes(fib)
