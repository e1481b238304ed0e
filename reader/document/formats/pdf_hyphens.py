"""Whether a hyphen at the end of a PDF line cuts a word in two ("infor-" / "mation") or is the
word's own ("au-" / "pair"): the file's text cannot say, PDFium marks both alike.

A file hyphenates its words (InDesign does, Word and LibreOffice when asked) or it does not
(Word's, LibreOffice's and Google Docs' default): then a hyphen ends a line only where the word
has one, a few times in a hundred lines, where a hyphenating file ends one line in ten or
fewer with a cut. In a file that hyphenates, a cut word is joined again unless the file writes
it with its hyphen elsewhere, or joins what follows to words with a hyphen elsewhere (French
questions, "avez-" / "vous", where two columns end many lines with such a hyphen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_breaks import LINE_HYPHENS
from .pdf_lines import Line

_COMPOUND = re.compile(r"\w+(?:-\w+)+")  # "au-pair", "fifty-two", "Sud-Est"
# A file hyphenates when more of its lines than this end in a hyphen before a small letter
# (and two at least): in twenty pages of interviews set without hyphenation, such lines
# are one in a hundred or fewer.
_HYPHENATING_SHARE = 1 / 40


@dataclass(frozen=True, slots=True)
class WordCuts:
    hyphenates: bool  # the file cuts its words at line ends
    compounds: frozenset[str]  # words the file writes with a hyphen inside a line
    # Their parts after a hyphen: what the file joins with one ("-vous", "-t-il", "-two").
    joined_parts: frozenset[str]

    @classmethod
    def of(cls, lines: list[Line]) -> WordCuts:
        compounds = frozenset(m.group().casefold() for line in lines
                              for m in _COMPOUND.finditer(line.text))
        parts = frozenset(part for word in compounds for part in word.split("-")[1:])
        found = cls(True, compounds, parts)
        cut = sum(1 for line, following in zip(lines, lines[1:], strict=False)
                  if line.text.endswith(("-", *LINE_HYPHENS)) and line.text[-2:-1].isalpha()
                  and found.cuts(line.text, following.text))
        return cls(cut >= max(2, len(lines) * _HYPHENATING_SHARE), compounds, parts)

    def cuts(self, line: str, following: str) -> bool:
        """Whether the hyphen ending ``line`` cut a word that ``following`` ends: not when
        the file writes that word with its hyphen elsewhere, nor when what follows is
        something the file joins with a hyphen ("avez-" / "vous")."""
        if not (self.hyphenates and following[:1].islower()):
            return False
        compound = _compound(line, following)
        return compound not in self.compounds and (
            compound.split("-", 1)[1] not in self.joined_parts)


def _compound(line: str, following: str) -> str:
    """The word a line-end hyphen cuts, with its hyphen ("au-" / "pair …": "au-pair")."""
    head = re.search(r"\w+$", line[:-1])
    tail = re.match(r"\w+", following)
    return f"{head.group() if head else ''}-{tail.group() if tail else ''}".casefold()
