"""Numbered questions each answered on the next line after a dash ("1. Cui i-ați da …?" /
"– Unei prietene."), which the list's continuation rule runs into one item: the answer opens
at the dash, whether or not the question ends with "?" (a questionnaire's "6. Descrieți
biblioteca visurilor voastre." / "– Mare, ordonată …" is asked all the same)."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..lines.gluedlabels import NUMBER_OPENING
from ..text.capitals import CAPITALS
from .prompts import names_a_questionnaire

# "…? – Unei prietene", "…. — Mare": a sentence's end, then the answer's dash and a capital
# (or a digit, a quote), where the item's second line began; or an ellipsis finishing the
# question's unfinished sentence ("– …przyjaźń.").
_DASHED_ANSWER = re.compile(
    rf"(?<=[?.!…»”\"])\s(?=[–—-]\s?(?:(?:…|\.\.\.)\w|[¡¿«“„\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9]))"
)
# A questionnaire's unfinished sentence, left for the guest to finish ("7. W życiu nie ma nic
# lepszego niż…" / "– …przyjaźń."): asked as a question is, though it has no "?".
_STEM_END = re.compile(r"(?:…|\.\.\.)\s*$")
_MIN_ITEMS = 3


def numbered_dash_cuts(blocks: list[Block]) -> dict[int, int]:
    """Where the dashed answer opens in each numbered block, when every numbered block of the
    text holds one, three or more do, and all but one of the questions before the dashes end
    with "?": a numbered list of statements with a dash inside ("1. Bring ID. – Required")
    asks nothing, and a list with some items undashed is not so laid out."""
    numbered = [
        index
        for index, block in enumerate(blocks)
        if (block.kind is BlockKind.LIST_ITEM and block.level == 1
            and block.ordinal[:1].isdigit())
        or (block.kind is BlockKind.PARAGRAPH and NUMBER_OPENING.match(block.text))
    ]
    cuts: dict[int, int] = {}
    for index in numbered:
        found = _DASHED_ANSWER.search(blocks[index].text)
        if found is None or source_line_count(blocks[index]) < 2:
            return _colon_answers(blocks, numbered) or _next_line_answers(blocks, numbered)
        cuts[index] = found.start()
    if len(cuts) < _MIN_ITEMS:
        return {}
    unasked = sum(1 for index, cut in cuts.items() if not _asks(blocks[index].text[:cut]))
    return cuts if unasked <= 1 else {}


# "1. TU PRINCIPAL VIRTUD: NO PRESUMIR …", "8. ¿DÓNDE DESEARÍAS VIVIR?: DONDE ESTOY.": a
# questionnaire's prompt, then its answer after a colon on the same line; or in the next cell
# of a table's row, pasted with a tab between ("1. Ma vertu préférée<tab>La loyauté").
_COLON_ANSWER = re.compile(r"(?:[:：](\s)|(?<=\S)(\t))(?=[¡¿«“„\"]?\w)")
_PROMPT_WORDS = 10
_COLON_ITEMS = 4


def _colon_answers(blocks: list[Block], numbered: list[int]) -> dict[int, int]:
    """Where the answer opens in each numbered block of a questionnaire answered on the prompt's
    line after a colon (or a tab, a table's next cell): four blocks or more, every one so,
    each prompt short (ten words), under a title or lead naming a questionnaire (a numbered
    list of "Term: definition" is no questionnaire's, nor a price list's rows)."""
    if len(numbered) < _COLON_ITEMS or not names_a_questionnaire(blocks, numbered[0]):
        return {}
    cuts: dict[int, int] = {}
    for index in numbered:
        text = blocks[index].text
        found = _COLON_ANSWER.search(text)
        if found is None or len(text[: found.start()].split()) > _PROMPT_WORDS:
            return {}
        cuts[index] = found.start(1) if found.group(1) else found.start(2)
    return cuts


# "1. Trăsătura principală a caracterului meu" / "Încăpățânarea, spun cei apropiați.": the
# answer's capital where its line began (the prompt's first word, its own capital, passed).
_NEXT_LINE_ANSWER = re.compile(rf"[ \t\u2028](?=[¡¿«“„\"]?[{CAPITALS}])")
_PROMPT_OPENING = re.compile(r"\d{1,3}[.)]?[ \t]*[-–]?[ \t]*\S+")


def _next_line_answers(blocks: list[Block], numbered: list[int]) -> dict[int, int]:
    """Where the answer opens in each numbered block of a questionnaire whose prompts, with
    no "?" and no punctuation, stand each on its line over the answer's line (the list's
    continuation rule ran them into one item): four blocks or more, every one read from two
    lines or more — or a prompt's one line already apart over its answer's paragraph
    ("3) Sindaco a tempo pieno? …" / "Continuerò …", some items cut, some run together) —,
    each prompt short (ten words) and its answer opening with a capital, under a title or lead
    naming a questionnaire."""
    if len(numbered) < _COLON_ITEMS or not names_a_questionnaire(blocks, numbered[0]):
        return {}
    cuts: dict[int, int] = {}
    for index in numbered:
        text = blocks[index].text
        if _apart_over_answer(blocks, index, numbered):
            continue
        opening = _PROMPT_OPENING.match(text)
        found = _NEXT_LINE_ANSWER.search(text, opening.end()) if opening else None
        if (
            found is None
            or source_line_count(blocks[index]) < 2
            or len(text[: found.start()].split()) > _PROMPT_WORDS + 1
            or text[: found.start()].rstrip()[-1:] in ".!?…:;,"
        ):
            return {}
        cuts[index] = found.start()
    return cuts


def _apart_over_answer(blocks: list[Block], index: int, numbered: list[int]) -> bool:
    """Whether numbered block ``index`` is a short prompt's one line, its answer the
    unnumbered paragraph after it."""
    after = index + 1
    return (
        source_line_count(blocks[index]) == 1
        and len(blocks[index].text.split()) <= _PROMPT_WORDS + 1
        and after < len(blocks)
        and after not in numbered
        and blocks[after].kind is BlockKind.PARAGRAPH
    )


def source_line_count(block: Block) -> int:
    """How many source lines ``block`` was read from (the answer stood on a line of its own)."""
    first, end = block.source_lines
    return end - first


def _asks(question: str) -> bool:
    """Whether a numbered item's text before its dashed answer asks: a "?", or a sentence left
    unfinished for the guest ("Brak mi pewności siebie, kiedy…"), never a step's period."""
    return "?" in question or _STEM_END.search(question) is not None
