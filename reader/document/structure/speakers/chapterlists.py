"""An episode's chapter list above its transcript: the show notes' lines, one a chapter, each
opened by the same mark — its time in brackets, or the brackets left empty when the page was
copied without its player ("() - オープニング", "(12:04) - What is a good interview?",
"00:41 – Why radio?"). A chapter's title may ask ("() - 佐藤美咲さんってどんな人?"), but
nobody asks it: the questions are in the talk below. The page's own repeated shape tells the
list: four lines or more in one unbroken run, each opened by the mark and a dash, none longer
than a title, all above the questions kept."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Block, BlockKind
from ..questions.qa import QA

# A time in brackets, or brackets left empty, or a bare time; then a dash and the title.
_CHAPTER = re.compile(r"[ \t]*(?:\([\d:. \t]*\)|\[[\d:. \t]*\]|\d{1,2}:\d{2}(?::\d{2})?)"
                      r"[ \t]*[-–—][ \t]+\S")
_MIN_RUN = 4
_TITLE_CHARS = 100  # a chapter's title is a line; a timed turn that answers runs longer
_MIN_LEFT = 2  # questions the talk must still ask once the list's are left out


def without_chapter_list(blocks: list[Block], qa: QA) -> QA:
    """``qa`` without the questions that are lines of a chapter list, when the talk below
    still asks two questions or more; ``qa`` itself otherwise (a list of nothing but asking
    lines is a video's index of its questions, ``questions.videoindex``)."""
    listed = _listed(blocks)
    if not listed or not any(q.first in listed for q in qa.questions):
        return qa
    kept = tuple(q for q in qa.questions if q.first not in listed)
    # the list stands above the talk: a transcript's timed turns ("00:41 - Et vous ?") run
    # among the questions kept, not above them all
    if len(kept) < _MIN_LEFT or max(k for k in listed) > kept[0].first:
        return qa
    return replace(qa, questions=kept)


def _listed(blocks: list[Block]) -> set[int]:
    listed: set[int] = set()
    run: list[int] = []
    for k, block in enumerate([*blocks, None]):
        if block is not None and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and (
            len(block.text) <= _TITLE_CHARS and _CHAPTER.match(block.text)
        ):
            run.append(k)
            continue
        if len(run) >= _MIN_RUN:
            listed.update(run)
        run = []
    return listed
