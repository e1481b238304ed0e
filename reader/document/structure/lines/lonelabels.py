"""A speaker's label alone on its line, the turn in the paragraph below it, as transcription
services and radio stations export their transcripts: "Speaker 1: (00:00)" / "Speaker 2
(00:07):" (a time after the name), "Petr HOLUB, moderátor" underlined as a heading (a role
after the name). Each label is joined to its turn, a line break between them (in place of the
"\\n" between the two blocks, so no offset moves), and names it (``speakerlabels``)."""

from __future__ import annotations

import re
from collections import Counter

from ...model import LINE_BREAK, Block, BlockKind, place_blocks
from ..text.capitals import CAPITALS

_WORD = r"[^.:;?!()\n\u2028 \t]"  # a role's word: "ředitelka", "Národní", "knihovny"
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
# A name of one to four words, each capitalised or a speaker's number ("Speaker 1"); a role
# after a comma; a time in brackets or not; a colon before or after the time.
_LABEL_PATTERN = (
    rf"(?P<name>[{CAPITALS}][\w'’.\-]*(?:[ \t]+(?:[{CAPITALS}][\w'’.\-]*|\d{{1,2}})){{0,3}})"
    rf"(?P<role>,[ \t]+[^\W\d_]{_WORD}*(?:[ \t,]+{_WORD}+){{0,5}})?[ \t]*(?P<colon>:)?[ \t]*"
    rf"(?P<stamp>{_STAMP})?[ \t]*(?P<after>:)?"
)
_LONE_LABEL = re.compile(_LABEL_PATTERN)
_MIN_LABELS = 4
_ASKING_TURNS = 2
_ASKS = re.compile("[?？]")
_RECURRING = 2  # two speakers at least, each named so twice at least


def join_lone_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each label alone on its line joined to the paragraph below it, when
    four such labels or more stand above a paragraph and two speakers or more are each named
    so twice (a page's "Episode Transcript" or "Read also" above a paragraph names no one), and
    two turns so labelled ask or more (two hosts chatting are no interview); then a speaker
    named so once ("Aisha Grant: (01:24)") is joined too. The same list when none is."""
    found: dict[int, str] = {}
    for k, (block, below) in enumerate(zip(blocks, blocks[1:], strict=False)):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or len(block.text) > 90:
            continue
        label = lone_label(block.text)
        below_text = below.kind is BlockKind.PARAGRAPH and below.text.strip()
        if label and below_text and not lone_label(below.text):
            found[k] = label
    named = Counter(found.values())
    recurring = [name for name, count in named.items() if count >= _RECURRING]
    if len(recurring) < 2 or sum(named[name] for name in recurring) < _MIN_LABELS:
        return blocks
    if sum(1 for k in found if _ASKS.search(blocks[k + 1].text)) < _ASKING_TURNS:
        return blocks  # two hosts chatting before the guest comes on, asking once at most
    labels = set(found)
    joined: list[Block] = []
    skip = False
    for k, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        if k in labels:
            below = blocks[k + 1]
            joined.append(Block(
                BlockKind.PARAGRAPH, f"{block.text}{LINE_BREAK}{below.text}", block.start,
                (block.source_lines[0], below.source_lines[1]), 0,
                block.inlines + below.inlines, below.role,
            ))
            skip = True
        else:
            joined.append(block)
    return place_blocks(joined)


def lone_label(text: str) -> str:
    """The speaker's name, folded, when ``text`` is a label alone: a name marked as a label by
    a colon, a time or a role after it ("Hi Renata." is a greeting); else ""."""
    label = lone_label_match(text)
    return label["name"].casefold() if label is not None else ""


# A web page's invisible marks (soft hyphens, zero-width spaces) and no-break spaces, which
# the label's words may hold: read as nothing and as a space.
_UNSEEN = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")) | {0xA0: " "}


def lone_label_match(text: str) -> re.Match[str] | None:
    """The label alone that ``text`` is (its groups: name, role, colon, stamp), or None."""
    label = _LONE_LABEL.fullmatch(text.translate(_UNSEEN).strip())
    if label is None or not (label["colon"] or label["after"] or label["stamp"] or label["role"]):
        return None
    return label
