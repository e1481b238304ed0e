"""Every generator the campaign runs: a name, a function that makes an input from a
``random.Random``, one that opens that input as the reader does, and what the input promises
(the characters that must survive, the words that must not be shown). A damaged file may be
refused, but only with a ``LoadError`` the window can put in words."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.util import Finalize
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from reader.document.formats.html import read_html
from reader.document.formats.reading import ReadingOptions, extract
from reader.document.markdown import make_parser
from reader.document.model import Document
from reader.document.pipeline import parse_extracted, parse_text

from . import damaged
from .checks import html_text, without_references
from .content import Made
from .make_docx import make_docx
from .make_epub import make_epub
from .make_odt import make_odt
from .make_pdf import make_pdf
from .text import interview_like, random_html, random_markdown, random_unicode


def _nothing_hidden(_: Any) -> Iterable[str]:
    return ()


@dataclass(frozen=True)
class Generator:
    name: str
    make: Callable[[random.Random], Any]  # the input: text, or a ``Made`` file
    parse: Callable[[Any], Document]
    text_of: Callable[[Any], str] = without_references  # the characters that must survive
    hidden_of: Callable[[Any], Iterable[str]] = field(default=_nothing_hidden)
    damaged: bool = False  # a LoadError (with its message) is a fine answer


@cache
def _parser(plain_text: bool) -> MarkdownIt:
    """One parser of each kind per process: making one costs as much as a short parse."""
    return make_parser(indented_code=not plain_text)


def _as_text(plain_text: bool) -> Callable[[str], Document]:
    def parse(text: str) -> Document:
        return parse_text(text, plain_text=plain_text, with_language=False,
                          parser=_parser(plain_text))
    return parse


def _parse_html(source: str) -> Document:
    return parse_extracted(read_html(source.encode("utf-8"), "fuzz.html", whole_page=True),
                           format_name="html", with_language=False)


@cache
def _folder(pid: int) -> Path:
    """A folder of this process's own for the files it opens (made once per process), taken
    away when the process ends (a worker of the runner too: multiprocessing runs its
    finalizers before the worker exits)."""
    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{pid}-"))
    Finalize(None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
             exitpriority=0)
    return folder


def open_file(made: Made) -> Document:
    """The file opened as the window opens it: read from disk, extracted, parsed."""
    from reader.document.formats.reading import format_for_suffix

    path = _folder(os.getpid()) / f"fuzz{made.suffix}"
    path.write_bytes(made.data)
    try:
        format_name = format_for_suffix(path)
        return parse_extracted(extract(path, format_name, ReadingOptions()), path=str(path),
                               format_name=format_name, with_language=False)
    finally:
        path.unlink(missing_ok=True)  # up to 64 MB, and a run opens hundreds of thousands


def _shown(made: Made) -> str:
    return made.shown


def _hidden(made: Made) -> Iterable[str]:
    return made.hidden


def _file(name: str, make: Callable[[random.Random], Made], *, hurt: bool = False) -> Generator:
    return Generator(name, make, open_file, _shown, _hidden, damaged=hurt)


GENERATORS: tuple[Generator, ...] = (
    Generator("unicode", random_unicode, _as_text(plain_text=True)),
    Generator("markdown", random_markdown, _as_text(plain_text=False)),
    Generator("markdown-as-text", random_markdown, _as_text(plain_text=True)),
    Generator("interview", interview_like, _as_text(plain_text=True)),
    Generator("html", random_html, _parse_html, html_text),
)
FILE_GENERATORS: tuple[Generator, ...] = (
    _file("docx", make_docx),
    _file("odt", make_odt),
    _file("epub", make_epub),
    _file("pdf", make_pdf),
)
DAMAGED_GENERATORS: tuple[Generator, ...] = (
    _file("docx-damaged", damaged.maker(make_docx), hurt=True),
    _file("odt-damaged", damaged.maker(make_odt), hurt=True),
    _file("epub-damaged", damaged.maker(make_epub), hurt=True),
    _file("pdf-damaged", damaged.maker(make_pdf), hurt=True),
)
ALL_GENERATORS = GENERATORS + FILE_GENERATORS + DAMAGED_GENERATORS


def named(names: str) -> tuple[Generator, ...]:
    """The generators a command line names: "all", "text", "files", "damaged", or names
    joined by commas ("docx,pdf")."""
    groups = {"all": ALL_GENERATORS, "text": GENERATORS, "files": FILE_GENERATORS,
              "damaged": DAMAGED_GENERATORS}
    chosen: list[Generator] = []
    for name in names.split(","):
        found = groups.get(name) or tuple(g for g in ALL_GENERATORS if g.name == name)
        if not found:
            raise ValueError(f"no generator {name!r}: "
                             f"{', '.join([*groups, *(g.name for g in ALL_GENERATORS)])}")
        chosen += [g for g in found if g not in chosen]
    return tuple(chosen)
