"""PDF files written by a minimal writer, laid out as a word processor's export is: Type 3
fonts (each glyph a box, so that every character has a box whatever its script; no font
file to embed) with a ToUnicode map, as TeX's bitmap fonts and some printer drivers write,
regular and bold fonts, body text wrapped into lines, larger headings, indented list
items, words set in bold inside a line, paragraphs spaced apart, words hyphenated at a line's
end, several pages with a running header and page numbers (which the reader removes),
bookmarks and a title in the document's information."""

from __future__ import annotations

import random
import unicodedata

from .content import Content, Made, xml_safe

_PAGE = (595, 842)
_TOP, _BOTTOM, _LEFT, _RIGHT = 770, 90, 72, 523
_ADVANCE = 0.6  # each glyph's width, in ems (the fonts' /DW)


def make_pdf(rng: random.Random) -> Made:
    content = Content(rng)
    layout = _Layout(rng)
    for _ in range(rng.randint(1, 14)):
        kind = rng.randrange(8)
        if kind == 0:
            layout.paragraph([(_printable(content.say(1, 6)), True)],
                             size=rng.choice((14, 16, 20)), gap=1.2)
        elif kind == 1:
            marker = rng.choice(("\u2022 ", "- ", f"{rng.randint(1, 9)}. "))
            layout.paragraph([(marker + _printable(content.say(2, 12)), False)], indent=18)
        else:
            pieces = [(_printable(content.say(1, 12)), rng.random() < 0.15)
                      for _ in range(rng.randint(1, 5))]
            layout.paragraph(pieces, size=rng.choice((10, 11, 11, 12)))
    content.shown = [_printable(piece) for piece in content.shown]  # as drawn
    return content.made(layout.pdf(rng), ".pdf")


def _printable(text: str) -> str:
    """The text as drawn: no control or format characters, a plain space between words, and
    no right-to-left letters (a tool draws those in visual order, and PDFium turns them back;
    this writer draws in logical order, which no tool does)."""
    text = xml_safe(text)
    return " ".join("".join(c for c in text if (unicodedata.category(c)[0] not in "CZ"
                                                or c == " ") and not _right_to_left(c)).split())


def _right_to_left(char: str) -> bool:
    """A letter or mark of a right-to-left script (its blocks: Hebrew to NKo and beyond)."""
    code = ord(char)
    return unicodedata.bidirectional(char) in ("R", "AL") or any(
        low <= code <= high for low, high in ((0x0590, 0x08FF), (0xFB1D, 0xFDFF),
                                              (0xFE70, 0xFEFF), (0x10800, 0x10FFF),
                                              (0x1E800, 0x1EFFF)))


class _Layout:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pages: list[list[str]] = [[]]
        self.y = _TOP
        self.glyphs: dict[str, int] = {}  # character: its CID
        self.bookmarks: list[tuple[str, int, float]] = []

    def shown(self, text: str, bold: bool, size: float) -> str:
        """Operators drawing ``text``: each character's code in the Type 3 font that has it
        (255 characters a font)."""
        operations, font, codes = [], -1, []
        for char in text:
            number = self.glyphs.setdefault(char, len(self.glyphs))
            if number // 255 != font and codes:
                operations.append(self._drawn(font, bold, size, codes))
                codes = []
            font = number // 255
            codes.append(number % 255 + 1)
        if codes:
            operations.append(self._drawn(font, bold, size, codes))
        return " ".join(operations)

    @staticmethod
    def _drawn(font: int, bold: bool, size: float, codes: list[int]) -> str:
        return f"/{'B' if bold else 'R'}{font} {size} Tf <{bytes(codes).hex()}> Tj"

    def paragraph(self, pieces: list[tuple[str, bool]], *, size: float = 11, gap: float = 0.8,
                  indent: float = 0) -> None:
        """Words of ``pieces`` (text, bold) wrapped into lines; a heading is one bold piece."""
        words = [(word, bold) for text, bold in pieces for word in text.split(" ") if word]
        if not words:
            return
        if size > 12:
            self.bookmarks.append((" ".join(w for w, _ in words), len(self.pages) - 1, self.y))
        room = int((_RIGHT - _LEFT - indent) / (size * _ADVANCE))
        line: list[tuple[str, bool]] = []
        for word, bold in words:
            length = sum(len(w) + 1 for w, _ in line)
            if line and length + len(word) > room:
                if len(word) > 6 and length + 4 < room and self.rng.random() < 0.3:
                    cut = self.rng.randint(2, min(len(word) - 2, room - length - 2))
                    line.append((word[:cut] + "-", bold))  # hyphenated at the line's end
                    word = word[cut:]
                self.draw(line, size, indent)
                line = []
            while len(word) > room:  # longer than a line: cut, as a layout does
                self.draw([(word[:room], bold)], size, indent)
                word = word[room:]
            line.append((word, bold))
        self.draw(line, size, indent)
        self.y -= size * gap

    def draw(self, line: list[tuple[str, bool]], size: float, indent: float) -> None:
        if self.y < _BOTTOM:
            self.pages.append([])
            self.y = _TOP
        operations = [f"BT 1 0 0 1 {_LEFT + indent:.1f} {self.y:.1f} Tm"]
        for number, (word, bold) in enumerate(line):
            text = word if number == len(line) - 1 else word + " "
            operations.append(self.shown(text, bold, size))
        operations.append("ET")
        self.pages[-1].append(" ".join(operations))
        self.y -= size * 1.25

    def pdf(self, rng: random.Random) -> bytes:
        writer = _Writer()
        catalog, pages, fonts = writer.reserve(), writer.reserve(), writer.reserve()
        header = f"Revue {rng.randrange(99)}"
        kids = []
        for number, drawn in enumerate(self.pages, 1):
            running = [f"BT 1 0 0 1 {_LEFT} 800 Tm {self.shown(header, False, 8)} ET",
                       f"BT 1 0 0 1 290 40 Tm {self.shown(str(number), False, 8)} ET"]
            stream = "\n".join(running + drawn).encode("latin-1")
            contents = writer.add(b"<< /Length %d >>\nstream\n" % len(stream) + stream
                                  + b"\nendstream")
            kids.append(writer.add(
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {_PAGE[0]} {_PAGE[1]}] "
                f"/Resources << /Font {fonts} 0 R >> /Contents {contents} 0 R >>"))
        writer.set(fonts, self._fonts(writer))
        writer.set(pages, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>")
        outlines = self._outlines(writer, kids)
        writer.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R{outlines} >>")
        info = writer.add(f"<< /Title ({rng.choice(('Rapport', 'Entretien', ''))}) "
                          "/Producer (fuzz) >>")
        return writer.output(catalog, info)

    def _fonts(self, writer: _Writer) -> str:
        """The font resources: a regular and a bold Type 3 font for each 255 characters."""
        box = writer.add(b"<< /Length 38 >>\nstream\n600 0 0 0 500 700 d1 0 0 500 700 re f"
                         b"\nendstream")
        blank = writer.add(b"<< /Length 18 >>\nstream\n600 0 0 0 0 0 d1 \nendstream")
        chars = list(self.glyphs)
        named = []
        for font in range(0, len(chars), 255):
            own = chars[font:font + 255]
            procs = " ".join(f"/g{n} {blank if c.isspace() else box} 0 R"
                             for n, c in enumerate(own, 1))
            glyphs = " ".join(f"/g{n}" for n in range(1, len(own) + 1))
            cmap = self._to_unicode(own)
            to_unicode = writer.add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap
                                    + b"\nendstream")
            for prefix, name, weight in (("R", "DejaVuSerif", 400), ("B", "DejaVuSerif-Bold", 700)):
                descriptor = writer.add(
                    f"<< /Type /FontDescriptor /FontName /{name} /Flags "
                    f"{32 + (0x40000 if weight > 600 else 0)} /FontBBox [0 0 600 700] "
                    f"/ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 /StemV 80 "
                    f"/FontWeight {weight} >>")
                number = writer.add(
                    f"<< /Type /Font /Subtype /Type3 /Name /{name} /FontBBox [0 0 600 700] "
                    f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {procs} >> /Encoding "
                    f"<< /Type /Encoding /Differences [1 {glyphs}] >> "
                    f"/FirstChar 1 /LastChar {len(own)} /Widths [{' '.join(['600'] * len(own))}] "
                    f"/FontDescriptor {descriptor} 0 R /ToUnicode {to_unicode} 0 R "
                    f"/Resources << >> >>")
                named.append(f"/{prefix}{font // 255} {number} 0 R")
        return f"<< {' '.join(named)} >>"

    @staticmethod
    def _to_unicode(chars: list[str]) -> bytes:
        entries = [f"<{code:02X}> <{char.encode('utf-16-be').hex().upper()}>"
                   for code, char in enumerate(chars, 1)]
        blocks = "".join(f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100])
                         + "\nendbfchar\n" for i in range(0, len(entries), 100))
        return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + blocks
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()

    def _outlines(self, writer: _Writer, kids: list[int]) -> str:
        if not self.bookmarks:
            return ""
        root = writer.reserve()
        numbers = [writer.reserve() for _ in self.bookmarks]
        for index, (title, page, y) in enumerate(self.bookmarks):
            links = (f" /Prev {numbers[index - 1]} 0 R" if index else "") + (
                f" /Next {numbers[index + 1]} 0 R" if index + 1 < len(numbers) else "")
            writer.set(numbers[index], f"<< /Title <FEFF{title.encode('utf-16-be').hex()}> "
                                       f"/Parent {root} 0 R /Dest [{kids[page]} 0 R /XYZ 0 "
                                       f"{y:.0f} 0]{links} >>")
        writer.set(root, f"<< /Type /Outlines /First {numbers[0]} 0 R /Last {numbers[-1]} 0 R "
                         f"/Count {len(numbers)} >>")
        return f" /Outlines {root} 0 R /PageMode /UseOutlines"


class _Writer:
    """Numbered objects, a cross-reference table and a trailer."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def reserve(self) -> int:
        self.objects.append(b"")
        return len(self.objects)

    def set(self, number: int, body: str | bytes) -> None:
        self.objects[number - 1] = body.encode("latin-1") if isinstance(body, str) else body

    def add(self, body: str | bytes) -> int:
        number = self.reserve()
        self.set(number, body)
        return number

    def output(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(self.objects) + 1, root, info, xref))
        return bytes(out)
