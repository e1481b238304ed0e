"""What the structure rules read: each block's text without what copying a page adds and no
reader sees, while the document keeps and shows every character of its file.

A text pasted from a browser or saved by a mail program or word processor carries characters
no rule is written for: zero-width spaces (U+200B, U+2060, U+FEFF) between a page's elements,
soft hyphens (U+00AD) inside long words, non-breaking spaces (U+00A0, U+202F, U+2007) after
short words or in ``Q :``, spaces and tabs at the end of a line kept inside a block or at the
start of the line after it. A ``Q:`` behind a zero-width space, or a question whose "?" is
followed by a tab, was not seen (``scripts/score_variants.py``). The rules therefore read a
*view* of the blocks: these characters left out, the odd spaces made plain ones. The view only
leaves characters out or puts one space for one, so each of its positions stands for one of
the text's; the analysis's blocks and sections are put back on the text as it is (issue 17:
the view shows what the file has), and only the outline's headings and the title, which are
derived, come from the view.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ...model import LINE_BREAK, Block, Inline, Section, place_blocks
from ..lines.hardwrap import flowed_breaks
from ..lines.marginnumbers import MARGIN_LEFT_OUT, in_margin

# Left out: invisible format characters, and the white space at either side of a line break
# kept inside a block or at the block's end (never the space a line break stands for).
_LEFT_OUT = re.compile(
    "[\u00ad\u200b\u2060\ufeff]+|[ \t]+(?=" + LINE_BREAK + ")|(?<=" + LINE_BREAK + ")[ \t]+"
    "|[ \t]+$"
)
_PLAIN_SPACE = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007", " "))
_FOLDED_CHARACTERS = "\u00ad\u200b\u2060\ufeff\u00a0\u202f\u2007"
_SPACE_AT_BREAK = re.compile("[ \t]" + LINE_BREAK + "|" + LINE_BREAK + "[ \t]")
_SPACE_AT_END = re.compile("[ \t]$")


def _folds(text: str) -> bool:
    """Whether ``view_text`` leaves something of ``text`` out or changes it. Asked of every
    block: each character looked for with ``in`` (one fast scan each) and the patterns only
    where they can match, as one pattern of alternatives searched a 5 MB text in 0.5 s."""
    return (
        in_margin()
        or any(character in text for character in _FOLDED_CHARACTERS)
        or (LINE_BREAK in text and _SPACE_AT_BREAK.search(text) is not None)
        or _SPACE_AT_END.search(text[-2:]) is not None  # "$" matches before a last "\n" too
    )


def view_text(text: str) -> tuple[str, list[int] | None]:
    """``text`` as the rules read it, and for each of its characters the index in ``text`` of
    the character it stands for (``None`` when it only puts one character for one: a French
    text's non-breaking spaces, in every block of it, cost no list of indices). A transcript's
    line numbers in the margin are left out too, its lines read as one paragraph's
    (``lines.marginnumbers``)."""
    if in_margin():
        kept = _kept_outside(MARGIN_LEFT_OUT, text)
        bare = "".join(text[i] for i in kept).replace(LINE_BREAK, " ")
        view, inner = _plain_view(bare)
        return view, kept if inner is None else [kept[i] for i in inner]
    return _plain_view(text)


def _plain_view(text: str) -> tuple[str, list[int] | None]:
    if _LEFT_OUT.search(text) is None:
        return text.translate(_PLAIN_SPACE), None
    kept = _kept_outside(_LEFT_OUT, text)
    return "".join(text[i] for i in kept).translate(_PLAIN_SPACE), kept


def _kept_outside(left_out: re.Pattern[str], text: str) -> list[int]:
    """The indices of ``text``'s characters that ``left_out`` does not match."""
    kept: list[int] = []
    at = 0
    for match in left_out.finditer(text):
        kept += range(at, match.start())
        at = match.end()
    kept += range(at, len(text))
    return kept


_UNSEEN = re.compile("[\u00ad\u200b\u2060\ufeff]+")


def _has_unseen(text: str) -> bool:
    """Whether ``text`` holds a character ``_UNSEEN`` removes: four ``in`` tests, each a
    fast scan, rather than a search of a class over every paragraph."""
    return "\u00ad" in text or "\u200b" in text or "\u2060" in text or "\ufeff" in text


class LineView:
    """A plain paragraph's text and the offsets of its soft line breaks as the line rules
    read them: without the invisible characters (zero-width spaces, soft hyphens) a web page
    leaves, which hid a line's opening dash, capital or label. ``back`` gives the text's
    offsets of cuts made in the view (each a character kept, so nothing of the text is lost).
    Non-breaking spaces stay: a cut at one would drop it. ``flowed``: in a hard-wrapped text
    the lines are read reflowed, as a mail program shows them (``hardwrap.flowed_breaks``: a
    wrap's break is no line's end); ``wrapped`` keeps every break of the view."""

    __slots__ = ("text", "breaks", "wrapped", "_kept")

    def __init__(self, text: str, breaks: list[int], *, flowed: bool = False) -> None:
        self._kept: list[int] | None = None
        self.text, self.breaks = text, breaks
        if _has_unseen(text):
            kept = _kept_outside(_UNSEEN, text)
            self._kept = kept
            self.text = _UNSEEN.sub("", text)
            self.breaks = [bisect.bisect_left(kept, b) for b in breaks]
            if any(not line.strip() for line in self.lines()):
                # A line of nothing but such characters: read as it is (no line rule expects
                # an empty line inside a paragraph).
                self._kept, self.text, self.breaks = None, text, breaks
        self.wrapped = self.breaks
        if flowed:
            self.breaks = _label_breaks_gone(self.text, flowed_breaks(self.text, self.breaks))

    def back(self, cuts: list[int]) -> list[int]:
        kept = self._kept
        return list(cuts) if kept is None else [kept[cut] for cut in cuts]

    def lines(self) -> list[str]:
        """The view's lines."""
        text = self.text
        return [text[a + 1 : b] for a, b in zip([-1, *self.breaks], [*self.breaks, len(text)],
                                               strict=True)]


# A speaker's label alone on its line ("Q:", "Interviewer:", "Anna Berg:"), as an HTML page's
# label in a block of its own is pasted: its words follow on the next line.
_LABEL_LINE = re.compile(r"[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2}:")


def _label_breaks_gone(text: str, breaks: list[int]) -> list[int]:
    """``breaks`` without those after a speaker's label on its own line, before a line of
    words: a label alone on two lines at least of the paragraph (one alone may be a lead-in,
    "For example:", over what it introduces)."""
    if not breaks:
        return breaks
    spans = list(zip([-1, *breaks[:-1]], breaks, [*breaks[1:], len(text)], strict=True))
    alone = [text[before + 1 : brk].strip() for before, brk, _ in spans]
    labels = {line for line in alone if _LABEL_LINE.fullmatch(line) and alone.count(line) > 1}
    if not labels:
        return breaks
    kept = []
    for (_, brk, after), line in zip(spans, alone, strict=True):
        following = text[brk + 1 : after].strip()
        if line in labels and following and not _LABEL_LINE.fullmatch(following):
            continue
        kept.append(brk)
    return kept


def unseen_removed(line: str) -> str:
    """A source line as the line rules read it: without its invisible characters."""
    return _UNSEEN.sub("", line) if _has_unseen(line) else line


_HEAD_SAMPLE = 256 * 1024  # what markdown.lines_look_like_paragraphs reads of a text


def seen_head(source: str) -> str:
    """A text's head, as much as the parse's first look reads, without its invisible
    characters (a zero-width space opening each line hid the lines' shape), its hard-wrapped
    lines reflowed (``hardwrap.flowed_breaks``: a wrap is no line's end)."""
    head = unseen_removed(source[:_HEAD_SAMPLE])
    breaks = [m.start() for m in re.finditer("\n", head)]
    flowed = set(flowed_breaks(head, breaks))
    if len(flowed) == len(breaks):
        return head
    return "".join(c if c != "\n" or i in flowed else " " for i, c in enumerate(head))


class _Analysed(Protocol):
    blocks: list[Block]
    sections: list[Section]
    title: str


Result = TypeVar("Result", bound=_Analysed)


def analysed_in_view(blocks: list[Block], analyse: Callable[[list[Block]], Result]) -> Result:
    """``analyse(blocks)`` run on the view of ``blocks``, its blocks and sections put back on
    their own text. A document with nothing to leave out, by far the most, is analysed as it
    is; so is one whose analysis changed a block's text otherwise than by parting it."""
    changed = {i: view for i, b in enumerate(blocks)
               if _folds(b.text) and (view := view_text(b.text))[0].strip()}
    if not changed:  # (a block of nothing but such characters is read as it is: no rule
        # expects a paragraph without a word)
        return analyse(blocks)
    viewed = [_viewed(block, changed.get(i)) for i, block in enumerate(blocks)]
    result = analyse(place_blocks(viewed))
    pieces = view_pieces(viewed, result.blocks)
    if pieces is None:
        return analyse(blocks)
    restored = place_blocks([
        _piece(blocks[index], changed.get(index), analysed, begin, end, consumed)
        for analysed, (index, begin, end, consumed) in zip(result.blocks, pieces, strict=True)
    ])
    result.blocks = restored
    result.sections = [
        Section(s.kind, s.first_block, s.end_block, restored[s.first_block].start,
                restored[s.end_block - 1].end, s.heading, s.level, s.number, s.answer_block,
                s.speaker)
        for s in result.sections
    ]
    return result


def _viewed(block: Block, view: tuple[str, list[int] | None] | None) -> Block:
    if view is None:
        return block
    text, kept = view
    if kept is None:
        return Block(block.kind, text, block.start, block.source_lines, block.level,
                     block.inlines, block.role, block.ordinal)
    inlines = tuple(
        Inline(block.start + bisect.bisect_left(kept, i.start - block.start),
               block.start + bisect.bisect_left(kept, i.end - block.start), i.style, i.target)
        for i in block.inlines
    )
    return Block(block.kind, text, block.start, block.source_lines, block.level, inlines,
                 block.role, block.ordinal)


def view_pieces(viewed: list[Block], analysed: list[Block]
                ) -> list[tuple[int, int, int, bool]] | None:
    """Where each analysed block lies in the view: (its block, its text's start, its end in
    the text as it is); ``None`` when a text is not a piece of the view's, in order. A block
    parted at a space loses the space (a line break stands for it), at another character
    keeps it at the end of the piece before (``gluedturns``); the characters the view left out
    between two pieces go with the first, at a block's start or end with its first or last."""
    spans: list[list[int]] = []  # [block, view start, view end, consumed a space before]
    index, at = 0, 0
    for block in analysed:
        if spans and spans[-1][0] == index and at == len(viewed[index].text):
            index, at = index + 1, 0
        if index >= len(viewed):
            return None
        text = viewed[index].text
        parted = bool(spans) and spans[-1][0] == index
        consumed = parted and text[at : at + 1].isspace()
        at += consumed
        if not text.startswith(block.text, at):
            return None
        spans.append([index, at, at + len(block.text), consumed])
        at += len(block.text)
    if not spans or spans[-1][0] != len(viewed) - 1 or at != len(viewed[-1].text):
        return None
    return _in_text(spans)


def _in_text(spans: list[list[int]]) -> list[tuple[int, int, int, bool]]:
    pieces = []
    for number, (index, begin, _end, _consumed) in enumerate(spans):
        following = spans[number + 1] if number + 1 < len(spans) else None
        if following is None or following[0] != index:
            end = -1  # the block's end
        else:
            end = following[1] - 1 if following[3] else following[1]
        first = number == 0 or spans[number - 1][0] != index
        pieces.append((index, -1 if first else begin, end, bool(spans[number][3])))
    return pieces


def _piece(block: Block, view: tuple[str, list[int] | None] | None, analysed: Block,
           begin: int, end: int, consumed: bool) -> Block:
    """The analysed block on the text as it is: ``begin``/``end`` are view positions (-1: the
    block's own start or end; ``consumed``: a space before ``begin`` was the cut)."""
    kept = view[1] if view else None  # (None: each position its own)

    def index(position: int) -> int:  # the text's index of the view's position
        return kept[position] if kept is not None else position

    start = 0 if begin < 0 else index(begin - 1) + 1 if consumed else index(begin)
    stop = len(block.text) if end < 0 else index(end)
    first, last = block.start + start, block.start + stop
    inlines = tuple(Inline(max(i.start, first), min(i.end, last), i.style, i.target)
                    for i in block.inlines if min(i.end, last) > max(i.start, first))
    return Block(analysed.kind, block.text[start:stop], first, analysed.source_lines,
                 analysed.level, inlines, analysed.role, analysed.ordinal)
