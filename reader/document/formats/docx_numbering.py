"""Word's list numbering: which paragraphs are list items, at what depth, with what marker.

The number is not in the paragraph's text: Word draws it from the list's definition
(``numbering.xml``), its format (``w:numFmt``: decimal, letters, Roman numerals), its text
(``w:lvlText``: "%1." for "1.", "%1)" for "1)", "%1.%2." for "2.1.") and its first number
(``w:start``, or a list instance's ``w:startOverride``: Word's "Restart numbering"). Items of
list instances of one definition count on from each other, as Word counts them. The number
as Word shows it is the marker ("b)", "iv."), and opens the item's text as a web page's or a
Markdown list's does (``BlockBuilder.end_item``). A list whose text has words of its own ("Q%1.",
"Question %1:", "Frage %1 –"), as an interview numbers its questions, shows those words too:
they open the paragraph's text, which is then no list item but a paragraph as the text's
"Q1. Why…?" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACE = re.compile(r"%([1-9])")
_LETTERS_LIMIT = 26 * 10  # "zzzzzzzzzz"
_ROMAN_LIMIT = 3999  # "mmmcmxcix"
_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
          ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


@dataclass(frozen=True, slots=True)
class Marker:
    depth: int  # 1 for the list's first level
    ordinal: str  # "-" for a bullet, else the number as shown: "3.", "b)", "iv.", "2.1."
    label: str = ""  # the numbering's text when it has words of its own ("Q3."), else ""


@dataclass(frozen=True, slots=True)
class _Level:
    kind: str  # w:numFmt: "decimal", "bullet", "lowerLetter"…
    text: str  # w:lvlText: "%1.", "Q%1."
    start: int = 1  # w:start: the first item's number
    definition: str = ""  # the w:abstractNum the list instance follows: items count on in it
    restarts: bool = False  # the list instance sets its own start (w:startOverride)


class Numbering:
    """Each numbered paragraph's marker, counting the items of each list as Word does."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], _Level] = {}
        self._counters: dict[tuple[str, int], int] = {}  # by definition and level
        self._restarted: set[tuple[str, int]] = set()  # list instances that restarted
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.findall(f"{_W}abstractNum")}
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = ref.get(f"{_W}val", "") if ref is not None else ""
            source = abstract.get(definition)
            if source is None:
                continue
            num_id = num.get(f"{_W}numId", "")
            for lvl in source.findall(f"{_W}lvl"):
                self._levels[(num_id, _integer(lvl.get(f"{_W}ilvl"), 0))] = _level(
                    lvl, definition)
            for override in num.findall(f"{_W}lvlOverride"):
                level = _integer(override.get(f"{_W}ilvl"), 0)
                own = override.find(f"{_W}lvl")
                defined = self._levels.get((num_id, level), _Level("decimal", f"%{level + 1}."))
                if own is not None:
                    defined = _level(own, definition)
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    defined = replace(defined, start=_integer(start.get(f"{_W}val"), 1))
                self._levels[(num_id, level)] = replace(
                    defined, definition=definition,
                    restarts=start is not None or (
                        own is not None and own.find(f"{_W}start") is not None))

    def marker(self, paragraph: Any) -> Marker | None:
        num_pr = paragraph._p.xpath("./w:pPr/w:numPr")
        style = paragraph.style
        while not num_pr and style is not None:
            num_pr = style.element.xpath("./w:pPr/w:numPr")
            style = style.base_style
        if not num_pr:
            return None
        num_id = "".join(num_pr[0].xpath("./w:numId/@w:val"))
        level = _integer("".join(num_pr[0].xpath("./w:ilvl/@w:val")), 0)
        if num_id in ("", "0"):
            return None  # numbering switched off
        defined = self._levels.get((num_id, level), _Level("bullet", ""))
        if defined.kind in ("bullet", "none"):
            return Marker(level + 1, "-")
        definition = defined.definition or num_id
        if defined.restarts and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))  # the instance's first item: its own start
            self._counters.pop((definition, level), None)
        for deeper in [k for k in self._counters if k[0] == definition and k[1] > level]:
            del self._counters[deeper]  # a new item restarts the numbering below it
        count = self._counters.get((definition, level), defined.start - 1) + 1
        self._counters[(definition, level)] = count
        shown = _PLACE.sub(lambda m: self._shown(num_id, definition, int(m.group(1)) - 1),
                           defined.text).strip()
        if any(c.isalpha() for c in _PLACE.sub("", defined.text)):
            return Marker(level + 1, f"{count}.", shown)  # words of its own: text
        return Marker(level + 1, shown if any(c.isalnum() for c in shown) else "-")

    def _shown(self, num_id: str, definition: str, level: int) -> str:
        """Level ``level``'s current number as its format writes it."""
        defined = self._levels.get((num_id, level), _Level("decimal", ""))
        count = self._counters.get((definition, level), defined.start)
        return written(count, defined.kind)


def _level(lvl: Any, definition: str) -> _Level:
    fmt, text, start = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText"), lvl.find(f"{_W}start")
    return _Level(fmt.get(f"{_W}val", "bullet") if fmt is not None else "bullet",
                  text.get(f"{_W}val", "") if text is not None else "",
                  _integer(start.get(f"{_W}val") if start is not None else None, 1), definition)


def _integer(value: str | None, default: int) -> int:
    text = (value or "").strip()
    return int(text) if text.isdigit() and len(text) < 10 else default


def written(count: int, kind: str) -> str:
    """``count`` as a level of Word's number format ``kind`` writes it ("c", "IV", "03");
    in decimal past what letters and Roman numerals write in a few characters (a damaged
    file's list that starts at a billion is no billion letters long)."""
    if kind in ("lowerLetter", "upperLetter") and 0 < count <= _LETTERS_LIMIT:
        letter = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)  # "aa" after "z"
        return letter.upper() if kind == "upperLetter" else letter
    if kind in ("lowerRoman", "upperRoman") and 0 < count <= _ROMAN_LIMIT:
        numeral = roman(count)
        return numeral.upper() if kind == "upperRoman" else numeral
    if kind == "decimalZero" and 0 <= count < 10:
        return f"0{count}"
    return str(count)


def roman(number: int) -> str:
    """``number`` in lower-case Roman numerals (a list's "iv."; Word's .doc lists too)."""
    digits = []
    for letters, value in _ROMAN:
        while number >= value:
            digits.append(letters)
            number -= value
    return "".join(digits)
