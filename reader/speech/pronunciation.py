"""Text for the ear: what the engine is given to say, and the way back to the original text.

espeak-ng reads the text of a page literally. *Measured* on espeak-ng's French voice: "M. Dupont"
is read "M | Dupont" (the letter, then a clause break); "18/06/19" is "dix-huit zéro six
dix-neuf"; "07h35" is "zéro sept H trente-cinq"; "10 000" with a no-break space is "dix zéro
zéro zéro"; a URL is spelled out character by character; "«" and "»" are pauses. So, before
synthesis, a small table per language rewrites those (an unknown language gets the common rules).

Every rewrite keeps a map back: each character of the spoken text knows the range of the
original it stands for ("Monsieur" stands for "M."), so the words the engine reports in the
spoken text light up the right words of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """For character ``i`` of a spoken text, ``starts[i]:ends[i]`` is what it stands for in the
    original (in document coordinates when built with a ``base``)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    end: int  # where the original ends: the place of an empty range at the very end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.starts):
            return self.end, self.end
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[min(end, len(self.ends)) - 1]


@dataclass(frozen=True, slots=True)
class Spoken:
    text: str
    offsets: OffsetMap


@dataclass(frozen=True, slots=True)
class Language:
    titles: dict[str, str]  # abbreviation as written -> as said
    months: tuple[str, ...]  # for "18/06/19"; () leaves dates to the engine
    first_day: str  # how day 1 is written before the month ("1er" in French)
    hours: tuple[str, str] = ("", "")  # "07h35" -> "7 heures 35"; ("", "") leaves it
    link: str = "link"  # a URL with no site name to say


LANGUAGES = {
    "fr": Language(
        titles={"M.": "Monsieur", "MM.": "Messieurs", "Mme": "Madame", "Mmes": "Mesdames",
                "Mlle": "Mademoiselle", "Mlles": "Mesdemoiselles", "Dr": "Docteur",
                "Pr": "Professeur", "Mgr": "Monseigneur", "n°": "numéro"},
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"),
        first_day="1er",
        hours=("heure", "heures"),
        link="lien",
    ),
    "en": Language(
        titles={"Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Dr": "Doctor", "Prof": "Professor"},
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        first_day="1",
    ),
}
_COMMON = Language(titles={}, months=(), first_day="1")

_SPACES = r"[\u00a0\u202f\u2007\u2009\u200a]"  # no-break, narrow no-break, figure, thin, hair
_GUILLEMETS = r"«\s*|\s*»"
_DASH = r"\s*[—―]\s*|\s+–\s+"  # an em dash anywhere, an en dash between spaces: a pause
# A contents page's dot leaders ("Why now? ........ 4"): espeak-ng would say nothing for
# them or "dot" for each, by its punctuation setting; a listener hears one pause between
# the entry and its page. Five dots at least (spaced or not): "..." and "...." stay.
_LEADERS = r"\s*(?:[.·…]\s?){4,}[.·…]\s*"
_URL = r"(?:https?://|www\.)[^\s«»<>\"]*[^\s«»<>\".,;:!?)\]]"
_DATE = r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"
_TIME = r"(?<![\d:,.])(\d{1,2})\s?h\s?(\d{2})?(?!\w)"
_GENERIC_LABELS = frozenset({"co", "com", "org", "net", "gov", "gouv", "ac", "edu"})
_Say = Callable[[re.Match[str]], str]  # what a rule says for the text it matched


def speakable(text: str, language: str = "", base: int = 0) -> Spoken:
    """The text to say for ``text`` (a sentence), with the map back to ``base + offset``."""
    pattern, rules = _rules((language or "").split("-")[0].lower())
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0  # end of the original text already accounted for

    def keep(upto: int) -> None:
        parts.append(text[done:upto])
        starts.extend(range(base + done, base + upto))
        ends.extend(range(base + done + 1, base + upto + 1))

    for match in pattern.finditer(text):
        regex, replace = rules[str(match.lastgroup)]  # every alternative is a named group
        own = regex.match(text, match.start())
        assert own is not None  # the alternation matched here, so this rule's regex does too
        said = replace(own)
        if said == match.group():
            continue
        keep(match.start())
        parts.append(said)
        starts.extend([base + match.start()] * len(said))
        ends.extend([base + match.end()] * len(said))
        done = match.end()
    keep(len(text))
    return Spoken("".join(parts), OffsetMap(tuple(starts), tuple(ends), base + len(text)))


@cache
def _rules(code: str) -> tuple[re.Pattern[str], dict[str, tuple[re.Pattern[str], _Say]]]:
    """One alternation of every rule of the language (first listed wins), and each rule's own
    regex (matched again at the same place to read its groups) with its replacement."""
    lang = LANGUAGES.get(code, _COMMON)
    table: list[tuple[str, _Say]] = [
        (_URL, lambda m: _site_name(m.group(), lang.link)),
        (_SPACES, lambda m: " "),
        (_GUILLEMETS, lambda m: ""),
        (_DASH, lambda m: ", " if m.start() else ""),  # no pause before the first word
        (_LEADERS, lambda m: ", " if m.start() else ""),
    ]
    if lang.titles:
        words = "|".join(re.escape(t) for t in sorted(lang.titles, key=len, reverse=True))
        # Not inside a word nor an initial ("J.-M."); a title takes its optional period.
        table.append((rf"(?<![\w.-])(?:{words})\.?(?!\w)", lambda m: _title(m.group(), lang)))
    if lang.months:
        table.append((_DATE, lambda m: _date(m, lang)))
    if lang.hours[0]:
        table.append((_TIME, lambda m: _time(m, lang)))
    alternation = "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(table))
    return re.compile(alternation), {
        f"r{i}": (re.compile(pattern), replace) for i, (pattern, replace) in enumerate(table)
    }


def _title(written: str, lang: Language) -> str:
    return lang.titles.get(written) or lang.titles.get(written.removesuffix("."), written)


def _site_name(url: str, link: str) -> str:
    """"https://www.lemonde.fr/a.html" -> "lemonde"; no readable host -> the word for a link."""
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) >= 3 and labels[-2] in _GENERIC_LABELS:  # bbc.co.uk, service-public.gouv.fr
        labels = labels[:-1]
    name = labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")
    return link if not name or name.isdigit() else name


def _date(match: re.Match[str], lang: Language) -> str:
    day, month, year = (int(g) for g in match.groups())
    if month > 12 >= day:  # 06/18/19: month first, as written in the United States
        day, month = month, day
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    if len(match.group(3)) == 2:
        year += 1900 if year >= 70 else 2000
    return f"{lang.first_day if day == 1 else day} {lang.months[month - 1]} {year}"


def _time(match: re.Match[str], lang: Language) -> str:
    hour, minutes = int(match.group(1)), match.group(2)
    if hour > 24 or (minutes and int(minutes) > 59):
        return match.group()
    said = f"{hour} {lang.hours[0] if hour <= 1 else lang.hours[1]}"
    return f"{said} {int(minutes)}" if minutes and int(minutes) else said
