"""Round 39: a site's trail to the page whose last step is the page's own headline cut short
("1. LIFE NOTES │ KENTA MORIYAMA" / "2. 【INTERVIEW#231】港町で書き続.. 2024-02-19 21:08" /
"【INTERVIEW#231】港町で書き続けるということ──…│佐伯ゆり子さん"). Told by what the page
repeats, not by words: the step, up to its cut (".." or "…"), opens the line right below it,
which says it whole. No home word is needed, and the step may be a list's item or a path's
last step ("Home › Interviews › Ein Gespräch mit der Ärztin…")."""

from __future__ import annotations

import re

from ...model import Block, BlockKind, Role
from ..text.ruleview import unseen_removed
from ..text.textcues import word_count
from .chrome import is_chrome
from .titlecues import is_title_candidate, marker_role

_STEP_NUMBER = re.compile(r"^\d{1,2}[.)]\s*")
# The step up to its cut, and what the copy glued after it: nothing, or the page's date and
# time ("2024-02-19 21:08", "19.02.2024").
_CUT = re.compile(r"^(?P<kept>.+?)(?:\.{2,}|…)\s*(?P<rest>.*)$")
_DATE_ONLY = re.compile(r"[\d\s./:\-年月日時分]*")
_PATH_SEPARATOR = re.compile(r"\s[›»>/|│·→]\s")
_KEPT_CHARS = 8  # a step cut after a few characters names too little to be told apart
_TRAIL_ZONE = 6  # the page's first lines, where its trail stands
_FULL_WITHIN = 2  # the whole headline right below the step, a date line between at most


def _folded(text: str) -> str:
    # (without a web page's zero-width spaces: the rules read the page as it is when their
    # view of it cannot be put back on its text, and one opening the headline hid the match)
    return " ".join(unseen_removed(text).split()).casefold()


def cut_step(text: str) -> str:
    """The last step of a trail line cut short, folded ("2. 【INTERVIEW#231】港町で書き続..
    2024-02-19 21:08" → "【interview#231】港町で書き続"), or "" when the line is cut nowhere or
    goes on with more than a date after its cut."""
    match = _CUT.match(_STEP_NUMBER.sub("", text.strip()))
    if match is None or _DATE_ONLY.fullmatch(match["rest"]) is None:
        return ""
    kept = _folded(_PATH_SEPARATOR.split(match["kept"])[-1])
    return kept if len(kept) >= _KEPT_CHARS else ""


def _top_line(block: Block) -> bool:
    """A line the top of a page holds above its headline: chrome, a short line or a list's
    item (a trail copied as a numbered list), no sentence."""
    text = block.text.strip()
    return is_chrome(block) or (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and 0 < word_count(text) <= _TOP_WORDS
        and text[-1] not in ".?!;,"
    ) or is_title_candidate(block)


_TOP_WORDS = 12


def headline_after_cut_step(blocks: list[Block], i: int, n: int, roles: dict[int, Role]) -> int:
    """The headline the site's trail names cut short as its last step and the page then says
    whole, right below (a date line may stand between): its index, the trail and the lines
    above it SHARE (markers keep their role). -1 when no step is cut, the lines above the
    step are not the page's short ones, or the line below does not open with the step."""
    for k in range(i, min(n, i + _TRAIL_ZONE)):
        kept = cut_step(blocks[k].text) if blocks[k].kind is not BlockKind.HEADING else ""
        if kept:
            for h in range(k + 1, min(n, k + 1 + _FULL_WITHIN)):
                whole = _folded(blocks[h].text)
                if whole.startswith(kept) and len(whole) > len(kept) and is_title_candidate(
                    blocks[h]
                ):
                    for m in range(i, h):
                        roles[m] = marker_role(blocks[m]) or Role.SHARE
                    return h
                if marker_role(blocks[h]) is None:
                    break
            return -1
        if not _top_line(blocks[k]):
            return -1
    return -1
