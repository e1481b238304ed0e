"""From a file or a string to a Document: the whole structure pipeline, in order."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .language import detect_language
from .loading import normalize, read_text_file
from .markdown import lines_look_like_paragraphs, make_parser, parse_blocks
from .model import Document, Notice, NoticeKind
from .repair import join_broken_paragraphs
from .structure import analyze

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def open_document(path: str | Path, *, with_language: bool = True) -> Document:
    """Read, decode and parse a file. Raises ``LoadError`` with a reason the UI can explain.

    ``with_language=False`` leaves ``language`` empty, for ``with_detected_language`` later:
    loading the language model costs ~0.5 s, which the window spends after its first paint.
    """
    path = Path(path)
    decoded = read_text_file(path)
    return parse_text(
        decoded.text,
        path=str(path),
        encoding=decoded.encoding,
        notices=decoded.notices,
        plain_text=path.suffix.lower() not in MARKDOWN_SUFFIXES,
        with_language=with_language,
    )


def parse_text(
    text: str,
    *,
    path: str = "",
    encoding: str = "utf-8",
    notices: tuple[Notice, ...] = (),
    plain_text: bool = False,
    with_language: bool = True,
) -> Document:
    """Parse already-decoded text. ``plain_text`` (a .txt file) keeps indented lines as prose
    and, when its lines are paragraphs (text extracted from the web), makes each a paragraph."""
    source = normalize(text)
    parse_notices: list[Notice] = []
    with _cyclic_gc_paused():
        blocks = parse_blocks(
            source,
            parser=make_parser(indented_code=not plain_text),
            lines_are_paragraphs=plain_text and lines_look_like_paragraphs(source),
            notices=parse_notices,
        )
        blocks, joined = join_broken_paragraphs(blocks)
        structure = analyze(blocks)
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
        source=source,
        path=path,
        encoding=encoding,
        notices=notices,
    )
    return with_detected_language(document) if with_language else document


def with_detected_language(document: Document) -> Document:
    """The same document with its language detected (ISO 639-1, "" when unsure)."""
    return replace(document, language=detect_language(document.text))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Parsing a large document allocates millions of short-lived objects (tokens, blocks),
    and each batch of allocations makes Python's cycle collector rescan all that survive: a
    third of the time of a 10 MB parse. Nothing here depends on cycles being collected, so
    the collector waits until the parse is done (and then collects as usual)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
