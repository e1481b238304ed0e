"""A standfirst (lead) under the headline: opened by a rubric in capitals ("INTERVIEW De
plus en plus…") or set entirely in emphasis, told apart from a headline set in capitals."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, InlineStyle
from ..text.textcues import CAPITALS, Ending, covered_by, ending, word_count
from .titlecues import TITLE_WORDS, in_capitals

LEAD_WORDS = 90

_EMPHASIS = frozenset({InlineStyle.EMPHASIS, InlineStyle.STRONG})

# A rubric in capitals opening the lead: "INTERVIEW De plus en plus…", "ENTREVISTA. La…".
_RUBRIC = re.compile(
    rf"[{CAPITALS}]{{3,}}(?:[ \-][{CAPITALS}]{{2,}}){{0,2}}\s*[.:–—-]?\s+(?=[«“\"„]?[{CAPITALS}])"
)


def is_lead(block: Block) -> bool:
    """A standfirst opened by a rubric in capitals ("INTERVIEW De plus en plus…"), or set
    entirely in emphasis, and not a question."""
    if block.kind is not BlockKind.PARAGRAPH or word_count(block.text) > LEAD_WORDS:
        return False
    if ending(block.text) is Ending.QUESTION:
        return False
    rubric = _RUBRIC.match(block.text)
    rest = block.text[rubric.end() :].rstrip() if rubric is not None else ""
    # Not a name ("ANA RUIZ") nor a headline ("WYWIAD Z PANEM DYREKTOREM") in capitals; a
    # sentence in capitals may be ("LUCAS DIAS, ALUNO DA TURMA 3C, É O ENTREVISTADO DO MÊS.").
    headline = in_capitals(rest) and not rest.endswith(".")
    # Nor a French paper's headline after its genre and a period ("RÉCIT. « … » : comment …",
    # "ENQUÊTE. Les …"): a headline's length and no sentence's end, where a lead ends with one.
    headline = headline or (
        rubric is not None
        and rubric.group().rstrip().endswith(".")
        and word_count(rest) <= TITLE_WORDS
        and not rest.endswith(_SENTENCE_END)
    )
    if word_count(rest) >= _LEAD_AFTER_RUBRIC and not headline and not _runs_on(block.text):
        return True
    return covered_by(block, _EMPHASIS)


_LEAD_AFTER_RUBRIC = 3
# A headline in capitals that runs on to a line in lower case: "ROZHOVOR S ŘEDITELKOU ŠKOLY" /
# "Mgr. Janou Dvořákovou (12. 03. 2015)". Three words in capitals or more, where a rubric has one
# or two ("INTERVIEW", "ENTREVISTA EXCLUSIVA").
_CAPITAL_WORDS = re.compile(r"(?:[^\W\d_a-zà-ÿ]+[\s,–-]+){3,}")
_SENTENCE_END = tuple(".!?…»”\"")


def _runs_on(text: str) -> bool:
    """Whether a line opened by three words in capitals or more, with no sentence's end, is a
    headline set in capitals that runs on, not a rubric opening a standfirst."""
    opening = _CAPITAL_WORDS.match(text)
    return (
        opening is not None
        and in_capitals(opening.group())
        and not text.rstrip().endswith(_SENTENCE_END)
        and word_count(text) <= TITLE_WORDS
    )
