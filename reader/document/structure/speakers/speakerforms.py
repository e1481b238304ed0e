"""The interviewer's name before each question ("SPIEGEL:", "Priya:", "H.:"), or only the
guest's before each answer: who asks, found from who speaks how often, how briefly and to
whom."""

from __future__ import annotations

import re
from statistics import median

from ...model import BlockKind
from ..questions.qa import QA, Form, assemble, question_ratio
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, sentence_count, split_prefix
from .asides import interviewer_asides
from .guests import guest_of

_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)


def form_speaker(cues: Cues) -> QA | None:
    """SPEAKER: a name before a colon opens ≥ 2 blocks, at least half of them ending like
    questions, and most of the time the next block is not theirs. With several names, the
    interviewer is the one asking most; then the one speaking shortest; then the first."""
    prefixes, speakers, sizes = cues.prefixes, cues.speakers, cues.sizes
    by_name: dict[str, list[int]] = {}
    for k, prefix in enumerate(prefixes):
        if prefix is Prefix.SPEAKER:
            by_name.setdefault(speakers[k], []).append(k)
    names = {name: ks for name, ks in by_name.items() if len(ks) >= 2}
    if not names:
        return _asked_of_several(cues, by_name)

    def rank(name: str) -> tuple[float, float, int]:
        ks = names[name]
        return (question_ratio(cues, ks), -sum(sizes[k] for k in ks) / len(ks), -ks[0])

    chaired = _chaired(cues, names, by_name)
    if chaired:
        witness = speakers[chaired[0] + 1]
        return assemble(Form.SPEAKER, cues, chaired, lambda j: speakers[j] == witness)
    asker = max(names, key=rank)
    marks = names[asker]
    if question_ratio(cues, marks) < 0.5 and not _asks_briefly(cues, marks, names, asker):
        return None
    last = len(cues) - 1
    handed_over = sum(1 for k in marks if k < last and speakers[k + 1] != asker)
    if handed_over * 2 < len(marks):
        return None
    askers = _askers(cues, by_name, asker)
    asked = sorted(k for name in askers for k in by_name[name])
    taken = set(asked)
    # An interviewer's remark that asks nothing, with another interviewer's question right
    # after it ("Emil: Das ist gut." / "Jonas: Fällt dir …?"), closes the answer before it.
    remarks = {
        k
        for k in asked
        if k + 1 in taken and speakers[k + 1] != speakers[k] and cues.ends[k] is Ending.NONE
    }
    # A head block's line ("Moderator: Line Holm.") run into the first turn of the same label:
    # a name, not a question's first line.
    remarks |= {
        k for k in asked
        if k + 1 in taken and speakers[k + 1] == speakers[k] and _only_names(cues.content(k))
    }
    asides = interviewer_asides(cues, asked, askers)
    asked = [k for k in asked if k not in remarks and k not in asides]
    return assemble(
        Form.SPEAKER,
        cues,
        sorted(asked + _unnamed_questions(cues, set(asked), askers)),
        lambda j: prefixes[j] is Prefix.SPEAKER and speakers[j] not in askers,
    )


_UNNAMED_WORDS = 20
_NAME_WORDS = 4


def _only_names(text: str) -> bool:
    """Whether ``text`` only names someone: four capitalised words at most ("Line Holm.")."""
    words = text.strip().rstrip(".").split()
    return 0 < len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in words)


def _unnamed_questions(cues: Cues, asked: set[int], askers: set[str]) -> list[int]:
    """A question the interviewer's name was left off, between two turns of one guest ("Bernd
    Mahler: …" / "Was macht das Gebäude so besonders?" / "Mahler: Das Licht."): the guest
    named again means someone else spoke between. A short paragraph of one sentence that asks,
    marked by nothing; a guest's turn of several paragraphs ending in a rhetorical question
    has the next guest's turn after it."""
    prefixes, speakers = cues.prefixes, cues.speakers
    found, named = [], -1
    for k in range(len(cues) - 1):
        if prefixes[k] is Prefix.SPEAKER:
            named = k
            continue
        if (
            named >= 0
            and speakers[named] not in askers
            and prefixes[k] is Prefix.NONE
            and cues.kinds[k] is BlockKind.PARAGRAPH
            and cues.ends[k] is Ending.QUESTION
            and prefixes[k + 1] is Prefix.SPEAKER
            and _same_person(speakers[named], speakers[k + 1])
            and cues.words(k) <= _UNNAMED_WORDS
            and sentence_count(cues.content(k)) == 1
        ):
            found.append(k)
    return [k for k in found if k not in asked]


def _same_person(name: str, other: str) -> bool:
    """"bernd mahler" and "mahler": a name and its last word."""
    return name == other or name.split()[-1] == other or other.split()[-1] == name


def _asked_of_several(cues: Cues, by_name: dict[str, list[int]]) -> QA | None:
    """One named question, then each person it was put to named once over an answer (see
    ``namedonce.asked_of_several``, which kept the names): the one question."""
    turns = sorted(k for ks in by_name.values() for k in ks)
    readers = _readers_asking(cues, turns)
    if readers is not None:
        return readers
    if len(turns) < 4 or cues.ends[turns[0]] is not Ending.QUESTION:
        return None
    if any(cues.ends[k] is Ending.QUESTION for k in turns[1:]):
        return None
    return assemble(Form.SPEAKER, cues, turns[:1], minimum=1)


def _readers_asking(cues: Cues, turns: list[int]) -> QA | None:
    """Readers' questions, each reader named once ("Zdenka: Musí si …?" / "Pokud se …"): every
    named turn asks and is answered by an unnamed block, three times or more — the readers are
    the askers, the guest is never named."""
    if len(turns) < 3:
        return None
    last = len(cues) - 1
    for k in turns:
        if k >= last or cues.prefixes[k + 1] is Prefix.SPEAKER:
            return None
        if cues.ends[k] is not Ending.QUESTION and "?" not in cues.content(k):
            return None
    return assemble(Form.SPEAKER, cues, turns)


def _chaired(
    cues: Cues, names: dict[str, list[int]], by_name: dict[str, list[int]]
) -> list[int]:
    """A hearing's questions: a chair speaks most, opening, handing the floor over and closing,
    and members ask a witness, who never asks and always speaks after someone else. The
    questions are the turns that ask and that the witness answers ("Mr. Santos. How many
    …?" / "Ms. Harlow. Twelve …"), not the chair's procedure ("Thank you. Mr. Santos.") nor a
    member's "I yield back."; none unless three names recur, the chair (no witness) speaks
    first and last, and two people or more ask. A member may ask once ("Poseł Ewa Kruk (PiS):
    Panie ministrze, ile …?"): the chair and the witness recur, three speakers in all."""
    if len(names) < 2 or len(by_name) < 3:
        return []
    speakers, prefixes, ends = cues.speakers, cues.prefixes, cues.ends

    def witnesses(name: str) -> bool:
        turns = names[name]
        return question_ratio(cues, turns) == 0.0 and all(
            k > 0 and prefixes[k - 1] is Prefix.SPEAKER and speakers[k - 1] != name
            for k in turns
        )

    witness = max((name for name in names if witnesses(name)), key=lambda n: len(names[n]),
                  default="")
    # The chair speaks most of those who are no witness (a witness may answer as often).
    chair = max((name for name in names if name != witness), key=lambda n: len(names[n]),
                default="")
    if not witness or not chair:
        return []
    chair_turns = names[chair]
    named = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.SPEAKER]
    # The chair opens the hearing and closes it; or the chair they relieved opened it, once,
    # asking nothing ("Vizepräsident Dr. Hermann Stolz:" before "Vizepräsidentin Ute Brandt:").
    relieved = speakers[named[0]] not in names and ends[named[0]] is not Ending.QUESTION
    if chair_turns[0] != named[0] and not relieved or chair_turns[-1] != named[-1]:
        return []
    if 3 * sum(1 for k in chair_turns if speakers[k + 1 : k + 2] == [witness]) >= 2 * len(
        chair_turns
    ):
        return []  # the chair is an interviewer whom the guest answers
    # Who answers, past the chair giving the floor: the witness, or another who never asks.
    answerers = {name for name, turns in by_name.items()
                 if name != chair and question_ratio(cues, turns) == 0.0} | {witness}

    def answered(k: int) -> bool:
        j = k + 1
        while speakers[k] != chair and j < len(cues) and speakers[j] == chair:
            j += 1
        return j < len(cues) and speakers[j] in answerers

    asked = sorted(
        k for name, turns in by_name.items() if name not in answerers for k in turns
        if ends[k] is Ending.QUESTION and answered(k)
    )
    return asked if len({speakers[k] for k in asked}) >= 2 else []


def _answered_unnamed(cues: Cues, turns: list[int]) -> bool:
    """Whether a speaker's ``turns`` are answered, three times in four, by a block no one is
    named over and that does not ask."""
    answered = sum(
        1 for k in turns
        if k + 1 < len(cues) and cues.prefixes[k + 1] is Prefix.NONE
        and cues.ends[k + 1] is not Ending.QUESTION
    )
    return 4 * answered >= 3 * len(turns)


def _askers(cues: Cues, names: dict[str, list[int]], asker: str) -> set[str]:
    """Who asks: ``asker``, and with three speakers or more, everyone but the guest (the one
    speaking most after ``asker``, asking least of those who speak as often) whose turns the
    guest answers two times in three, as when two interviewers take turns ("H.:", "S.:" /
    "P.:") or a class asks its mayor, each child once."""
    others = [name for name in names if name != asker]
    if _answered_unnamed(cues, names[asker]):
        # Children taking turns to ask a guest whose answers are not named ("Hugo : …?" /
        # "J'étais bibliothécaire." / "Zoé : …?"): everyone whose turns all ask, so answered.
        return {asker} | {
            name for name in others
            if question_ratio(cues, names[name]) == 1.0 and _answered_unnamed(cues, names[name])
        }
    if len(others) < 2:
        return {asker}
    # the guest speaks most, or never asks while a host does (guests.py)
    guest = guest_of(cues, names, others)
    speakers, last = cues.speakers, len(cues) - 1

    def next_speaker(k: int) -> str:
        # the next named turn's: a turn may run on in a paragraph without its name
        k += 1
        while k <= last and cues.prefixes[k] is not Prefix.SPEAKER:
            k += 1
        return speakers[k] if k <= last else ""

    def answered(name: str) -> bool:
        # the closing turn, answered by no one, does not count
        turns = [k for k in names[name] if next_speaker(k)]
        handed = sum(1 for k in turns if next_speaker(k) == guest)
        if turns and 3 * handed >= 2 * len(turns):
            return True
        # a co-host who greets and remarks as much as they ask: the guest answers every
        # turn of theirs that asks
        asking = [k for k in turns if cues.ends[k] is Ending.QUESTION]
        return len(asking) >= 1 and all(next_speaker(k) == guest for k in asking)

    def answered_by_someone_who_does_not_ask(name: str) -> bool:
        # Each short interview of a page by its own reporter ("Ella:" / "Deniz:", then
        # "Tom:" / "Mara:"), or a first turn naming in full who asks later as initials
        # ("Jakob und Emir:" / "J & E:"): they ask, and who answers them (almost) never does.
        turns = names[name]
        repliers = {speakers[k + 1] for k in turns if k < last} - {"", name}
        handed = sum(1 for k in turns if k < last and speakers[k + 1] in repliers)
        return (
            question_ratio(cues, turns) >= 0.5
            and 3 * handed >= 2 * len(turns)
            and all(question_ratio(cues, names[replier]) <= 0.1 for replier in repliers)
        )

    asking = {name for name in others if answered_by_someone_who_does_not_ask(name)}
    if not answered(asker):
        return {asker} | asking
    return {asker} | asking | {name for name in others if name != guest and answered(name)}


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
    # Two guests answering each question in turn ("Milka Perić: …" / "Ivana Radić: …"): the
    # named paragraphs in a row are one answer, asked once by the paragraph above the first.
    turns = [k for k in turns if k - 1 not in turns] if len(turns) >= 4 else turns
    asked = _questions_before(cues, turns, chatty=True)
    return assemble(Form.SPEAKER, cues, asked) if asked is not None else None


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
    asked = _questions_before(cues, turns)
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


def _questions_before(cues: Cues, turns: list[int], chatty: bool = False) -> list[int] | None:
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
        k for k in before if k >= 0 and prefixes[k] is Prefix.NONE and kinds[k] in _PROSE
    ]
    if len(asked) < 2 or 4 * len(asked) < 3 * len(turns) or question_ratio(cues, asked) < 0.5:
        return None
    if median(cues.words(k) for k in asked) >= median(cues.words(k) for k in turns) and not (
        chatty and len(asked) >= 3 and question_ratio(cues, asked) == 1.0
        and question_ratio(cues, turns) == 0.0
    ):
        return None
    return asked


def _asks_briefly(cues: Cues, marks: list[int], names: dict[str, list[int]], asker: str) -> bool:
    """The interviewer's turns need not end in "?" ("Tell me about…", "Deux fois."): a speaker
    who asks at least once leads when their turns are half as long as the others' by median,
    or when they ask a quarter of the time and the others (almost) never do."""
    others = [k for name, ks in names.items() if name != asker for k in ks]
    if len(marks) < 3 or not others or not any(cues.ends[k] is Ending.QUESTION for k in marks):
        return False
    if question_ratio(cues, marks) >= 0.25 and question_ratio(cues, others) <= 0.1:
        return True
    return 2 * median(cues.sizes[k] for k in marks) <= median(cues.sizes[k] for k in others)
