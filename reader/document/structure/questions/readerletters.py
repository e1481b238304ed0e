"""Readers' letters to a columnist and the replies, each opened by a salutation and signed
("Dear Marjorie, … Is there anything we can do …? Gloomy in Grantham" / "Dear Gloomy, You
are not alone … Marjorie"): each letter that asks is a question, its words between the
salutation and the signature, answered by the reply that greets its signer."""

from __future__ import annotations

import re

from ..text.capitals import CAPITALS
from ..text.cues import Cues
from .qa import QA, Form, Question

# "Dear Marjorie,", "Liebe Frau Berg,": two or three capitalised words before a comma.
_SALUTATION = re.compile(rf"[{CAPITALS}][\w'’]*(?:[ \t]+[{CAPITALS}][\w'’\-]*){{1,2}}[ \t]*,[ \t]*")
# The signature after the letter's last sentence: a few words with no sentence's end.
_SIGNED = re.compile(r"(?<=[.!?…])[ \t]+([^.!?…]{2,60})$")
_SIGNATURE_WORDS = 6
_LETTERS = 2


def readers_letters(cues: Cues) -> QA | None:
    """The letters of a readers' column, two or more: a block opened by a salutation, asking,
    signed, and answered by the next block, opened by a salutation of the same first word
    that greets the letter's signer ("… Gloomy in Grantham" / "Dear Gloomy, …"). One letter
    alone is an article's example, as the corpus reads an advice page of one letter."""
    questions = []
    for k in range(len(cues) - 1):
        letter, reply = cues.blocks[cues.lo + k].text, cues.blocks[cues.lo + k + 1].text
        greeting, greeted = _SALUTATION.match(letter), _SALUTATION.match(reply)
        signed = _SIGNED.search(letter.rstrip())
        if greeting is None or greeted is None or signed is None:
            continue
        signature = signed.group(1).strip()
        body = letter[greeting.end() : signed.start()].strip()
        addressee = greeted.group().rstrip(", \t").split()[1:]
        if (
            len(signature.split()) > _SIGNATURE_WORDS
            or "?" not in body
            or greeting.group().split()[0] != greeted.group().split()[0]
            or not any(word.casefold() in signature.casefold().split() for word in addressee)
        ):
            continue
        questions.append(Question(cues.lo + k, cues.lo + k + 1, body, ""))
    return QA(Form.PLAIN, tuple(questions)) if len(questions) >= _LETTERS else None
