"""A plain paragraph whose lines are turns, each opened by its speaker's label, under a few
head lines, with no blank line anywhere: Chinese and Japanese pages set interviews so ("摘要:
…" / "问:…?" / "答:…", "以下是访谈文字实录：" / "主持人：…？" / "周明远：…"). The paragraph
is cut at every line break, as blank lines would have cut it (``turnlines.paragraph_cuts``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .capitals import CAPITALS, KANA_HAN

# A speaker's label opening a line: a name or role in kana or kanji ("问", "主持人", "刘峥"),
# or one to three capitalised words ("Ana", "Rita Osei"), then a colon, full-width or not.
_LABEL = re.compile(
    rf"([{KANA_HAN}·・]{{1,6}}|[{CAPITALS}][\w'’.\-]*(?:[ \t][{CAPITALS}][\w'’.\-]*){{0,2}})"
    r"[ \t]*[:：][ \t]*\S"
)
# A line that ends its sentence ("。", "？", "."), not one a hard wrap broke.
_SENTENCE_END = re.compile(r"[.?？!！…。»”\"'’)）\]|]\s*$")
_HEAD_LINE = 40  # an unlabelled line this short may be a heading or a dateline
_MIN_TURNS = 4
_RECURRING = 2  # two labels, each opening two lines at least: a question's and an answer's


def labelled_line_cuts(text: str, breaks: list[int]) -> list[int]:
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
