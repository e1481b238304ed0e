"""A question's numbered label line that a Japanese page broke by hand before the question ends.

A company's recruiting page sets each question in two short lines under its number, the break
chosen for the layout's width ("Q1.仕事に誇りを感じるのは" / "どんなときですか?" / its answer),
and a copy keeps the break. The first line, short and ending with no mark, reads as a heading
over the second (``cjklines``), so the question lost its first half, or was never read at all.
What tells the break from a heading is the page's own label: a line opened by a question's
number ("Q1.", "Ｑ２．", "Q3 ") does not end there unless it ends its sentence, and the line
under it, short, ends the question ("…ですか?", "…お願いします。").
"""

from __future__ import annotations

import re

# "Q1.", "Q12．", "Ｑ３：", "Q.": a question's number opening the line, a mark or a space after it.
_QUESTION_LABEL = re.compile(r"^[QＱ][0-9０-９]{0,3}(?:[.．:：)）]|[ \u3000])\s*\S")
# A sentence's end: a question's mark, a full stop (a request: "ひと言お願いします。").
_ENDED = re.compile(r"[。．？?！!」』]$")
_SECOND_LINE_COLUMNS = 40  # the question's second half is short


def label_goes_on(line: str, after: str, after_columns: int) -> bool:
    """Whether ``line``, a question's numbered label and the first half of its question, ending
    with no mark, goes on in the line ``after`` it, which is short and ends the question."""
    return (
        _QUESTION_LABEL.match(line) is not None
        and _ENDED.search(line) is None
        and _ENDED.search(after) is not None
        and _QUESTION_LABEL.match(after) is None
        and after_columns <= _SECOND_LINE_COLUMNS
    )
