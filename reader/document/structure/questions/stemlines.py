"""A questionnaire's prompts written as unfinished phrases on their own line, each over its
answer's line, no blank line and no "?" ("Mon principal défaut" / "La paresse, sans doute." /
"La couleur que je préfère" / "Vert"): a Proust questionnaire as a page copies it. Nothing in
the punctuation parts prompt from answer (both may end bare); what does is that the prompts
are parallel (they open with the same few words: "Mon …", "La … que je …") and speak of the
one who answers, while the answers vary."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from ..text.textcues import addresses_someone, speaks_of_self

_MIN_PAIRS = 4
_STEM_WORDS = 8
_STEM_CHARS = 60
_SHARED = 0.6  # of the stems opening with a word another stem opens with
_ENDS = tuple(".!?…:;,")


def stem_line_cuts(text: str, breaks: list[int], skip: int = 0) -> list[int]:
    """The line breaks around a run of stems and answers in turn (``stem_pairs``) opening on
    line ``skip`` or the one after it (a lead's line above them), as long as the run lasts
    ("Lire la suite ?" under it is not in it), and around each later run that opens a line or
    two after the last ended (an aside, "(…)", broke the questionnaire); none when there is no
    such run."""
    lines = [text[a + 1 : b].strip() for a, b in pairwise([-1, *breaks, len(text)])]
    cuts: list[int] = []
    starts: tuple[int, ...] = (skip, skip + 1)
    while starts:
        for start in starts:
            end = longest_stems(lines[start:], continued=bool(cuts))
            if end:
                cuts += breaks[max(start - 1, 0) : start + end]
                starts = tuple(range(start + end + 1, start + end + 1 + _ASIDE_LINES))
                break
        else:
            starts = ()
    return sorted(set(cuts))


_ASIDE_LINES = 2  # lines between two runs of one questionnaire's stems, at most


_TRIMS = 3  # pairs left off the run's end at most, to find where it reads as stems


def longest_stems(lines: list[str], continued: bool = False) -> int:
    """How many of ``lines``, from the first, are stems and answers in turn: up to the first
    line that cannot be a stem ("Lire la suite ?"), the longest even head that ``stem_pairs``
    reads so, a few pairs left off at most; or 0. A run ``continued`` after an aside from one
    read so need not show its parallel openings again."""
    end = 0
    while end + 1 < len(lines) and _stem_shaped(lines[end]) and lines[end + 1]:
        end += 2
    for _ in range(_TRIMS + 1):
        if end < 2 * _MIN_PAIRS:
            return 0
        if stem_pairs(lines[:end], continued):
            return end
        end -= 2
    return 0


def stem_pairs(lines: list[str], continued: bool = False) -> bool:
    """Whether ``lines`` are a questionnaire's stems, each over its answer: four pairs or
    more; every stem short, opening with a capital, ending with no punctuation; three stems
    in five opening with a word another stem opens with, twice as many as the answers do (not asked
    of a run ``continued`` from one that did: "Mes poètes" / "Les …" after the aside); half the
    stems speaking of the one who answers ("mon", "je") or to them ("Your favourite …")."""
    if len(lines) < 2 * _MIN_PAIRS or len(lines) % 2:
        return False
    stems, answers = lines[0::2], lines[1::2]
    if not all(_stem_shaped(stem) for stem in stems) or not all(answers):
        return False
    shared_stems, shared_answers = _shared_openings(stems), _shared_openings(answers)
    return (
        (continued or (shared_stems >= _SHARED * len(stems) and shared_answers * 2 <= shared_stems))
        and 2 * sum(1 for stem in stems if speaks_of_self(stem) or addresses_someone(stem))
        >= len(stems)
    )


def _stem_shaped(line: str) -> bool:
    return (
        line[:1].isupper() and not line.endswith(_ENDS)
        and len(line.split()) <= _STEM_WORDS and len(line) <= _STEM_CHARS
    )


def _shared_openings(lines: list[str]) -> int:
    firsts = [_first_word(line) for line in lines]
    counts = Counter(firsts)
    return sum(1 for word in firsts if counts[word] > 1)


def _first_word(line: str) -> str:
    word = line.split()[0] if line.split() else ""
    return word.split("’")[0].split("'")[0].casefold()  # "L’oiseau": "l"
