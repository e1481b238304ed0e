"""Going from one item to the next (no Qt here): questions, sections, search matches…

One rule for every "next/previous item of kind K from here", like a screen reader's heading
keys: next goes to the first item starting after the place; previous to the last one starting
before it (so from inside a question's answer, Shift+N goes back to that question's start). At
either end the answer is ``None`` unless the caller wraps around (search does; questions and
sections stop, and the window says so).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from enum import Enum

from reader import messages
from reader.document.model import Document, SectionKind


class Kind(Enum):
    """What N/Shift+N (questions) and Ctrl+PgDown/PgUp (sections) go through."""

    QUESTION = "question"
    SECTION = "section"


def neighbour_index(starts: Sequence[int], offset: int, *, forward: bool,
                    wrap: bool = False) -> int | None:
    """The index of the next (or previous) start from ``offset``; ``starts`` is sorted."""
    if forward:
        index = bisect.bisect_right(starts, offset)
        if index < len(starts):
            return index
    else:
        index = bisect.bisect_left(starts, offset) - 1
        if index >= 0:
            return index
    if wrap and starts:
        return 0 if forward else len(starts) - 1
    return None


def next_start(starts: Sequence[int], offset: int) -> int | None:
    index = neighbour_index(starts, offset, forward=True)
    return None if index is None else starts[index]


def previous_start(starts: Sequence[int], offset: int) -> int | None:
    index = neighbour_index(starts, offset, forward=False)
    return None if index is None else starts[index]


def none_there(kind: Kind, *, forward: bool) -> str:
    """What the user hears when there is no next (previous) item of ``kind``."""
    if kind is Kind.QUESTION:
        return messages.no_next_question() if forward else messages.no_previous_question()
    return messages.no_next_section() if forward else messages.no_previous_section()


class Positions:
    """The starts of a document's questions and sections, computed once per document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.questions = document.questions
        self.question_starts = [q.start for q in self.questions]
        self.section_starts = [s.start for s in document.sections]

    def starts(self, kind: Kind) -> list[int]:
        return self.question_starts if kind is Kind.QUESTION else self.section_starts

    def neighbour(self, kind: Kind, offset: int, *, forward: bool) -> int | None:
        """Where the next (previous) item of ``kind`` starts, None at the end (no wrapping)."""
        starts = self.starts(kind)
        index = neighbour_index(starts, offset, forward=forward)
        return None if index is None else starts[index]

    def where(self, offset: int) -> str:
        """The status line's words for ``offset``: "Question 3 of 7 · Interview"."""
        document = self.document
        index = document.section_index_at(offset)
        if index < 0:
            place = document.title
        else:
            section = document.sections[index]
            if section.kind is SectionKind.QUESTION:
                place = messages.question_position(section.number, len(self.questions))
            else:
                place = messages.section_label(section)
        return messages.status_line(place, document.kind.value) if place else (
            messages.document_kind(document.kind.value)
        )
