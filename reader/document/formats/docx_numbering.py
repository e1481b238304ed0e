"""Word's list numbering: which paragraphs are list items, at what depth, with what marker.

The number is not in the paragraph's text: Word draws it from the list's definition
(``numbering.xml``), its format (``w:numFmt``) and its text (``w:lvlText``, "%1." for "1.").
A list whose text has words of its own ("Q%1.", "Question %1:", "Frage %1 –"), as an
interview numbers its questions, shows those words: they open the paragraph's text, which is
then no list item but a paragraph as the text's "Q1. Why…?" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACE = re.compile(r"%([1-9])")
_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
          ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


@dataclass(frozen=True, slots=True)
class Marker:
    depth: int  # 1 for the list's first level
    ordinal: str  # "-" for a bullet, else "3."
    label: str = ""  # the numbering's text when it has words of its own ("Q3."), else ""


@dataclass(frozen=True, slots=True)
class _Level:
    kind: str  # w:numFmt: "decimal", "bullet", "lowerLetter"…
    text: str  # w:lvlText: "%1.", "Q%1."


class Numbering:
    """Each numbered paragraph's marker, counting the items of each list as Word does."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], _Level] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.findall(f"{_W}abstractNum")}
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            source = abstract.get(ref.get(f"{_W}val") if ref is not None else None)
            if source is None:
                continue
            for lvl in source.findall(f"{_W}lvl"):
                fmt, text = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText")
                level = int(lvl.get(f"{_W}ilvl", "0"))
                self._levels[(num.get(f"{_W}numId", ""), level)] = _Level(
                    fmt.get(f"{_W}val", "bullet") if fmt is not None else "bullet",
                    text.get(f"{_W}val", "") if text is not None else "")

    def marker(self, paragraph: Any) -> Marker | None:
        num_pr = paragraph._p.xpath("./w:pPr/w:numPr")
        style = paragraph.style
        while not num_pr and style is not None:
            num_pr = style.element.xpath("./w:pPr/w:numPr")
            style = style.base_style
        if not num_pr:
            return None
        num_id = "".join(num_pr[0].xpath("./w:numId/@w:val"))
        level_text = "".join(num_pr[0].xpath("./w:ilvl/@w:val")) or "0"
        level = int(level_text) if level_text.isdigit() else 0
        if num_id in ("", "0"):
            return None  # numbering switched off
        defined = self._levels.get((num_id, level), _Level("bullet", ""))
        if defined.kind in ("bullet", "none"):
            return Marker(level + 1, "-")
        for deeper in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[deeper]  # a new item restarts the numbering below it
        count = self._counters.get((num_id, level), 0) + 1
        self._counters[(num_id, level)] = count
        words = _PLACE.sub("", defined.text)
        if not any(c.isalpha() for c in words):
            return Marker(level + 1, f"{count}.")
        return Marker(level + 1, f"{count}.", _PLACE.sub(
            lambda m: self._shown(num_id, int(m.group(1)) - 1), defined.text).strip())

    def _shown(self, num_id: str, level: int) -> str:
        """Level ``level``'s current number as its format writes it."""
        count = self._counters.get((num_id, level), 1)
        kind = self._levels.get((num_id, level), _Level("decimal", "")).kind
        if kind in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (count - 1) % 26)
            return letter.upper() if kind == "upperLetter" else letter
        if kind in ("lowerRoman", "upperRoman"):
            numeral = roman(count)
            return numeral.upper() if kind == "upperRoman" else numeral
        return str(count)


def roman(number: int) -> str:
    """``number`` in lower-case Roman numerals (a list's "iv."; Word's .doc lists too)."""
    digits = []
    for letters, value in _ROMAN:
        while number >= value:
            digits.append(letters)
            number -= value
    return "".join(digits)
