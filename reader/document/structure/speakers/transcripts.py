"""Research and oral-history transcripts: a thesis appendix's interview, a focus group, a
qualitative study's turns labelled "I:" / "B:", "R:" / "P1:", "Int.:" / "IP:".

Such a transcript labels every turn, often with a time stamp after the label
("I: #00:00:04# …", "Enquêtrice : [00:00:10] …") or a line number before it, and opens with a
head block that names the interviewer ("Interviewerin: L. Hartmann"). Three rules:

- ``transcript_questions`` wraps the question finder: a focus group (one asker, two or more
  numbered participants "P1:", "TN2:", "Participant 3:") is read turn by turn first, since the
  participants answering in a row look like an interview of their own; when the finder finds
  nothing, turns labelled by one asker and answered by others still make the questions (the
  asker: the label whose turns ask, "R:" over "I:" in Italian, where "I" is the interviewee);
  a lone first question named by another label than every later one is the head block's line
  ("Interviewerin: L. Hartmann" above the "I:" turns) and is left out.
- ``untaped_title``: a tape's mark ("[Begin Tape 1, Side A]") is no title; the project's name
  above the head block is.
- ``stamp_free_headings``: the outline's question headings leave out a time stamp and the
  pause marks "(.)", "(..)", "(…)"; the text keeps every character.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ...model import Block, BlockKind, Role, Section, SectionKind
from ..questions.openings import without_thanks
from ..questions.qa import QA, Form, Question
from ..text.cues import Cues
from ..titles.frontmatter import Matter
from .askedback import without_asked_back
from .chapterlists import without_chapter_list
from .chatlogs import is_chat_log
from .playscripts import is_play_script
from .subtitlecues import subtitle_cue
from .timedheadings import needs_timing_removed, timing_free

_STAMP = (
    r"(?:#\d{1,2}:\d{2}(?::\d{2})?(?:[-.,]\d{1,3})?#"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]"
    r"|\(\d{1,2}:\d{2}(?::\d{2})?\))"
)
_TURN = re.compile(
    r"[ \t]*(?:\d{1,4}[ \t]+)?"  # a line number
    r"(?P<label>[^\W\d_][\w.'’/·-]*(?:[ \t][\w.'’/·-]+){0,2}?)[ \t]?:[ \t]+"
    rf"(?:{_STAMP}[ \t]*)?(?P<rest>\S.*)",
    re.DOTALL,
)
_ASKERS = frozenset({  # an interviewer's role as a transcript labels it
    "i", "int", "interviewer", "interviewerin", "interviewende", "r", "researcher",
    "moderator", "moderatorin", "mod", "m", "facilitator", "e", "entrevistador",
    "entrevistadora", "entrevistador/a", "enquêteur", "enquêtrice", "enquêteur·rice",
    "intervieweur", "intervieweuse", "intervistatore", "intervistatrice", "ricercatore",
    "ricercatrice", "investigador", "investigadora", "pesquisador", "pesquisadora", "ankieter",
    "ankieterka", "badacz", "badaczka", "q",
})
_PARTICIPANT = re.compile(
    r"(?i:p|tn|b|bp|ip|s|participant|participante|teilnehmer(?:in)?|befragte[rn]?|"
    r"sprecher(?:in)?|speaker|respondent|informant|uczestnik)[ \t]?\d{1,2}"
)
_LEADING_STAMP = re.compile(rf"^[ \t]*{_STAMP}[ \t]*")
_TRAILING_STAMP = re.compile(rf"[ \t]*{_STAMP}[ \t]*$")
_PAUSE = re.compile(r"[ \t]*\((?:\.{1,3}|…)\)")
_LABELLED_SHARE = 0.7  # of a transcript's body blocks open with a speaker's label
_MIN_ASKS = 3


def transcript_questions(
    blocks: list[Block], lo: int, hi: int, find: Callable[[list[Block], int, int], QA | None]
) -> QA | None:
    """The questions of ``blocks[lo:hi]``: a focus group's, else ``find``'s (without a head
    block's lone label line), else a labelled transcript's; none in a play's script or a
    chat's log."""
    if is_play_script(blocks[:hi]) or is_chat_log(blocks[:hi]):
        return None
    turns = _turns(blocks, lo, hi)
    if turns is not None and _focus_group(turns):
        group = _asked(blocks, lo, hi, turns)
        if group is not None:
            return group
    found = find(blocks, lo, hi)
    if found is None:
        return _asked(blocks, lo, hi, turns) if turns is not None else None
    found = without_chapter_list(blocks, found)  # the show notes' chapters ask nobody
    return _without_head_line(without_asked_back(blocks, found, lo, hi))


def stamp_free_headings(sections: list[Section]) -> list[Section]:
    """Question headings without a time stamp at either end or a pause mark, and without a
    subtitle cue's number and timing pasted before them (its "[NAME]" the speaker)."""
    return [
        _timed_free(s) if s.kind is SectionKind.QUESTION else s for s in sections
    ]


def _timed_free(section: Section) -> Section:
    heading = section.heading
    if "(" in heading or "#" in heading or "[" in heading or "-->" in heading:
        section = _cue_free(replace(section, heading=_stamp_free(heading)))
    # a video's or a podcast's transcript: "00:16>> …", "Speaker 3: …" (timedheadings)
    return timing_free(section) if needs_timing_removed(section.heading) else section


def _cue_free(section: Section) -> Section:
    """A subtitle pasted as text ("6 00:00:23,400 --> 00:00:26,600 [REDAKTORKA] Najdete si
    nástupce?"): its heading the words said, its speaker the name in brackets."""
    cue = subtitle_cue(section.heading)
    if cue is None:
        return section
    speaker, said = cue
    return replace(section, heading=said, speaker=section.speaker or speaker)


def _stamp_free(heading: str) -> str:
    bare = _PAUSE.sub("", _TRAILING_STAMP.sub("", _LEADING_STAMP.sub("", heading)))
    return bare.strip() or heading


def _turns(blocks: list[Block], lo: int, hi: int) -> dict[int, tuple[str, str]] | None:
    """Each labelled block's label and text, when most of the body's blocks are turns."""
    turns: dict[int, tuple[str, str]] = {}
    counted = 0
    for k in range(lo, min(hi, lo + 4000)):
        block = blocks[k]
        if block.kind is BlockKind.RULE or not block.text.strip():
            continue
        counted += 1
        if block.kind is BlockKind.HEADING:
            continue
        match = _TURN.match(block.text)
        if match:
            # f4 puts the stamp at the turn's end ("… raten? #00:03:44-2#"): it asks still
            turns[k] = (match["label"].strip(), _TRAILING_STAMP.sub("", match["rest"]).strip())
    if len(turns) < 2 * _MIN_ASKS or len(turns) < _LABELLED_SHARE * counted:
        return None
    return turns


def _focus_group(turns: dict[int, tuple[str, str]]) -> bool:
    labels = Counter(label for label, _ in turns.values())
    numbered = [label for label in labels if _PARTICIPANT.fullmatch(label)]
    askers = [label for label in labels if _key(label) in _ASKERS]
    return len(numbered) >= 2 and len(askers) == 1 and labels[askers[0]] >= _MIN_ASKS


def _asked(
    blocks: list[Block], lo: int, hi: int, turns: dict[int, tuple[str, str]]
) -> QA | None:
    """Questions of the asker's turns: the asker's label, among the known askers', is the one
    whose turns end with "?" most often, and more often than any other label's."""
    by_label: dict[str, list[int]] = {}
    for k, (label, _) in turns.items():
        by_label.setdefault(label, []).append(k)
    if len(by_label) < 2:
        return None
    ratio = {
        label: sum(turns[k][1].rstrip().endswith("?") for k in ks) / len(ks)
        for label, ks in by_label.items()
    }
    candidates = [label for label in by_label
                  if _key(label) in _ASKERS and len(by_label[label]) >= _MIN_ASKS]
    if not candidates:
        return None
    asker = max(candidates, key=lambda label: ratio[label])
    if ratio[asker] < 0.4 or any(ratio[o] >= ratio[asker] for o in by_label if o != asker):
        return None
    asks = by_label[asker]
    questions = []
    for index, k in enumerate(asks):
        following = asks[index + 1] if index + 1 < len(asks) else hi
        answer = next((j for j in range(k + 1, following) if j in turns), following)
        text = " ".join([turns[k][1]] + [blocks[j].text.strip() for j in range(k + 1, answer)])
        questions.append(Question(k, answer, text, asker))
    answered = sum(q.answer < hi and q.answer in turns for q in questions)
    if answered < 2:
        return None
    return without_thanks(Cues(blocks, lo, hi), QA(Form.SPEAKER, tuple(questions)))


def _without_head_line(qa: QA) -> QA:
    """Without a first question labelled by a role ("Interviewerin:", "Moderator:") that no
    later question shares, when three or more later ones share one and it only names someone
    ("Interviewerin: L. Hartmann" above the "I:" turns)."""
    questions = qa.questions
    if len(questions) < 4 or qa.form is not Form.SPEAKER:
        return qa
    first, rest = questions[0], questions[1:]
    labels = {q.speaker for q in rest}
    if (
        len(labels) != 1
        or _key(first.speaker) not in _ASKERS  # a role names the interviewer, not a turn
        or first.speaker in labels
        or first.text.rstrip().endswith("?")
        or len(first.text.split()) > 4
    ):
        return qa
    return QA(qa.form, rest, qa.headings)


def _key(label: str) -> str:
    return label.casefold().rstrip(".").strip()


_TAPE_MARK = re.compile(
    r"(?i)[\[(]\s*(?:begin(?:ning)?|start|end|fin|anfang|ende|inicio)?\s*(?:of\s+|de\s+la\s+|des\s+)?"
    r"(?:tape|cassette|band|cinta|recording|enregistrement|aufnahme|side|face|seite)\b[^\])]{0,40}[\])]"
)


def untaped_title(blocks: list[Block], front: Matter) -> Matter:
    """The front matter with the first short unlabelled line above it as the title, when the
    title found is a tape's mark ("[Begin Tape 1, Side A]" under an oral history's head
    block, whose project name the head block's label lines hid)."""
    if front.title < 0 or not _TAPE_MARK.fullmatch(blocks[front.title].text.strip()):
        return front
    for k in range(front.start, front.title):
        text = blocks[k].text.strip()
        if text and len(text.split()) <= 12 and not _TURN.match(text) and text[-1] not in ".:":
            roles = {i: r for i, r in front.roles.items() if i not in (k, front.title)}
            roles[k] = Role.TITLE
            return Matter(front.start, front.end, roles, k, front.title_certain)
    return front
