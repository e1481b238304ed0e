"""Asks answered on a blog: Tumblr (and blogs copying it) prints who sent each question on a
line of its own, "Anonymous asked:" / "moss-and-mugs asked:", then the question as the reader
typed it — lower-case, often without "?" ("how do you stop your mugs cracking in the kiln") —
then the blogger's answer. The asker's line, not the question's shape, marks the question."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.cues import Cues
from .qa import QA, Form, Question

# "Anonymous asked:", "moss-and-mugs asked:", "Jane Doe asked:": one to three words naming the
# sender, then the verb of asking, then a colon ending the line.
_ASKED_VERBS = (
    r"asked|asks|fragte|fragt|a\s+demandé|demande|preguntó|pregunta|chiede|ha\s+chiesto"
    r"|perguntou|pergunta|vroeg|vraagt|zapytał|frågade|spurgte|spurte|kysyi"
)
_ASKER = r"[^\s:?!.,;][^\s:?!,;]{0,40}"
_NAME_WORD = r"[^\W\d_][^\s:?!,;]{0,40}"  # a name's word starts with a letter, not "42 notes"
_LABEL = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]+(?:{_ASKED_VERBS})[ \t]*:", re.I
)
# The same label closing a paragraph the page ran it into ("42 notes moss-and-mugs asked:"):
# there only the last word names the sender.
_GLUED_LABEL = re.compile(rf"\s(?P<name>{_ASKER})[ \t]+(?:{_ASKED_VERBS})[ \t]*:$", re.I)
_MAX_ASK_CHARS = 400  # a reader's ask is a line or two, never an essay
_MIN_ASKS = 2
_QUOTES = ("\"", "“", "„", "«", "»", "‘", "'", "‚", "「")
_MAX_GLUED_CHARS = 90  # a blog's header or "42 notes" before the label, not a paragraph of prose


def form_asked(cues: Cues) -> QA | None:
    """Questions under "<sender> asked:" lines: two or more such lines (alone, or closing the
    paragraph before), each followed by a short paragraph, the question, and that by at least
    one paragraph before the next sender's line, the answer. A blog answering only one ask, or
    a sender's line over no answer, is left to the other forms."""
    askers = {k: name for k in range(-1, len(cues)) if (name := _sender(cues, k))}
    questions = []
    for k, name in askers.items():
        ask, answer = k + 1, k + 2
        if (
            answer >= len(cues) or ask in askers or answer in askers
            or cues.kinds[ask] is not BlockKind.PARAGRAPH
            or cues.kinds[answer] not in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
            or not 0 < len(cues.content(ask)) <= _MAX_ASK_CHARS
            or cues.content(ask).startswith(_QUOTES)  # a quoted question an article reports
        ):
            continue
        questions.append(Question(cues.lo + ask, cues.lo + answer, cues.content(ask), name))
    if len(questions) < _MIN_ASKS:
        return None
    return QA(Form.SPEAKER, tuple(questions))


def is_sender_line(text: str) -> bool:
    """Whether ``text`` is a blog's "<sender> asked:" line alone (the ask comes below it)."""
    return _LABEL.fullmatch(text.strip()) is not None


def _sender(cues: Cues, k: int) -> str:
    """Who sent the ask below block ``k`` (the block before the body when ``k`` is -1), or ""."""
    index = cues.lo + k
    if index < 0 or index >= len(cues.blocks):
        return ""
    text = cues.blocks[index].text.strip()
    if not text.endswith(":"):  # (both labels end the block: the cheap test first)
        return ""
    whole = _LABEL.fullmatch(text)
    if whole:
        return whole.group("name")
    glued = _GLUED_LABEL.search(text) if len(text) <= _MAX_GLUED_CHARS else None
    closed = glued is not None and any(ch in text[: glued.start()] for ch in ".!?")
    if glued is None or closed:
        return ""  # a sentence of prose ending "… one reporter asked:" quotes, it lists no asks
    return glued.group("name")
