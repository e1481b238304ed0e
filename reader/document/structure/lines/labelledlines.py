"""A plain paragraph whose lines are turns, each opened by its speaker's label, under a few
head lines, with no blank line anywhere: Chinese and Japanese pages set interviews so ("摘要:
…" / "问:…?" / "答:…", "以下是访谈文字实录：" / "主持人：…？" / "周明远：…"). The paragraph
is cut at every line break, as blank lines would have cut it (``turnlines.paragraph_cuts``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..text.capitals import CAPITALS, KANA_HAN, UNCASED_SCRIPTS, UNPUNCTUATED_SCRIPTS
from ..text.textcues import SPEAKER_MARK
from .lonelabels import lone_label
from .uncasedlabels import uncased_label_cuts

# A speaker's label opening a line: a name or role in kana, kanji or hangul ("问", "主持人",
# "刘峥", "박지훈"), in another script with no capitals ("พี่มิ้นท์", "बतियाना", Arabic "س",
# "جواب" or a name of two words, Hebrew "ש"), or one to three capitalised words ("Ana", "Rita
# Osei"), then a colon, full-width or not; a shape may mark it ("▶박지훈 :").
_LABEL = re.compile(
    rf"(?:{SPEAKER_MARK.pattern})?"
    rf"([{KANA_HAN}\uac00-\ud7af·・]{{1,6}}|[{UNCASED_SCRIPTS}]{{2,20}}"
    r"|[\u0620-\u065f\u066e-\u06d3\u05d0-\u05ea\u05f3]{1,15}"
    r"(?:[ \t][\u0620-\u06d3\u05d0-\u05ea]{2,15})?"
    rf"|[{CAPITALS}][\w'’.\-]*(?:[ \t][{CAPITALS}][\w'’.\-]*){{0,2}})"
    r"[ \t\u00a0\u202f]*[:：][ \t\u00a0\u202f]*\S"
)  # (a web page's no-break space before the colon: "RB\u00a0: …", French "Q\u202f: …")
# A line that ends its sentence ("。", "？", "."), not one a hard wrap broke.
# Thai writes no full stop: a line ending in its letters (or a stress's "***") is ended too.
_SENTENCE_END = re.compile(rf"[.?？!！…。»”\"'’)）\]|؟۔।॥;]\s*$|[{UNPUNCTUATED_SCRIPTS}][*\s]*$")
_HEAD_LINE = 40  # an unlabelled line this short may be a heading or a dateline
_MIN_TURNS = 4
_ASKING_TURNS = 2
_ASKS = re.compile("[?？]")
_RECURRING = 2  # two labels, each opening two lines at least: a question's and an answer's


def labelled_line_cuts(text: str, breaks: list[int]) -> list[int]:
    """Where a paragraph of turns is cut: at every line break when a label opens each turn's
    line (``_label_opened_cuts``); around each label alone on its line, as a transcription
    service exports turns with no blank line ("Speaker 1 (00:00):" / its lines), when four such
    lines or more name two speakers twice each (``lonelabels`` joins each to its turn)."""
    if len(breaks) + 1 < _MIN_TURNS:
        return []  # (both ways need four labelled lines: most paragraphs are one line)
    return (_label_opened_cuts(text, breaks) or _lone_label_cuts(text, breaks)
            or uncased_label_cuts(text, breaks))  # "கே: …?" / "ப: …", names between


# A Japanese page's turn marks alone on their line: the guest's short name ("松田") and the
# interviewer's dashes ("──"), the turn on the lines below, no blank line between turns.
_MARK_LINE = re.compile(rf"[{KANA_HAN}]{{1,4}}|[─―—]{{2,4}}")


def _lone_label_cuts(text: str, breaks: list[int]) -> list[int]:
    bounds = list(pairwise([-1, *breaks, len(text)]))
    lines = [text[start + 1 : end].strip() for start, end in bounds]
    marks = [line if _MARK_LINE.fullmatch(line) else "" for line in lines]
    if _asked_under(marks, lines) and _recurring(marks):
        # "松田" / "逆にお聞きしたいんですが、" …: cut before each mark, which opens its turn
        return [bounds[n][0] for n, mark in enumerate(marks) if mark and n > 0]
    names = [lone_label(line) for line in lines]
    recurring = [n for name, n in Counter(names).items() if name and n >= _RECURRING]
    if len(recurring) < 2 or sum(recurring) < _MIN_TURNS:
        return []
    labelled = [number for number, name in enumerate(names) if name] + [len(names)]
    turns = [text[bounds[a][1] : bounds[b - 1][1]] for a, b in pairwise(labelled)]
    if sum(1 for turn in turns if _ASKS.search(turn)) < _ASKING_TURNS:
        return []  # two hosts chatting before the guest comes on, asking once at most
    cuts = set()
    for number, name in enumerate(names):
        if name and number + 1 < len(names) and not names[number + 1]:
            cuts.update(
                {bounds[number][0], bounds[number][1]} & set(breaks)
            )  # before the label's line and after it
    return sorted(cuts)


def _label_opened_cuts(text: str, breaks: list[int]) -> list[int]:
    """Every line break of a paragraph whose lines are labelled turns: two labels or more
    open two lines each at least, four such lines or more, half the lines at least; every
    labelled line ends its sentence and every other line does too or is short (a heading, a
    dateline, "以下是访谈文字实录："). A turn hard-wrapped over lines that no label opens, or
    a paragraph of prose with one "Note:" in it, is left whole. Else none."""
    if len(breaks) < _MIN_TURNS - 1:
        return []
    labels: list[str] = []
    for start, end in pairwise([-1, *breaks, len(text)]):
        line = text[start + 1 : end].strip()
        label = _LABEL.match(line)
        ended = _SENTENCE_END.search(line) is not None
        if label is not None and ended:
            labels.append(label[1].strip())
        elif label is not None or not (ended or len(line) <= _HEAD_LINE):
            return []
    recurring = [n for n in Counter(labels).values() if n >= _RECURRING]
    turns = sum(recurring)
    if len(recurring) < 2 or turns < _MIN_TURNS or 2 * len(labels) < len(breaks) + 1:
        return []
    return list(breaks)


def _recurring(marks: list[str]) -> bool:
    """Whether two marks or more open two lines each at least, four lines or more in all."""
    counts = [n for mark, n in Counter(marks).items() if mark and n >= _RECURRING]
    return len(counts) >= 2 and sum(counts) >= _MIN_TURNS


def _asked_under(marks: list[str], lines: list[str]) -> bool:
    """Whether two turns or more, each from a mark to the next, ask ("?", "？", or "か。" as
    Japanese asks), and each mark has a line under it."""
    opened = [n for n, mark in enumerate(marks) if mark]
    if not opened or any(n + 1 >= len(lines) or marks[n + 1] for n in opened):
        return False
    turns = [" ".join(lines[a:b]) for a, b in pairwise([*opened, len(lines)])]
    return sum(1 for turn in turns if _ASKS.search(turn) or "か。" in turn) >= _ASKING_TURNS
