"""Round 39: a row of languages, each named in its own script, over a page ("English |
हिन्दी | मराठी | ગુજરાતી | বাংলা", "English 中文 日本語 한국어 Русский"): told by the row's
shape, not by a list of language names. Each of its words is written in one script, and the
row holds four scripts or more; a headline mixes two or three at most (a Japanese one its kanji,
kana and a brand's Latin letters, counted as one)."""

from __future__ import annotations

import re
import unicodedata

# Scripts a language names itself in, by the first word of its letters' Unicode names. The
# Japanese and Chinese ones count as one: a Japanese headline mixes them.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK"}
_ROW_SCRIPTS = 4
_ROW_WORDS = 20
_SEPARATORS = re.compile(r"[|│/·•,]+")


def _script(word: str) -> str:
    """The one script a word's letters are written in, "" when it has no letter, "MIXED" when
    its letters are of two scripts."""
    scripts = set()
    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            first = name.split(" ", 1)[0]
            scripts.add(_SAME_SCRIPT.get(first, first))
    if not scripts:
        return ""
    return scripts.pop() if len(scripts) == 1 else "MIXED"


def names_languages_in_own_scripts(text: str) -> bool:
    """Whether a short line is a row of languages, each in its own script: four scripts or more
    among its words, every word in one script, no sentence's end."""
    text = text.strip()
    words = _SEPARATORS.sub(" ", text).split()
    if not 0 < len(words) <= _ROW_WORDS or text[-1:] in ".?!:;":
        return False
    scripts = [_script(word) for word in words]
    if "MIXED" in scripts:
        return False
    return len({s for s in scripts if s}) >= _ROW_SCRIPTS
