"""Whether a line ends its sentence or asks, in the page's own script.

The tests that tell a writer's line end from a wrap's (``markdown.lines_look_like_paragraphs``,
``turnlines``) read a sentence's end: a wrap breaks a sentence, a writer ends one. They read
the Latin marks only, so a page in a script that ends its sentences otherwise (Arabic and
Persian "؟", Hindi "।", Urdu "۔") looked wrapped
throughout, and a page copied without blank lines stayed one paragraph with all its turns
(an Arabic blog's "1-الاسم؟" / "سارة عادل" / "2-السن؟" …).
"""

from __future__ import annotations

from ..text.endings import Ending, ending
from ..text.stressmarks import asks_inside

# Marks that end a sentence, in the scripts with spaces between words: Latin, Arabic and Persian
# ("؟"), Devanagari ("।", "॥"), Urdu ("۔"). Chinese and Japanese lines are read by their own
# rules (``cjklines``: a wrap breaks them anywhere, at one width), so their marks are not here.
SENTENCE_END_MARKS = (".", "?", "!", ":", "…", "؟", "۔", "।", "॥", "։")  # "։": Armenian
# Closing quotes and brackets after the mark ("…؟»").
_CLOSERS = "\"'»”’)]"
_ASKING_MARKS = ("?", "؟")


def ends_a_sentence(line: str) -> bool:
    """Whether ``line`` ends with a sentence's mark, in its script, closers set aside."""
    line = line.strip()
    return line.rstrip(_CLOSERS).endswith(SENTENCE_END_MARKS) or asks_inside(line)


def asks(line: str) -> bool:
    """Whether ``line`` ends by asking with a mark of a spaced script ("?", "؟", the Greek
    ";": ``text.endings``), not with a Chinese or Japanese one."""
    line = line.strip()
    return not line.rstrip(_CLOSERS).endswith("？") and ending(line) is Ending.QUESTION and (
        line.rstrip(_CLOSERS)[-1:] in "?؟;\u037e" or asks_inside(line))


# What may stand before a line's first letter: a bullet, a dash, an opening quote or bracket.
_LEADING = " \t-–—•■●▪◆►*@«“\"'(「『"


def opens_uncased(line: str) -> bool:
    """Whether ``line``'s first letter, after a bullet, a dash or an opening quote, is of a
    script with no case (Arabic, Hebrew, Devanagari, Han, Hangul…): where a capital cannot
    show that a sentence begins, the line above ending its own must."""
    first = line.lstrip(_LEADING)[:1]
    return first.isalpha() and not first.islower() and not first.isupper()


def uncased_question_line(line: str, above: str) -> bool:
    """Whether ``line`` is a whole question of a script with no case: it opens with such a
    letter, ends asking with a spaced script's mark ("؟", "?"), and the line above ended its
    sentence (a wrapped sentence's second half follows a line that stops short of its end)."""
    stripped = line.strip()
    return (
        opens_uncased(stripped)
        and stripped.rstrip(_CLOSERS).endswith(_ASKING_MARKS)
        and ends_a_sentence(above)
    )


_COMMAS = (",", "،", "、", "，", ";", "؛")
_SALUTATION_WORDS = 2  # "Dear Anna,", "عزيزي أحمد،": a line of its own however it goes on


def goes_on_after_comma(line: str, following: str) -> bool:
    """Whether ``line`` stops at a comma mid-sentence and ``following`` carries the sentence
    on: it opens in lower case, or in a script with no case, where only the comma shows that
    the sentence goes on ("أكيد واجهت صعوبات،" / "تعاملت معها بالصبر،" / "ونصيحتي: …", an
    answer broken by hand). A salutation's line of a word or two stays apart."""
    line, first = line.rstrip(), following.lstrip()[:1]
    return (
        line.endswith(_COMMAS)
        and len(line.split()) > _SALUTATION_WORDS
        and (first.islower() or (first.isalpha() and not first.isupper()))
    )
