"""Turns labelled with the word "question" or "answer" in full, in any language ``labelwords``
lists, glued into one paragraph where a page's lines broke: a school blog's "ΕΡΩΤΗΣΗ 1: - …;
ΑΠΑΝΤΗΣΗ 1: - …" with no blank line, the question wrapped over two lines; a paper's "提问：…？
王志远：…", the answer named by the guest who gives it. ``gluedturns`` cuts the paragraph
before each label (at the space that stood for the line break, or after the sentence's mark).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ...model import Block
from ..text.labelwords import GLUED_LABEL
from ..text.textcues import Prefix, split_prefix

_LABEL_SCAN = 80
_MIN_EACH = 2  # question labels and answers, each, across the document: not a stray word
_QUESTION_SCAN = 400  # a labelled question's mark is in its paragraph's first characters
_ASKED = ("?", "？", ";", ";")


def word_label_cuts(
    blocks: list[Block], prose: list[int], labels: Mapping[int, tuple[Prefix, str, int]]
) -> dict[int, list[int]]:
    """Where labelled turns glued into paragraphs begin: before each "question" or "answer"
    word label after a sentence's end, and before a guest's name after a labelled question's
    mark when that name opens another paragraph too; when two question labels or more and two
    answers or more are found across the document (openings counted). Else none. ``labels``:
    each paragraph's opening label, read once (``lines.labelopenings``)."""
    openings = [labels[i] for i in prose]
    counts = Counter(prefix for prefix, _, _ in openings)
    if not counts[Prefix.QUESTION] and not any(GLUED_LABEL.search(blocks[i].text) for i in prose):
        return {}  # (most documents: no such label anywhere)
    names = Counter(name for prefix, name, _ in openings if prefix is Prefix.SPEAKER)
    cuts: dict[int, list[int]] = {}
    for index, (prefix, _, label_end) in zip(prose, openings, strict=True):
        text = blocks[index].text
        found = []
        for match in GLUED_LABEL.finditer(text):
            glued = split_prefix(text[match.end() : match.end() + _LABEL_SCAN])[0]
            if glued in (Prefix.QUESTION, Prefix.ANSWER):
                counts[glued] += 1
                found.append(match.start(1) if match.group(1) else match.start() - 1)
        if prefix is Prefix.QUESTION:
            named = _named_answer(text, label_end, found, names)
            if named is not None:
                counts[Prefix.ANSWER] += 1
                found.append(named)
        if found:
            cuts[index] = found
    answers = counts[Prefix.ANSWER] + sum(names.values())
    return cuts if counts[Prefix.QUESTION] >= _MIN_EACH and answers >= _MIN_EACH else {}


def _named_answer(text: str, start: int, found: list[int], names: Counter[str]) -> int | None:
    """Where a guest's name glued after a labelled question's mark opens the answer ("提问：…？
    王志远：…"), the name opening another paragraph too; else None."""
    end = min([*found, len(text), start + _QUESTION_SCAN])
    for mark in _ASKED:
        asked = text.find(mark, start, end)
        if asked < 0:
            continue
        after = asked + 1
        space = after < len(text) and text[after] in " \t\u2028"
        prefix, name, _ = split_prefix(text[after + space : after + space + _LABEL_SCAN])
        if prefix is Prefix.SPEAKER and names[name] >= 1:
            return after if space else asked
    return None
