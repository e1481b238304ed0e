"""A glossary or a definition list: each paragraph opens with the term it defines and a colon
or a dash ("Bleed: the part of …", "Frage: Der Satz, mit dem …", "Вопрос — обращение к …"),
which the label rules read as a speaker's name or as a question's label, in any of the forty
languages whose label words they know. A glossary's terms are no speakers: each term opens
one paragraph only, each is a different word, and none is answered by another term — a
definition states, it does not ask. An interview's labels come back (the same "Q:", the same
two names); a vox pop's names, each once, answer a question asked right above them."""

from __future__ import annotations

import re

from ..text.cues import Cues
from ..text.textcues import Ending, Prefix
from .qa import QA

_MIN_TERMS = 4
# A term the label rules do not read as one ("Off the record:", "Coated stock:"): five words
# at most, no digit, before a colon or a spaced dash opening the paragraph's definition.
_TERM = re.compile(
    r"([^\W\d][^\W\d'’()/.-]*(?:[ -][^\W\d'’()/.-]+){0,4}?) ?(?::|\s[—–]\s)(?!/)", re.UNICODE
)


def glossary_turns(cues: Cues, qa: QA) -> bool:
    """Whether the questions of ``qa`` are a glossary's terms (``defines_terms``)."""
    terms = defines_terms(cues)
    return bool(terms) and all(q.first - cues.lo in terms for q in qa.questions)


def defines_terms(cues: Cues) -> set[int]:
    """The paragraphs of a list of definitions: four paragraphs or more in a row opened by a
    term, every term different (a label used twice is a speaker's), none asking (a
    questionnaire's prompt does) nor its paragraph, but the body's first (a headline that
    asks, "Interviewing 101: what is an interview?", read again from the top), and no
    paragraph that asks right above a term (the question a vox pop put to the people named
    under it). Empty when there is none: a profile's fact box over an interview ("Navn: …",
    "Født: …") stays what it was, its questions are not terms."""
    terms: dict[int, str] = {}
    for k in range(len(cues)):
        term = _term(cues, k)
        if term:
            terms[k] = term
    if len(set(terms.values())) < len(terms) or _longest_run(terms) < _MIN_TERMS:
        return set()
    ends = cues.ends
    if any("?" in term or "？" in term for term in terms.values()):
        return set()
    if any(ends[k] is Ending.QUESTION for k in terms if k > 0):
        return set()
    if any(ends[k - 1] is Ending.QUESTION for k in terms if k > 0):
        return set()
    return set(terms)


def _longest_run(terms: dict[int, str]) -> int:
    longest, run, last = 0, 0, -2
    for k in sorted(terms):
        run = run + 1 if k == last + 1 else 1
        longest, last = max(longest, run), k
    return longest


def _term(cues: Cues, k: int) -> str:
    """The term opening block ``k``, casefolded, or "" when it opens with none."""
    if cues.prefixes[k] in (Prefix.SPEAKER, Prefix.QUESTION, Prefix.ANSWER):
        label = cues.blocks[cues.lo + k].text[: cues.cuts[k]]
        return " ".join(label.strip(" :.-–—").casefold().split()) or cues.speakers[k]
    found = _TERM.match(cues.blocks[cues.lo + k].text)
    return found[1].casefold() if found else ""
