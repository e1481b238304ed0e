"""An interview collection's chapters, each asking in its own form.

A book of interviews may give each chapter's questions their own form: plain "?" paragraphs
under the baker, headings under the bookseller, dashes under the postman. The body is read in
one form (``questions.find_questions``), which finds one chapter's questions; once the body
is known to be an interview, each chapter with none is read on its own, in whatever form it
uses. Only an interview's chapters: an article's sections never get questions this way.
"""

from __future__ import annotations

from ...model import Block, BlockKind
from .qa import QA
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
        own = find_questions(blocks, start + 1, end)
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
