"""Turns opened by a speaker's name, glued into the block before them: where they begin.

A name before a colon ("Beatriz: … Rafael: …", "1 M : … 2 C : …") opens a turn inside a
block when it recurs, as a transcript's speakers do; a PDF or a web page keeps most turns as
paragraphs of their own and joins a few to the line above, so the names that open paragraphs
count too. A recurring name followed by a period instead of its colon ("Michał.  Bartku,
…?") opens a turn as well.
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import LINE_BREAK, Block
from ..speakers.namedonce import initialled_once
from ..text.capitals import CAPITALS, KANA_HAN, UNCASED_SCRIPTS
from ..text.textcues import JOINING_WORD, SPEECH_VERB

# A turn's opening inside a paragraph: a space, then an optional dash, turn number or
# timestamp ("[00:01:02]", "(00:01:02)"), then one to three capitalised words (initials
# allowed; two names may be joined by "and": "K i O:") and a colon.
# Latin, Cyrillic or Greek capitals; a group's number with its ordinal ("41ο:", a school's
# class asking together); a word in a script with no capitals ("बतियाना:", "พี่มิ้นท์ :"), a
# name of two to six kana, kanji or hangul before its colon, full-width or not ("周一鸣：");
# an Arabic or Hebrew word, a single letter too: Arabic papers label the question "س:" (for
# سؤال) against a guest's name ("يونسي:"). One word only: with no capitals to end a name,
# "… الله يسلمك أسيدي س:" would offer the answer's last word and the label as a name of two.
_ARABIC = "[\u0620-\u065f\u066e-\u06d3]"
_HEBREW = "[\u05d0-\u05ea\u05f3]"
_NAME = (
    rf"(?:[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω][\w'’.\-]*|\d{{1,3}}[^\W\d_]{{1,2}}(?=:)"
    rf"|[{UNCASED_SCRIPTS}]{{2,20}}|[{KANA_HAN}\uac00-\ud7af]{{2,6}}(?=[ \t]?[:：]))"
)
# "… pratichi? G:Gioco …": a label of one to three initials set straight against the turn.
_CAP = f"[{CAPITALS}]"
_INITIALS_AGAINST = (
    rf"(?:(?<=\b{_CAP}:)|(?<=\b{_CAP}{{2}}:)|(?<=\b{_CAP}{{3}}:))(?={_CAP}[a-zà-öø-ÿ])"
)
# A stage direction between the name and its colon ("Tachtigjarige (met gespeelde
# bescheidenheid): „Kom …", "ANNA (laughing):"): the name still opens the turn.
_ASIDE = r"\s\([^():\n]{1,40}\)"
# A radio transcript's signs for the host and the guest ("▷한지우 : …요.▶정민석 : …"): a turn
# they open may stand against the sentence before it, its space lost.
_TURN_MARKS = "▷▶◁◀"
_TURN = re.compile(
    rf"(?:^|(?<=\s)|(?<=[.!?…)」”\"'])(?=[{_TURN_MARKS}]))(?=((?:[-–—]\s+|[{_TURN_MARKS}]\s?)?(?:\d{{1,4}}\s+|[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s+)?"
    rf"((?:{_ARABIC}{{1,15}}|{_HEBREW}{{1,15}})(?=\s?:)|{_NAME}(?:\s+(?:{JOINING_WORD}\s+)?{_NAME}){{0,2}})(?:(?:(?:\s+{SPEECH_VERB}|{_ASIDE})?\s?:|\*?\s\|)(?:\s|{_INITIALS_AGAINST})|\s?：)))"
)  # a lookahead, so "Gribouille LTB :" offers both "Gribouille LTB" and "LTB"; "Noor | …" a
# text table's row
_MIN_TURNS = 4


def may_hold_turns(text: str) -> bool:
    colons = text.count(":") + text.count("：") + text.count(" | ")
    return colons >= 2 or (colons == 1 and LINE_BREAK in text)


def turn_cuts(
    blocks: list[Block], glued: list[int], single: list[int]
) -> tuple[dict[int, list[int]], set[str]]:
    """Where turns begin inside the ``glued`` blocks (the space before each one), when the
    turns these blocks hold and those that open the ``single`` ones (a turn each at most)
    are four or more, by two recurring names or more: a PDF or a web page keeps most turns
    as paragraphs of their own and joins a few to the line above. And those names, folded
    (none when the turns are too few)."""
    # Per block, each colon's candidate openings (start, name), the longest first.
    openings: dict[int, dict[int, list[tuple[int, str]]]] = {}
    for index in glued:
        text = blocks[index].text
        by_colon: dict[int, list[tuple[int, str]]] = {}
        for match in _TURN.finditer(text):
            by_colon.setdefault(match.end(2), []).append((match.start(), match.group(2)))
        if by_colon:
            openings[index] = by_colon
    for index in single:
        opening = _TURN.match(blocks[index].text)
        if opening is not None:
            openings[index] = {opening.end(2): [(0, opening.group(2))]}
    uses = Counter(
        name.casefold()
        for by_colon in openings.values()
        for found in by_colon.values()
        for name in {name for _, name in found}
    )
    recurring = {name for name, count in uses.items() if count >= 2}
    # "Periodista: …?" / "Rosa: …" once, then "P: …?" / "R: …": named in full once, then by
    # the initial, the full name opens a turn as its letter does.
    recurring |= {
        name for name, count in uses.items()
        if count == 1 and "".join(word[0] for word in name.split()) in recurring
    }
    # "Padre Sergio: …" then "P.S.: …", both once; a last name alone may be a glued line's
    # label ("Entrevistadora: Beatriz Lima Entrevistado: …" offers "Lima Entrevistado")
    recurring |= initialled_once(uses, last_names=False)
    recurring |= _capitals_once(blocks, openings, recurring)
    cuts: dict[int, list[int]] = {}
    turns = 0
    for index, by_colon in openings.items():
        for found in by_colon.values():
            start = next((start for start, name in found if name.casefold() in recurring), -1)
            if start < 0:
                continue
            turns += 1
            start = _line_start_for_title(blocks[index].text, start)
            if start > 0:
                cuts.setdefault(index, []).append(start - 1)
    if len(recurring) < 2 or turns < _MIN_TURNS:
        return {}, set()
    return cuts, recurring


# A title or role in front of the recurring name on the same line ("Kỹ sư Lê Minh Khoa: …"
# under "PV: …?"): one or two words with no punctuation, the first capitalised, between the
# line's start and the name.
_TITLE_WORDS = 2
_NOT_A_TITLE = re.compile(r"[^\w\s'’\-]")


def _line_start_for_title(text: str, start: int) -> int:
    """Where the turn that a recurring name opens at ``start`` begins: at its line's start
    when only a title or role stands before the name on that line, as a Vietnamese paper
    prints "Kỹ sư Lê Minh Khoa:" each turn; cutting before the name would leave "Kỹ sư" glued
    to the question above. Words after a sentence's end, or more than two, are the answer's
    own text, and the turn opens at the name."""
    line_start = text.rfind(LINE_BREAK, 0, start) + 1
    if line_start <= 0 or line_start == start:
        return start  # the block's first line: its own label's words ("Marta Wrona:") stay
    before = text[line_start:start]
    if (
        len(before.split()) > _TITLE_WORDS
        or _NOT_A_TITLE.search(before)
        or not before[:1].isupper()  # "… we were / there Anna: …": a wrapped sentence's end
    ):
        return start
    return line_start


def _capitals_once(
    blocks: list[Block], openings: dict[int, dict[int, list[tuple[int, str]]]], recurring: set[str]
) -> set[str]:
    """The names in capitals that open a line once ("Q. … tomorrow?" / "THE MODERATOR: Owen,
    you start …"), when the recurring names are two or more and every one is in capitals, as a
    press conference's transcript prints its speakers: the moderator speaks once, between a
    question and the players. A name in capitals glued inside a line, or among names in lower
    case ("Anna: …", "NOTE: …"), is not one."""
    if len(recurring) < 2:
        return set()
    names = {
        name
        for index, by_colon in openings.items()
        for found in by_colon.values()
        for start, name in found
        if name.casefold() in recurring
    }
    if any(not name.isupper() for name in names):
        return set()
    once: set[str] = set()
    for index, by_colon in openings.items():
        text = blocks[index].text
        for found in by_colon.values():
            start, name = found[0]
            if name.isupper() and len(name) > 1 and (start == 0 or text[start - 1] == LINE_BREAK):
                once.add(name.casefold())
    return once


# "… Zapraszam do czytania: Michał.  Bartku, …?": a recurring speaker's name with a period
# where the colon was meant, glued after a sentence or an announcing colon.
_PERIOD_NAME = re.compile(rf"(?<=[.!?:…])\s+([{CAPITALS}][\w'’\-]*)\.\s+(?=[«“\"¿¡]?[{CAPITALS}])")


def period_name_cuts(
    blocks: list[Block], prose: list[int], speakers: set[str]
) -> dict[int, int]:
    """Where a turn whose name ends with a period begins, glued to the paragraph before it
    (the space before the name), in blocks of several lines, when the name is one of the
    ``speakers`` that open turns with a colon."""
    cuts: dict[int, int] = {}
    if not speakers:
        return cuts
    for index in prose:
        block = blocks[index]
        if block.source_lines[1] - block.source_lines[0] < 2 and LINE_BREAK not in block.text:
            continue
        for match in _PERIOD_NAME.finditer(block.text):
            if match.group(1).casefold() in speakers:
                cuts[index] = match.start()
                break
    return cuts
