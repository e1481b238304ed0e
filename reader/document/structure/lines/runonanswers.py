"""A question and its answer run on in one paragraph, found by what the page repeats.

Two shapes, each read in any script (an asking mark ends the question: "?", "؟", "？"):

- the question's label opens the paragraph and the answer follows the question with no label
  of its own ("Q. How did it start? It was 2010 …", a Korean blog's "Q. 요즘 어떻게 지내세요?
  오는 지하철에서 …"): when three paragraphs or more are so, and no paragraph of the page
  opens with an answer's label (then the labels' rules cut the turns), each is cut after
  its question (a paragraph among them that asks nothing after its first sentence, the
  interviewer's request); a help page's questions, asked in the first person by its readers
  ("Q. How do I …? Fill in …"), are an FAQ's and stay whole;
- two short marks that alternate inside the paragraphs, the first always opening a stretch
  that ends asking and the second following it ("… العفوي. - نراك …؟ * ومن أكون …" / "س- متى
  …؟ ج- كنت …"): a page that set each turn on a line of its own, marked, and lost its lines.
  When three such pairs or more follow one another on the page, each mark after a sentence's
  end begins a paragraph.

``gluedturns`` cuts the paragraphs at the space before the offsets given.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Block, BlockKind
from ..text.textcues import Prefix, addresses_someone, speaks_of_self, split_prefix
from .sentenceends import ends_a_sentence

# An asking mark (and a closing quote), then the space before the next sentence.
_ASKED = re.compile(r"[?？؟][»”\"'」』]?([ \t]+)(?=\S)")
_SENTENCE_END = re.compile(r"[.!?？؟。！…][»”\"'」』]?[ \t]")
_QUESTION_CHARS = 400  # the question is the paragraph's first sentences, not its whole
_MIN_PARAGRAPHS = 3


def labelled_run_on_cuts(blocks: list[Block], prose: list[int]) -> dict[int, int]:
    """Where the answer begins in paragraphs opened by a question's label ("Q.", "س:",
    "Frage:") that run the answer on after the question (the space before it)."""
    cuts: dict[int, int] = {}
    requests: dict[int, int] = {}
    answerers = _answerers(blocks, prose)
    for index in prose:
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        prefix, _, start = split_prefix(block.text)
        if prefix is Prefix.ANSWER:
            return {}  # the answers are labelled: the labels' rules cut the turns
        if prefix is not Prefix.QUESTION or _answer_labelled(blocks, index + 1, answerers):
            continue
        if (cut := _answer_start(block.text, start)) > 0:
            cuts[index] = cut
        elif (cut := _after_request(block.text, start)) > 0:
            requests[index] = cut
    if len(cuts) < _MIN_PARAGRAPHS:
        return {}
    # A help page's questions are its readers', in the first person put to no one ("Q. How
    # do I return an item? Fill in the form …"): an FAQ, not a guest's turns.
    readers = sum(1 for index, cut in cuts.items() if _asks_oneself(blocks[index].text[:cut]))
    return {} if 2 * readers >= len(cuts) else cuts | requests


def _answerers(blocks: list[Block], prose: list[int]) -> set[str]:
    """The names labelling two blocks or more right under a labelled question ("LS: …")."""
    names = Counter(
        split_prefix(blocks[index + 1].text)[1] for index in prose
        if index + 1 < len(blocks) and split_prefix(blocks[index].text)[0] is Prefix.QUESTION
    )
    return {name for name, count in names.items() if name and count >= 2}


def _answer_labelled(blocks: list[Block], index: int, answerers: set[str]) -> bool:
    """Whether the block after a labelled question opens with its own label ("Q: How did you
    …? My daughter … —tatay_ni_bea" / "LS: That's lovely!"), an answer's or a name that so
    answers twice or more: the question is its paragraph whole, however many sentences
    follow its first mark."""
    if index >= len(blocks):
        return False
    prefix, name, _ = split_prefix(blocks[index].text)
    return prefix is Prefix.ANSWER or (prefix is Prefix.SPEAKER and name in answerers)


def _asks_oneself(question: str) -> bool:
    return speaks_of_self(question) and not addresses_someone(question)


def _answer_start(text: str, start: int) -> int:
    """The space after the question that opens ``text`` at ``start``: its first asking mark,
    when neither the sentence after it nor the paragraph's last asks (else which one ends the
    question is unclear, or the whole paragraph is the question)."""
    asked = _ASKED.search(text, start, start + _QUESTION_CHARS)
    if asked is None or text.rstrip(" »”\"'」』").endswith(("?", "？", "؟")):
        return -1  # a paragraph that ends asking is a question of several sentences
    following = _SENTENCE_END.search(text, asked.end())
    sentence = text[asked.end() : following.start() + 1 if following else len(text)]
    if sentence.rstrip(" »”\"'」』").endswith(("?", "？", "؟")):
        return -1
    return asked.start(1)


def _after_request(text: str, start: int) -> int:
    """The space after the first sentence of a labelled paragraph that asks nothing: among
    such paragraphs, the interviewer's request ("Q. 팬들에게 한마디 부탁드려요. 일단 하세요.").
    A question quoted inside a sentence ('"왜요?"라고 물어도') ends no sentence: it asks nothing."""
    if _ASKED.search(text, start) or text.rstrip(" »”\"'」』").endswith(("?", "？", "؟")):
        return -1
    end = _SENTENCE_END.search(text, start, start + _QUESTION_CHARS)
    return end.end() - 1 if end is not None and text[end.end() :].strip() else -1


# A turn's mark: a dash, a star or a bullet alone, or a label of one or two letters and a
# dash or a colon ("س-", "ج-", "P:"), set apart by spaces.
_MARK = re.compile(r"(?:(?<=\s)|^)([-–—*•■●▪]|[^\W\d_]{1,2}[-:：])(?=[ \t])")
_MIN_PAIRS = 3


def alternating_mark_cuts(blocks: list[Block], prose: list[int]) -> dict[int, list[int]]:
    """Where each turn begins in paragraphs whose turns are told apart by two alternating
    marks only (the space before each mark, after a sentence's end)."""
    marks: dict[int, list[tuple[int, str]]] = {}
    pairs: Counter[tuple[str, str]] = Counter()
    for index in prose:
        text = blocks[index].text
        found = [
            (match.start(1), match.group(1))
            for match in _MARK.finditer(text)
            if match.start(1) == 0 or ends_a_sentence(text[: match.start(1)])
        ]
        if len(found) < 2:
            continue
        marks[index] = found
        for (start, mark), (end, following) in zip(found, found[1:], strict=False):
            asked = text[start:end].rstrip().rstrip(" »”\"'")
            if mark != following and asked.endswith(("?", "？", "؟")):
                pairs[mark, following] += 1
    if not pairs:
        return {}
    (asking, answering), count = pairs.most_common(1)[0]
    if count < _MIN_PAIRS:
        return {}
    cuts: dict[int, list[int]] = {}
    for index, found in marks.items():
        if any(mark == asking for _, mark in found) and any(
            mark == answering for _, mark in found
        ):
            at = [start - 1 for start, mark in found if start > 0 and mark in (asking, answering)]
            if at:
                cuts[index] = at
    return cuts
