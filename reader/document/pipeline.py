"""From a file or a string to a Document: the whole structure pipeline, in order."""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from markdown_it import MarkdownIt

from .chunks import CHUNKED_CHARS, split_long_blocks
from .correction_store import content_digest
from .formats.blocks import Extracted
from .formats.email_message import mail_text
from .formats.reading import (
    MAX_DOCUMENT_BYTES,
    ReadingOptions,
    extract,
    extract_data,
    format_for_binary,
    format_for_suffix,
    format_for_text,
)
from .formats.vault_markdown import as_commonmark
from .loading import BinaryData, LoadError, LoadProblem, decode_bytes, normalize, read_file_bytes
from .long_lived import collection_paused, cycles_collected
from .markdown import lines_look_like_paragraphs, make_parser, parse_blocks
from .model import Document, Notice, NoticeKind, place_blocks
from .structure.analysis import analyze
from .structure.lines.captionmarks import caption_speaker_marks
from .structure.lines.hardwrap import text_wrap_width, wrapped_at
from .structure.lines.marginnumbers import (
    is_margin_numbered,
    margin_numbered,
    without_margin,
)
from .structure.lines.repair import join_broken_paragraphs
from .structure.text.plainsource import plain_lines
from .structure.text.ruleview import seen_head

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def open_document(
    path: str | Path, *, with_language: bool = True, options: ReadingOptions | None = None
) -> Document:
    """Read, decode and parse a file. Raises ``LoadError`` with a reason the UI can explain.

    ``with_language=False`` leaves ``language`` empty (unless the file's metadata names it),
    for ``with_detected_language`` later: loading the language model costs ~0.5 s, which the
    window spends after its first paint. ``options``: the reading choices for HTML and EPUB.
    The document lets its source go (``Document.content_key`` stands for it): a window keeps
    its text once.
    """
    path = Path(path)
    options = options or ReadingOptions()
    format_name = format_for_suffix(path)
    if format_name:
        return _open_formatted(path, format_name, options, with_language)
    data = read_file_bytes(path)  # once: a transcript or RTF found in it is read from these
    if path.suffix.lower() in (".eml", ".msg"):  # a saved message: as a mail program shows it
        return parse_text(mail_text(data, str(path)), path=str(path), plain_text=True,
                          with_language=with_language, keep_source=False)
    try:
        decoded = decode_bytes(data)
    except BinaryData as binary:  # a PDF or EPUB under another name is still a PDF or EPUB
        del data  # read again by that format's reader, within its own limit
        format_name = format_for_binary(binary.format)
        if not format_name:
            raise LoadError(LoadProblem.BINARY, str(path), binary.format) from None
        return _open_formatted(path, format_name, options, with_language)
    if sniffed := format_for_text(decoded.text):  # a transcript or RTF file saved as .txt
        del decoded  # (its text: up to 50 MB, and the reader decodes the bytes its own way)
        extracted = extract_data(data, str(path), sniffed, options)
        cycles_collected()
        return parse_extracted(extracted, path=str(path),
                               format_name=sniffed, with_language=with_language,
                               keep_source=False)
    del data  # parsed from its text: the bytes would be a large file's size again meanwhile
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    return parse_text(
        as_commonmark(decoded.text) if markdown else decoded.text,  # as its app shows it
        path=str(path),
        encoding=decoded.encoding,
        notices=decoded.notices,
        plain_text=not markdown,
        with_language=with_language,
        keep_source=False,
    )


def parse_text(
    text: str,
    *,
    path: str = "",
    encoding: str = "utf-8",
    notices: tuple[Notice, ...] = (),
    plain_text: bool = False,
    with_language: bool = True,
    parser: MarkdownIt | None = None,
    keep_source: bool = True,
) -> Document:
    """Parse already-decoded text. ``plain_text`` (a .txt file) keeps indented lines as prose
    and, when its lines are paragraphs (text extracted from the web), makes each a paragraph.
    ``parser``: ``make_parser(indented_code=not plain_text)``, made once by a caller that
    parses many texts (making one costs about as much as parsing a short text).
    ``keep_source=False``: the document keeps only the source's key (``content_key``). After
    parsing, nothing but the outline corrections' key needs the source (the structure rules
    read it while parsing), and a 10 MB text's source took 19 MB of a window's memory (one
    character beyond Latin-1 makes Python store every character in two bytes)."""
    source = normalize(text)
    parse_notices: list[Notice] = []
    own_parser = parser is None
    parser = parser or make_parser(indented_code=not plain_text)
    with collection_paused():
        parsed = caption_speaker_marks(plain_lines(source)) if plain_text else source
        # A mail's or a PDF's hard wrap, told from the text as the rules read it; a
        # transcript's line numbers in the margin, read away.
        numbered = plain_text and is_margin_numbered(parsed)
        read = without_margin(parsed) if numbered else parsed
        with wrapped_at(text_wrap_width(seen_head(read)) if plain_text else 0), \
                margin_numbered(numbered):
            blocks = parse_blocks(
                parsed,
                parser=parser,
                lines_are_paragraphs=plain_text and lines_look_like_paragraphs(seen_head(read)),
                notices=parse_notices,
                in_pieces=len(source) >= CHUNKED_CHARS,
                plain_text=plain_text,
            )
            blocks, joined = join_broken_paragraphs(blocks)
            structure = analyze(split_long_blocks(blocks))
    rules = getattr(parser.renderer, "rules", None) if own_parser else None
    if isinstance(rules, dict):
        # markdown-it's HTML renderer (never used: the blocks come from its tokens) keeps its
        # own bound methods: a cycle only the collector frees, which a window's large open
        # would freeze with the model, for good (reader.document.long_lived).
        rules.clear()
    notices = tuple(notices) + tuple(parse_notices)
    if joined:
        notices += (Notice(NoticeKind.REPAIRED, str(joined)),)
    if not blocks:
        notices += (Notice(NoticeKind.EMPTY),)
    document = Document(
        title=structure.title or (Path(path).stem if path else ""),
        kind=structure.kind,
        language="",
        blocks=tuple(structure.blocks),
        sections=tuple(structure.sections),
        path=path,
        encoding=encoding,
        notices=notices,
        format="text" if plain_text else "markdown",
        source=source if keep_source else "",
        content_key="" if keep_source else content_digest(source),
    )
    return with_detected_language(document) if with_language else document


def with_detected_language(
    document: Document, detect: Callable[[str], str] | None = None
) -> Document:
    """The same document with its language detected (ISO 639-1, "" when unsure). The language
    the file's metadata names stands when the text is too short to tell: metadata is often a
    template's default (a Word file made from an English template says "en" whatever it
    holds), so the text itself decides when there is enough of it. ``detect``: how, e.g. in a
    child process."""
    if document.language and _letters(document.text) < TEXT_DECIDES_LETTERS:
        return document
    if detect is None:  # imported here: a window detects after its first paint, in a child
        from .language import detect_language

        detect = detect_language
    detected = detect(document.text)
    if not detected or detected == document.language:
        return document
    return replace(document, language=detected)


TEXT_DECIDES_LETTERS = 200  # past this, n-grams tell the language better than a template does


def _letters(text: str) -> int:
    sample = text[: 4 * TEXT_DECIDES_LETTERS]
    return sum(1 for character in sample if character.isalpha())


def _open_formatted(
    path: Path, format_name: str, options: ReadingOptions, with_language: bool
) -> Document:
    extracted = extract(path, format_name, options)
    cycles_collected()
    return parse_extracted(
        extracted,
        path=str(path),
        format_name=format_name,
        with_language=with_language,
        keep_source=False,
    )


def parse_extracted(
    extracted: Extracted, *, path: str = "", format_name: str = "", with_language: bool = True,
    keep_source: bool = True,
) -> Document:
    """A Document from a format's blocks: the same repair and structure as text, the
    metadata's title only when the structure finds none. ``keep_source``: as ``parse_text``."""
    source = extracted.source
    with collection_paused():
        numbered = [  # block i is line i of the source, whatever order the reader built them in
            b if b.source_lines == (i, i + 1) else replace(b, source_lines=(i, i + 1))
            for i, b in enumerate(extracted.blocks)
        ]
        blocks, joined = join_broken_paragraphs(place_blocks(numbered))
        structure = analyze(split_long_blocks(blocks))
    notices: tuple[Notice, ...] = ()
    if joined:
        notices += (Notice(NoticeKind.REPAIRED, str(joined)),)
    if not blocks:
        notices += (Notice(NoticeKind.EMPTY),)
    document = Document(
        title=structure.title or extracted.title or (Path(path).stem if path else ""),
        kind=structure.kind,
        language=extracted.language,
        blocks=tuple(structure.blocks),
        sections=tuple(structure.sections),
        path=path,
        notices=notices,
        format=format_name,
        source=source if keep_source else "",
        content_key="" if keep_source else content_digest(source),
    )
    return with_detected_language(document) if with_language else document


PREVIEW_PAGES = 8  # enough to fill a screen at any text size
PREVIEW_FROM_PAGES = 12  # a shorter file is parsed whole about as fast as its preview


@dataclass(frozen=True, slots=True)
class Preview:
    """A long file's first pages, shown while the whole is parsed."""

    document: Document  # with no path: nothing the reader keeps per file is keyed to it
    pages_shown: int
    pages: int


def open_preview(path: str | Path) -> Preview | None:
    """The first pages of a PDF of more than ``PREVIEW_FROM_PAGES`` pages, parsed as the
    whole file is (without its language); None for any other file, and for one that cannot
    be read (the whole parse says why). The whole document's text begins with the preview's,
    but for its last paragraph, which the next page may go on."""
    path = Path(path)
    if format_for_suffix(path) != "pdf":
        return None
    from .formats.pdf import read_pdf_opening  # pypdfium2: only for PDF files

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_DOCUMENT_BYTES:
            return None  # a pipe would block PDFium; the whole parse refuses either
        opening = read_pdf_opening(str(path), PREVIEW_PAGES, PREVIEW_FROM_PAGES)
    except (LoadError, OSError, RecursionError, MemoryError):
        return None
    except Exception:  # noqa: BLE001 - a library's own error on a damaged file: said later
        return None
    if opening is None:
        return None
    extracted, pages = opening
    cycles_collected()
    document = parse_extracted(extracted, path=str(path), format_name="pdf",
                               with_language=False, keep_source=False)
    return Preview(replace(document, path=""), PREVIEW_PAGES, pages)
