"""Paragraphs that show questions rather than put one to a guest: a guide's labelled example,
and a bulleted list of questions whose lines the text runs into one paragraph."""

from __future__ import annotations

import re

# 'Bad question: "Would you pay …?"': a guide's labelled example, the question wholly quoted
# after words that name no one, is shown, not asked (a speaker's or a "Q:" label is a prefix).
_QUOTED_EXAMPLE = re.compile(
    r"[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}[ \t]*:[ \t]*[\"“„«][^\"“”„«»]*\?[\"”“»]\s*"
)
# "• What is your teaching philosophy? • Which of our courses …?": a paragraph opened by a
# bullet with another bullet after a question inside is a list's items run together (a page's
# sample questions, indented bullets a plain text kept as one paragraph), never one question.
_BULLET_RUN = re.compile(r"\s*[•▪◦●]\s[^•▪◦●]*\?\s*[•▪◦●]\s")


def shown_not_asked(text: str) -> bool:
    """Whether a question-like paragraph ``text`` shows questions instead of asking one."""
    return _QUOTED_EXAMPLE.fullmatch(text) is not None or _BULLET_RUN.match(text) is not None
