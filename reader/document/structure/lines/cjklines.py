"""Paragraph ends in a plain text written without spaces between words (Chinese, Japanese).

The width rules (``hardwrap``) and the one-paragraph-per-line test read Latin text: words
apart, a sentence ending with ".", a wrap leaving room for the next word. A Chinese or Japanese
text ends its sentences with "。", "！", "？" and has no words to leave room for: a wrap breaks
its lines anywhere, at one width (a wide character's share more or less, as a wrap keeps a
closing mark on its line). So a Chinese interview copied from a web page with its blank lines
lost ("人物周刊:你怎么看?赵川:其实不是。…" / "人物周刊:你领工资吗?…"), or a Japanese panel's
record ("加納 自己紹介をお願いします。" / "石田 兵庫県の…"), read as one paragraph and no
name was ever read. Here, in a paragraph whose letters are mostly Han or kana, a line ends
its paragraph unless a wrap broke it or it goes on (a comma, a colon, a hanging dash): when
the lines share no wrap's width (three lines or more filling it), a line ending a sentence,
or a short one with no mark (a heading), is a paragraph; when they do, a line that stops
short of the width ended there.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from .labelwraps import label_goes_on

# Han ideographs (with the extensions' first block), hiragana and katakana: a script written
# without spaces between words. Hangul is left out: Korean parts its words, and wraps by them.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_SHARE = 0.5  # of a paragraph's letters
_MIN_WRAPPED = 3  # lines filling one width, at least, to tell a wrap
_WRAPPED_SHARE = 0.5  # of the lines but the last
_ENDED = re.compile(r"[。．！？!?」』）)】〕]$")  # a sentence's end, a closing bracket
# A line going on: a comma, a colon (a label over its words: "tomo:" / "ゆきさんは…?"), a
# dash or an ellipsis left hanging, a letter of a word the wrap broke.
_CARRIES_ON = re.compile(r"(?:[、，,:：―—…]|[A-Za-z])$")
_HEADING_COLUMNS = 40  # a line ending with no mark, at most this wide, is a heading
_SLACK = 2  # columns: a wide character, which a wrap may carry to the next line or keep


def unspaced_line_ends(text: str, breaks: list[int], *, top: bool = False) -> list[int]:
    """The line breaks of a paragraph written in Han or kana at which one of its paragraphs
    ended (none in other scripts, or when a wrap broke every line). ``top``: the text's first
    paragraph, its first line the headline, apart; the lines under it above its first
    sentence (a date, a source: "2005年08月05日 来源：…") are the head rules' to part
    (``lines.head_apart``)."""
    found = _line_ends(text, breaks)
    if top and found:
        first = next((n for n, brk in enumerate(breaks) if _ENDED.search(text[:brk].rstrip())), -1)
        headline = text[: breaks[0]].rstrip()
        apart = _columns(headline) <= _HEADING_COLUMNS and not _CARRIES_ON.search(headline)
        found = [brk for brk in breaks
                 if brk == breaks[0] and apart or first >= 0 and brk >= breaks[first]
                 and brk in found]
    return found


def _line_ends(text: str, breaks: list[int]) -> list[int]:
    if not breaks or not _mostly_unspaced(text):
        return []
    lines = [text[a + 1 : b].rstrip() for a, b in pairwise([-1, *breaks, len(text)])]
    widths = [_columns(line) for line in lines]
    width = max(widths[:-1])
    full = sum(w >= width - _SLACK for w in widths[:-1])
    if full < _MIN_WRAPPED or full < _WRAPPED_SHARE * (len(lines) - 1):
        # No wrap: a line was written as a paragraph where it ends a sentence, or as a
        # heading ("震災からの出会い"); a line broken by hand in a blog's rhythm goes on
        # ("インタビューというのは――" / "するほうより…").
        return [brk for brk, line, w, after in zip(breaks, lines, widths, lines[1:], strict=False)
                if (_ENDED.search(line) or _heading(line, w, after))
                and not _turn_goes_on(line, after)
                and not label_goes_on(line, after, _columns(after))]  # "Q1.…のは" / "…ですか?"
    return [brk for brk, line, w in zip(breaks, lines, widths, strict=False)
            if w < width - _SLACK and not _CARRIES_ON.search(line)]


# A turn's dash, as Japanese interviews mark the interviewer's lines ("――そうなんですか!").
_TURN_DASH = re.compile(r"^(?:――|—|─{2})")
_ASKS = re.compile(r"[?？]$")


def _turn_goes_on(line: str, after: str) -> bool:
    """Whether the interviewer's dashed line, which asks nothing, goes on in the line under it
    that asks ("――まっさらな状態から始める、と。" / "そこからどんなことを…んですか?"): one turn,
    the remark and its question, as the dash marks only the turn's first line."""
    return (_TURN_DASH.match(line) is not None and _ASKS.search(line) is None
            and _TURN_DASH.match(after) is None and _ASKS.search(after) is not None)


def _heading(line: str, width: int, after: str) -> bool:
    """Whether ``line``, ending with no mark, is a heading over the paragraph under it: short,
    going on with nothing, the line under it ending a sentence (a poem's short lines, "さくら" /
    "花がひらく", go on: no sentence ends under them)."""
    return (width <= _HEADING_COLUMNS and not _CARRIES_ON.search(line)
            and _ENDED.search(after) is not None)


def _mostly_unspaced(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_UNSPACED.findall(text)) >= _UNSPACED_SHARE * letters


def _columns(line: str) -> int:
    """The columns ``line`` takes: two for a wide or full-width character, one for others."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
