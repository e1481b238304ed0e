"""Dialogue narrated in quotation marks: a pupil's essay or a story that reports a talk turn
by turn, both speakers' words in quotation marks ("… I plucked up the courage to ask: “How do
you feel about them?”" / "“It was not easy.”" / "“What are your plans?”" / "“A playground on
the roof.”"). The questions stand in the narrator's tale, not as an interview's outline: an
interview prints its answers plain (or, a portrait's, only the answers quoted:
``quotedanswers``), not every turn in quotation marks."""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.textcues import wholly_quoted

# A question quoted to its end: "… ask: “How do you feel?”", "“您对…有什么打算？”".
_QUOTED_QUESTION = re.compile(r"[?？؟;][”\"»’」』]\s*$")
_QUOTED_SHARE = 2 / 3
_MIN_PAIRS = 2


def narrated_dialogue(cues: Cues, pairs: list[tuple[int, int]]) -> bool:
    """Whether the plain questions found (``(question, answer)`` pairs of indices into
    ``cues``) are a narrated dialogue's turns: two in three questions end inside quotation
    marks, and two in three answers open a paragraph wholly quoted."""
    if len(pairs) < _MIN_PAIRS:
        return False
    quoted_questions = sum(
        1 for _, answer in pairs if _QUOTED_QUESTION.search(cues.content(answer - 1))
    )
    quoted_answers = sum(
        1 for _, answer in pairs if answer < len(cues) and wholly_quoted(cues.content(answer))
    )
    needed = _QUOTED_SHARE * len(pairs)
    return quoted_questions >= needed and quoted_answers >= needed
