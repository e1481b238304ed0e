"""A Japanese or Chinese page whose interviewer's lines are opened by a dash mark ("――",
"──", "ーー", a lone "ー", "——"), the guest's answer on the lines below or after a name
("ユウトくん：「…」"), with no blank line anywhere: the whole page reaches the structure as one
paragraph. Cut at every line break, as blank lines would have cut it, when three dashed lines
or more each have an undashed line under them and two of them ask or request ("…ですか？",
"…お願いします", "…教えてください"). An article using "――" for an aside sets it inside a
sentence, not at a line's start over an answer, and asks nothing with it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..text.capitals import KANA_HAN

# The mark (one dash or two: "―利用者は…?"), then the line's words in kana or kanji (a Latin
# dialogue dash is dashturns').
_DASHED = re.compile(rf"[ \t]*(?:[―─—]{{1,2}}|ー{{1,2}})[ \t]*(?=[「『（(]?[{KANA_HAN}])")
# Asking or requesting as Japanese and Chinese do, at the line's end.
_ASKS = re.compile(
    r"(?:[?？]|か|ですか|ますか|でしょうか|吗|呢)[」』）)]?[。．.]?$"
    r"|(?:ください|下さい|お願いします|お願いいたします|教えて|聞かせて)[。！!]?$|[?？]"
)
_MIN_DASHED = 3
_MIN_ASKING = 2


def dashed_line_cuts(text: str, breaks: list[int]) -> list[int]:
    """Every line break of such a paragraph; else none."""
    if len(breaks) < 2 * _MIN_DASHED - 1 or not any(
        _DASHED.match(text, start + 1) for start in breaks
    ):
        return []  # (most paragraphs: no dashed line at all)
    bounds = list(pairwise([-1, *breaks, len(text)]))
    dashed = [_DASHED.match(text, start + 1, end) is not None for start, end in bounds]
    answered = [n for n, is_dashed in enumerate(dashed[:-1]) if is_dashed and not dashed[n + 1]]
    asking = sum(
        1 for n in answered if _ASKS.search(text[bounds[n][0] + 1 : bounds[n][1]].rstrip())
    )
    if len(answered) < _MIN_DASHED or asking < _MIN_ASKING:
        return []
    return list(breaks)
