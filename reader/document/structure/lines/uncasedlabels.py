"""A plain paragraph of turns labelled in a script without capitals, its lines copied with no
blank line between them: a Tamil weekly's readers' questions ("கேள்வி 1: …?" / "– க.முருகேசன்,
விழுப்புரம்" / "பதில் 1: …" / "– – – – –"), a blog's column reprinted with the labels cut to
their first syllable ("கே: …?" / "ப: …"), the asker's name on the line above each question.

``labelledlines`` reads such a paragraph only when every line is a turn or a short heading;
these pages set other lines between the turns (the reader's name and town, a separator, the
page's menu above), and their labels are a syllable ("ப", one letter) or carry the turn's
number ("பதில் 1:"). What the page repeats decides instead: two labels, each opening two lines
or more, the same labels each time, one of them asking ("?"), and the labelled lines a third of
the lines at least, each ending its sentence. Every line break of such a paragraph is cut, as
the blank lines the copy lost would have cut it. A leaf of ``lines``: it reads text only.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..text.capitals import UNCASED_SCRIPTS

# A label in one of those scripts, one syllable to two words ("ப", "கே", "கேள்வி", "प्र"),
# an optional turn number ("பதில் 1"), then a colon (full-width too) and the turn's text.
_LABEL = re.compile(
    rf"([{UNCASED_SCRIPTS}]{{1,20}}(?:[ \t][{UNCASED_SCRIPTS}]{{1,20}})?)"
    r"(?:[ \t]*\d{1,3})?[ \t\u00a0]*[:：][ \t\u00a0]*(?=\S)"
)
# A line that ends its sentence: a full stop, a question or exclamation mark, an ellipsis,
# Devanagari's danda, a closing quote or bracket.
_ENDED = re.compile(r"[.?!…।॥»”\"'’)\]]\s*$")
_ASKS = re.compile(r"[?？]\s*$")
_MIN_LABELLED = 4  # labelled lines in all: two labels twice each
_RECURRING = 2  # lines each of the two labels opens, at least
_LABELLED_SHARE = 1 / 3  # of the paragraph's lines, at least, labelled


def uncased_label_cuts(text: str, breaks: list[int]) -> list[int]:
    """Every line break of ``text`` (its ``breaks``) when its lines are turns labelled in a
    script without capitals, as the module says; else none."""
    if len(breaks) + 1 < _MIN_LABELLED:
        return []
    lines = [text[a + 1 : b].strip() for a, b in pairwise([-1, *breaks, len(text)])]
    labels: list[str] = []
    asking: Counter[str] = Counter()
    for line in lines:
        match = _LABEL.match(line)
        if match is None:
            continue
        if not _ENDED.search(line):
            return []  # a labelled line broken by a wrap: not one turn per line
        labels.append(match[1])
        if _ASKS.search(line):
            asking[match[1]] += 1
    counts = Counter(labels)
    recurring = [label for label, n in counts.items() if n >= _RECURRING]
    if (
        len(recurring) != 2
        or sum(counts[label] for label in recurring) < _MIN_LABELLED
        or len(labels) < _LABELLED_SHARE * len(lines)
        or not any(asking[label] for label in recurring)
    ):
        return []
    return list(breaks)
