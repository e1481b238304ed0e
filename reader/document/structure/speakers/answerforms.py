"""Interviews where only the answers are marked: the guest's name ("Zuluaga: Los nervios…")
or a dash ("– Od lipca …") opens each answer, and the questions stand unmarked right before
them."""

from __future__ import annotations

import re
from statistics import median

from ...model import BlockKind
from ..questions.qa import QA, Form, assemble, question_ratio
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, split_prefix

_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
_ASKING_MARKS = (Prefix.NONE, Prefix.DASH)


def form_answerer(cues: Cues) -> QA | None:
    """ANSWERER: only the guests are named ("Zuluaga: Los nervios…"); the questions stand
    unlabelled before their turns. The names open ≥ 2 blocks, less than half of them ending
    like questions; the unlabelled paragraphs right before them, ≥ 2, at least half ending
    like questions and shorter by median, are the questions."""
    prefixes = cues.prefixes
    if not any(prefix is Prefix.SPEAKER for prefix in prefixes):
        return None
    turns = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.SPEAKER]
    if len(turns) < 2 or question_ratio(cues, turns) >= 0.5:
        return None
    # The interviewer named once, over the first question only ("Marta Quiroga (conductora):
    # Julio, bienvenido. ¿Cómo nació …?" / "Julio Lagos: …" / "¿Te escuchás …?" / "Lagos: …"):
    # that turn asks; it is no guest's answer, nor the first of two guests answering in turn.
    opening = turns[0] if _asker_named_once(cues, turns) else -1
    turns = [k for k in turns if k != opening]
    # Two guests answering each question in turn ("Milka Perić: …" / "Ivana Radić: …"): the
    # named paragraphs in a row are one answer, asked once by the paragraph above the first.
    turns = [k for k in turns if k - 1 not in turns] if len(turns) >= 4 else turns
    # The questions may all open with a dash, the guest's name opening every answer ("―大学
    # 時代の…そうですが。" / "中嶋:最初の会社を…"): the dash marks the asking side as the name
    # marks the answering one.
    asked = _questions_before(cues, turns, chatty=True, marks=_ASKING_MARKS)
    if asked is None:
        return None
    asked = [k for k in asked if k != opening]
    _label_asker_named_once(cues, asked, {cues.speakers[k] for k in turns})
    return assemble(Form.SPEAKER, cues, sorted(asked + ([opening] if opening >= 0 else [])))


def _asker_named_once(cues: Cues, turns: list[int]) -> bool:
    """Whether the first named turn is an interviewer's, named only there: it asks, and the
    next block is another speaker's named turn, the guest's first answer."""
    first = turns[0]
    speaker = cues.speakers[first]
    return (
        len(turns) >= 3
        and sum(1 for k in turns if cues.speakers[k] == speaker) == 1
        and first + 1 in turns and cues.speakers[first + 1] != speaker
        and (cues.ends[first] is Ending.QUESTION or "?" in cues.content(first))
    )


def _label_asker_named_once(cues: Cues, asked: list[int], guests: set[str]) -> None:
    """The first question's label, when it names someone once who is no guest ("Marta Quiroga
    (conductora): Julio, bienvenido. ¿Cómo …?"): the cues keep only names that recur, so the
    label is read again here, and becomes the question's speaker instead of its first words.
    So is a later question's label of the first one's shape (a readers' column naming each
    letter's writer once)."""
    first_label = ""
    for n, k in enumerate(asked):
        if cues.prefixes[k] is not Prefix.NONE or cues.kinds[k] not in _PROSE:
            if n == 0:
                return
            continue
        prefix, speaker, cut = split_prefix(cues.blocks[cues.lo + k].text)
        if prefix is not Prefix.SPEAKER or speaker in guests or cues.ends[k] is not Ending.QUESTION:
            if n == 0:
                return
            continue
        # Past the first question, a label of the first one's shape: a readers' column names
        # each letter's writer once, in the same words around the name ("读者王女士来信：" /
        # "读者小陈来信："); another name run into a later question's words stays words.
        if n > 0 and not _same_label_shape(first_label, speaker):
            continue
        first_label = first_label or speaker
        cues.prefixes[k], cues.speakers[k], cues.cuts[k] = prefix, speaker, cut


# How much of a label without spaces (Chinese, Japanese) two labels must share at either end.
_SHARED_CHARACTERS = 2


def _same_label_shape(label: str, other: str) -> bool:
    """Whether two different labels share their first or last word ("Reader Ann asks" /
    "Reader Tom asks"), or, written without spaces, their first or last two characters
    ("读者王女士来信" / "读者小陈来信"): one frame around different names."""
    if not label or label == other:
        return False
    words, others = label.split(), other.split()
    if len(words) > 1 and len(others) > 1:
        return words[0] == others[0] or words[-1] == others[-1]
    if len(words) > 1 or len(others) > 1 or min(len(label), len(other)) <= _SHARED_CHARACTERS:
        return False
    n = _SHARED_CHARACTERS
    return label[:n] == other[:n] or label[-n:] == other[-n:]


def form_dashed_answers(cues: Cues) -> QA | None:
    """DASH, answers only: the guest's turns open with a dash ("– Od lipca …"), the questions
    stand unmarked before them, as Polish and Spanish papers print them. The dashed blocks, ≥ 2,
    (almost) never ask; the unmarked paragraphs right before them, one per dash at least three
    times in four, ask at least half the time and are shorter by median. The questions need
    not all end in "?": "Proszę wyjaśnić …." is one by its place."""
    prefixes, kinds = cues.prefixes, cues.kinds
    if any(prefix is Prefix.SPEAKER for prefix in prefixes):
        return None
    turns = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.DASH and kinds[k] in _PROSE]
    if len(turns) < 2 or question_ratio(cues, turns) > 0.1:
        return None
    # Answers as short as their questions ("Hva kommer du til å savne mest …?" / "– Kollegaene
    # og elevene."): three questions or more all asking, no dashed answer asking, is the
    # page's own alternation, whatever the lengths (``chatty``).
    asked = _questions_before(cues, turns, chatty=True)
    if asked is None:
        return None
    return assemble(Form.DASH, cues, _named_first_answer(cues, asked) + asked)


# "Marek Kowalczyk, selekcjoner reprezentacji: …": a first name and a surname (or two), what
# they are after a comma, then a colon.
_NAMED_IN_FULL = re.compile(
    rf"[{CAPITALS}][\w'’\-]+(?:\s[{CAPITALS}][\w'’\-]+){{1,2}}(?:,\s[^:\n]{{2,60}})?\s?:\s"
)


def _named_first_answer(cues: Cues, asked: list[int]) -> list[int]:
    """The first question, above the guest's first answer named in full, the later answers
    dashed ("Jak u pana …?" / "Marek Kowalczyk, selekcjoner reprezentacji: Wnioski …" / "…?" /
    "- Ze sztabem …"): the paragraph above the named answer, when it asks and is marked by
    nothing."""
    named = asked[0] - 1
    named -= named > 0 and named in cues.asides  # "Reklama" after the guest's first answer
    first = named - 1
    if first < 0 or cues.prefixes[named] is not Prefix.NONE:
        return []
    if _NAMED_IN_FULL.match(cues.content(named), 0, 120) is None:
        return []
    # The interviewer named in full too ("Wojciech Górny, Interia: … to będzie pana zadanie."):
    # the first turn asks by its place, whatever it ends with.
    interviewer = _NAMED_IN_FULL.match(cues.content(first), 0, 120)
    if interviewer is not None and _full_name(interviewer) != _full_name(
        _NAMED_IN_FULL.match(cues.content(named), 0, 120)
    ):
        if cues.kinds[first] not in _PROSE or cues.kinds[named] not in _PROSE:
            return []
        prefix, speaker, cut = split_prefix(cues.blocks[cues.lo + first].text)
        if prefix is Prefix.SPEAKER:  # named once, so not kept as a speaker by the cues
            cues.prefixes[first], cues.speakers[first], cues.cuts[first] = prefix, speaker, cut
        return [first]
    if cues.prefixes[first] is not Prefix.NONE or cues.ends[first] is not Ending.QUESTION:
        return []
    return [first] if cues.kinds[first] in _PROSE and cues.kinds[named] in _PROSE else []


def _full_name(named: re.Match[str] | None) -> str:
    return named.group(0).split(",")[0].split("(")[0].strip(" :") if named else ""


def _pulled_out(cues: Cues, k: int) -> bool:
    """Whether block ``k`` is a pull quote or a caption standing between a question and its
    dashed answer: a paragraph of some length with no sentence-ending mark at all, below a
    paragraph that asks."""
    content = cues.content(k).rstrip()
    return (
        k > 0
        and cues.kinds[k] is BlockKind.PARAGRAPH
        and cues.prefixes[k] is Prefix.NONE
        and cues.words(k) >= _PULL_QUOTE_WORDS
        and content[-1:].isalpha()
        and cues.ends[k - 1] is Ending.QUESTION
        and cues.prefixes[k - 1] is Prefix.NONE
    )


_PULL_QUOTE_WORDS = 8


def _questions_before(cues: Cues, turns: list[int], chatty: bool = False,
                      marks: tuple[Prefix, ...] = (Prefix.NONE,)) -> list[int] | None:
    """The unlabelled paragraphs right before the guest's ``turns``, when they are the
    questions: ≥ 2, one per turn at least three times in four, at least half ending like
    questions, and shorter than the turns by median. ``chatty``: a named guest's turns may be
    the shorter when three or more paragraphs before them all ask and none of the turns does
    (a school paper's interviewer chats before each question: "… Tell me how it was?" /
    "Z.M: Our trip was great.")."""
    prefixes, kinds = cues.prefixes, cues.kinds
    # An advert's marker between a question and its answer ("ANZEIGE") stands aside, and so
    # does a pull quote, unpunctuated, below a question ("Musimy podnieść … ich nabór i
    # selekcja" between "Zgadza się pan …?" and "- Nie chciałbym …").
    before = [k - 2 if k > 1 and (k - 1 in cues.asides or _pulled_out(cues, k - 1)) else k - 1
              for k in turns]
    asked = [
        k for k in before if k >= 0 and prefixes[k] in marks and kinds[k] in _PROSE
    ]
    # Questions all opened by the page's dash ask by their mark: a quarter of them ending like
    # questions suffices ("―…始めたそうですが。", "―そして通信販売へ。").
    dashed = bool(asked) and all(prefixes[k] is Prefix.DASH for k in asked)
    needed = 0.25 if dashed else 0.5
    if len(asked) < 2 or 4 * len(asked) < 3 * len(turns) or question_ratio(cues, asked) < needed:
        return None
    if median(cues.words(k) for k in asked) >= median(cues.words(k) for k in turns) and not (
        chatty and len(asked) >= 3 and question_ratio(cues, asked) == 1.0
        and question_ratio(cues, turns) == 0.0
    ):
        return None
    return asked
