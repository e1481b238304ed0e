"""Numbered and dashed items that hold their question and its answer, as a list's lazy
continuation or a copy's lost line break leaves them ("1. Ebook o carta? Carta, senza dubbio.",
"- Zdałyście? Obie zdały …"), and the next questions' numbers glued after an answer's last
sentence ("… in ascensore.3) Il personaggio…?"). Each function gives the blocks, or the offsets,
where ``gluedturns`` cuts."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.capitals import CAPITALS
from ..text.textcues import Prefix, split_prefix
from .gluedlabels import NUMBER_OPENING as _NUMBER_OPENING

_MIN_ITEMS = 3

# "¿…? Answer": the question mark that ends a list item's first sentence, before a capital
# (Latin, Cyrillic or Greek); the asker's name in brackets may follow it ("…? (Tiago) R: …"),
# and one space more ("1. Mon principal défaut ?  L'impatience": a questionnaire typed so).
_QUESTION_END = re.compile(
    rf"\?[»”\"]?(?:\s\([^()?]{{1,40}}\))?\s[ \t]?(?=[¡¿«“\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9])"
)


def numbered_answers(blocks: list[Block]) -> list[int]:
    """The numbered blocks (list items, or paragraphs opened by a number: "1 Pourquoi… ?")
    that hold a question and its answer, when every numbered block asks and three or more
    hold an answer too, as when each answer stood on the line after its question.

    A heading opened by a number is one of the numbered blocks, as the same line is when a
    plain text leaves it a paragraph: a list's title that counts its items ("14 Questions
    to Ask Your Landlord") or a numbered section does not ask, and its questions are then
    advice, in every format the article comes in."""
    numbered = [
        index
        for index, block in enumerate(blocks)
        if (
            block.kind is BlockKind.LIST_ITEM
            and block.level == 1
            and block.ordinal[:1].isdigit()
        )
        or (
            block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            and _NUMBER_OPENING.match(block.text)
        )
    ]
    if any("?" not in blocks[index].text for index in numbered):
        return []
    answered = [
        index
        for index in numbered
        if blocks[index].kind is not BlockKind.HEADING and answer_cut(blocks[index].text)
    ]
    return answered if len(answered) >= _MIN_ITEMS else []


def dashed_answers(blocks: list[Block]) -> list[int]:
    """The "-" items that hold a question and its answer ("- Zdałyście? Obie zdały i są
    zadowolone."), when every such item of the text asks and three or more hold an answer that
    asks nothing, as a school site reports its interview: a checklist of questions holds
    questions only."""
    dashed = [
        index for index, block in enumerate(blocks)
        if block.kind is BlockKind.LIST_ITEM and block.level == 1 and block.ordinal == "-"
    ]
    if any("?" not in blocks[index].text for index in dashed):
        return []
    answered = [
        index for index in dashed
        if (cut := answer_cut(blocks[index].text)) and "?" not in blocks[index].text[cut[0] :]
    ]
    return answered if len(answered) >= _MIN_ITEMS else []


def answer_cut(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the answer opens after the question: after its last "?" when the question asks
    twice ("¿Sientes que las estás cumpliendo? ¿Por qué?" / "Más o menos…")."""
    stop = len(text) if end is None else end
    labelled = [m for m in _QUESTION_END.finditer(text, start, stop)
                if split_prefix(text[m.end() : stop])[0] is Prefix.ANSWER]
    if labelled:  # "…? …zero? (Olívia) R: Não, …": the answer's label says where it opens
        return [labelled[0].end() - 1] if text[labelled[0].end() : stop].strip() else []
    match = _QUESTION_END.search(text, start, stop)
    while match is not None and _ASKS_AGAIN.match(text, match.end(), stop):
        match = _QUESTION_END.search(text, match.end(), stop)
    if match is None or not text[match.end() : stop].strip():
        return []
    return [match.end() - 1]


# A question of a few words right after the first: "¿Por qué?", "Why?", "Und dann?".
_ASKS_AGAIN = re.compile(r"[¿«“\"]?[^\s.!?…]+(?: [^\s.!?…]+){0,3}\?")


# "… in ascensore.3) Il personaggio…?", "… elementari. 6)quella che…?": the next question's
# number glued after the answer's last sentence, with or without a space.
_LEADING_NUMBER = re.compile(r"\d{1,3}")
_GLUED_NUMBER = re.compile(r"(?<=[.!?…»”\"])[ \t\u2028]?(\d{1,3})[.)]")


def glued_number_cuts(blocks: list[Block]) -> dict[int, list[int]]:
    """Where the next questions' numbers are glued after an answer's sentence, counting on from
    the last numbered block (so "in 3) weeks" never cuts): before each number, and between
    each such question and its answer (the numbered block's own question as well)."""
    cuts: dict[int, list[int]] = {}
    number = -1
    for index, block in enumerate(blocks):
        text = block.text
        numbered = (block.kind is BlockKind.LIST_ITEM and block.ordinal[:1].isdigit()) or (
            block.kind is BlockKind.PARAGRAPH and _NUMBER_OPENING.match(text)
        )
        own = _LEADING_NUMBER.match(text) if numbered else None
        if own is not None:
            number = int(own.group())
        elif number < 0 or block.kind is not BlockKind.PARAGRAPH:
            continue
        glued = []
        for match in _GLUED_NUMBER.finditer(text):
            if int(match.group(1)) == number + 1:
                at = match.start()
                glued.append(at if text[at].isspace() else at - 1)
                number += 1
        if glued:
            # The block's own numbered question too ("1. Dove è nata? Sono nata a … 2. Che
            # libro …?"): the whole run of numbered turns is one paragraph.
            starts = [0, *glued] if own is not None else glued
            asked = [
                cut
                for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
                for cut in answer_cut(text, start, end)
            ]
            cuts[index] = sorted(set(glued + asked))
    return cuts
