"""An interview collection's chapters, each asking in its own form.

A book of interviews may give each chapter's questions their own form: plain "?" paragraphs
under the baker, headings under the bookseller, dashes under the postman. The body is read in
one form (``questions.find_questions``), which finds one chapter's questions; once the body
is known to be an interview, each chapter with none is read on its own, in whatever form it
uses. Only an interview's chapters: an article's sections never get questions this way.
"""

from __future__ import annotations

from ...model import Block, BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix
from .qa import QA, Form, assemble
from .questions import find_questions

_CHAPTERS = 2  # fewer headings of the chapters' rank divide nothing


def by_chapters(blocks: list[Block], qa: QA, lo: int, hi: int) -> QA:
    """``qa`` with the questions of each chapter of ``blocks[lo:hi]`` it found none in, read
    on its own. The chapters are the body's headings of their highest rank that ask nothing
    (the title aside)."""
    asked = {question.first for question in qa.questions}
    heads = [
        i for i in range(lo, hi)
        if blocks[i].kind is BlockKind.HEADING and i not in asked and blocks[i].text.strip()
    ]
    if len(heads) < _CHAPTERS:
        return qa
    rank = min(blocks[i].level for i in heads)
    chapters = [i for i in heads if blocks[i].level == rank]
    if len(chapters) < _CHAPTERS:
        return qa
    questions = list(qa.questions)
    found_heads = set(qa.headings)
    for start, end in zip(chapters, [*chapters[1:], hi], strict=True):
        if any(start < first < end for first in asked):
            continue
        own = find_questions(blocks, start + 1, end) or _dashed_exchanges(blocks, start + 1, end)
        if own is not None:
            questions += own.questions
            found_heads.update(own.headings)
    if len(questions) == len(qa.questions):
        return qa
    questions.sort(key=lambda question: question.first)
    first = questions[0].first
    found_heads.update(i for i in chapters if i > first)
    found_heads.difference_update(question.first for question in questions)
    return QA(qa.form, tuple(questions), tuple(sorted(found_heads)))


_EXCHANGES = 2


def _dashed_exchanges(blocks: list[Block], lo: int, hi: int) -> QA | None:
    """A chapter's dashed turns, when the book is known to be an interview: two exchanges or
    more in one unbroken run of dashes ("— Combien de kilomètres … ?" / "— Quatre-vingts, à
    vélo …"), every other turn asking with "?" and the others never. A lone chapter needs
    more (``find_questions``): a story's dialogue is so dashed, but not in an interview's book."""
    cues = Cues(blocks, lo, hi)
    turns = [k for k, prefix in enumerate(cues.prefixes) if prefix is Prefix.DASH]
    if len(turns) < 2 * _EXCHANGES or len(turns) % 2 or turns[-1] - turns[0] + 1 != len(turns):
        return None
    asks, replies = turns[::2], turns[1::2]
    if any(cues.ends[k] is not Ending.QUESTION for k in asks) or any(
        cues.ends[k] is Ending.QUESTION for k in replies
    ):
        return None
    return assemble(Form.DASH, cues, asks)
