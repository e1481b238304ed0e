"""A questionnaire that lists its numbered questions once, above each respondent's numbered
answers: "1. Jak trávíte zimní přestávku?" … "6. Kdybyste mohl …?" / "Sadská" / "Martin Kubeš
(trenér)" / "1. Hlavně s rodinou …" … "6. Nechal bych …" / "Kounice" / … (a regional paper
putting the same six questions to every club's coach).

What the page repeats says so: a run of items numbered 1 to N, three or more, that ask (three
in four at least), then two runs or more numbered 1 to N again whose items ask nothing (one in
four at most). Each question is asked once; its answers are the respondents' items under its
number, read in their runs (the outline keeps the page's order: every answer follows the
list). A leaf of ``questions``.
"""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues
from ..text.textcues import Ending
from .qa import QA, Form, Question, text_of

_MIN_ITEMS = 3
_MIN_RESPONDENTS = 2
_ASKING_SHARE = 0.75


def listed_once(cues: Cues) -> QA | None:
    """The questions of a questionnaire listed once above its respondents' numbered answers
    (see the module), or None."""
    runs = _numbered_runs(cues)
    for position, run in enumerate(runs):
        size = len(run)
        if size < _MIN_ITEMS or _asking(cues, run) < _ASKING_SHARE * size:
            continue
        answers = [later for later in runs[position + 1 :] if len(later) == size]
        if len(answers) < _MIN_RESPONDENTS or any(
            4 * _asking(cues, later) > size for later in answers
        ):
            return None
        lo = cues.lo
        return QA(Form.PLAIN, tuple(
            Question(lo + k, lo + k + 1, text_of(cues, k, k + 1)) for k in run
        ))
    return None


def _numbered_runs(cues: Cues) -> list[list[int]]:
    """The runs of list items numbered 1, 2, 3 … one after another (other blocks end a run)."""
    runs: list[list[int]] = []
    expected = 1
    for k in range(len(cues)):
        block = cues.blocks[cues.lo + k]
        number = block.ordinal.rstrip(".)") if block.kind is BlockKind.LIST_ITEM else ""
        if not number.isdigit():
            expected = 1
            continue
        if int(number) == 1:
            runs.append([k])
            expected = 2
        elif int(number) == expected and runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
            expected += 1
        else:
            expected = 1
    return runs


def _asking(cues: Cues, run: list[int]) -> int:
    return sum(1 for k in run if cues.ends[k] is Ending.QUESTION)
