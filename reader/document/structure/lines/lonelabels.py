"""A speaker's label alone on its line, the turn in the paragraph below it, as transcription
services and radio stations export their transcripts: "Speaker 1: (00:00)" / "Speaker 2
(00:07):" (a time after the name), "Petr HOLUB, moderátor" underlined as a heading (a role
after the name). Each label is joined to its turn, a line break between them (in place of the
"\\n" between the two blocks, so no offset moves), and names it (``speakerlabels``)."""

from __future__ import annotations

import re
from collections import Counter

from ...model import LINE_BREAK, Block, BlockKind, place_blocks
from ..text.capitals import CAPITALS, KANA_HAN

_WORD = r"[^.:;?!()\n\u2028 \t]"  # a role's word: "ředitelka", "Národní", "knihovny"
# A role's word shortened, its period inside the role ("Parl. Staatssekretär beim …").
_ROLE_WORD = rf"{_WORD}+(?:\.(?=[ \t]+{_WORD}))?"
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
# Names are capitalised in the Cyrillic and Greek alphabets too ("М. Королёв").
_CAPS = f"{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω"
# A name of one to four words, each capitalised or a speaker's number ("Speaker 1"), the time
# of the turn before it at most (a parliament's record: "12:01 Mart Kask"); the group in
# brackets after it ("Anja Roth (DIE LINKE):"); a role after a comma; a time in brackets or
# not; a colon before or after the time.
_LABEL_PATTERN = (
    rf"(?:(?P<before>{_STAMP})[ \t]+)?"
    rf"(?P<name>[{_CAPS}][\w'’.\-]*(?:[ \t]+(?:[{_CAPS}][\w'’.\-]*|\d{{1,2}})){{0,3}}"
    # after a time only: a name in kana or kanji, or a speaker's number ("00:14 スピーカー 1")
    rf"|(?<=\d[ \t])[{KANA_HAN}]{{1,8}}(?:[ \t]?\d{{1,2}})?)"
    r"(?P<group>[ \t]+\([^()\n]{1,30}\))?"
    rf"(?P<role>,[ \t]+[^\W\d_](?:{_ROLE_WORD})?(?:[ \t,]+{_ROLE_WORD}){{0,5}})?[ \t]*(?P<colon>:)?"
    rf"[ \t]*(?P<stamp>{_STAMP})?[ \t]*(?P<after>:)?"
)
_LONE_LABEL = re.compile(_LABEL_PATTERN)
# An initial and a surname ("М. Королёв", "J. Okafor"): a name's shape no heading has, a
# label with no mark after it, as radio stations' archives set their turns.
_INITIAL_AND_SURNAME = re.compile(rf"[{_CAPS}]\.[ \t]?[{_CAPS}][\w'’\-]+")
# After a time, an office in words before the name ("12:03 Haridus- ja teadusminister Kalle
# Laanemets"): up to six words, the first and the last capitalised.
_STAMPED_OFFICE = re.compile(
    rf"(?P<before>{_STAMP})[ \t]+(?P<name>[{_CAPS}][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){{0,4}}"
    rf"[ \t]+[{_CAPS}][\w'’\-]*)(?P<group>)(?P<role>)(?P<colon>)(?P<stamp>)(?P<after>)"
)
_MIN_LABELS = 4
_LEADING_STAMP = re.compile(rf"{_STAMP}[ \t]")
_ASKING_TURNS = 2
_ASKS = re.compile("[?？]")
_RECURRING = 2  # two speakers at least, each named so twice at least


def join_lone_labels(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each label alone on its line joined to the paragraph below it, when
    four such labels or more stand above a paragraph and two speakers or more are each named
    so twice (a page's "Episode Transcript" or "Read also" above a paragraph names no one), and
    two turns so labelled ask or more (two hosts chatting are no interview); then a speaker
    named so once after the first turn ("Aisha Grant: (01:24)") is joined too. The same list
    when none is."""
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
    spans = {k: 1 + _lines_on(blocks, k + 1, set(found)) for k in found}
    if sum(
        1 for k in found if any(_ASKS.search(b.text) for b in blocks[k + 1 : k + 1 + spans[k]])
    ) < _ASKING_TURNS:
        return blocks  # two hosts chatting before the guest comes on, asking once at most
    # A speaker named once before the talk began is marked by a colon or a time: a head line
    # above it ("XV Riigikogu, III istungjärk, infotund" over the date) reads as a name and a
    # role, "Speaker 1: (00:00)" opening the talk does not.
    first = min(k for k, name in found.items() if name in recurring)
    labels = {k for k, name in found.items()
              if name in recurring or k > first or _timed_or_colon(blocks[k].text)}
    joined: list[Block] = []
    skip = 0
    for k, block in enumerate(blocks):
        if skip:
            skip -= 1
            continue
        if k in labels:
            turn = blocks[k + 1 : k + 1 + spans.get(k, 1)]
            below = turn[-1]
            joined.append(Block(
                BlockKind.PARAGRAPH, LINE_BREAK.join([block.text, *(b.text for b in turn)]),
                block.start, (block.source_lines[0], below.source_lines[1]), 0,
                block.inlines + tuple(i for b in turn for i in b.inlines), turn[0].role,
            ))
            skip = len(turn)
        else:
            joined.append(block)
    return place_blocks(joined)


def _lines_on(blocks: list[Block], first: int, labels: set[int]) -> int:
    """How many paragraphs after ``blocks[first]`` go on its turn with no blank line between
    them, up to the next label: a transcript copied from a player's panel ("00:14 スピーカー 1"
    over the turn's lines, one sentence a line) leaves each line a paragraph of its own, the
    turn running on to the next label. Only after a time before the label, the panel's mark."""
    if not _LEADING_STAMP.match(blocks[first - 1].text.strip()):
        return 0
    count, end = 0, blocks[first].source_lines[1]
    for k in range(first + 1, len(blocks)):
        block = blocks[k]
        if (
            block.kind is not BlockKind.PARAGRAPH or block.source_lines[0] != end
            or k in labels or lone_label(block.text)
        ):
            break
        count, end = count + 1, block.source_lines[1]
    return count


def _timed_or_colon(text: str) -> bool:
    label = lone_label_match(text)
    return label is not None and bool(label["colon"] or label["after"] or label["stamp"])


def lone_label(text: str) -> str:
    """The speaker's name, folded, when ``text`` is a label alone: a name marked as a label by
    a colon, a time or a role after it ("Hi Renata." is a greeting); else ""."""
    label = lone_label_match(text)
    return label["name"].casefold() if label is not None else ""


# A web page's invisible marks (soft hyphens, zero-width spaces) and no-break spaces, which
# the label's words may hold: read as nothing and as a space.
_UNSEEN = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")) | {0xA0: " "}


def lone_label_match(text: str) -> re.Match[str] | None:
    """The label alone that ``text`` is (its groups: before, name, group, role, colon, stamp),
    or None."""
    seen = text.translate(_UNSEEN).strip()
    label = _LONE_LABEL.fullmatch(seen) or _STAMPED_OFFICE.fullmatch(seen)
    if label is None:
        return None
    marked = label["colon"] or label["after"] or label["stamp"] or label["role"]
    if not (marked or label["before"] or _INITIAL_AND_SURNAME.fullmatch(label["name"])):
        return None  # "Hi Renata.", "Monday Morning": no mark of a label
    return label
