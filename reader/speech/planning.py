"""What to say, in order: from a document and a starting point to utterances, pulled one by one.

Reading is pull-based, as Orca's and NVDA's say-all are: the reading session asks ``next()`` of
the generator ``plan`` returns, keeping a small look-ahead synthesised, and throws the generator
away to jump elsewhere. Sentences are segmented block by block as the walk reaches them, so
starting to read costs the same in a page as in a 10 MB document. The walk:

1. Start at the sentence containing ``start`` (or the next one). Reading a selection (``end``
   given) clips the first and last sentences to it instead.
2. Walk the blocks in order, skipping those hidden from reading (share links…) and empty ones.
3. At the first sentence of a question section, yield its announcement ("Question 3.") first,
   when an ``announce`` function is given (the words come from ``reader.messages``).
4. Make each sentence speakable (``pronunciation``), in the voice of its role: the question in
   the interviewer's voice, the answer in the interviewee's, anything else in the narrator's.
   The pause after it is the paragraph pause at the end of a block, else the sentence pause.
   A table row is one utterance, each value after its column's header (``tables``).
   A note is said as one, "Note 1: …" (``notes``), in the narrator's voice: not the guest's.
5. Stop at the end of the section where reading started (``Scope.SECTION``), at ``end``, or at
   the end of the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from ..document.model import (
    HIDDEN_FROM_READING,
    BlockKind,
    Document,
    Role,
    Section,
    SectionKind,
)
from ..document.segmentation import block_sentences
from .notes import opens_note, said_as_note, without_note_marks
from .pronunciation import OffsetMap, Spoken, speakable
from .tables import TABLE_KINDS, table_row_speakable


class VoiceRole(Enum):
    NARRATOR = "narrator"
    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"


class Scope(Enum):
    SECTION = "section"  # read the section where reading starts, then stop
    DOCUMENT = "document"  # go on to the end of the document


@dataclass(frozen=True, slots=True)
class Voices:
    """Voice ids per role; an empty interviewer, interviewee or announcer voice is the
    narrator's. The announcer says the app's own words ("Question 3."), in their language."""

    narrator: str
    interviewer: str = ""
    interviewee: str = ""
    announcer: str = ""

    def for_role(self, role: VoiceRole) -> str:
        if role is VoiceRole.INTERVIEWER:
            return self.interviewer or self.narrator
        if role is VoiceRole.INTERVIEWEE:
            return self.interviewee or self.narrator
        return self.narrator


@dataclass(frozen=True, slots=True)
class PlanOptions:
    scope: Scope = Scope.DOCUMENT
    sentence_pause_ms: int = 250
    paragraph_pause_ms: int = 600
    announce: Callable[[Section], str] | None = None  # None: questions are not announced
    # The words said in place of a note's mark ("Note 1"); None: reader.messages' words.
    note_words: Callable[[str], str] | None = None


@dataclass(frozen=True, slots=True)
class Utterance:
    text: str  # what the engine says (pronunciation applied)
    doc_start: int  # the range of Document.text it reads; empty for an announcement
    doc_end: int
    voice_role: VoiceRole
    voice_id: str
    offsets: OffsetMap  # spoken text -> Document.text
    pause_after_ms: int
    announcement: bool = False

    def document_range(self, start: int, end: int) -> tuple[int, int]:
        """The document range of ``text[start:end]`` (a word the engine reports)."""
        return self.offsets.to_original(start, end)


def plan(
    document: Document,
    start: int,
    voices: Voices,
    options: PlanOptions = PlanOptions(),
    *,
    end: int | None = None,
) -> Iterator[Utterance]:
    """The utterances that read ``document`` from ``start`` (see the module's steps)."""
    if not document.blocks:
        return
    clip = end is not None
    stop = len(document.text) if end is None else end
    here = _section_of(document, document.block_index_at(start))
    if options.scope is Scope.SECTION and here is not None:
        stop = min(stop, here.end)
    for index in range(document.block_index_at(start), len(document.blocks)):
        block = document.blocks[index]
        if block.start >= stop:
            return
        if block.role in HIDDEN_FROM_READING or not block.text.strip():
            continue
        section = _section_of(document, index)
        note = block.kind is BlockKind.NOTE
        role = VoiceRole.NARRATOR if note else _voice_role(block.role, index, section)
        if block.kind in TABLE_KINDS:  # a row at once, each value after its header
            row = table_row_speakable(document, index)
            yield Utterance(row.text, block.start, block.end, role, voices.for_role(role),
                            row.offsets, options.paragraph_pause_ms)
            continue
        sentences = block_sentences(document, index)
        for number, sentence in enumerate(sentences):
            if sentence.end <= start or sentence.start >= stop:
                continue
            if (number == 0 and options.announce is not None and section is not None
                    and section.kind is SectionKind.QUESTION and index == section.first_block):
                yield _announcement(options.announce(section), section.start, voices, options)
            first, last = sentence.start, sentence.end
            if clip:
                first, last = max(first, start), min(last, stop)
            spoken = speakable(document.text[first:last], document.language, base=first)
            if block.inlines:
                spoken = without_note_marks(spoken, document, index)
            if first == block.start and block.number_length:
                spoken = _number_as_clause(spoken, block.ordinal)
            elif first == block.start and note and opens_note(document, index):
                spoken = said_as_note(spoken, document, index,
                                      options.note_words or _note_words())
            pause = (options.paragraph_pause_ms if number == len(sentences) - 1
                     else options.sentence_pause_ms)
            yield Utterance(spoken.text, first, last, role, voices.for_role(role),
                            spoken.offsets, pause)


def _number_as_clause(spoken: Spoken, number: str) -> Spoken:
    """A list item's number said as a clause of its first sentence: "1, Pourquoi ce livre ?".
    *Measured* with espeak-ng (docs/reliability.md, "Numbers at the start of a line"): its
    period makes a sentence's pause (300-330 ms) and falling tone, as the number alone would;
    no punctuation runs it into the words ("un pourquoi…", and "a) First" is the article "a");
    a comma keeps the number apart with a clause's pause (150-180 ms). Same length: the
    offsets are unchanged."""
    mark = len(number) - 1
    if number[-1:] not in (".", ")") or "(" in number or not spoken.text.startswith(number):
        return spoken
    return Spoken(f"{spoken.text[:mark]},{spoken.text[mark + 1:]}", spoken.offsets)


def _note_words() -> Callable[[str], str]:
    from ..messages import note_heard  # QtCore's tr: imported once a note is read

    return note_heard


def _section_of(document: Document, index: int) -> Section | None:
    if index < 0 or not document.sections:
        return None
    section = document.sections[document.section_index_at(document.blocks[index].start)]
    return section if section.first_block <= index < section.end_block else None


def _voice_role(role: Role, index: int, section: Section | None) -> VoiceRole:
    if role is Role.QUESTION:
        return VoiceRole.INTERVIEWER
    if role is Role.ANSWER:
        return VoiceRole.INTERVIEWEE
    if section is not None and section.kind is SectionKind.QUESTION:
        return VoiceRole.INTERVIEWER if index < section.answer_block else VoiceRole.INTERVIEWEE
    return VoiceRole.NARRATOR


def _announcement(text: str, at: int, voices: Voices, options: PlanOptions) -> Utterance:
    offsets = OffsetMap((at,) * len(text), (at,) * len(text), at)
    return Utterance(text, at, at, VoiceRole.NARRATOR, voices.announcer or voices.narrator,
                     offsets, options.sentence_pause_ms, announcement=True)
