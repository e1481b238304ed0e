"""Interview turns glued into one block, split back where their lines broke.

Plain text that puts each turn on a line of its own, with blank lines elsewhere, reaches the
structure as one paragraph per run of lines: the line breaks became spaces. So do turns that a
list swallowed as lazy continuation lines, and turns a word processor or a web page kept in one
paragraph. Three shapes are split again, each at the space (or line break) before the turn, so
no offset moves (that character becomes the "\\n" between two blocks):

- turns opened by names before a colon, two names or more each opening two turns or more
  (four at least) across such blocks ("Beatriz: … Rafael: … Beatriz: …", "1 M : … 2 C : …",
  "LTB : … - R.J. Ellory : …" where a list swallowed the next question): split before each;
- a dialogue dash opening a question glued after a sentence ("… sin darme cuenta. -¿En qué
  se basa tu trabajo?"): the question becomes a paragraph of its own;
- numbered questions, three or more, each followed by its answer on what was the next line
  (a list's "1. Ebook o carta? Carta, senza dubbio.", a paragraph's "1 Pourquoi… ? Au
  collège…"), when every numbered block asks: split after the question — also where question
  and answer share a line ("6 Combien d'adjoints ? J'en ai 9.").

Only paragraphs with two colons or more, or an opening "¿", are searched for the first two
shapes, so ordinary paragraphs cost a count each.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Block, BlockKind, Inline, place_blocks

# A turn's opening inside a paragraph: a space, then an optional dash, turn number or
# timestamp, then one to three capitalised words (initials allowed) and a colon.
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
_TURN = re.compile(
    rf"(?:^|(?<=\s))(?=((?:[-–—]\s+)?(?:\d{{1,4}}\s+|\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s+)?"
    rf"({_NAME}(?:\s+{_NAME}){{0,2}})\s?:\s))"
)  # a lookahead, so "Gribouille LTB :" offers both "Gribouille LTB" and "LTB"
_MIN_TURNS = 4
# "… cuenta. -¿En qué …?": a dash right against an opening question mark, after a sentence.
_GLUED_DASH_QUESTION = re.compile(r"(?<=[.!?…»”\"])\s(?=[-–—]\s?¿)")
# "¿…? Answer": the question mark that ends a list item's first sentence, before a capital.
_QUESTION_END = re.compile(r"\?[»”\"]?\s(?=[¡¿«“\"]?[A-ZÀ-ÖØ-Þ0-9])")
_MIN_ITEMS = 3
# A paragraph opened by a question's number: "1 Pourquoi… ?", "2. Et après ?", "3-O que…?".
_NUMBER_OPENING = re.compile(r"\d{1,3}(?:[.)\-–]|\s)\s*(?=[¿¡«“\"A-ZÀ-ÖØ-Þ])")


def split_glued_turns(blocks: list[Block]) -> list[Block]:
    """``blocks`` with glued turns split (the same list when none is)."""
    prose = [
        index
        for index, block in enumerate(blocks)
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    ]
    # Two colons at least (a turn, and the next one glued to it); an opening "¿".
    cuts = _turn_cuts(blocks, [i for i in prose if blocks[i].text.count(":") >= 2])
    for index in [i for i in prose if "¿" in blocks[i].text]:
        found = _dash_cuts(blocks[index].text)
        if found:
            cuts.setdefault(index, []).extend(found)
    for index in _numbered_answers(blocks):
        cuts.setdefault(index, []).extend(_answer_cut(blocks[index].text))
    if not cuts:
        return blocks
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if index in cuts:
            result.extend(_split(block, sorted(set(cuts[index]))))
        else:
            result.append(block)
    return place_blocks(result)


def _turn_cuts(blocks: list[Block], glued: list[int]) -> dict[int, list[int]]:
    """Where turns begin inside the ``glued`` blocks (the space before each one), when these
    blocks hold four turns or more by two recurring names or more."""
    # Per block, each colon's candidate openings (start, name), the longest first.
    openings: dict[int, dict[int, list[tuple[int, str]]]] = {}
    for index in glued:
        text = blocks[index].text
        by_colon: dict[int, list[tuple[int, str]]] = {}
        for match in _TURN.finditer(text):
            by_colon.setdefault(match.end(2), []).append((match.start(), match.group(2)))
        if by_colon:
            openings[index] = by_colon
    uses = Counter(
        name.casefold()
        for by_colon in openings.values()
        for found in by_colon.values()
        for name in {name for _, name in found}
    )
    recurring = {name for name, count in uses.items() if count >= 2}
    cuts: dict[int, list[int]] = {}
    turns = 0
    for index, by_colon in openings.items():
        for found in by_colon.values():
            start = next((start for start, name in found if name.casefold() in recurring), -1)
            if start < 0:
                continue
            turns += 1
            if start > 0:
                cuts.setdefault(index, []).append(start - 1)
    if len(recurring) < 2 or turns < _MIN_TURNS:
        return {}
    return cuts


def _dash_cuts(text: str) -> list[int]:
    return [m.start() for m in _GLUED_DASH_QUESTION.finditer(text)]


def _numbered_answers(blocks: list[Block]) -> list[int]:
    """The numbered blocks (list items, or paragraphs opened by a number: "1 Pourquoi… ?")
    that hold a question and its answer, when every numbered block asks and three or more
    hold an answer too, as when each answer stood on the line after its question."""
    numbered = [
        index
        for index, block in enumerate(blocks)
        if (
            block.kind is BlockKind.LIST_ITEM
            and block.level == 1
            and block.ordinal[:1].isdigit()
        )
        or (block.kind is BlockKind.PARAGRAPH and _NUMBER_OPENING.match(block.text))
    ]
    if any("?" not in blocks[index].text for index in numbered):
        return []
    answered = [index for index in numbered if _answer_cut(blocks[index].text)]
    return answered if len(answered) >= _MIN_ITEMS else []


def _answer_cut(text: str) -> list[int]:
    match = _QUESTION_END.search(text)
    if match is None or not text[match.end() :].strip():
        return []
    return [match.end() - 1]


def _split(block: Block, cuts: list[int]) -> list[Block]:
    """``block`` cut at the spaces ``cuts`` (offsets into its text). The first piece keeps the
    block's kind; the others are paragraphs (a turn a list swallowed is no list item). Source
    lines are shared out in order, one line at least each."""
    bounds = [-1, *cuts, len(block.text)]
    first_line, end_line = block.source_lines
    lines = [min(first_line + number, end_line - 1) for number in range(len(bounds) - 1)]
    ends = [max(line + 1, following) for line, following in zip(lines, lines[1:], strict=False)]
    ends.append(end_line)
    pieces = []
    for number, (before, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        start, end = block.start + before + 1, block.start + end
        runs = tuple(
            Inline(max(r.start, start), min(r.end, end), r.style, r.target)
            for r in block.inlines
            if min(r.end, end) > max(r.start, start)
        )
        text = block.text[before + 1 : end - block.start]
        span = (lines[number], ends[number])
        if number == 0:
            pieces.append(Block(block.kind, text, start, span, block.level, runs, block.role,
                                block.ordinal))
        else:
            pieces.append(Block(BlockKind.PARAGRAPH, text, start, span, 0, runs, block.role))
    return pieces
