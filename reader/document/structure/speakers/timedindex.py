"""A video's index of the questions asked in it, each at its minute ("- 0:24'' Da quanti anni
fai il Sindaco?", "- 2:59 Quali sono …?"): the page's interview, its answers in the video only.
A chapter list of a talk or a monologue ("0:14 First Guest!", "1:48 How the episode will
flow") names parts, few of which ask: no interview."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..questions.qa import QA, Form, Question
from ..text.cues import Cues

# The time opening an item, minutes and seconds, with the marks a page writes after them
# ("0:06''", "2:01\"", "12:51′′") and a separator ("0:24 - …", "[3:54] …").
_TIMED_ITEM = re.compile(
    r"\s*[\[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[\])]?(?:''|\"|’’|′′|″)?\s*[-–—:|]?\s+(?=\S)"
)
_ASKS = re.compile(r"[?？؟]")
_LEAST_ITEMS = 5  # a chapter list of three or four parts is a talk's, not an interview's
_ASKING_SHARE = 0.5


def timed_question_index(cues: Cues) -> QA | None:
    """The questions of the longest run of list items (or one-line paragraphs) each opening
    with a time, the times rising: five items at least, half of them asking ("?"). Each item
    is a question with no answer, its time left out of its text."""
    run = _longest_timed_run(cues)
    if len(run) < _LEAST_ITEMS:
        return None
    texts = [_TIMED_ITEM.sub("", cues.blocks[cues.lo + k].text, count=1).strip() for k in run]
    if sum(1 for text in texts if _ASKS.search(text)) < _ASKING_SHARE * len(texts):
        return None
    questions = tuple(
        Question(cues.lo + k, cues.lo + k + 1, text, "") for k, text in zip(run, texts, strict=True)
    )
    return QA(Form.PLAIN, questions)


def _longest_timed_run(cues: Cues) -> list[int]:
    """The longest run of consecutive list items or paragraphs opening with a time, each
    later than the one before."""
    best: list[int] = []
    run: list[int] = []
    last = -1
    for k in range(len(cues)):
        block = cues.blocks[cues.lo + k]
        found = _TIMED_ITEM.match(block.text)
        seconds = _seconds(found) if found else -1
        timed = (
            found is not None and "\n" not in block.text
            and block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
        )
        if timed and seconds > last:
            run.append(k)
            last = seconds
            continue
        best = max(best, run, key=len)
        run, last = ([k], seconds) if timed else ([], -1)
    return max(best, run, key=len)


def _seconds(found: re.Match[str]) -> int:
    hours, minutes, seconds = found.groups()
    return (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)
