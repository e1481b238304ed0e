"""Round 39: a site's menu copied as one row in capitals, over the name of the section the page
sits in, the page's date and then its headline ("GÜNCEL EGE YEREL YÖNETİMLER EKONOMİ SPOR …" /
"Yerel Yönetimler" / "9 Nisan 2020 Perşembe 09:52" / "Başkan …: …!"). Told by what the page
repeats: the section's line says again, in its own case, a run of the row's words, the menu
item the reader followed. No list of menu words is needed."""

from __future__ import annotations

import unicodedata

from ...model import Block, BlockKind, Role
from ..text.textcues import word_count
from .titlecues import in_capitals, is_title_candidate, marker_role

_ROW_WORDS = 6  # a menu's row: six items' words or more
_SECTION_WORDS = 4
_PUNCTUATION = set(".,:;!?")
_DATES_BELOW = 2  # the page's date (and time) lines between the section and the headline


def _folded_words(text: str) -> list[str]:
    """The words of a line without case and accents ("YÖNETİMLER" and "Yönetimler" alike, the
    Turkish dotless and dotted i one letter)."""
    bare = "".join(
        ch for ch in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(ch)
    )
    return bare.replace("ı", "i").split()


def _repeats_run(row: list[str], section: list[str]) -> bool:
    size = len(section)
    return any(row[k : k + size] == section for k in range(len(row) - size + 1))


def headline_under_capitals_menu(
    blocks: list[Block], i: int, n: int, roles: dict[int, Role]
) -> int:
    """The headline under a menu row in capitals and its section's name, which says a run of
    the row again, and the page's date lines: its index, the row and the section SHARE, the
    dates DATELINE. -1 when the top is no such one."""
    if i + 2 >= n or any(b.kind is not BlockKind.PARAGRAPH for b in blocks[i : i + 2]):
        return -1
    row, section = blocks[i].text.strip(), blocks[i + 1].text.strip()
    if not (
        in_capitals(row)
        and word_count(row) >= _ROW_WORDS
        and not _PUNCTUATION & set(row)
        and 0 < word_count(section) <= _SECTION_WORDS
        and not in_capitals(section)  # the row's own case would be its next item's
        and _repeats_run(_folded_words(row), _folded_words(section))
    ):
        return -1
    k = i + 2
    while k < min(n, i + 2 + _DATES_BELOW) and marker_role(blocks[k]) is not None:
        k += 1
    if k >= n or not is_title_candidate(blocks[k]) or marker_role(blocks[k]) is not None:
        return -1
    for m in range(i, k):
        roles[m] = marker_role(blocks[m]) or Role.SHARE
    return k
