"""The interviewer's name before each question ("SPIEGEL:", "Priya:", "H.:"), or only the
guest's before each answer: who asks, found from who speaks how often, how briefly and to
whom."""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from ...model import BlockKind
from ..questions.qa import QA, Form, assemble, question_ratio, text_of
from ..text.cues import Cues
from ..text.textcues import Ending, Prefix, sentence_count
from .asides import courtesy_reply, interviewer_asides, tells_to_speak, welcome_lead
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
        return _askers_named_once(cues, by_name, names)
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
    found = assemble(
        Form.SPEAKER,
        cues,
        sorted(asked + _unnamed_questions(cues, set(asked), askers)),
        lambda j: prefixes[j] is Prefix.SPEAKER and speakers[j] not in askers,
    )
    return _past_courtesies(cues, found) if found is not None else None


def _past_courtesies(cues: Cues, found: QA) -> QA:
    """Each question whose turn opens with a reply to the guest's thanks in a paragraph of its
    own ("SJ– It is my pleasure!" / "Now, you have watched …?"): the question is the paragraph
    that asks, still the interviewer's."""
    lo = cues.lo
    questions = tuple(
        replace(question, first=question.first + 1,
                text=text_of(cues, question.first - lo + 1, question.answer - lo))
        if question.answer - question.first >= 2 and (
            courtesy_reply(cues, question.first - lo) or welcome_lead(cues, question.first - lo)
        )
        else question
        for question in found.questions
    )
    return replace(found, questions=questions)


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


def _askers_named_once(
    cues: Cues, by_name: dict[str, list[int]], names: dict[str, list[int]]
) -> QA | None:
    """Readers or callers asking a guest who is named over every answer, each asker named
    once ("– Trần Văn Lộc, 45 tuổi: …?" / "– Dan Mercer: …"): the only name that recurs asks
    nothing, so it is the guest's; the askers are the names used once whose turn asks and
    is answered by that name right after, two of them at least."""
    if len(names) != 1:
        return None
    (guest, answers), = names.items()
    answered = set(answers)
    asked = sorted(
        k for name, ks in by_name.items() if len(ks) == 1 for k in ks
        if k + 1 in answered and (cues.ends[k] is Ending.QUESTION or "?" in cues.content(k))
    )
    if len(asked) < 2:
        return None
    return assemble(Form.SPEAKER, cues, asked, lambda j: cues.speakers[j] == guest)


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
    questions are the turns that ask, or tell them to speak, and that the witness answers
    ("Mr. Santos. How many …?" / "Ms. Harlow. Twelve …"), not the chair's procedure ("Thank
    you. Mr. Santos.") nor a member's "I yield back."; none unless three names recur, the
    chair (no witness) speaks first and last, and two people or more ask. A member may ask
    once ("Poseł Ewa Kruk (PiS): Panie ministrze, ile …?"): the chair and the witness recur,
    three speakers in all."""
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
        # a moderator's request by name asks too ("Mei, tell us about the Friday nights.")
        if (ends[k] is Ending.QUESTION or tells_to_speak(cues.content(k))) and answered(k)
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


def _asks_briefly(cues: Cues, marks: list[int], names: dict[str, list[int]], asker: str) -> bool:
    """The interviewer's turns need not end in "?" ("Tell me about…", "Deux fois."): a speaker
    who asks at least once leads when their turns are half as long as the others' by median,
    or when they ask a quarter of the time and the others (almost) never do."""
    others = [k for name, ks in names.items() if name != asker for k in ks]
    if len(marks) < 3 or not others or not any(cues.ends[k] is Ending.QUESTION for k in marks):
        return False
    asking = question_ratio(cues, marks)
    if asking >= 0.25 and question_ratio(cues, others) <= min(0.15, asking / 2):
        return True  # the guest asking back once in a podcast's chat ("Sei d'accordo?")
    if _takes_turns_asking(cues, marks, others):
        return True
    return 2 * median(cues.sizes[k] for k in marks) <= median(cues.sizes[k] for k in others)


_ALTERNATIONS = 4


def _takes_turns_asking(cues: Cues, marks: list[int], others: list[int]) -> bool:
    """Two names taking turns four times or more, each of one's turns answered at once by
    the other's, the first shorter by median and the other never asking: the first asks,
    though most of its turns are requests or statements put to the other ("Reporter: Please
    describe …." / "Official: We must …"), as a satirical or a translated exchange prints
    them. A conversation in which both ask, or one speaks twice in a row, keeps the tests
    above."""
    after = set(others)
    answered = sum(1 for k in marks if k + 1 in after)
    return (
        answered >= _ALTERNATIONS
        and answered >= len(marks) - 1
        and question_ratio(cues, others) == 0
        and median(cues.sizes[k] for k in marks) < median(cues.sizes[k] for k in others)
    )
