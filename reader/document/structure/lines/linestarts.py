"""What a line holds that a copy set apart on purpose, however its paragraph was wrapped.

A hard-wrapped text's paragraphs are told by the lines the wrap did not fill (``hardwrap``);
a line that opens in lower case goes on with the short line above it ("Interview" / "mit
Markus …", a headline broken by hand). Some lines stand apart whatever the width says: a
picture's file name under the headline ("besuch_rathaus_3b"), a credit in lower case ("di
Marta, classe 4ª", "Report by Harriet Quinn"), a whole question on its own line after a
sentence's end, and a speaker's label opening a line on a page of labelled turns ("Rui
Almeida - Como …?"), which a full line above does not join to it.
"""

from __future__ import annotations

import re

from ..text.capitals import CAPITALS

# A picture's file name left by a copy: one word with an underscore or an image's extension.
_FILE_NAME = re.compile(r"\S*(?:_\S*|\.(?:jpe?g|png|gif|webp|tiff?|heic))", re.IGNORECASE)
# A credit: "by", "von", "di" … and a name, after one word at most ("Report by Harriet Quinn",
# "di Marta, classe 4ª"); a place alone after "di" ("di Vallerano") ends a headline instead.
_CREDIT = re.compile(
    rf"(?:\w+\s+)?(?:by|di|von|par|por|door|av|af|od)\s+[{CAPITALS}]\w*(?:,|\s+[{CAPITALS}])",
    re.IGNORECASE,
)
# A speaker's label opening a line: a name of three words at most or initials, perhaps its
# initials in brackets, then a dash or a colon and the turn's words ("Rui Almeida - Como",
# "RA – Quais", "Jornalista (J) – Porque", "Zisch: Warum").
_LABEL = re.compile(
    rf"([{CAPITALS}][\w'’.]*(?:\s+[{CAPITALS}][\w'’.]*){{0,2}}(?:\s*\([{CAPITALS}]{{1,4}}\))?)"
    rf"\s*(?:([-–—])\s|:\s)\s*[¿¡«“\"]?[{CAPITALS}]"
)
_LABELLED_LINES = 3  # lines opened by a label, at least, on a page of labelled turns
# A whole question on a line: a capital (after an opening mark) to "?".
_WHOLE_QUESTION = re.compile(rf"[¿¡«“\"]?[{CAPITALS}].*[?？][»”\"]?")


def stands_apart_below(line: str) -> bool:
    """Whether ``line``, opening in lower case, is a file name or a credit: no headline's
    end, whatever the line above it."""
    line = line.strip()
    return bool(_FILE_NAME.fullmatch(line) or _CREDIT.match(line))


def opens_with_label(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a speaker's label."""
    return _LABEL.match(text, start) is not None


def opens_turn(text: str, start: int, breaks: list[int]) -> bool:
    """Whether the line at ``start`` opens a turn on a page of labelled turns: its label
    before a dash ("Rui Almeida - Como …?"), or before a colon when another line opens with
    it too (a wrapped line's "Frage: Welche …?" is a word of the sentence, said once)."""
    label = _LABEL.match(text, start)
    if label is None or not labelled_turns(text, breaks):
        return False
    return bool(label.group(2)) or sum(
        text.startswith(label.group(1), b + 1) for b in breaks if b + 1 != start
    ) > 0


def labelled_turns(text: str, breaks: list[int]) -> bool:
    """Whether lines enough of a paragraph open with a speaker's label: a page of turns."""
    return sum(opens_with_label(text, b + 1) for b in breaks) >= _LABELLED_LINES


def whole_question(line: str) -> bool:
    """Whether ``line`` is one whole question ("What does a mayor actually do all day?")."""
    return _WHOLE_QUESTION.fullmatch(line.strip()) is not None
