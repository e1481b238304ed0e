"""The title of a committee's record: the item heard, under the record's own head lines.

A parliament's or a council's record opens with the body's name, then the session's lines (its
date, number, chair), then the item the session heard ("Commission des affaires économiques" /
"Mercredi 7 février 2024" / "Séance de 9 heures 30" / "Présidence de M. …" / "Audition de Mme
…, directrice générale de …"; "DIARIO DE SESIONES …" / "Comisión de …" / "Sesión núm. 18, …" /
"COMPARECENCIA DEL SEÑOR MINISTRO …"). The body's name is the first title line, but a reader
names the record by what was heard: the line opened by a hearing's word ("Audition",
"Comparecencia", "Hearing", "Anhörung", "Audizione", …) under short head lines, before the
text begins, is the title; the body's line above it is hidden as the page's."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.textcues import Ending, ending, word_count

_HEARING = re.compile(
    r"(?i)(?:audition|comparecencia|hearing|anhörung|audizione|audiência|audiencia"
    r"|przesłuchanie|hoorzitting|utfrågning|slyšení)\b"
)
_HEAD_LINES = 8  # the session's lines under the body's name
_HEAD_LINE_WORDS = 20
_ITEM_WORDS = 40
_BODY_WORDS = 10
_ABBREVIATION_END = re.compile(r"\b\w\.\w\.$")


def heard_item(blocks: list[Block], title: int, n: int) -> int:
    """The line under the record's head that names the item heard, -1 if none: a paragraph
    opened by a hearing's word, forty words at most, ending no sentence, below the body's short
    name (``title``) and head lines of twenty words at most that end no sentence."""
    if title < 0 or word_count(blocks[title].text) > _BODY_WORDS:
        return -1
    for k in range(title + 1, min(n, title + 1 + _HEAD_LINES)):
        block = blocks[k]
        text = block.text.strip()
        if block.kind is not BlockKind.PARAGRAPH or not text:
            return -1
        if _HEARING.match(text):
            fits = (word_count(text) <= _ITEM_WORDS and ending(text) is Ending.NONE
                    and text[-1] not in ".!")  # "Hearing the news, the mayor …." is text
            return k if fits else -1
        if word_count(text) > _HEAD_LINE_WORDS or (
            text[-1] in ".?!…" and _ABBREVIATION_END.search(text) is None  # "at 10 a.m."
        ):
            return -1  # the text has begun: no item named under the head
    return -1


def retitled_to_item(roles: dict[int, Role], title: int, item: int) -> dict[int, Role]:
    """The front matter's roles with the title moved down to the item heard, the body's line
    and the head lines between hidden as the page's (their own roles kept)."""
    moved = dict(roles)
    moved[title] = Role.SHARE
    for k in range(title + 1, item):
        moved.setdefault(k, Role.SHARE)
    moved[item] = Role.TITLE
    return moved
