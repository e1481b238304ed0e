"""Fuzz the document pipeline: generated documents must open whole.

    python scripts/fuzz.py                 # 10,000 documents of every kind, seed 0
    python scripts/fuzz.py 1000000 --seed 7 --minutes 60 --jobs 2

For each generated document it checks that parsing raises nothing; that every letter and
symbol of the input (Unicode categories L*, So, and N* but ASCII digits, which Markdown may
take as a list number) is in the document's text, in the same order (markup such as ``#``,
``*``, ``>`` or ``1.`` may go, words may not; character references such as ``&amp;`` are
decoded, as Markdown does); and that every offset is inside the text and in
order (blocks one after another, inline runs inside their block, sections in order). It prints
the first failures with the seed that reproduces each, and exits 1 if there was any.

Generators: random Unicode, random Markdown constructs (nesting, emphasis, lists, quotes, code,
rules, headings, tables), interview-like text with random line breaks, speaker names and
numbering. Another format joins by adding an entry to ``GENERATORS`` (a name, a function that
makes its input from a ``random.Random``, and one that turns that input into a ``Document``;
``text_of`` says which characters must survive), e.g. an HTML or DOCX generator once those
formats have a reader.
"""

from __future__ import annotations

import argparse
import html
import multiprocessing
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from markdown_it import MarkdownIt  # noqa: E402 (after the path is set)

from reader.document.formats.html import read_html  # noqa: E402
from reader.document.markdown import make_parser  # noqa: E402
from reader.document.model import Document  # noqa: E402
from reader.document.pipeline import parse_extracted, parse_text  # noqa: E402


def without_references(source: str) -> str:
    """Markdown decodes character references ("&amp;" is "&", "&#128512;" an emoji): the
    letters of their names are not text, so they are not expected in the document."""
    from markdown_it.common.entities import entities

    def drop_known(match: re.Match[str]) -> str:
        name = match.group(1)
        return "" if name.startswith("#") or name in entities else match.group()

    return _REFERENCE.sub(drop_known, source)


_REFERENCE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Generator:
    name: str
    make: Callable[[random.Random], str]  # the input (text, for the formats so far)
    parse: Callable[[str], Document]
    text_of: Callable[[str], str] = without_references  # the characters that must survive


# --- Generators ------------------------------------------------------------------------------

_ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyzéèàçœ ABCDEFÉÀ",
    "ßäöüÄÖÜ ñáíóú¿¡",
    "日本語のテキストです。東京",
    "Привет мир",
    "😀👍🏽❤️\u200d🔥",
    "#*_->`[]()!\\|~<&;:=+.0123456789\t\n\n  ",
    "\u00ad\u200b\u2028\u2029\ufeff\r\x0b\x0c\x85",
)


def random_unicode(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(0, 60)):
        if rng.random() < 0.2:
            code = rng.randint(0x20, 0x2FFFF)
            char = chr(code)
            if unicodedata.category(char) in ("Cs", "Co", "Cn"):
                continue
            pieces.append(char)
        else:
            alphabet = rng.choice(_ALPHABETS)
            pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    return "".join(pieces)


_WORDS = ("la", "police", "enquête", "Zoé", "Straße", "año", "œuvre", "日本", "😀", "c'est",
          "l'été", "Qui", "pourquoi", "réseau", "HTML", "<b>", "a_b", "x*y", "ok")


def _words(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


def random_markdown(rng: random.Random) -> str:
    chunks = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.randrange(12)
        depth = rng.choice((1, 1, 2, 3, 5, 12, 25))
        if kind == 0:
            chunks.append("#" * rng.randint(1, 7) + " " + _words(rng))
        elif kind == 1:
            chunks.append("".join(f"{'  ' * rng.randrange(depth)}- {_words(rng)}\n"
                                  for _ in range(rng.randint(1, 5))))
        elif kind == 2:
            chunks.append("".join(f"{n}. {_words(rng)}\n" for n in range(1, rng.randint(2, 5))))
        elif kind == 3:
            chunks.append(">" * depth + " " + _words(rng))
        elif kind == 4:
            chunks.append("```\n" + _words(rng) + "\n" + _words(rng) + "\n```")
        elif kind == 5:
            chunks.append(rng.choice(("***", "---", "___", "- - -")))
        elif kind == 6:
            mark = rng.choice(("*", "**", "_", "__", "`"))
            chunks.append(f"{_words(rng)} {mark}{_words(rng)}{mark} {_words(rng)}")
        elif kind == 7:
            cells = rng.randint(1, 4)
            row = "| " + " | ".join(_words(rng, 1, 2) for _ in range(cells)) + " |"
            chunks.append(row + "\n|" + "---|" * cells + "\n" + row)
        elif kind == 8:  # a hard break, a line ending in two spaces
            chunks.append(_words(rng) + "  \n" + _words(rng))
        elif kind == 9:
            chunks.append("".join(rng.choice("-*+>") + " " for _ in range(depth)) + _words(rng))
        elif kind == 10:
            chunks.append("    " + _words(rng))  # indented: code in Markdown, prose in text
        else:
            chunks.append(_words(rng, 5, 40))
    separator = rng.choice(("\n\n", "\n", "\n\n\n"))
    return separator.join(chunks) + rng.choice(("", "\n"))


_QUESTIONS = ("Pourquoi ce choix ?", "Comment l'expliquez-vous ?", "Et ensuite ?",
              "Qu'est-ce qui a changé depuis 2019 ?")


def interview_like(rng: random.Random) -> str:
    lines = [_words(rng, 2, 8), _words(rng, 10, 30)]
    for number in range(1, rng.randint(2, 12)):
        style = rng.randrange(5)
        question = rng.choice(_QUESTIONS)
        if style == 0:
            lines.append(question)
        elif style == 1:
            lines.append(f"{rng.choice(('Q', 'Priya', 'Journaliste'))} : {question}")
        elif style == 2:
            lines.append(f"{number if rng.random() < 0.9 else number + 999}. {question}")
        elif style == 3:
            lines.append(f"**{question}**")
        else:
            lines.append(f"- {question}")
        answer = _words(rng, 5, 60)
        if rng.random() < 0.3:  # a paragraph broken in the middle of a sentence
            cut = rng.randrange(len(answer))
            answer = answer[:cut] + rng.choice(("\n\n", "\n")) + answer[cut:]
        lines.append(answer)
    return rng.choice(("\n\n", "\n")).join(lines) + "\n"


def _escaped(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return html.escape(_words(rng, low, high), quote=False)


def random_html(rng: random.Random) -> str:
    """A web page's body: headings, paragraphs with inline styles and links, nested lists,
    quotations, preformatted code, tables, line breaks, random Unicode and tags left open."""
    parts = []
    for _ in range(rng.randint(1, 10)):
        kind = rng.randrange(10)
        if kind == 0:
            level = rng.randint(1, 6)
            parts.append(f"<h{level}>{_escaped(rng)}</h{level}>")
        elif kind == 1:
            tag = rng.choice(("em", "strong", "i", "b", "code"))
            link = rng.choice(("", f'<a href="https://x.org/{rng.randrange(99)}">'
                                   f"{rng.choice(('', '&amp;', _escaped(rng, 1, 3)))}</a>"))
            parts.append(f"<p>{_escaped(rng)} <{tag}>{_escaped(rng)}</{tag}> {link}"
                         f"{_escaped(rng)}</p>")
        elif kind == 2:
            tag = rng.choice(("ul", "ol"))
            items = "".join(f"<li>{_escaped(rng)}"
                            + (f"<{tag}><li>{_escaped(rng)}</li></{tag}>" if rng.random() < 0.3
                               else "") + "</li>" for _ in range(rng.randint(1, 4)))
            parts.append(f"<{tag}>{items}</{tag}>")
        elif kind == 3:
            parts.append("<blockquote>" * rng.randint(1, 4) + f"<p>{_escaped(rng)}</p>")
        elif kind == 4:
            parts.append(f"<pre>{_escaped(rng)}\n  {_escaped(rng)}</pre>")
        elif kind == 5:
            cells = rng.randint(1, 4)
            head = "".join(f"<th>{_escaped(rng, 1, 2)}</th>" for _ in range(cells))
            row = "".join(f"<td>{_escaped(rng, 1, 3)}</td>" for _ in range(cells))
            parts.append(f"<table><tr>{head}</tr><tr>{row}</tr></table>")
        elif kind == 6:
            parts.append(f"<div>{html.escape(random_unicode(rng), quote=False)}</div>")
        elif kind == 7:
            parts.append(f"<p>{_escaped(rng)}<br>{_escaped(rng)}</p>")
        elif kind == 8:
            parts.append(f"{_escaped(rng)} <p>{_escaped(rng)} <span>{_escaped(rng)}")
        else:
            parts.append(f'<span style="font-weight:bold">{_escaped(rng)}</span> '
                         f"{_escaped(rng, 5, 40)}")
    body = "\n".join(parts)
    return f"<html><body>{body}</body></html>" if rng.random() < 0.7 else body


def html_text(source: str) -> str:
    """The characters of a generated page that must survive: its text, tags left out."""
    return html.unescape(re.sub(r"<[^>]*>", " ", source))


def _parse_html(source: str) -> Document:
    return parse_extracted(read_html(source.encode("utf-8"), "fuzz.html", whole_page=True),
                           format_name="html", with_language=False)


@cache
def _parser(plain_text: bool) -> MarkdownIt:
    """One parser of each kind per process: making one costs as much as a short parse."""
    return make_parser(indented_code=not plain_text)


def _as_text(plain_text: bool) -> Callable[[str], Document]:
    def parse(text: str) -> Document:
        return parse_text(text, plain_text=plain_text, with_language=False,
                          parser=_parser(plain_text))
    return parse


GENERATORS: tuple[Generator, ...] = (
    Generator("unicode", random_unicode, _as_text(plain_text=True)),
    Generator("markdown", random_markdown, _as_text(plain_text=False)),
    Generator("markdown-as-text", random_markdown, _as_text(plain_text=True)),
    Generator("interview", interview_like, _as_text(plain_text=True)),
    Generator("html", random_html, _parse_html, html_text),
)


# --- Checks ----------------------------------------------------------------------------------


def readable(text: str) -> str:
    """The characters that must survive, in order."""
    text = unicodedata.normalize("NFC", text)
    return "".join(char for char in text if _must_survive(char))


def _must_survive(char: str) -> bool:
    category = unicodedata.category(char)
    if category[0] == "L" or category == "So":
        return True
    return category[0] == "N" and not ("0" <= char <= "9")


def problems(source: str, document: Document, text_of: Callable[[str], str]) -> list[str]:
    found = []
    text = document.text
    expected, got = readable(text_of(source)), readable(_with_addresses(document))
    missing = _first_missing(expected, got)
    if missing >= 0:  # the document may hold more (a decoded "&#128512;"), never less
        found.append(f"character {missing} lost: expected {expected[missing:missing + 20]!r} "
                     f"in {got[max(0, missing - 10):missing + 20]!r}")
    offset = 0
    line_count = document.source.count("\n") + 1
    for index, block in enumerate(document.blocks):
        if block.start != offset or text[block.start:block.end] != block.text:
            found.append(f"block {index} is not at its place in the text")
        first, end = block.source_lines
        if not 0 <= first <= end <= line_count:
            found.append(f"block {index} lines {block.source_lines} outside the source")
        previous = block.start
        for run in block.inlines:
            if not (block.start <= run.start <= run.end <= block.end and previous <= run.start):
                found.append(f"block {index}: inline run {run} outside or out of order")
            previous = run.start
        offset = block.end + 1
    previous = 0
    for index, section in enumerate(document.sections):
        if not (previous <= section.start <= section.end <= len(text)
                and 0 <= section.first_block <= section.end_block <= len(document.blocks)):
            found.append(f"section {index} {section.start}-{section.end} out of place")
        previous = section.start
    return found


def _with_addresses(document: Document) -> str:
    """The document's text with each link's address after its words: a Markdown link
    ``[words](address)`` shows its words and keeps the address as its target (percent-encoded,
    as markdown-it normalises it), so the address's letters are kept, not lost."""
    pieces, shown = [], 0
    for block in document.blocks:
        for run in block.inlines:
            if run.target and run.end >= shown:
                pieces += [document.text[shown:run.end], " ", unquote(run.target), " "]
                shown = run.end
    return "".join(pieces) + document.text[shown:]


def _first_missing(expected: str, got: str) -> int:
    """The index of the first character of ``expected`` not found, in order, in ``got``
    (-1 when all are)."""
    if expected == got:  # most documents: nothing to look for
        return -1
    position = 0
    for index, char in enumerate(expected):
        position = got.find(char, position)
        if position < 0:
            return index
        position += 1
    return -1


@dataclass
class Result:
    documents: int = 0
    failures: int = 0
    seconds: float = 0.0


@dataclass
class Batch:
    """What fuzzing documents ``[first, end)`` found: how many ran, and the failing ones as
    (generator, number, first problem, the input's start)."""

    documents: int
    failing: list[tuple[str, int, str, str]]


_BATCH = 500  # documents a worker fuzzes at a time
_PROGRESS = 10_000  # documents between two progress lines


def fuzz_batch(seed: int, first: int, end: int,
               generators: tuple[Generator, ...] = GENERATORS) -> Batch:
    """Document ``n`` is made by ``random.Random(f"{seed}-{n}")`` with generator ``n`` modulo
    their number, whichever process makes it: a failure is replayed from its seed and
    number alone."""
    failing = []
    for number in range(first, end):
        generator = generators[number % len(generators)]
        source = generator.make(random.Random(f"{seed}-{number}"))
        try:
            found = problems(source, generator.parse(source), generator.text_of)
        except Exception as error:  # noqa: BLE001 — reporting it is the point
            found = [f"{type(error).__name__}: {error}"]
        if found:
            failing.append((generator.name, number, found[0], source[:300]))
    return Batch(end - first, failing)


def _batch_of_defaults(bounds: tuple[int, int, int]) -> Batch:
    """``fuzz_batch`` in a worker process (which finds the generators by itself)."""
    return fuzz_batch(*bounds)


def run(count: int, seed: int = 0, *, minutes: float | None = None,
        generators: tuple[Generator, ...] = GENERATORS, report: Callable[[str], None] = print,
        shown: int = 10, jobs: int = 1) -> Result:
    """Fuzz ``count`` documents (or for ``minutes``), round-robin over the generators, in
    ``jobs`` processes (the default generators only, when more than one)."""
    result = Result()
    started = time.monotonic()
    deadline = started + minutes * 60 if minutes else None
    bounds = [(seed, first, min(first + _BATCH, count)) for first in range(0, count, _BATCH)]
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    batches: Iterator[Batch] = (
        pool.imap(_batch_of_defaults, bounds) if pool is not None
        else (fuzz_batch(*bound, generators) for bound in bounds))
    try:
        for batch in batches:
            for name, number, problem, source in batch.failing:
                result.failures += 1
                if result.failures <= shown:
                    report(f"FAIL {name} #{number} (seed {seed}): {problem}\n"
                           f"  input: {source!r}")
            before = result.documents
            result.documents += batch.documents
            if result.documents // _PROGRESS > before // _PROGRESS:
                report(f"... {result.documents:,} documents, {result.failures} failing, "
                       f"{time.monotonic() - started:.0f} s")
            if deadline is not None and time.monotonic() > deadline:
                break
    finally:
        if pool is not None:
            pool.terminate()
    result.seconds = time.monotonic() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--minutes", type=float, help="stop after this long")
    parser.add_argument("--jobs", type=int, default=1, help="processes to fuzz in (default 1)")
    args = parser.parse_args(argv)
    result = run(args.count, args.seed, minutes=args.minutes, jobs=max(1, args.jobs),
                 report=lambda line: print(line, flush=True))
    print(f"{result.documents:,} documents, {result.failures} failing, "
          f"{result.seconds:.0f} s ({result.documents / max(result.seconds, 1e-9):.0f}/s)",
          flush=True)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
