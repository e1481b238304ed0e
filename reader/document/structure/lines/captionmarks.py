"""Automatic captions' change of speaker, ">>", at a line's start in a plain text: a video's
transcript copied from YouTube's "Show transcript" panel, a TV programme's captions, a
conference's live captioning.

Markdown reads ">>" there as a quotation two deep, and the lines under it (the turn going on,
the next line's time) as the quotation going on: the whole transcript became one quotation
whose turns no rule reads, and the marks were not shown. A mail quotes every line it quotes,
and quotes one deep before two; captions mark only the line where the voice changes. So when
three lines or more open with ">>", one of them goes on in a line that opens with no ">", and
no line is quoted one deep, the marks are words of the text: they are escaped for Markdown
(shown as written), and each marked line opens a turn of its own (``caption_turn_cuts``,
with the time on the line above it when the panel put it there).
"""

from __future__ import annotations

import re

_MARKED = re.compile(r"^[ \t]*>>", re.MULTILINE)
_ONE_DEEP = re.compile(r"^[ \t]*>(?!>)", re.MULTILINE)
_LAZY = re.compile(r"^[ \t]*>>[^\n]*\n[ \t]*[^\s>]", re.MULTILINE)
_MIN_MARKS = 3
_SAMPLE = 256 * 1024
# A line that is only a time ("0:19", "01:02:03", "1:01:02.500"): the panel's, above the words.
_TIME_LINE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[ \t]*")


def caption_speaker_marks(source: str) -> str:
    """``source`` with its captions' ">>" escaped for Markdown, when its marks are a speaker's
    change (see the module's docstring); else ``source`` itself."""
    head = source[:_SAMPLE]
    if ">>" not in head or len(_MARKED.findall(head)) < _MIN_MARKS:
        return source
    if _ONE_DEEP.search(head) or not _LAZY.search(head):
        return source
    return _MARKED.sub(lambda mark: mark[0][:-2] + "\\>>", source)


def caption_turn_cuts(text: str, breaks: list[int]) -> list[int]:
    """Where a plain paragraph is cut because two lines or more open with a caption's ">>":
    before each marked line, or before the time on its own line above it."""
    starts = [0, *(b + 1 for b in breaks)]
    marked = [k for k, start in enumerate(starts) if text.startswith(">>", start)]
    if len(marked) < 2:
        return []
    cuts: list[int] = []
    for k in marked:
        if k >= 2 and _TIME_LINE.fullmatch(text, starts[k - 1], breaks[k - 1]):
            k -= 1
        if k >= 1:
            cuts.append(breaks[k - 1])
    return sorted(set(cuts))
