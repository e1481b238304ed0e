"""The limits every archive and XML document goes through, so that a hostile file costs a
clear refusal and nothing else: XML entities are never resolved (no other file is read,
nothing is fetched, no "billion laughs"), and a zip member is inflated only up to a size and
a compression ratio no honest document reaches.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree, html

from ..loading import LoadError, LoadProblem

MAX_INFLATED_BYTES = 200 * 1024 * 1024  # all members of one archive together
MAX_MEMBER_RATIO = 200  # inflated / compressed: text compresses ~3-10x, a bomb 1000x
_RATIO_FLOOR = 1024 * 1024  # small members may compress well (a blank page, a repeated tag)
MAX_MEMBERS = 20_000


def xml_parser() -> etree.XMLParser:
    """An XML parser that resolves nothing: entities stay unexpanded, no DTD is loaded, no
    network is touched, and huge_tree stays off (libxml2's own depth and size limits hold)."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def xhtml_parser() -> etree.XMLParser:
    """``xml_parser`` whose elements are lxml.html's, as an HTML page's are: an EPUB's XHTML
    goes through the same web page code (``drop_tree`` and the like)."""
    parser = xml_parser()
    parser.set_element_class_lookup(html.HtmlElementClassLookup())
    return parser


def html_parser() -> html.HTMLParser:
    return html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
    )


def parse_xml(data: bytes, path: str, parser: etree.XMLParser | None = None) -> etree._Element:
    """An XML document's root. Any DOCTYPE with entity declarations is refused outright: no
    honest EPUB, DOCX or ODT declares entities, and refusing is safer than not expanding.
    ``parser``: one of ``xml_parser``'s kind (the default)."""
    if b"<!entity" in data[:65536].lower():
        raise LoadError(LoadProblem.UNSAFE_XML, path)
    try:
        root = etree.fromstring(data, parser if parser is not None else xml_parser())
    except (etree.XMLSyntaxError, ValueError) as error:
        raise LoadError(LoadProblem.CORRUPT, path, str(error)[:200]) from None
    if root is None:
        raise LoadError(LoadProblem.CORRUPT, path)
    return root


class SafeZip:
    """A zip archive read under the limits above; every failure is a ``LoadError``."""

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        self._inflated = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise LoadError(LoadProblem.CORRUPT, path) from None
        if len(infos) > MAX_MEMBERS:
            raise LoadError(LoadProblem.CORRUPT, path)
        self._infos = {info.filename: info for info in infos}

    def names(self) -> list[str]:
        return list(self._infos)

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise LoadError(LoadProblem.CORRUPT, self.path, name)
        limit = max(_RATIO_FLOOR, info.compress_size * MAX_MEMBER_RATIO)
        budget = MAX_INFLATED_BYTES - self._inflated
        if info.file_size > min(limit, budget):  # the declared size, checked before inflating
            raise LoadError(LoadProblem.ZIP_BOMB, self.path)
        try:
            with self._zip.open(info) as stream:
                # The declared size may lie: read one byte past what is allowed, and refuse.
                data = stream.read(min(limit, budget) + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
                NotImplementedError):  # zlib.error: a damaged member's compressed bytes
            raise LoadError(LoadProblem.CORRUPT, self.path, name) from None
        if len(data) > min(limit, budget):
            raise LoadError(LoadProblem.ZIP_BOMB, self.path)
        self._inflated += len(data)
        return data

    def check(self) -> None:
        """Refuse the archive before a library inflates it: every member's declared size and
        ratio within the limits (zipfile never inflates past the declared size), no XML part
        declaring entities, and no encrypted member."""
        total = 0
        for info in self._infos.values():
            if info.flag_bits & 0x1:
                raise LoadError(LoadProblem.CORRUPT, self.path, "encrypted")
            total += info.file_size
            if (info.file_size > max(_RATIO_FLOOR, info.compress_size * MAX_MEMBER_RATIO)
                    or total > MAX_INFLATED_BYTES):
                raise LoadError(LoadProblem.ZIP_BOMB, self.path)
        for name in self._infos:
            if name.endswith((".xml", ".rels")):
                head = self.read(name)[:65536].lower()
                if b"<!entity" in head or b"<!doctype" in head:
                    raise LoadError(LoadProblem.UNSAFE_XML, self.path)
        self._inflated = 0

    def read_xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.path)
