"""The site's path to the page over its headline: a breadcrumb ("Magazine › Interviews",
"Interviews · Novelists", "Du är här: Startsida / Om oss / Nyheter"), a language switcher
("fr | en | es | de", "fr pl de en ua"). Told by form, in any language: steps joined by one
separator, every step but the last a link's few words. The last step is often the page's own
title, said again right below the path; and whatever stands above the path is the site's (its
name, its tagline, its search box): a headline stands under the site's navigation, not over
it."""

from __future__ import annotations

import re

from ...model import Block, BlockKind
from ..text.textcues import word_count
from .languagerows import names_languages_in_own_scripts

# The separators a breadcrumb joins its steps with, each set apart by spaces. "»" only when no
# "«" opens a quotation on the line (« Je pars » dit-il).
_SEPARATORS = ("›", "»", ">", "/", "·", "|", "→")
# A bar joins a byline's parts too ("Anna Berg | Redakteurin"): a path by bars has three steps.
_BAR_STEPS = 3
_STEP_WORDS = 4
_LAST_STEP_WORDS = 16
# "You are here:" before the path, in the corpus's languages and their neighbours.
_HERE = re.compile(
    r"(?i)^(?:you\s+are\s+here|vous\s+[êe]tes\s+ici|sie\s+sind\s+hier|du\s+[äa]r\s+h[äa]r"
    r"|du\s+er\s+her|u\s+bent\s+hier|u\s+bevindt\s+zich\s+(?:hier|op)|jeste[śs]\s+(?:tutaj|tu)"
    r"|est[áa]s?\s+en|se\s+encuentra\s+en|sei\s+qui|ti\s+trovi\s+in|voc[êe]\s+est[áa]\s+(?:aqui|em)"
    r"|nach[áa]z[íi]te\s+se|jste\s+zde|itt\s+vagy|olet\s+t[äa]ss[äa]|aici\s+e[șs]ti)\s*:\s*(?=\S)"
)
# The section a page files the article under, labelled: "Category: Day in the Life",
# "Rubrique : Portraits", "Kategorie: Vereinsleben" — a step of the path, named.
_FILED_UNDER = re.compile(
    r"(?i)^(?:categor(?:y|ies|ía|ia|ie)|cat[ée]gorie|kategori[ae]?|rubri(?:que|k|ek|ca)"
    r"|secci[óo]n|sezione|se[cç][ãa]o|sektion|filed\s+under|posted\s+in|publi[ée]\s+dans)"
    r"\s*:\s*[^.!?]{1,40}$"
)
# A switcher's languages, by their two-letter codes (upper or lower case).
_LANGUAGE_CODES = frozenset(
    {
        "en", "de", "fr", "es", "it", "pl", "ua", "uk", "cz", "cs", "sk", "nl", "pt", "ru",
        "hu", "ro", "sv", "se", "no", "nb", "da", "fi", "ca", "eu", "gl", "el", "tr", "ar",
        "zh", "ja", "ko", "sl", "hr", "sr", "bg", "lt", "lv", "et", "is", "ga", "cy",
    }
)
_SWITCHER_PARTS = re.compile(r"[\s|/·•,]+")


def _steps(text: str) -> list[str]:
    """The steps of a path joined by one separator set apart by spaces, or [] when the line is
    joined by none."""
    best: list[str] = []
    for separator in _SEPARATORS:
        if separator == "»" and "«" in text:
            continue
        parts = [part.strip() for part in text.split(f" {separator} ")]
        if separator == "|" and len(parts) < _BAR_STEPS:
            continue
        # each step a link's words, not a bare mark ("/ / Newsletters")
        if len(parts) > len(best) and all(any(ch.isalpha() for ch in p) for p in parts):
            best = parts
    return best if len(best) >= 2 else []


def _short_steps(steps: list[str]) -> bool:
    """Every step but the last is a link's few words, none a sentence or a label."""
    return all(
        0 < word_count(step) <= _STEP_WORDS and step[-1] not in ".?!:;,"
        for step in steps[:-1]
    ) and 0 < word_count(steps[-1]) <= _LAST_STEP_WORDS


def is_language_switcher(text: str) -> bool:
    """Whether a line is only languages' codes: "fr | en | es | de", "fr pl de en ua"."""
    codes = [c for c in _SWITCHER_PARTS.split(text.strip()) if c]
    return len(codes) >= 2 and all(c.casefold() in _LANGUAGE_CODES for c in codes) and (
        len(codes) >= 3 or any(sep in text for sep in "|/·•")
    )


def says_you_are_here(text: str) -> bool:
    """Whether a line is a path under its "You are here:" ("Du är här: Startsida / Nyheter")."""
    return _HERE.match(text.strip()) is not None and word_count(text) <= _LAST_STEP_WORDS + 4


def is_dotted_path(text: str) -> bool:
    """A path joined by middle dots, every step a capitalised link's few words with no figure
    ("Interviews · Novelists", "Magazine · Authors · Press"); a date line joined by them
    ("October 2, 2022 · 6 min read") is a dateline, not a path."""
    text = text.strip()
    steps = [step.strip() for step in text.split(" · ")]
    return (
        len(steps) >= 2
        and all(steps)
        and not any(ch.isdigit() for ch in text)
        and all(word_count(step) <= _STEP_WORDS - 1 and step[0].isupper() for step in steps)
        and all(step[-1] not in ".?!:;," for step in steps)
    )


def is_site_path(block: Block) -> bool:
    """Whether a line is the site's path to the page or its language switcher, in the forms
    that are never a headline: "You are here: …", a path joined by middle dots, a switcher."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    text = block.text.strip()
    return bool(text) and (
        says_you_are_here(text) or is_dotted_path(text) or is_language_switcher(text)
        or names_languages_in_own_scripts(text)  # "English | हिन्दी | मराठी | ગુજરાતી | বাংলা"
        or _FILED_UNDER.match(text) is not None
    )


def is_path(block: Block) -> bool:
    """Whether a line reads as the site's navigation to the page: a path of any of the
    separators with short steps before the last, a "You are here:", a switcher."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    text = block.text.strip()
    if is_site_path(block):
        return True
    # A byline or a dateline joined by the same marks ("Marco Bellini • 14 marzo 2024", "| 9.
    # August 2019 | Content & Redaktion"): a figure in it, a path has none.
    steps = _steps(text)
    return (
        bool(steps) and _short_steps(steps) and text[-1] not in ".!"
        and not any(ch.isdigit() for ch in text)
    )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold().strip(" .")


_SAID_AGAIN_WITHIN = 2


def title_said_below_path(blocks: list[Block], i: int, n: int) -> int:
    """The headline a path names as its last step and the page says again right below it
    ("Onderwijsnieuws > Leerlingen … schoolkrant: ‘De Linde praat mee’" / the same headline):
    its index, or -1. The path may be any length: the repeat tells it."""
    if i >= n or blocks[i].kind is not BlockKind.PARAGRAPH:
        return -1
    text = blocks[i].text.strip()
    steps = _steps(_HERE.sub("", text))
    if not steps or not _short_steps(steps):
        return -1
    last = _folded(steps[-1])
    for k in range(i + 1, min(n, i + 1 + _SAID_AGAIN_WITHIN)):
        if _folded(blocks[k].text) == last:
            return k
    return -1
