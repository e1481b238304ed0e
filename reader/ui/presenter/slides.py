"""Presenter slides: which text goes on which step (pure logic, no Qt).

A *topic* is one outline section as the presenter shows it: an interview's question (its
*lead*) and answer (its *body*), or, in a document without questions, a heading section (the
heading leads) or a group of paragraphs (no lead). Front and back matter are not presented
unless there is nothing else.

A topic becomes one or more *steps* (slides). Its body is paged so that every page fits the
screen at the readable minimum size, breaking at paragraphs first, then sentences, then words
(a sentence too long for a whole screen); the lead is repeated on every page so that the room
always sees what is being answered. All pages of a topic share one size, the largest at which
the body still needs no more pages than at the minimum: the text does not jump in size from
one page to the next. In "question then answer" mode a first step shows the lead alone, as
large as it fits (seen across the room, a question alone at the answer's size looked lost on
an empty screen); when the answer appears the question takes the answer's size above it.

Whether text fits is asked of an injected ``Fits`` (``slide_fit`` measures with Qt; tests
count characters), so this module decides only where to cut.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from reader.document.model import HIDDEN_FROM_READING, BlockKind, Document, Section, SectionKind
from reader.document.segmentation import split_sentences, words

Span = tuple[int, int]  # [start, end) in Document.text
# (lead texts, body texts, pixel size) -> whether they fit the slide's text area together
Fits = Callable[[Sequence[str], Sequence[str], int], bool]

_NOT_PRESENTED = frozenset({SectionKind.FRONT_MATTER, SectionKind.BACK_MATTER})


class PresentMode(Enum):
    QUESTION_THEN_ANSWER = "question_then_answer"
    WHOLE_SECTION = "whole_section"


@dataclass(frozen=True, slots=True)
class SizeRange:
    minimum: int  # pixels: the readable minimum, never gone below
    maximum: int  # pixels: a one-word question need not fill the whole screen


@dataclass(frozen=True, slots=True)
class Topic:
    section_index: int  # into Document.sections
    lead: tuple[Span, ...]  # one span per paragraph
    body: tuple[Span, ...]
    is_question: bool


@dataclass(frozen=True, slots=True)
class Slide:
    topic: int  # index into the presented topics
    lead: tuple[Span, ...]
    body: tuple[Span, ...]  # empty on a lead-only step
    page: int  # 1-based page of the body; 0 for the lead alone, the body still hidden
    pages: int  # pages of the body in this topic
    size: int  # pixel size of the text, the same on every step of the topic

    @property
    def answer_hidden(self) -> bool:
        return self.page == 0

    @property
    def read_range(self) -> Span:
        """What "read aloud" reads: the text shown, without the lead repeated on later pages."""
        spans = self.body if self.page > 1 else self.lead + self.body
        spans = spans or self.lead
        return (spans[0][0], spans[-1][1]) if spans else (0, 0)


def presented_sections(document: Document) -> list[int]:
    """Indices of the sections presented: the questions if there are any, else every section
    but front and back matter, else every section."""
    sections = document.sections
    questions = [i for i, s in enumerate(sections) if s.kind is SectionKind.QUESTION]
    if questions:
        return questions
    return [i for i, s in enumerate(sections) if s.kind not in _NOT_PRESENTED] or list(
        range(len(sections))
    )


def topics_of(document: Document) -> tuple[Topic, ...]:
    topics = []
    for index in presented_sections(document):
        topic = _topic(document, index)
        if topic.lead or topic.body:
            topics.append(topic)
    return tuple(topics)


def topic_at(document: Document, topics: Sequence[Topic], offset: int) -> int:
    """The topic the caret is in, else the next one (the caret in the introduction presents
    question 1), else the last."""
    section = document.section_index_at(offset)
    for index, topic in enumerate(topics):
        if topic.section_index >= section:
            return index
    return len(topics) - 1


def _topic(document: Document, index: int) -> Topic:
    section = document.sections[index]
    split = _lead_end(document, section)
    spans = [
        (block.start, block.end)
        for block in document.blocks[section.first_block : section.end_block]
        if block.text.strip() and block.role not in HIDDEN_FROM_READING
    ]
    lead_end = document.blocks[split - 1].end if split > section.first_block else -1
    lead = tuple(s for s in spans if s[1] <= lead_end)
    body = tuple(s for s in spans if s[1] > lead_end)
    return Topic(index, lead, body, section.kind is SectionKind.QUESTION)


def _lead_end(document: Document, section: Section) -> int:
    """The block index where the body starts."""
    if section.kind is SectionKind.QUESTION:
        return max(section.first_block, min(section.answer_block, section.end_block))
    if (section.end_block > section.first_block
            and document.blocks[section.first_block].kind is BlockKind.HEADING):
            return section.first_block + 1
    return section.first_block


def topic_slides(
    document: Document, topics: Sequence[Topic], index: int, mode: PresentMode, fits: Fits,
    sizes: SizeRange,
) -> tuple[Slide, ...]:
    """The steps of topic ``index``."""
    topic = topics[index]
    text = document.text
    lead, body = topic.lead, topic.body
    if lead and not fits(_texts(text, lead), [], sizes.minimum):
        lead, body = (), lead + body  # a lead longer than a screen is paged like a body
    lead_texts = _texts(text, lead)

    def paged_at(size: int) -> list[tuple[Span, ...]]:
        def fit(spans: Sequence[Span]) -> bool:
            return fits(lead_texts, _texts(text, spans), size)

        return _paginate(document, body, fit) or [()]

    def fits_in(size: int, count: int) -> bool:
        pages = paged_at(size)
        return len(pages) <= count and all(
            fits(lead_texts, _texts(text, page), size) for page in pages
        )

    pages = paged_at(sizes.minimum)
    size = _largest(sizes, lambda s: fits_in(s, len(pages)))
    if size > sizes.minimum:
        pages = paged_at(size)
    slides = [
        Slide(index, lead, page, number, len(pages), size)
        for number, page in enumerate(pages, start=1)
    ]
    if mode is PresentMode.QUESTION_THEN_ANSWER and lead and body:
        alone = _largest(sizes, lambda s: fits(lead_texts, [], s))
        slides.insert(0, Slide(index, lead, (), 0, len(pages), alone))
    return tuple(slides)


def _texts(text: str, spans: Sequence[Span]) -> list[str]:
    return [text[start:end] for start, end in spans]


def _largest(sizes: SizeRange, good: Callable[[int], bool]) -> int:
    """The largest size in ``sizes`` for which ``good`` holds, assuming it holds at the minimum
    and stops holding somewhere above (binary search: a handful of layouts, not a hundred)."""
    low, high = sizes.minimum, sizes.maximum
    while low < high:
        middle = (low + high + 1) // 2
        if good(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _paginate(
    document: Document, body: Sequence[Span], fits: Callable[[Sequence[Span]], bool]
) -> list[tuple[Span, ...]]:
    """Greedy pages of ``body``: whole paragraphs while they fit; a paragraph that fits no
    page is cut into sentences (a sentence into words), filling the room left on the page."""
    pages: list[tuple[Span, ...]] = []
    page: list[Span] = []
    text = document.text

    def place(piece: Span, level: int, paragraph: Span) -> None:
        nonlocal page
        candidate = _extended(page, piece, paragraph if level else None)
        if fits(candidate):
            page = candidate
            return
        if level < 2 and not fits([piece]):
            for part in _parts(text, piece, level + 1, document.language):
                place(part, level + 1, paragraph)
            return
        if page:
            pages.append(tuple(page))
        page = [piece]  # alone on its page: it fits, or cannot be cut any further

    for paragraph in body:
        place(paragraph, 0, paragraph)
    if page:
        pages.append(tuple(page))
    return pages


def _extended(page: list[Span], piece: Span, paragraph: Span | None) -> list[Span]:
    """``page`` with ``piece`` added. A part of ``paragraph`` that follows a part of the same
    paragraph lengthens that span, so the spaces between sentences are kept and the page still
    shows one paragraph; anything else is a paragraph of its own."""
    if paragraph is not None and page and paragraph[0] <= page[-1][0] <= page[-1][1] <= piece[0]:
        return [*page[:-1], (page[-1][0], piece[1])]
    return [*page, piece]


def _parts(text: str, span: Span, level: int, language: str) -> list[Span]:
    """``span`` cut into sentences (level 1) or words (level 2), contiguous and covering it
    all: each part runs from one cut to the next, trailing spaces trimmed, so no text is lost."""
    start, end = span
    piece = text[start:end]
    found = split_sentences(piece, language) if level == 1 else words(piece)
    cuts = [start] + [start + s for s, _e in found[1:]] + [end]
    parts = []
    for first, last in itertools.pairwise(cuts):
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            parts.append((first, last))
    return parts or [span]
