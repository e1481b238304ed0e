"""Questions that are a few of an explainer's intertitles: a how-to whose sections are headed
by short lines, some asking ("社長インタビューでよくある失敗とは?") and more not ("失敗例1)下調べ
不足で…", "まとめ"), copied as plain lines. An interview's questions are answered by its
guest's paragraphs; an explainer goes on under headings of its own inside each "answer".
Read only when the page asks few questions (three at most), as its intertitles do: an
interview of many questions may set a few intertitles between them and stay one."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Block, BlockKind

_MOST_QUESTIONS = 3
_MAX_WORDS = 8
_MAX_CHARS = 24  # a line in a script written without spaces (Japanese, Chinese)
_MIN_LETTERS = 3
_ENDS = tuple(".!?:;,。！？：；、…")
_QUOTES = tuple("「『“\"«„'‘(（[")


def explainers_intertitles(blocks: Sequence[Block], answers: Sequence[tuple[int, int]]) -> bool:
    """Whether the few questions' answers (spans of ``blocks``) hold, past each answer's
    first paragraph, as many short headline-like lines as there are questions or more: a line
    of eight words at most, ending with no sentence's mark, over a longer paragraph."""
    if not answers or len(answers) > _MOST_QUESTIONS:
        return False
    heads = 0
    for start, end in answers:
        for i in range(start + 1, end - 1):
            heads += _intertitle(blocks[i], blocks[i + 1])
    return heads >= len(answers)


def _intertitle(block: Block, after: Block) -> bool:
    text = block.text.strip()
    if (
        block.kind is not BlockKind.PARAGRAPH
        or after.kind is not BlockKind.PARAGRAPH
        or not text
        or text.endswith(_ENDS)
        or text.startswith(_QUOTES)
        or len(after.text) <= 2 * len(text)
        # a transcript's stamp or speaker's letter on its line ("#00:01:02-4#", "B") heads
        # nothing: a heading has words
        or sum(ch.isalpha() for ch in text) < _MIN_LETTERS
    ):
        return False
    words = text.split()
    return len(words) <= _MAX_WORDS if len(words) > 1 else len(text) <= _MAX_CHARS
