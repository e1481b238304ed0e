"""Turns labelled with a word and the turn's number, the same number on the question and on
its answer: "கேள்வி 1: …?" / "பதில் 1: …" / "கேள்வி 2: …?" / "பதில் 2: …" (a Tamil weekly's
readers' column), "Pyetja 3: …" / "Përgjigja 3: …". Whatever the words, the page says which
is which by repeating them: two words, each opening a turn under every number, the one always
before the other under the same number, and its turns asking. The speakers' rules read each
"word and number" as a name used once; a transcript's "Speaker 1:" / "Speaker 2:" is one word
under two numbers, no such pair.

The question is its label's turn (the asker's name signed under it is none of its words:
``askersigned``), its answer opens at the other word's label. A leaf of ``questions``.
"""

from __future__ import annotations

import re

from ..text.cues import Cues
from .qa import QA, Form, Question, text_of

# One or two words (any script: a vowel sign is no word character, so "not a digit, a colon
# or a space" stands for a letter), the turn's number, a colon.
_LABEL = re.compile(
    r"([^\W\d_][^\s\d:：]{0,20}(?:[ \t][^\s\d:：]{1,20})?)[ \t]*(\d{1,3})[ \t]*[:：][ \t]*"
)
_MIN_PAIRS = 2
_ANSWER_GAP = 2  # blocks between a question and its answer's label, at most (a signature)


def form_numbered_labels(cues: Cues) -> QA | None:
    """The questions of a page whose turns are labelled "word n:" in pairs, or None."""
    labels: list[tuple[int, str, int, int]] = []  # block, word, number, where the text begins
    for k in range(len(cues)):
        match = _LABEL.match(cues.blocks[cues.lo + k].text)
        if match is not None:
            labels.append((k, match[1], int(match[2]), match.end()))
    words = {word for _, word, _, _ in labels}
    if len(labels) < 2 * _MIN_PAIRS or len(words) != 2:
        return None
    pairs = [
        (first, second)
        for first, second in zip(labels, labels[1:], strict=False)
        if first[1] != second[1] and first[2] == second[2]
        and second[0] - first[0] <= 1 + _ANSWER_GAP
    ]
    askers = {first[1] for first, _ in pairs}
    numbers = [first[2] for first, _ in pairs]
    if (
        len(pairs) < _MIN_PAIRS
        or len(askers) != 1
        or 2 * len(pairs) != len(labels)
        or numbers != sorted(set(numbers))
        or 2 * sum(1 for first, _ in pairs if "?" in cues.blocks[cues.lo + first[0]].text)
        < len(pairs)
    ):
        return None
    questions = []
    for (k, word, _, start), (answer, _, _, _) in pairs:
        text = text_of(cues, k, answer)
        label = cues.blocks[cues.lo + k].text[:start]
        if text.startswith(label.strip()):
            text = text[len(label.strip()) :].lstrip()
        questions.append(Question(cues.lo + k, cues.lo + answer, text, word))
    return QA(Form.PREFIX, tuple(questions))
