"""A video interview's index of its questions: each question after the time it is asked at
("0:24'' Da quanti anni fai il Sindaco?"), one under another below a line naming them
("Indice delle domande"), the answers only in the video. The outline lists them so that a
reader finds each question (and its time) as on the page; there is no answer to read."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending
from .qa import QA, Form, Question

# "0:06''", "12:51\"", "1:02:30", "[4:59]", "(10:18)" opening the item, then its words.
_TIME = re.compile(r"[\[(]?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:''|\"|″|’’)?[\])]?[ \t]+(?=\S)")
# The line above names the questions: "Indice delle domande", "Questions in this video",
# "Die Fragen im Überblick", "Preguntas", "Perguntas", "Vragen".
_NAMES_QUESTIONS = re.compile(
    r"(?i)\b(?:domande|questions|fragen|preguntas|perguntas|vragen|spørsmål|frågor|pytania"
    r"|otázky|kérdések|întrebări|sorular|вопросы|питання)\b"
)
_MIN_ITEMS = 5
_ABOVE = 2  # the naming line is right above the index, a blank heading's line at most between


def video_index(cues: Cues) -> QA | None:
    """The index's questions: five items or more in one unbroken run, each opened by a time,
    the times rising, half of them at least asking with "?", right below a line that names
    questions. A video's chapters ("0:00 Intro", "1:30 Setup") ask nothing; an interview's
    turns, stamped with their times, are answered in between (no run of asking stamps)."""
    stamped = [k for k in range(len(cues)) if _stamp(cues, k) is not None]
    if len(stamped) < _MIN_ITEMS:
        return None
    run = _longest_run(stamped)
    if len(run) < _MIN_ITEMS or not _rising([_seconds(cues, k) for k in run]):
        return None
    if 2 * sum(1 for k in run if cues.ends[k] is Ending.QUESTION) < len(run):
        return None
    top = run[0]
    if not any(
        _NAMES_QUESTIONS.search(cues.content(k), 0, 200) for k in range(max(0, top - _ABOVE), top)
    ):
        return None
    lo = cues.lo
    questions = []
    for k in run:
        text = cues.content(k)
        stamp = _TIME.match(text)
        words = text[stamp.end() :].strip() if stamp else text
        questions.append(Question(lo + k, lo + k + 1, words))
    return QA(Form.PLAIN, tuple(questions))


def _stamp(cues: Cues, k: int) -> re.Match[str] | None:
    if cues.kinds[k] not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
        return None
    return _TIME.match(cues.content(k))


def _seconds(cues: Cues, k: int) -> int:
    stamp = _TIME.match(cues.content(k))
    assert stamp is not None
    first, second, third = stamp.groups()
    if third is None:
        return int(first) * 60 + int(second)
    return (int(first) * 60 + int(second)) * 60 + int(third)


def _rising(times: list[int]) -> bool:
    return all(a < b for a, b in zip(times, times[1:], strict=False))


def _longest_run(ks: list[int]) -> list[int]:
    runs: list[list[int]] = []
    for k in ks:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return max(runs, key=len)
