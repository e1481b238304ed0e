"""Where "next/previous question/section" go from the caret, and "where am I" (no Qt here).

Like a screen reader's heading keys: next goes to the first target starting after the caret;
previous to the last one starting before it (so from inside a question's answer, Shift+N goes
back to that question's start). No wrapping: at either end the answer is ``None`` and the
window says so.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .. import messages
from ..document.model import Document, SectionKind


def next_start(starts: Sequence[int], offset: int) -> int | None:
    index = bisect.bisect_right(starts, offset)
    return starts[index] if index < len(starts) else None


def previous_start(starts: Sequence[int], offset: int) -> int | None:
    index = bisect.bisect_left(starts, offset)
    return starts[index - 1] if index > 0 else None


class Positions:
    """The starts of a document's questions and sections, computed once per document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.questions = document.questions
        self.question_starts = [q.start for q in self.questions]
        self.section_starts = [s.start for s in document.sections]

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
