"""Corrections a reader makes to the automatic outline, and a document with them applied.

No parser is always right: a trainer preparing a session says "this is a question", "not a
question", "this is the title", "start a section here" or "every turn by Priya is a question".
Each correction names its block by the block's text (and which of the blocks with that same
text it is), never by an index, so it still finds its block when the document is re-read,
renamed, moved or edited elsewhere; a correction whose block is gone is dropped and reported.

``apply_corrections`` gives a new ``Document`` whose sections are rebuilt from the automatic
ones: questions added or removed (a removed question's blocks join the section before it),
sections started, the title moved. ``CorrectionHistory`` is the undo/redo stack, a value: each
step returns a new history. Saving is ``correction_store``'s work.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from .model import Block, Document, DocumentKind, Role, Section, SectionKind
from .outline import build_outline, make_section
from .structure.text.textcues import Prefix, opening_words, prefix_label, split_prefix


class CorrectionKind(Enum):
    QUESTION = "question"  # "This is a question"
    NOT_QUESTION = "not_question"  # "Not a question"
    TITLE = "title"  # "This is the title"
    SECTION = "section"  # "Start a section here"
    SPEAKER_ASKS = "speaker_asks"  # "Every turn by <speaker> is a question"


@dataclass(frozen=True, slots=True)
class Correction:
    kind: CorrectionKind
    anchor: str  # the block's text; for SPEAKER_ASKS the speaker's name as written
    occurrence: int = 0  # which of the blocks with this exact text (0: the first)


def correction_at(document: Document, kind: CorrectionKind, block: int) -> Correction:
    """The correction of ``kind`` for block ``block`` (an index into ``document.blocks``); for
    SPEAKER_ASKS, for the speaker whose turn that block is (``speaker_of`` tells if any)."""
    text = document.blocks[block].text
    if kind is CorrectionKind.SPEAKER_ASKS:
        return Correction(kind, speaker_of(text))
    occurrence = sum(1 for b in document.blocks[:block] if b.text == text)
    return Correction(kind, text, occurrence)


def speaker_of(text: str) -> str:
    """The speaker's name opening a turn ("Priya: …" gives "Priya"), "" if the text opens with
    none."""
    prefix, _, cut = split_prefix(text)
    return prefix_label(text, cut) if prefix is Prefix.SPEAKER else ""


@dataclass(frozen=True, slots=True)
class Corrected:
    document: Document
    dropped: tuple[Correction, ...]  # corrections whose block (or speaker) was not found


def apply_corrections(document: Document, corrections: tuple[Correction, ...]) -> Corrected:
    """``document`` (as parsed, with its automatic structure) with ``corrections`` applied in
    order; the later of two corrections of the same block wins."""
    if not corrections:
        return Corrected(document, ())
    blocks = document.blocks
    places: dict[str, list[int]] = {}
    unnumbered: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        places.setdefault(block.text, []).append(index)
        if block.number_length:
            unnumbered.setdefault(block.text[block.number_length :], []).append(index)
    front_end, back_start = _matter(document)
    automatic = {s.first_block: s for s in document.questions}
    questions: set[int] = set(automatic)
    sections: set[int] = set()
    title = next((i for i, b in enumerate(blocks) if b.role is Role.TITLE), -1)
    dropped: list[Correction] = []
    for correction in corrections:
        if correction.kind is CorrectionKind.SPEAKER_ASKS:
            turns = _turns_by(blocks, correction.anchor, front_end, back_start)
            if not turns:
                dropped.append(correction)
                continue
            others = {q for q in questions if speaker_of(blocks[q].text)}
            questions = (questions - others) | turns
            continue
        # Corrections saved before a list's numbers were part of its items' text name
        # "Ebook o carta?" for the item now read "1. Ebook o carta?".
        found = places.get(correction.anchor) or unnumbered.get(correction.anchor, [])
        if correction.occurrence >= len(found):
            dropped.append(correction)
            continue
        target = found[correction.occurrence]
        kind = correction.kind
        if kind is CorrectionKind.TITLE:
            title = target
            questions.discard(target)
        elif kind is CorrectionKind.QUESTION:
            questions.add(target)
            sections.discard(target)
        elif kind is CorrectionKind.NOT_QUESTION:
            questions.discard(target)
        else:
            sections.add(target)
            questions.discard(target)
    body = range(front_end, back_start)
    questions = {q for q in questions if q in body}
    sections = {s for s in sections if s in body}
    rebuilt = _rebuild(document, front_end, back_start, questions, sections, automatic, title)
    return Corrected(rebuilt, tuple(dropped))


def _matter(document: Document) -> tuple[int, int]:
    """Where the body starts and ends: after the front matter, before the back matter."""
    sections = document.sections
    count = len(document.blocks)
    opening = sections[0] if sections else None
    front = opening.end_block if opening and opening.kind is SectionKind.FRONT_MATTER else 0
    back = next((s.first_block for s in sections if s.kind is SectionKind.BACK_MATTER), count)
    return front, back


def _turns_by(blocks: tuple[Block, ...], name: str, lo: int, hi: int) -> set[int]:
    wanted = name.casefold()
    return {i for i in range(lo, hi) if speaker_of(blocks[i].text).casefold() == wanted}


def _question_label(text: str) -> tuple[str, str]:
    """A question block's (speaker, heading): its label ("Q", "Priya") and its text without
    it, as the automatic questions have them."""
    prefix, _, cut = split_prefix(text)
    if prefix in (Prefix.SPEAKER, Prefix.QUESTION):
        return prefix_label(text, cut), text[cut:].strip()
    if prefix is Prefix.DASH:
        return "", text[cut:].strip()
    return "", text.strip()


def _rebuild(
    document: Document,
    front_end: int,
    back_start: int,
    questions: set[int],
    sections: set[int],
    automatic: dict[int, Section],
    title: int,
) -> Document:
    blocks = list(document.blocks)
    original = document.sections
    outline: list[Section] = [s for s in original if s.kind is SectionKind.FRONT_MATTER]
    unchanged_body = questions == set(automatic) and not sections
    if unchanged_body:
        outline = list(original)
    else:
        # Without questions the body falls back on its headings or paragraphs, flattened so that
        # a section started by hand can cut any of them.
        # With questions, the interview's own headings between answers stay sections.
        known = [
            s
            for s in (original if questions else build_outline(blocks, front_end, back_start, None))
            if s.level == 1 and s.kind in (SectionKind.HEADING, SectionKind.PARAGRAPH)
            and front_end <= s.first_block < back_start and s.first_block not in questions
        ]
        starts = sorted(questions | sections | {s.first_block for s in known})
        if not starts or starts[0] > front_end:
            end = starts[0] if starts else back_start
            if end > front_end:
                outline.append(make_section(blocks, SectionKind.INTRODUCTION, front_end, end))
        labels = {s.first_block: s for s in known}
        number = 0
        for position, first in enumerate(starts):
            end = starts[position + 1] if position + 1 < len(starts) else back_start
            if first in questions:
                number += 1
                outline.append(_question(blocks, first, end, number, automatic.get(first)))
            elif first in labels and first not in sections:
                outline.append(replace(labels[first], end_block=end, end=blocks[end - 1].end))
            else:
                heading = opening_words(blocks[first].text)
                outline.append(make_section(blocks, SectionKind.HEADING, first, end, heading))
        outline += [s for s in original if s.kind is SectionKind.BACK_MATTER]
        _set_body_roles(blocks, outline, front_end, back_start)
    if title >= 0:
        for index, block in enumerate(blocks):
            if block.role is Role.TITLE and index != title:
                blocks[index] = replace(block, role=Role.BODY)
        blocks[title] = replace(blocks[title], role=Role.TITLE)
    kind = document.kind
    if any(s.kind is SectionKind.QUESTION for s in outline):
        kind = DocumentKind.INTERVIEW
    elif kind is DocumentKind.INTERVIEW:
        kind = DocumentKind.ARTICLE if front_end > 0 else DocumentKind.DOCUMENT
    return replace(
        document,
        title=blocks[title].text.strip() if title >= 0 else document.title,
        kind=kind,
        blocks=tuple(blocks),
        sections=tuple(outline),
    )


def _is_body(section: Section, front_end: int) -> bool:
    return section.first_block >= front_end and section.kind in (
        SectionKind.HEADING, SectionKind.PARAGRAPH,
    )


def _question(
    blocks: list[Block], first: int, end: int, number: int, automatic: Section | None
) -> Section:
    if automatic is not None and automatic.answer_block <= end:
        answer, speaker, heading = automatic.answer_block, automatic.speaker, automatic.heading
    else:
        answer = min(first + 1, end)
        block = blocks[first]  # "1. Pourquoi ce livre ?": the number is no part of the heading
        speaker, heading = _question_label(block.text[block.number_length :])
    section = make_section(
        blocks, SectionKind.QUESTION, first, end, heading, number=number, answer_block=answer
    )
    return replace(section, speaker=speaker)


_REBUILT_ROLES = frozenset({Role.INTRO, Role.QUESTION, Role.ANSWER, Role.BODY})


def _set_body_roles(
    blocks: list[Block], outline: list[Section], front_end: int, back_start: int
) -> None:
    """INTRO, QUESTION and ANSWER roles in the body as the new outline has it; BODY elsewhere
    (front- and back-matter roles stay)."""
    roles = [Role.BODY] * len(blocks)
    for section in outline:
        if section.kind is SectionKind.INTRODUCTION and any(
            s.kind is SectionKind.QUESTION for s in outline
        ):
            roles[section.first_block : section.end_block] = [Role.INTRO] * (
                section.end_block - section.first_block
            )
        elif section.kind is SectionKind.QUESTION:
            for i in range(section.first_block, section.end_block):
                roles[i] = Role.QUESTION if i < section.answer_block else Role.ANSWER
    for i in range(front_end, back_start):
        if blocks[i].role in _REBUILT_ROLES and blocks[i].role is not roles[i]:
            blocks[i] = replace(blocks[i], role=roles[i])


@dataclass(frozen=True, slots=True)
class CorrectionHistory:
    """The corrections of one document and their undo/redo stack, as a value: ``states`` are
    the successive correction lists, ``index`` the current one."""

    states: tuple[tuple[Correction, ...], ...] = ((),)
    index: int = 0

    @classmethod
    def starting_with(cls, corrections: tuple[Correction, ...]) -> CorrectionHistory:
        return cls((tuple(corrections),), 0)

    @property
    def current(self) -> tuple[Correction, ...]:
        return self.states[self.index]

    @property
    def can_undo(self) -> bool:
        return self.index > 0

    @property
    def can_redo(self) -> bool:
        return self.index + 1 < len(self.states)

    def add(self, correction: Correction) -> CorrectionHistory:
        """One more correction; it replaces an earlier one of the same block (or, for the
        title, any earlier title), and ends what could be redone."""

        def superseded(old: Correction) -> bool:
            if correction.kind is CorrectionKind.TITLE:
                return old.kind is CorrectionKind.TITLE
            return (old.anchor, old.occurrence) == (correction.anchor, correction.occurrence) and (
                old.kind is not CorrectionKind.TITLE
            )

        kept = tuple(c for c in self.current if not superseded(c))
        return self._then(kept + (correction,))

    def restore_automatic(self) -> CorrectionHistory:
        """"Restore the automatic structure": no corrections, undoable like any step."""
        return self._then(())

    def undo(self) -> CorrectionHistory:
        return replace(self, index=self.index - 1) if self.can_undo else self

    def redo(self) -> CorrectionHistory:
        return replace(self, index=self.index + 1) if self.can_redo else self

    def _then(self, corrections: tuple[Correction, ...]) -> CorrectionHistory:
        return CorrectionHistory(self.states[: self.index + 1] + (corrections,), self.index + 1)
