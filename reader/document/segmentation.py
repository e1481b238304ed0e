"""Sentences and words with exact offsets, for speech, highlighting and sentence navigation.

Sentences come from sentencex (rule-based, about 300 languages, a compiled core: *measured*, the
blocks of a 10 MB French document segment in 1.3 s, and reading only ever segments the blocks it
reaches). Two corrections it needs, *measured* on French and English: it ends a sentence after
a title at the start of a sentence ("M. | Dupont est arrivé.", "Le Dr. | Ho", "Mme. | Durand")
and inside a hyphenated initial ("J. | -C. Decaux"). We glue those pieces back; ending a
sentence too late costs a little prosody, ending it too early makes the voice stop mid-name.

A sentence never crosses a block, nor a line break inside a block (``LINE_BREAK``: a hard break
or a code line is read as its own line). Offsets are ``Document.text`` offsets, the coordinates
shared with the view and the outline; leading and trailing spaces are never part of a sentence.

Words are runs of letters and digits, kept whole across apostrophes and hyphens ("l'étude",
"Est-ce", "aujourd’hui") and across separators between digits ("18/06/19", "3,5", "10:30"): the
speech engine maps its word events onto these, and one highlighted word should be one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sentencex import get_sentence_boundaries

from .model import LINE_BREAK, Document

# Titles after which sentencex wrongly ends a sentence (checked case-sensitively, with the
# final period): a sentence ending in one of them is joined to the next.
_TITLES = {
    "fr": frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr",
                     "St", "Ste"}),
    "en": frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Rev", "Gen",
                     "Capt", "Lt", "Col", "Sgt", "Mt"}),
}
_LAST_WORD = re.compile(r"(\w+)\.$")
_INITIAL = re.compile(r"(?:^|[.-])[^\W\d_]\.$")  # "J." alone, the "C." of "J.-C."
_WORD = re.compile(r"\w+(?:['’\u2011-]\w+|(?<=\d)[.,/:]\d+)*")
# A list's number as written ("3.", "b)", "iv.", "2.1."), which sentencex makes a sentence.
_LIST_NUMBER = re.compile(r"(?:\d{1,9}|[a-z]|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\.\d{1,9})*[.)]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # Document.text offset of the first character
    end: int  # just after the last non-space character
    block: int  # index of the block it belongs to


def split_sentences(text: str, language: str = "") -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (offsets into ``text``), spaces trimmed."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split(LINE_BREAK):
        for start, end in _line_sentences(line, language):
            spans.append((line_start + start, line_start + end))
        line_start += len(line) + 1
    return spans


def _line_sentences(line: str, language: str) -> list[tuple[int, int]]:
    if not line.strip():
        return []
    lang = (language or "en").split("-")[0].lower()
    titles = _TITLES.get(lang, frozenset())
    pieces: list[list[int]] = []
    for boundary in _boundaries(lang, line):
        start, end = boundary["start_index"], boundary["end_index"]
        piece = line[start:end]
        if not piece.strip():
            continue
        if pieces and _continues(line[pieces[-1][0] : pieces[-1][1]], piece, titles):
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    return [_trim(line, start, end) for start, end in pieces]


def _boundaries(language: str, line: str) -> list[dict[str, int]]:
    """sentencex's boundaries, in ``line``'s character offsets.

    sentencex 1.0.32 panics (a Rust panic, raised as a ``BaseException``) on a capital, a
    non-ASCII space and a period, as in "M\u00a0." (found by a property test): it slices bytes
    as if each space were one byte. Every space is given to it as an ASCII space, which keeps
    the character offsets; any other panic makes the line one sentence rather than stop reading.
    """
    ascii_spaces = "".join(" " if c.isspace() else c for c in line)
    try:
        boundaries: list[dict[str, int]] = get_sentence_boundaries(language, ascii_spaces)
        return boundaries
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        return [{"start_index": 0, "end_index": len(line)}]


def _continues(previous: str, piece: str, titles: frozenset[str]) -> bool:
    """Whether sentencex cut inside a sentence: after a title, an initial or a list's number
    ("1. | Pourquoi ?": the item's first sentence, heard and highlighted with its number), or
    before a lowercase letter or a hyphen."""
    previous = previous.strip()
    last = _LAST_WORD.search(previous)
    if (last and last.group(1) in titles) or _INITIAL.search(previous):
        return True
    if _LIST_NUMBER.fullmatch(previous):
        return True
    head = piece.lstrip()[:1]
    return head == "-" or head.islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < len(text) and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def block_sentences(document: Document, index: int) -> list[Sentence]:
    """The sentences of block ``index``, in document coordinates."""
    block = document.blocks[index]
    return [
        Sentence(block.start + start, block.start + end, index)
        for start, end in split_sentences(block.text, document.language)
    ]


def iter_sentences(
    document: Document, start: int = 0, end: int | None = None
) -> Iterator[Sentence]:
    """Sentences that end after ``start`` and begin before ``end``, segmented lazily block by
    block, so reading a section of a huge document never segments the whole of it."""
    end = len(document.text) if end is None else end
    first = document.block_index_at(start)
    if first < 0:
        return
    for index in range(first, len(document.blocks)):
        if document.blocks[index].start >= end:
            return
        for sentence in block_sentences(document, index):
            if sentence.end > start and sentence.start < end:
                yield sentence


def sentence_at(document: Document, offset: int) -> Sentence | None:
    """The sentence containing ``offset``, else the next one in the document (None at the end)."""
    return next(iter_sentences(document, offset), None)


def words(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of ``text``."""
    return [match.span() for match in _WORD.finditer(text)]
