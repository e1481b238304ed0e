"""Which writing systems a document's text uses beyond the Latin alphabet: the scripts a font
may lack (the window says so when no installed font can draw one, reader.ui.opening.
missing_fonts).

Cheap on a 10 MB file: only a few slices spread over the text are looked at, never the whole.
A script that appears only between two slices goes unnoticed; a document written in it shows
it in almost every slice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SLICES = 8  # slices of a long text looked at: its start and seven spread over the rest
SLICE_LENGTH = 4_000  # characters in each slice (a page or two)
CHARACTERS_KEPT = 8  # of each script, enough for a font to be asked about


# A named tuple, not a frozen dataclass: the window imports this module before its first paint,
# and defining the dataclass cost 0.5-0.8 ms of it (its methods generated and compiled).
class Script(NamedTuple):
    key: str  # what reader.messages names it by, and reader.ui.opening.missing_fonts asks Qt
    characters: str  # a pattern, compiled (by re's cache) only for a text that may hold one


# Only letters, not punctuation or digits that a Latin font may carry too. Kana before the
# ideographs: a Japanese text uses both, and names its kana.
SCRIPTS: tuple[Script, ...] = (
    Script("kana", r"[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d]"),
    Script("han", r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"),
    Script("hangul", r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]"),
    Script("arabic", r"[\u0621-\u064a\u0671-\u06d3\u0750-\u077f]"),
    Script("hebrew", r"[\u05d0-\u05ea]"),
    Script("devanagari", r"[\u0904-\u0939\u0958-\u0961]"),
    Script("bengali", r"[\u0985-\u09b9]"),
    Script("tamil", r"[\u0b85-\u0bb9]"),
    Script("thai", r"[\u0e01-\u0e2e]"),
    Script("greek", r"[\u0386-\u03ce\u1f00-\u1ffc]"),
    Script("cyrillic", r"[\u0410-\u044f\u0400-\u040f\u0450-\u045f]"),
    Script("georgian", r"[\u10d0-\u10fa]"),
    Script("armenian", r"[\u0531-\u0556\u0561-\u0586]"),
)


def sample(text: str, slices: int = SLICES, length: int = SLICE_LENGTH) -> str:
    """The text, or when it is longer than ``slices`` slices of ``length``: its start and
    slices spread evenly over the rest, joined."""
    if len(text) <= slices * length:
        return text
    last = len(text) - length  # where the last slice starts: it ends with the text
    starts = (i * last // (slices - 1) for i in range(slices))
    return "".join(text[start:start + length] for start in starts)


def scripts_used(text: str) -> dict[str, str]:
    """Each script of ``SCRIPTS`` found in a sample of ``text``, with a few of its distinct
    characters (in the order met), by key, in the order of ``SCRIPTS``."""
    looked_at = sample(text)
    found: dict[str, str] = {}
    if not _may_hold_a_script(looked_at):
        return found  # most texts: no pattern compiled (the wide ones take milliseconds)
    for script in SCRIPTS:
        seen: dict[str, None] = {}
        for match in re.finditer(script.characters, looked_at):
            seen[match.group()] = None
            if len(seen) >= CHARACTERS_KEPT:
                break
        if seen:
            found[script.key] = "".join(seen)
    return found


# No script's letters lie below Greek's or among the punctuation, symbols and CJK punctuation
# between them and the kana (U+2000 to U+3040): a text of Latin letters, typographic quotes,
# dashes and currency signs holds none.
_LOWEST = "\u0386"
_NONE_FROM, _NONE_TO = "\u2000", "\u3040"


def _may_hold_a_script(text: str) -> bool:
    return any(c >= _LOWEST and not _NONE_FROM <= c <= _NONE_TO for c in set(text))
