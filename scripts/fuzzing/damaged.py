"""Damaged and hostile files, made from valid ones: cut short, bits flipped, a part damaged,
entities and DTDs (external ones naming a local file and a local address that counts who
connects), XInclude, deep nesting, huge attributes and numbers, zip bombs at and over the
limits, zip oddities, wrong content types and a format under another's suffix; for PDF also
broken objects, cross references and page trees, deep nesting, and a compressed stream that
inflates far. The reader may refuse any of them, with a ``LoadError``; whatever it shows must
not hold the local file's secret word."""

from __future__ import annotations

import io
import os
import random
import re
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .content import Made

CANARY_WORD = "Secretcanaryqxzjkvwq"  # the local file's content: never to be shown
_SUFFIXES = (".docx", ".odt", ".epub", ".pdf")
_ONE_MB = 1024 * 1024


@cache
def canary_file() -> Path:
    """A local file that no document may read: hostile files name it."""
    given = os.environ.get("FUZZ_CANARY_FILE")
    if given:
        return Path(given)
    path = Path(tempfile.gettempdir()) / f"fuzz-canary-{os.getuid()}.txt"
    path.write_text(CANARY_WORD, encoding="utf-8")
    return path


def canary_address() -> str:
    """A local address whose server counts connections (``runner``): nothing may connect."""
    return f"http://127.0.0.1:{os.environ.get('FUZZ_CANARY_PORT', '9')}/canary"


def maker(make: Callable[[random.Random], Made]) -> Callable[[random.Random], Made]:
    def make_damaged(rng: random.Random) -> Made:
        made = make(rng)
        damage = rng.choice(_PDF_DAMAGE if made.suffix == ".pdf" else _ZIP_DAMAGE)
        data, suffix = damage(rng, made.data), made.suffix
        if rng.random() < 0.05:  # a file of one format under another's suffix
            suffix = rng.choice([s for s in _SUFFIXES if s != made.suffix])
        return Made(data, suffix, "", (CANARY_WORD,))
    make_damaged.__name__ = f"damaged_{make.__name__}"
    return make_damaged


# --- any file ----------------------------------------------------------------------------

def truncated(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data))]


def bits_flipped(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _hostile_doctype(rng: random.Random) -> str:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return rng.choice((
        f'<!DOCTYPE r [<!ENTITY e SYSTEM "file://{canary_file()}">]>',
        f'<!DOCTYPE r [<!ENTITY e SYSTEM "{canary_address()}">]>',
        f'<!DOCTYPE r SYSTEM "{canary_address()}">',
        f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{canary_address()}"> %p;]>',
        f'<!DOCTYPE r [<!ENTITY l0 "ha">{laughs}<!ENTITY e "&l9;">]>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
        '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">',
    ))


# --- zip archives (DOCX, ODT, EPUB) --------------------------------------------------------

def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zipped(members: dict[str, bytes] | list[tuple[str, bytes]], level: int = 6) -> bytes:
    stream = io.BytesIO()
    items = members.items() if isinstance(members, dict) else members
    with warnings.catch_warnings(), zipfile.ZipFile(
            stream, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        warnings.simplefilter("ignore")  # a name twice is the point
        for name, data in items:
            stored = name == "mimetype"
            archive.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return stream.getvalue()


def _an_xml_member(rng: random.Random, members: dict[str, bytes]) -> str:
    names = [n for n in members if n.endswith((".xml", ".xhtml", ".opf", ".rels", ".ncx"))]
    main = [n for n in names if n in ("word/document.xml", "content.xml") or "/ch" in n]
    return rng.choice(main) if main and rng.random() < 0.7 else rng.choice(names)


Damage = Callable[[random.Random, bytes], bytes]


def _in_member(change: Callable[[random.Random, str], str]) -> Damage:
    def damage(rng: random.Random, data: bytes) -> bytes:
        members = _members(data)
        name = _an_xml_member(rng, members)
        members[name] = change(rng, members[name].decode("utf-8")).encode("utf-8", "replace")
        return _zipped(members)
    damage.__name__ = change.__name__
    return damage


def _part_bits_flipped(rng: random.Random, text: str) -> str:
    return bits_flipped(rng, text.encode("utf-8")).decode("utf-8", "replace")


def _part_truncated(rng: random.Random, text: str) -> str:
    return text[:rng.randrange(len(text) + 1)]


def _part_entities(rng: random.Random, text: str) -> str:
    """A DOCTYPE after the XML declaration (sometimes after 70 KB of comments, past where a
    quick look stops), the entity used in the text; or an XInclude of the local file."""
    padding = "<!--" + "x" * 70_000 + "-->" if rng.random() < 0.3 else ""
    declaration_end = text.find("?>") + 2 if text.startswith("<?xml") else 0
    root = re.search(r"<[^?!]", text[declaration_end:])
    root_end = text.find(">", declaration_end + (root.start() if root else 0))
    if rng.random() < 0.2 and root_end > 0:
        include = (f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://'
                   f'{canary_file()}" parse="text"/>')
        return text[:root_end + 1] + include + text[root_end + 1:]
    body = text[declaration_end:]
    body = re.sub(r">([^<>]{3,})<", lambda m: f">{m.group(1)}&e;<", body, count=3)
    return text[:declaration_end] + padding + _hostile_doctype(rng) + body


def _part_nested(rng: random.Random, text: str) -> str:
    """Elements nested thousands deep around a part of the content."""
    depth = rng.choice((100, 300, 1000, 10_000, 100_000))
    tag = rng.choice(("w:sdt", "w:sdtContent", "text:section", "text:span", "div", "span",
                      "w:p", "w:tbl", "text:list", "text:list-item", "blockquote", "x"))
    opening = text.find("<", text.find(">", text.find("<body") if "<body" in text else 0) + 1)
    closing = text.rfind("</")
    if opening < 0 or closing <= opening:
        return text
    return (text[:opening] + f"<{tag}>" * depth + text[opening:closing] + f"</{tag}>" * depth
            + text[closing:])


_NASTY_VALUES = ("99999999999999999999", "-1", "", "NaN", "1e308", "0", "4294967296",
                 "2147483647", "1000000000", "-2147483649", "\u0663", "../../../../etc/passwd",
                 "#", "javascript:alert(1)")


def _part_attribute(rng: random.Random, text: str) -> str:
    """Attributes given values no tool writes: huge, negative, empty, a megabyte long."""
    attributes = list(re.finditer(r'(\s[\w:.-]+=")([^"]*)(")', text))
    for match in rng.sample(attributes, min(len(attributes), rng.randint(1, 8))):
        value = rng.choice(_NASTY_VALUES) if rng.random() < 0.85 else "a" * rng.choice(
            (65_536, _ONE_MB - 4096))
        text = text.replace(match.group(), match.group(1) + value + match.group(3), 1)
    return text


def _part_junk(rng: random.Random, text: str) -> str:
    """Tags dropped, repeated or opened at random."""
    tags = list(re.finditer(r"<[^>]{1,200}>", text))
    out = text
    for match in rng.sample(tags, min(len(tags), rng.randint(1, 10))):
        replacement = rng.choice(("", match.group() * rng.randint(2, 50), "<", "&", "&#0;",
                                  "<![CDATA[", "\x00", "\ud800", match.group().replace("/", "")))
        out = out.replace(match.group(), replacement, 1)
    return out


def zip_bomb(rng: random.Random, data: bytes) -> bytes:
    """Members that inflate far: within the limits (1 MB members, any ratio), just over a
    member's ratio, or many members whose total goes past the archive's limit."""
    members = _members(data)
    name = _an_xml_member(rng, members)
    kind = rng.randrange(4)
    if kind == 0:  # the main part made a megabyte of repeated markup, within the limits
        text = members[name].decode("utf-8")
        cut = text.rfind("</")
        filler = rng.choice(("<w:p><w:r><w:t>a</w:t></w:r></w:p>", "<text:p>a</text:p>",
                             "<p>a</p>", " ", "<x/>"))
        members[name] = (text[:cut] + filler * ((_ONE_MB - 8192) // len(filler))
                         + text[cut:]).encode("utf-8")
    elif kind == 1:
        members[f"padding{rng.randrange(99)}.xml"] = b"<a>" + b" " * (_ONE_MB * 3) + b"</a>"
    elif kind == 2:
        for number in range(rng.randint(2, 40)):
            members[f"fill/p{number}.xml"] = b"<a>" + b"\x20" * (_ONE_MB - 16) + b"</a>"
    else:
        members[name] = members[name] + b" " * (_ONE_MB * 4)
    return _zipped(members, level=9)


def zip_oddities(rng: random.Random, data: bytes) -> bytes:
    members = list(_members(data).items())
    kind = rng.randrange(5)
    if kind == 0:  # a member twice: the second copy empty
        name, _ = rng.choice(members)
        members.append((name, b""))
    elif kind == 1:
        members.append(("../../outside.xml", b"<a/>"))
        members.append(("/absolute.xml", b"<a/>"))
    elif kind == 2:
        members = [m for m in members if m[0] != rng.choice(members)[0]]  # one member gone
    elif kind == 3:
        members += [(f"many/{n}.xml", b"<a/>") for n in range(rng.choice((1000, 5000)))]
    else:
        out = bytearray(_zipped(members))
        for match in re.finditer(rb"PK\x03\x04|PK\x01\x02", bytes(out)):
            if rng.random() < 0.5:  # the "encrypted" flag set on some entries
                flag = match.start() + (6 if match.group() == b"PK\x03\x04" else 8)
                out[flag] |= 1
        return bytes(out)
    return _zipped(members)


def wrong_content_types(rng: random.Random, data: bytes) -> bytes:
    members = _members(data)
    for name in ("[Content_Types].xml", "META-INF/manifest.xml", "mimetype"):
        if name in members:
            members[name] = re.sub(rb'(ContentType|media-type)="[^"]*"',
                                   rb'\1="image/png"', members[name])
            if name == "mimetype":
                members[name] = rng.choice((b"application/pdf", b"", b"x" * 300))
    for name in [n for n in members if n.endswith(".opf")]:
        members[name] = members[name].replace(b"application/xhtml+xml", rng.choice(
            (b"image/png", b"text/html", b"application/x-dtbncx+xml")))
    return _zipped(members)


_ZIP_DAMAGE = (truncated, bits_flipped, _in_member(_part_bits_flipped),
               _in_member(_part_truncated), _in_member(_part_entities),
               _in_member(_part_entities), _in_member(_part_nested),
               _in_member(_part_attribute), _in_member(_part_junk), zip_bomb, zip_oddities,
               wrong_content_types)


# --- PDF -----------------------------------------------------------------------------------

def _pdf_numbers(rng: random.Random, data: bytes) -> bytes:
    """Numbers (sizes, counts, offsets, object numbers) made huge, negative or nothing."""
    numbers = list(re.finditer(rb"(?<=[\s\[/])-?\d+(\.\d+)?(?=[\s\]/>])", data))
    chosen = {m.start() for m in rng.sample(numbers, min(len(numbers), rng.randint(1, 10)))}
    pieces, end = [], 0
    for match in numbers:
        if match.start() in chosen:
            pieces += [data[end:match.start()], rng.choice(_NASTY_VALUES[:10]).encode()]
            end = match.end()
    return b"".join(pieces) + data[end:]


def _pdf_structure(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(7)
    if kind == 0:  # no cross-reference table: PDFium rebuilds it
        return data[:data.rfind(b"xref")]
    if kind == 1:
        return data.replace(b"endobj", b"", rng.randint(1, 5))
    if kind == 2:  # a page tree that contains itself
        return re.sub(rb"/Kids \[(\d+) 0 R", lambda m: b"/Kids [2 0 R " + m.group(1) + b" 0 R",
                      data, count=1)
    if kind == 3:
        return data.replace(b"/Count ", b"/Count 100000000", 1)
    if kind == 4:
        return re.sub(rb"/Length \d+", b"/Length " + str(rng.randint(0, 10**9)).encode(), data)
    if kind == 5:
        return data.replace(b"/Producer", b"/Nested " + b"[" * rng.choice((300, 100_000))
                            + b"]" * rng.choice((0, 300)) + b" /Producer", 1)
    # links, actions and a script pointing outside
    action = rng.choice((f"/S /URI /URI ({canary_address()})",
                         f"/S /Launch /F (file://{canary_file()})",
                         f"/S /GoToR /F ({canary_address()}) /D [0 /Fit]",
                         "/S /JavaScript /JS (app.launchURL\\(\"" + canary_address() + "\"\\))"))
    return data.replace(b"/Type /Catalog", f"/Type /Catalog /OpenAction << {action} >>".encode(), 1)


def _pdf_stream_bomb(rng: random.Random, data: bytes) -> bytes:
    """A page's content stream compressed from up to a few hundred megabytes of spaces."""
    inflated = rng.choice((_ONE_MB, 16 * _ONE_MB, 64 * _ONE_MB))
    stream = zlib.compress(b" " * inflated + b"BT ET", 9)
    match = re.search(rb"<< /Length \d+ >>\nstream\n", data)
    if match is None:
        return data
    end = data.index(b"\nendstream", match.end())
    return (data[:match.start()] + b"<< /Length %d /Filter /FlateDecode >>\nstream\n"
            % len(stream) + stream + data[end:])


_PDF_DAMAGE = (truncated, bits_flipped, bits_flipped, _pdf_numbers, _pdf_structure,
               _pdf_structure, _pdf_stream_bomb)
