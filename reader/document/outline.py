"""The outline: sections built from analysed blocks.

Top-level sections (``level`` 1) follow each other without gap or overlap and together cover
every block. A heading section nested under another (``level`` 2 and more) lies inside its
parent's range: the parent runs to the next heading of the same or a higher rank. So the outline
is a tree the UI rebuilds from ``level``, and ``Document.section_index_at`` (the last section
starting at or before an offset) finds the innermost section at any point of the text.
"""

from __future__ import annotations

from .model import Block, BlockKind, InlineStyle, Section, SectionKind
from .structure.questions.qa import QA
from .structure.questions.questionnumbers import unnumbered_headings
from .structure.text.textcues import opening_words, pseudo_heading, word_count

_GROUP_WORDS = 30  # shorter paragraphs gather in one PARAGRAPH section
_MARK_CONTEXT = 12  # characters before a note mark that find it again in a question's text


def shown_heading(block: Block) -> str:
    """A heading's words as the outline shows and says them: without its note marks
    ("Bürgerfunk1" in the text is "Bürgerfunk¹" on the page, but an outline row is plain text,
    where the mark would be read glued to its word)."""
    return without_note_marks(block.text, [block]).strip()


def without_note_marks(text: str, blocks: list[Block]) -> str:
    """``text`` (a block's, or a question's taken from ``blocks``) without the note marks those
    blocks carry, each found by the words just before it, so that a label cut from the
    question's start ("Q:") does not matter."""
    for block in blocks:
        for inline in block.inlines:
            if inline.style is not InlineStyle.NOTE_REFERENCE:
                continue
            start, end = inline.start - block.start, inline.end - block.start
            glued = block.text[max(0, start - _MARK_CONTEXT):end]
            at = text.find(glued)
            if at >= 0:
                cut = at + len(glued) - (end - start)
                text = text[:cut] + text[at + len(glued):]
    return text


def make_section(
    blocks: list[Block],
    kind: SectionKind,
    first: int,
    end: int,
    heading: str = "",
    level: int = 1,
    number: int = 0,
    answer_block: int = -1,
    speaker: str = "",
) -> Section:
    return Section(
        kind, first, end, blocks[first].start, blocks[end - 1].end, heading, level, number,
        answer_block, speaker,
    )


def question_sections(blocks: list[Block], qa: QA, lo: int, hi: int) -> list[Section]:
    """INTRODUCTION (if anything precedes the first question), then one QUESTION section per
    question, running to the next question (the last one to ``hi``). A heading between the
    questions that is none of them (a FAQ's group, a magazine's intertitle) starts a HEADING
    section of its own: it ends the answer before it."""
    sections = []
    questions = qa.questions
    if questions[0].first > lo:
        sections.append(make_section(blocks, SectionKind.INTRODUCTION, lo, questions[0].first))
    heads = list(qa.headings)
    starts = sorted([q.first for q in questions] + heads + [hi])
    by_first = {q.first: q for q in questions}
    texts = [without_note_marks(q.text, blocks[q.first:max(q.answer, q.first + 1)])
             for q in questions]
    headings = dict(zip(by_first, unnumbered_headings(texts), strict=True))
    number = 0
    for first, end in zip(starts, starts[1:], strict=False):
        question = by_first.get(first)
        if question is None:
            heading = shown_heading(blocks[first])
            sections.append(make_section(blocks, SectionKind.HEADING, first, end, heading))
            continue
        number += 1
        sections.append(
            make_section(
                blocks, SectionKind.QUESTION, first, end, headings[first],
                number=number, answer_block=min(question.answer, end),
                speaker=question.speaker,
            )
        )
    return sections


def heading_sections(
    blocks: list[Block], lo: int, hi: int, heads: list[int], ranks: list[int]
) -> list[Section]:
    """INTRODUCTION for what precedes the first heading, then one HEADING section per heading
    (``heads``, with their ``ranks``), nested by rank: a heading's level in the outline is its
    depth among the open headings, so "##, ####, ##" gives levels 1, 2, 1."""
    spans: list[list[int]] = []  # [first, end, depth] per heading, end filled when closed
    open_: list[tuple[int, int]] = []  # (heading rank, index in spans)
    for head, rank in zip(heads, ranks, strict=True):
        while open_ and open_[-1][0] >= rank:
            spans[open_.pop()[1]][1] = head
        spans.append([head, hi, len(open_) + 1])
        open_.append((rank, len(spans) - 1))
    sections = []
    if heads[0] > lo:
        sections.append(make_section(blocks, SectionKind.INTRODUCTION, lo, heads[0]))
    for first, end, depth in spans:
        sections.append(
            make_section(
                blocks, SectionKind.HEADING, first, end, shown_heading(blocks[first]), level=depth
            )
        )
    return sections


def paragraph_sections(blocks: list[Block], lo: int, hi: int) -> list[Section]:
    """PARAGRAPH sections for a body without headings: each paragraph of ``_GROUP_WORDS`` words
    or more starts one; a run of shorter paragraphs makes one together; lists, quotations and
    code stay in the section of the paragraph before them. The heading is the section's opening
    words."""
    sections = []
    first, has_long = lo, False
    for i in range(lo, hi):
        block = blocks[i]
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        long = word_count(block.text) >= _GROUP_WORDS
        if i > first and (long or has_long):
            sections.append(_paragraph_section(blocks, first, i))
            first, has_long = i, False
        has_long = has_long or long
    if hi > lo:
        sections.append(_paragraph_section(blocks, first, hi))
    return sections


def _paragraph_section(blocks: list[Block], first: int, end: int) -> Section:
    block = next((b for b in blocks[first:end] if b.text.strip()), None)
    text = "" if block is None else without_note_marks(block.text, [block])
    return make_section(blocks, SectionKind.PARAGRAPH, first, end, opening_words(text))


def build_outline(
    blocks: list[Block], front_end: int, back_start: int, qa: QA | None
) -> list[Section]:
    """FRONT_MATTER, the body's sections, BACK_MATTER. The body gives QUESTION sections in an
    interview; else HEADING sections from its headings, or from its bold pseudo-headings when it
    has no heading but two or more of them; else PARAGRAPH sections."""
    sections = []
    if front_end > 0:
        sections.append(make_section(blocks, SectionKind.FRONT_MATTER, 0, front_end))
    lo, hi = front_end, back_start
    if qa is not None:
        sections += question_sections(blocks, qa, lo, hi)
    elif hi > lo:
        heads = [i for i in range(lo, hi) if blocks[i].kind is BlockKind.HEADING]
        if heads:
            sections += heading_sections(blocks, lo, hi, heads, [blocks[i].level for i in heads])
        else:
            heads = [i for i in range(lo, hi) if blocks[i].inlines and pseudo_heading(blocks[i])]
            if len(heads) >= 2:
                sections += heading_sections(blocks, lo, hi, heads, [1] * len(heads))
            else:
                sections += paragraph_sections(blocks, lo, hi)
    if back_start < len(blocks):
        sections.append(make_section(blocks, SectionKind.BACK_MATTER, back_start, len(blocks)))
    return sections
