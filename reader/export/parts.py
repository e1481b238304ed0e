"""What becomes one audio file: the outline's sections, with an interview's opening as one part.

An interview's front matter and introduction are one "Opening" file, then each question with
its answer is one file; any other document gets one file per outline section. A document with
text but no outline is one part. Parts are numbered from 1 in reading order; the numbers are
the ones ``--sections 3-5`` picks and the ones the file names start with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import messages
from ..document.model import Document, Section, SectionKind

_OPENING_KINDS = frozenset({SectionKind.FRONT_MATTER, SectionKind.INTRODUCTION})
_NAME_CHARACTERS = 100  # of the title in a file name: well under the 255 bytes of ext4
_NAME_BYTES = 180  # UTF-8 bytes of a whole name, leaving room for ".part", ".vtt", the dot
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|\u2028\u2029]+')
SEPARATOR = " – "


@dataclass(frozen=True, slots=True)
class Part:
    number: int  # 1-based, in reading order
    label: str  # what it is: "Opening", "Question 3", or the heading
    title: str  # the tag and chapter title: "Question 3 – Pourquoi …"
    start: int  # Document.text range read
    end: int


def outline_parts(document: Document) -> list[Part]:
    """The document's parts, in reading order."""
    if not document.sections:
        if not document.text.strip():
            return []
        return [Part(1, document.title, document.title, 0, len(document.text))]
    spans: list[tuple[str, str, int, int]] = []
    for section in document.sections:
        if (section.kind in _OPENING_KINDS and spans and spans[-1][0] == messages.export_opening()
                and document.questions):
            label, title, start, _ = spans[-1]
            spans[-1] = (label, title, start, section.end)
            continue
        spans.append((*_names(document, section), section.start, section.end))
    return [Part(number, label, title, start, end)
            for number, (label, title, start, end) in enumerate(spans, 1)]


def select(parts: list[Part], spec: str) -> list[Part]:
    """The parts ``spec`` names: "all", "3" or "3-5"; ValueError if it names none or is
    not one of these."""
    spec = spec.strip().lower()
    if spec == "all":
        return list(parts)
    match = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", spec)
    if match is None:
        raise ValueError(spec)
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not 1 <= first <= last <= len(parts):
        raise ValueError(spec)
    return parts[first - 1 : last]


def file_stem(number: int, total: int, title: str) -> str:
    """"03 – Question 3 – Pourquoi …": sorts in reading order, safe on every file system."""
    digits = max(2, len(str(total)))
    return safe_name(f"{number:0{digits}d}{SEPARATOR}{title}")


def safe_name(text: str) -> str:
    """``text`` as a file name: no separators or characters Windows refuses, one line, not
    hidden, capped in characters and bytes (cut with "…")."""
    name = " ".join(_UNSAFE.sub(" ", text).split()).strip(". ")
    if len(name) > _NAME_CHARACTERS:
        name = name[: _NAME_CHARACTERS - 1].rstrip(" .") + "…"
    while len(name.encode("utf-8")) > _NAME_BYTES:
        name = name[:-2].rstrip(" .") + "…"
    return name or "_"


def _names(document: Document, section: Section) -> tuple[str, str]:
    if section.kind is SectionKind.QUESTION:
        label = messages.export_question(section.number)
        return label, f"{label}{SEPARATOR}{section.heading}"
    if section.kind in _OPENING_KINDS and document.questions:
        return messages.export_opening(), messages.export_opening()
    label = messages.section_label(section)
    return label, label
