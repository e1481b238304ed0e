"""Questions set on the line right above their answers, each pair apart from the next by a
blank line ("Pani minister, … Czy to nie zaskakuje?" / "Dlaczego miałoby …? To zawody …"):
the layout marks the question, however long it runs or however many sentences it holds, so it
need not score as one (``plainform``)."""

from __future__ import annotations

from ...model import BlockKind
from ..lines.lines import asked_without_mark
from ..text.cues import Cues
from ..text.textcues import Ending, sentence_count

_MIN_PAIRS = 3


def line_paired_questions(cues: Cues) -> set[int]:
    """The blocks that ask, each on the line above a block that does not, the two apart from
    the blocks around them by blank lines: when three pairs or more are so, and two in three of
    such pairs ask."""
    lines = [block.source_lines for block in cues.blocks[cues.lo : cues.lo + len(cues)]]
    pairs: list[int] = []
    for k in range(1, len(cues) - 1):
        if (
            cues.kinds[k] is BlockKind.PARAGRAPH
            and cues.kinds[k + 1] is BlockKind.PARAGRAPH
            and lines[k][1] == lines[k + 1][0]
            and lines[k - 1][1] < lines[k][0]
            and (k + 2 >= len(cues) or lines[k + 1][1] < lines[k + 2][0])
        ):
            pairs.append(k)
    asking = {
        k for k in pairs
        if _asks(cues, k) and cues.ends[k + 1] is not Ending.QUESTION
    }
    # A line put without its "?" ("What is the book you are most ashamed never to have read")
    # counts among three pairs or more that do ask.
    if len(asking) >= _MIN_PAIRS:
        asking |= {
            k for k in pairs
            if asked_without_mark(cues.content(k)) and cues.ends[k + 1] is not Ending.QUESTION
        }
    return asking if len(asking) >= _MIN_PAIRS and 3 * len(asking) >= 2 * len(pairs) else set()


_REMARK_SENTENCES = 2


def _asks(cues: Cues, k: int) -> bool:
    """Whether the line asks: it ends with "?", or asks first and adds a remark of one sentence
    ("Co się dzieje za oceanem? Od kilku lat … ku przepaści.") — the interviewer's prompt."""
    if cues.ends[k] is Ending.QUESTION:
        return True
    content = cues.content(k)
    asked = content.find("?")
    return asked > 0 and sentence_count(content) <= _REMARK_SENTENCES
