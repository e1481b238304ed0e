"""A plain paragraph's lines that are turns: a question's line over its answer's, lines each
asking and answered, a question put without its "?". Decided on the paragraph's text and the
offsets of its soft line breaks (``lines.paragraph_lines`` cuts it)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..questions.dashedlines import dashed_line_cuts
from ..questions.tellrequests import request_line, tells_the_guest
from ..text.capitals import CAPITALS
from ..text.endings import bracketed_exchange
from ..text.textcues import Prefix, split_prefix
from .captionmarks import caption_turn_cuts
from .hardwrap import wrapped_paragraph_ends
from .labelledlines import labelled_line_cuts
from .sentenceends import opens_uncased

# "Vad är …, tycker du?" / "– Att se till …": a question's line, then its answer's line opened
# by a dialogue dash (a dash inside a line of prose is the sentence's).
_DASHED_REPLY = re.compile(rf"[-–—][ \t]?[¡¿«“\"]?[{CAPITALS}0-9]")


def paragraph_cuts(text: str, breaks: list[int]) -> tuple[list[int], bool]:
    """Where a plain-text paragraph is cut because its lines are turns (one paragraph per
    turn, as when a blank line parted them): two lines, a question and the dashed reply below
    it; or three lines or more each asking and answered on the same line ("How old are you?
    Seven."), below a line that names them ("Interview with T"), cut between question and
    answer too; or where its hard-wrapped paragraphs ended; or around unlabelled questions' lines
    over answers wrapped by hand (``asked_over_wrapped_answers``). Else whether its first line, a
    question, stands apart from its answer's lines (True: that break is kept)."""
    if (
        len(breaks) == 1
        and text[: breaks[0]].rstrip(" »”\"").endswith("?")
        and _DASHED_REPLY.match(text, breaks[0] + 1)
    ):
        return list(breaks), False
    if len(breaks) == 1 and bracketed_exchange(text[: breaks[0]], text[breaks[0] + 1 :]):
        return list(breaks), False  # "「…?」" / "松田君「…」": two turns (``endings``)
    credit_end = breaks[1] if len(breaks) > 1 else len(text)
    if breaks and _CREDIT_LINE.fullmatch(text, breaks[0] + 1, credit_end) and _ASKS.search(
        text, 0, breaks[0]
    ):
        # "Q 入行…吗？" / "@闲人一枚" / the answers: the reader asking, named under the question
        return list(breaks[:2]), False
    cuts = caption_turn_cuts(text, breaks)  # a video's captions: ">>" opens each turn
    cuts = cuts or _answered_lines(text, breaks) or asked_and_answered(text, breaks)
    cuts = cuts or labelled_line_cuts(text, breaks) or dashed_line_cuts(text, breaks)
    cuts = cuts or wrapped_paragraph_ends(text, breaks)
    cuts = cuts or asked_over_wrapped_answers(text, breaks)
    if cuts:
        return cuts, False
    # A question's line, then a line that asks nothing: kept apart, to tell where the
    # question ends when its answer asks too ("… Czy to nie zaskakuje?" / "Dlaczego miałoby
    # …? To …"); or when the answer runs to several lines ("Was ging dir … durch den Kopf?" /
    # "Was erwartet mich dort …" / "Ich war froh …").
    apart = len(breaks) == 1 and not _ASKS.search(text) and (
        _ASKS.search(text, 0, breaks[0]) is not None or asked_or_requested(text[: breaks[0]])
    )
    return [], apart or _question_over_answer_lines(text, breaks)


_ANSWER_LINES = 8  # more lines under a question are an article's paragraph, not one answer


def _question_over_answer_lines(text: str, breaks: list[int]) -> bool:
    """Whether a paragraph's first line is a question and its two or more later lines, which
    none ends with "?", its answer."""
    if not 2 <= len(breaks) < _ANSWER_LINES or not _ASKS.search(text, 0, breaks[0]):
        return False
    ends = [*breaks[1:], len(text)]
    later = list(zip(breaks, ends, strict=True))
    if _NUMBERED_LINE.match(text):
        # "1 Alex, como nasceu …?" over its answer: a numbered question's line, its answer free
        # to ask ("Sabe aquele dia …?"), as long as no later line is numbered (a worksheet's).
        return not any(_NUMBERED_LINE.match(text, start + 1) for start, _ in later)
    return not any(_ASKS.search(text, start + 1, end) for start, end in later)


# A question's number opening its line: "1 ", "2. ", "3) ", "4 - " before a word.
_NUMBERED_LINE = re.compile(r"\d{1,2}(?:[ \t]*[.)–-])?[ \t]+(?=[¿¡«“\"]?[^\W\d_])")


# A profile's field on a line of its own: "Nome: Luís Miguel Barata", "Estado civil: Casado".
_FIELD_LINE = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}:[ \t]+\S")


def last_line_asks_apart(text: str, breaks: list[int]) -> bool:
    """Whether a paragraph's last line is a question of its own under lines that ask nothing
    (an answer's, or a profile's fields: "Estado civil: Casado" / "Quando é que …?"): a
    capital opens it, the line above ended its sentence or is a field, and it is short.
    Whether the paragraph is cut there is the dashed answer's below it to say
    (``gluedturns``): a page's last sentence may well ask."""
    bounds = list(pairwise([-1, *breaks]))
    if not breaks or any(_ASKS.search(text, a + 1, b) for a, b in bounds):
        return False
    last = text[breaks[-1] + 1 :].strip()
    if not _ASKS.search(last) or not (last[:1].isupper() or opens_uncased(last)) or (
        len(last.split()) > _QUESTION_LINE_WORDS
    ):
        return False
    if split_prefix(last)[0] is not Prefix.NONE:
        return False  # labelled turns ("Q. …?"): the labels' rules cut them
    above = text[(breaks[-2] + 1 if len(breaks) > 1 else 0) : breaks[-1]].strip()
    if not last[:1].isupper() and above.endswith((":", "：")):
        return False  # "qbc:" / "さやかさんは…?": a speaker's name over the words it labels
    return bool(_SENTENCE_END.search(above) or _FIELD_LINE.match(above))


# A question put without its "?", as a questionnaire's line may be ("What is the book you are
# most ashamed never to have read"): an interrogative word opens it, nothing ends it.
_INTERROGATIVE = re.compile(
    r"(?:What|Who|Which|Why|How|When|Where|Was|Wer|Wie|Warum|Wo|Welche[rsnm]?|Quel(?:le)?s?"
    r"|Pourquoi|Comment|Qu['’]est-ce|Qué|Quién|Cómo|Cuál|Dónde|Cosa|Chi|Come|Perché|Dove"
    r"|Quale|Wat|Wie|Waarom|Hoe|Co|Kto|Jak|Dlaczego|Gdzie)\b"
)


def opens_with_interrogative(text: str) -> bool:
    """Whether an interrogative word opens ``text`` ("What …", "Wie …", "Pourquoi …")."""
    return _INTERROGATIVE.match(text) is not None


def asked_without_mark(line: str) -> bool:
    """Whether a line asks with no "?": an interrogative word opens it, no punctuation ends it."""
    line = line.strip()
    return bool(line) and line[-1].isalpha() and _INTERROGATIVE.match(line) is not None


def asked_or_requested(line: str) -> bool:
    """Whether a line asks with no "?" or is a short request to the guest in a question's
    place ("Tell us a little bit about your life.", ``tellrequests.request_line``)."""
    return asked_without_mark(line) or request_line(line)


# A line that ends a sentence (or a quotation), not one a hard wrap broke mid-sentence.
_SENTENCE_END = re.compile(r"[.?？!…:。»”\"')\]؟۔।]\s*$")  # "؟": Arabic, Persian asking
_ASKS = re.compile(r"[?？؟][»”\"'\s]*$")
# A reader's handle alone on the line under the question they sent in ("@薄荷地铁", "@anna_k").
_CREDIT_LINE = re.compile(r"@[^\s@]{1,30}\s*")
_TIMED = re.compile(r"[\[(]?\d{1,2}:\d{2}")
_ASKED_LINES = 3
_ENDED_SHARE = 0.75


def asked_and_answered(text: str, breaks: list[int]) -> list[int]:
    """Every line break of a paragraph whose lines are turns, questions and their answers
    one under the other ("Что вдохновило вас …?" / "Я её не выбирала …" / "С какими …?"):
    three lines or more ask, each answered by the line after it, which asks nothing, and three
    lines in four end a sentence (hard-wrapped prose breaks them mid-sentence)."""
    if len(breaks) + 1 < _ASKED_LINES:
        return []  # too few lines to ask three times (most paragraphs: one line)
    bounds = list(pairwise([-1, *breaks, len(text)]))
    asking = [_ASKS.search(text, a + 1, b) is not None or _dashed_request(text[a + 1 : b])
              for a, b in bounds]
    if sum(asking) < _ASKED_LINES or asking[-1]:
        return []
    if 2 * sum(1 for a, _ in bounds if _TIMED.match(text, a + 1)) >= len(bounds):
        return []  # a machine transcript's timed lines, cut wherever the speaker paused
    if any(asks and after for asks, after in pairwise(asking)):
        return []
    apart = [_SEPARATOR.fullmatch(text, a + 1, b) is not None for a, b in bounds]
    ended = sum(1 for (a, b), drawn in zip(bounds, apart, strict=True)
                if drawn or _SENTENCE_END.search(text, a + 1, b))
    if ended < _ENDED_SHARE * len(bounds):
        return []
    # The separators stay with the answer above them: no turn of their own.
    return [cut for cut, drawn in zip(breaks, apart[1:], strict=True) if not drawn]


# A line of no letter or digit ("|", "* * *", "---") between the pairs: a separator the page
# draws, never a wrapped sentence's piece, so it ends its line as a sentence does.
_SEPARATOR = re.compile(r"[^\w]+")


_QUESTION_LINE_WORDS = 25


def asked_over_wrapped_answers(text: str, breaks: list[int]) -> list[int]:
    """The breaks around each question's line in a paragraph whose questions stand on lines of
    their own over answers hard-wrapped onto several lines ("Mi vett rá …?" / "Édesanyám …
    Nélkülük" / "nem lett volna …"), a question left unanswered among them: three lines or
    more ask, each whole (a capital opens it, the line above ended its sentence) and short,
    and the last line answers. ``asked_and_answered`` wants each answer on one line."""
    if len(breaks) + 1 < _ASKED_LINES:
        return []  # too few lines to ask three times
    bounds = list(pairwise([-1, *breaks, len(text)]))
    asking = [_ASKS.search(text, a + 1, b) is not None for a, b in bounds]
    if sum(asking) < _ASKED_LINES or asking[-1]:
        return []
    cuts: set[int] = set()
    for number, (a, b) in enumerate(bounds):
        if not asking[number]:
            continue
        line = text[a + 1 : b].strip()
        whole = number == 0 or _SENTENCE_END.search(text, bounds[number - 1][0] + 1, a)
        if not whole or not line[:1].isupper() or len(line.split()) > _QUESTION_LINE_WORDS:
            return []  # a wrapped sentence that happens to end a line with its "?"
        if split_prefix(line)[0] is not Prefix.NONE:
            return []  # labelled turns ("Q. …?", "THE COURT: …?"): the labels' rules cut them
        cuts.update(cut for cut in (a, b) if 0 <= cut < len(text))
    return sorted(cuts)


_REQUEST_WORDS = 12


def _dashed_request(line: str) -> bool:
    """Whether a line is a dashed turn asking the guest to tell us, in a question's place
    ("– Cuéntanos un poco de ti.", "- Tell us about yourself."): short, one period."""
    line = line.strip()
    return (
        line[:1] in "-–—"
        and line.endswith(".")
        and len(line.split()) <= _REQUEST_WORDS
        and tells_the_guest(line)
    )


# "How old are you this year?  Seven.": a question opening the line, then its answer, which
# asks nothing and ends its sentence (a hard-wrapped line of prose runs on).
_ANSWERED_LINE = re.compile(
    rf"[¿¡«“\"]?[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω][^?]{{2,}}\?[»”\"]?( )[ \t]*[^?\s][^?]*[.!…»”\")]"
)
_ANSWERED_LINES = 3


def _answered_lines(text: str, breaks: list[int]) -> list[int]:
    """The cuts of a paragraph whose lines each hold a question and its answer (the first
    line may be their heading): at every line break, and at the space after each question;
    none unless three lines or more are so and every line but the first is."""
    if len(breaks) + 1 < _ANSWERED_LINES:
        return []  # too few lines for three answered ones (a full match of each is costly)
    bounds = list(pairwise([-1, *breaks, len(text)]))
    cuts: list[int] = []
    for number, (before, end) in enumerate(bounds):
        line = _ANSWERED_LINE.fullmatch(text, before + 1, end)
        if line is None and number > 0:
            return []
        if number > 0:
            cuts.append(before)
        if line is not None:
            cuts.append(line.start(1))
    answered = len(cuts) - len(breaks)
    return cuts if answered >= _ANSWERED_LINES else []
