"""Labelled turns a copy ran together: the page's own labels say where each turn begins.

Two shapes, each cut where its turns begin (``lines.gluedturns`` cuts the blocks, through
``runonturns.run_on_cuts``):

- **Labelled turns in one paragraph**: "س: … ج: … س: … ج: …", "س: …؟ يونسي: … س: …", an
  Arabic site's whole interview kept in one paragraph, its labels inline. Whatever the labels'
  word or script, what tells turns is that two labels (a question's label, or a name that
  ``textcues.split_prefix`` reads as a speaker) each open two turns or more in the paragraph,
  taking turns; one of them asks. An article's paragraph may hold one "Note:" or a quoted
  "Minister: …", never two labels each twice in turn.
- **A labelled question and its unlabelled answer in one paragraph**: "Q. 간단하게 … 말씀해주세요.
  저는 래퍼이자 …", "Q. … 기분이 어떠세요? 작년 9월에 …": three paragraphs or more open with
  the page's question label, the page labels no answer, and most of them go on after their
  question (a help page's, asked in the first person by its readers, "How do I …?", are an
  FAQ's and stay whole). The
  question ends at its first question mark within its first sentences, or, asking without one
  ("…말씀해주세요."), with its first sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Block
from ..text.textcues import Prefix, addresses_someone, speaks_of_self, split_prefix

# Where a label may open a turn inside a paragraph: after a space, up to three words (of any
# script), then a colon ("س:", "يونسي:"); ``split_prefix`` decides what the label is.
_INLINE_LABEL = re.compile(
    r"(?<=\s)(?=[^\W\d_][^\s:：]{0,20}(?:[ \t][^\W\d_][^\s:：]{0,20}){0,2}[ \t]?[:：][ \t])"
)
_LABEL_CHARS = 24
_TURNS_EACH = 2
_TURNS = 4
_ASKS = re.compile(r"[?？؟]")


def labelled_run_on_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where labelled turns begin in paragraphs that hold several (first shape), and where the
    answer begins in paragraphs opened by the page's question label (second shape)."""
    cuts: dict[int, list[int]] = {}
    for index in prose:
        text = blocks[index].text
        if text.count(":") + text.count("：") < _TURNS:
            continue
        found = _inline_turns(text)
        if found:
            cuts[index] = found
    for index, cut in _question_then_answer_cuts(blocks, prose).items():
        cuts.setdefault(index, [cut])
    return cuts


def _label(text: str, start: int) -> tuple[Prefix, str] | None:
    prefix, name, cut = split_prefix(text[start : start + 200])
    if prefix is Prefix.NONE or cut > _LABEL_CHARS or prefix is Prefix.DASH:
        return None
    return prefix, name


def _inline_turns(text: str) -> list[int]:
    """The offsets of the spaces before the labelled turns run together in ``text``."""
    turns: list[tuple[int, tuple[Prefix, str]]] = []
    opening = _label(text, 0)
    if opening is not None:
        turns.append((0, opening))
    for found in _INLINE_LABEL.finditer(text):
        label = _label(text, found.start())
        if label is not None:
            turns.append((found.start(), label))
    if len(turns) < _TURNS:
        return []
    counts = Counter(label for _, label in turns)
    common = counts.most_common(2)
    if len(common) < 2 or common[1][1] < _TURNS_EACH:
        return []
    if all(prefix is not Prefix.QUESTION for (prefix, _), _ in common):
        return []  # names alone: ``lines.namedturns`` reads them, with a transcript's care
    # Turns taken in turn: a label seldom follows itself.
    repeated = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a[1] == b[1])
    if 4 * repeated > len(turns):
        return []
    ends = [start for start, _ in turns[1:]] + [len(text)]
    asking = sum(1 for (start, _), end in zip(turns, ends, strict=True)
                 if _ASKS.search(text, start, end))
    if asking == 0:
        return []
    return [start - 1 for start, _ in turns if start > 0]


_QUESTION_PARAGRAPHS = 3
_SCAN = 400
_QUESTION_SENTENCES = 3
# A question's end: its mark, then a space and more words.
_QUESTION_END = re.compile(r"[?？؟][»”\"')]?(?=[ \t]+\S)")
_SENTENCE_END = re.compile(r"[.!。…][»”\"')]?(?=[ \t]+\S)")


def _question_then_answer_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    opened: dict[int, int] = {}
    for index in prose:
        prefix, _, cut = split_prefix(blocks[index].text)
        if prefix is Prefix.ANSWER:
            return {}  # the page labels its answers: their own rules read them
        if prefix is Prefix.QUESTION:
            opened[index] = cut
    if len(opened) < _QUESTION_PARAGRAPHS:
        return {}
    cuts = {}
    for index, label_end in opened.items():
        end = _question_end(blocks[index].text, label_end)
        if end > 0:
            cuts[index] = end
    # Most of them go on after their question mark: the page's evidence that its answers
    # share the question's paragraph (a question alone on its paragraph asks at its end).
    asked_then_answered = sum(
        1 for index, end in cuts.items() if blocks[index].text[end - 1] in "?？؟»”\"')"
    )
    # A help page's questions are its readers', in the first person put to no one ("Q. How
    # do I return an item? Fill in the form …"): an FAQ, not a guest's turns.
    readers = sum(1 for index, end in cuts.items() if _asks_oneself(blocks[index].text[:end]))
    if 2 * readers >= len(cuts):
        return {}
    return cuts if 2 * asked_then_answered > len(opened) else {}


def _asks_oneself(question: str) -> bool:
    return speaks_of_self(question) and not addresses_someone(question)


def _question_end(text: str, start: int) -> int:
    """The offset of the space after the question that opens ``text`` at ``start``, when an
    answer follows it in the paragraph, or 0."""
    if _ASKS.search(text, start) is not None:
        asked = _QUESTION_END.search(text, start, start + _SCAN)
        if asked is None:
            return 0  # the question asks at the paragraph's end: nothing follows it
        sentences = _SENTENCE_END.findall(text, start, asked.start())
        return asked.end() if len(sentences) < _QUESTION_SENTENCES else 0
    # Asking without a mark ("…말씀해주세요. 저는 …"): the first sentence is the question.
    first = _SENTENCE_END.search(text, start, start + _SCAN)
    return first.end() if first is not None else 0
