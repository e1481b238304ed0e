"""The speakers' names of a run of blocks, settled across it (``Cues`` reads each block's
prefix first): a name used once is a lead-in unless it is another's full form, a transcript's
turn numbers and a page's number glued before a name are no part of it, a name may end with a
period among colons, and a blogger's handle in lower case is a name when it asks and is
answered."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..text.capitals import CAPITALS
from ..text.textcues import JOINING_WORD, Ending, Prefix, ending, split_prefix
from .barenames import bare_names
from .namedonce import kept_once, publication_asking_first

_HANDLE = re.compile(r"([a-z][\w.\-]{1,20})[:：][ \t]+(?=\S)")


@dataclass(frozen=True, slots=True)
class _Labels:
    """The run's labels as ``Cues`` reads them, which the rules below settle in place: each
    block's prefix, its speaker's name (folded), where its words begin, and its text."""

    prefixes: list[Prefix]
    speakers: list[str]
    cuts: list[int]
    texts: list[str]

    def name(self, k: int, name: str, cut: int) -> None:
        """Make block ``k`` the turn of ``name``, its words from ``cut`` on."""
        self.prefixes[k], self.speakers[k], self.cuts[k] = Prefix.SPEAKER, name, cut


_ASKING_HANDLE_TURNS = 3


def lower_case_handles(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str]
) -> None:
    """A speaker's handle in lower case ("tomo:"), as a blogger writes their own name, is a
    speaker's name when it opens two turns or more, half of them asking, that a named speaker
    answers twice or more ("tomo: …か?" / "ゆき: …"), or that opens three turns or more, every
    one asking: a recurring word in lower case before a colon is otherwise a label of the text
    ("note:", "source:")."""
    handles: dict[str, list[int]] = {}
    ends: dict[int, int] = {}
    for k in [k for k, text in enumerate(texts) if text[:1].islower()]:
        match = _HANDLE.match(texts[k]) if prefixes[k] is Prefix.NONE else None
        if match is not None:
            handles.setdefault(match.group(1), []).append(k)
            ends[k] = match.end()
    for handle, opened in handles.items():
        answered = sum(
            1 for k in opened
            if k + 1 < len(texts) and prefixes[k + 1] is Prefix.SPEAKER
            and speakers[k + 1] != handle
        )
        asking = sum(1 for k in opened if ending(texts[k]) is Ending.QUESTION)
        # Or three turns or more, every one asking, as a magazine labels its own questions
        # with its name in lower case ("zusammenhalt: Wie sieht es …?") over unnamed answers.
        if (len(opened) >= 2 and answered >= 2 and 2 * asking >= len(opened)) or (
            len(opened) >= _ASKING_HANDLE_TURNS and asking == len(opened)
        ):
            for k in opened:
                prefixes[k], speakers[k], cuts[k] = Prefix.SPEAKER, handle, ends[k]


def settle_speakers(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str],
    dashed: list[bool],
) -> None:
    """A name opening a single block is a speaker only as another name's full form, as a
    transcript names someone once in full and then shortly ("STEPHEN DALE:" then "DALE:",
    "Journaliste :" then "J :"), or as one of several askers a guest answers
    (``_answered_once``); otherwise it is a lead-in ("Zum Schluss:", "Dernière question :")
    and stays part of the text."""
    turns = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.SPEAKER]
    _drop_turn_numbers(turns, speakers)
    uses: dict[str, int] = {}
    for k in turns:
        uses[speakers[k]] = uses.get(speakers[k], 0) + 1
    recurring = [name for name, count in uses.items() if count >= 2]
    first = {speakers[k]: k for k in reversed(turns)}
    answered = kept_once(turns, speakers, uses, texts, dashed)
    unnamed = publication_asking_first(turns, speakers, uses, texts)
    for k in turns:
        name = speakers[k]
        if uses[name] >= 2:
            continue
        if k in answered:
            # "SEN. DIANE WALSH: …?" then "WALSH: …?": named in full on the first turn, by
            # the last name after, one asker among several still.
            speakers[k] = next(
                (r for r in recurring if k < first[r] and _abbreviates(r, name)), name)
            continue
        short = next((r for r in recurring if _abbreviates(r, name)), "") or next(
            (r for r in recurring if k < first[r] and _cut_short(r, name, texts[k][cuts[k]:])), "")
        if short:
            speakers[k] = short
        else:
            prefixes[k], speakers[k], cuts[k] = Prefix.NONE, "", cuts[k] if k in unnamed else 0
    labels = _Labels(prefixes, speakers, cuts, texts)
    if len(recurring) >= 2:
        _name_then_period(labels, recurring)
    if recurring:
        _name_and_what_they_do(labels, recurring)
    _after_page_number(labels, recurring)
    bare_names(prefixes, speakers, cuts, texts)


_GLUED_NUMBER = re.compile(r"\d{1,4}(?=[^\W\d_])")


def _after_page_number(labels: _Labels, recurring: list[str]) -> None:
    """A recurring speaker's label with a page's number glued before it, as a PDF's page
    break leaves it ("51Z.M: Our trip was great." among "Z.M: …" turns), is that speaker's
    turn: a number against a name is no word of the turn."""
    texts = labels.texts
    for k in [k for k, text in enumerate(texts) if text[:1].isdigit()]:
        number = _GLUED_NUMBER.match(texts[k]) if labels.prefixes[k] is Prefix.NONE else None
        if number is None:
            continue
        prefix, name, cut = split_prefix(texts[k][number.end() :])
        if prefix is Prefix.SPEAKER and name.casefold() in recurring:
            labels.name(k, name.casefold(), number.end() + cut)


# "Michał.  Bartku, …?": a turn's name followed by a period, then the turn in capitals.
_AFTER_PERIOD = re.compile(rf"\.\s+(?=[«“\"¿¡]?[{CAPITALS}])")


def _name_then_period(labels: _Labels, recurring: list[str]) -> None:
    """A block opened by a recurring speaker's name and a period, where the others have a
    colon ("Michał.  Bartku, …?" among "Michał: …" and "Bartosz: …"), is that speaker's turn
    too: a slip of the keyboard, not a sentence of one word."""
    _named_turns(labels, recurring, _AFTER_PERIOD)


# After the name: a comma, what the speaker does as they speak, in lower case and with no
# sentence's end ("Me, tugging my collar, still reading: "), then the colon.
_DOING = re.compile(r",[ \t]+[a-zà-öø-ÿ][^.?!:\n\u2028]{1,60}:[ \t]+(?=\S)")


def _name_and_what_they_do(labels: _Labels, recurring: list[str]) -> None:
    """A block opened by a recurring speaker's name, then what they do as they speak, longer
    than a label's role ("Me, reading from the glossy page: How …?" among "Me, smiling: …" and
    "Walt: …"), is that speaker's turn, when one of their labels has such a comma too."""
    speakers, texts = labels.speakers, labels.texts
    described = {
        speakers[k] for k, prefix in enumerate(labels.prefixes)
        if prefix is Prefix.SPEAKER and speakers[k] in recurring
        and texts[k][len(speakers[k]) : len(speakers[k]) + 1] == ","
    }
    _named_turns(labels, described, _DOING)


def _named_turns(labels: _Labels, names: Iterable[str], after: re.Pattern[str]) -> None:
    """Each unlabelled block that opens with one of ``names`` (folded) and then ``after`` is
    that speaker's turn, cut where ``after`` ends."""
    for k, text in enumerate(labels.texts):
        if labels.prefixes[k] is not Prefix.NONE:
            continue
        name = next((n for n in names if text[: len(n)].casefold() == n), "")
        found = after.match(text, len(name)) if name else None
        if found is not None:
            labels.name(k, name, found.end())


_TURN_NUMBER = re.compile(r"\d{1,4}(?:\s*[.)])?\s+(?=\D)")  # "12 Q:", "3. Giornalista:"


def _drop_turn_numbers(turns: list[int], speakers: list[str]) -> None:
    """A transcript may number its turns ("1 M : …", "2 C : …", "3 M : …"): a name that
    follows two different numbers is the speaker; the numbers are the turns'. A name that
    starts with the same number every time stays whole ("20 Minutes :")."""
    numbers: dict[str, set[str]] = {}
    for k in turns:
        number = _TURN_NUMBER.match(speakers[k])
        if number is not None:
            numbers.setdefault(speakers[k][number.end() :], set()).add(number.group())
    for k in turns:
        number = _TURN_NUMBER.match(speakers[k])
        if number is not None and len(numbers[speakers[k][number.end() :]]) >= 2:
            speakers[k] = speakers[k][number.end() :]


def spoken_label(label: str, speaker: str) -> str:
    """The label as shown, without a turn number the speaker's name does not include."""
    number = _TURN_NUMBER.match(label)
    if number is not None and not speaker[:1].isdigit():
        return label[number.end() :]
    words = label.split()
    # "Alan Carver MP:": a photo's caption glued before the interviewer's initials, which
    # their other turns use alone ("MP:"); "Stephen Dale:" then "Dale:" keeps the full name.
    if (
        len(words) > 1
        and words[-1].casefold() == speaker
        and words[-1].isupper()
        and len(words[-1]) <= _INITIALS
        and not any(word.isupper() for word in words[:-1])
    ):
        return words[-1]
    return label


_INITIALS = 3


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` shortened: its last word ("dale" for "stephen dale") or
    its initials ("j" for "journaliste", "m. d." for "marie dupont"), periods or not."""
    words = name.split()
    if len(words) > 1 and short == words[-1]:
        return True
    letters = "".join(ch for ch in short if ch.isalpha())
    if letters and letters == "".join(w[0] for w in words if w[0].isalpha()):
        return True
    if "." in short + name and letters == "".join(ch for ch in name if ch.isalpha()):
        return True  # the same initials, a period left out once: "A.Š." and "AŠ." (a scan)
    # "J & E" for "Jakob und Emir", "W" for "Prof. Weidinger": the initials of the names only,
    # without the word joining them or a title shortened with a period.
    named = [w for w in words if not _JOINING.fullmatch(w) and not (w.endswith(".") and len(w) > 2)]
    return bool(letters) and letters == "".join(w[0] for w in named if w[0].isalpha())


def _cut_short(short: str, name: str, said: str) -> bool:
    """Whether ``short`` is ``name``'s first word, or the start of it, as a school paper
    shortens both sides once the first exchange named them in full ("kacper" for "kacper
    wiśniewski", "red" written "Red.:" for "redakcja gim4", "rep" for a one-word "reporter"
    whose turn says something else than the short form: "Interviewer: Int." is a key):
    only before the short form's first turn, so that a later lead-in ("Annual report:" among
    "Ann:") stays text."""
    words = name.split()
    shortened = len(words) > 1 or (
        len(name) > len(short) and not said.strip().lower().startswith(short)
    )
    return shortened and len(short) >= 3 and " " not in short and words[0].startswith(short)


_JOINING = re.compile(JOINING_WORD)
