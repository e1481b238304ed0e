"""The last question put as a Japanese request, in the place of a question: a company's staff
interview asks "なぜ、…入社したのですか。" / its answer / "…どのような仕事をしているのですか。" /
its answer, and ends "就職活動中の皆さんへメッセージをお願いします。" (a message for the students,
please) / its answer. The questions end with "か。", which asks; the last one requests, with
"お願いします", and was left as a line of the answer before it.

What the page shows: the line stands where the rhythm wants the next question (one answer
paragraph after the last question, then this short line, then a longer paragraph), and it
ends in the script's request form (``endings.japanese_request``), which an interviewer's
dashed turn is already read by. ``closing_requests`` reads the same place in the languages
that open such a request with a closing lead-in ("Para terminar, …").
"""

from __future__ import annotations

from ...model import BlockKind
from ..text.cues import Cues
from ..text.endings import japanese_request
from ..text.textcues import Ending, Prefix

_QUESTIONS = 3  # asked before, in the page's rhythm
_REQUEST_CHARS = 40  # a request in a question's place is one short line
_ANSWER_SHARE = 2  # its answer runs twice as long at least


def requested_in_place(cues: Cues, accepted: set[int]) -> set[int]:
    """The line after the last accepted question's one-paragraph answer that requests in
    Japanese and is answered by a longer paragraph; empty when there is none."""
    if len(accepted) < _QUESTIONS:
        return set()
    order = sorted(accepted)
    if any(b - a != 2 for a, b in zip(order, order[1:], strict=False)):
        return set()  # the rhythm: each question answered by one paragraph
    k = order[-1] + 2
    if k + 1 >= len(cues):
        return set()
    content = cues.content(k)
    if (
        cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.ends[k] is Ending.NONE
        and cues.sizes[k] <= _REQUEST_CHARS
        and "\n" not in content
        and japanese_request(content)
        and cues.kinds[k + 1] is BlockKind.PARAGRAPH
        and cues.sizes[k + 1] >= _ANSWER_SHARE * cues.sizes[k]
        and cues.ends[k + 1] is not Ending.QUESTION
    ):
        return {k}
    return set()
