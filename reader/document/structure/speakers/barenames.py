"""Speakers' names set before their turns with no colon, as a page's bold names lose it when
the text is copied ("Hinter der Linie Du hast als Kind …?" / "Karin Hollweg Es fing …"), as
Russian radio transcripts write them ("А.Ершов В предыдущей …" / "М.Сурин Я …") and as
Japanese records of a panel set a name and a space before each turn ("加納　自己紹介を…"):
two names or more, each opening two turns or more, taking turns."""

from __future__ import annotations

import re
from collections import Counter

from ..text.capitals import KANA_HAN
from ..text.textcues import CAPITALS, Prefix

# The capitals of the cased scripts: Latin, Cyrillic ("А.Ершов"), Greek.
_CASED = f"{CAPITALS}\u0400-\u042f\u0386-\u038f\u0391-\u03ab"
# A capitalised word, or a small word joining a name's ("Hinter der Linie", "Casa de Campo").
_WORD = re.compile(rf"[{_CASED}][\w'’.\-]*|de|der|die|das|von|van|la|le|del|da|di|of|the")
_CAPITALISED = re.compile(rf"[{_CASED}]")
# A line wholly in capitals ("COMO FUE …?" / "QUE OS HA …?") has no name apart from its turn:
# the word after a name is a turn's first word, capitalised, not a word in capitals.
_SHOUTED = re.compile(rf"[{_CASED}]{{2,}}[^\w]*")
# "加納　再び…", "佐々木 雑誌の…": a Japanese or Chinese name of one to four characters, then a
# space (full-width or not) and the turn in the same script. No capital tells a name there:
# the name's alternation with others does.
_CJK_NAME = re.compile(rf"([{KANA_HAN}々]{{1,4}})[ \u3000]+(?=[{KANA_HAN}「『（(])")
# "Yes. But only with a can", "No. You can …" (a reply and its next sentence, joined from
# their lines): one word in lower case after its capital, closed by a period, is a sentence
# said; a name so closed has two words ("Hélène Brossard. Mathieu, …") or is in capitals.
_SENTENCE_WORD = re.compile(r"[^\W\d_]{2,}[.!]")
_MAX_NAME_WORDS = 4
_MIN_TURNS = 5
# "Poseł Ewa Kruk (PiS): …", "Podsekretarz stanu w Ministerstwie Zdrowia Piotr Lis: …": a
# label with its colon that the named forms did not read, not a bare name to cut short.
_COLON_LABEL = re.compile(r"[^.?!:\n]{2,80}?:\s")


def _said(word: str) -> bool:
    """Whether ``word`` is a sentence of one word ("Yes.", "Sure!"), not a name in capitals."""
    return _SENTENCE_WORD.fullmatch(word) is not None and word[1:-1].islower()


def _common_name(openings: list[list[str]]) -> int:
    """How many first words the ``openings`` share, each a name's word and each followed by a
    capitalised one (the turn's first word), or 0."""
    size = 0
    for words in zip(*openings, strict=False):
        if len(set(words)) != 1 or size == _MAX_NAME_WORDS:
            break
        size += 1
    while size and not all(
        len(words) > size and _WORD.fullmatch(words[size - 1]) and _CAPITALISED.match(words[size])
        and not (size == 1 and _said(words[0]))
        and _CAPITALISED.match(words[0]) and not _SHOUTED.fullmatch(words[size])
        for words in openings
    ):
        size -= 1
    return size


# "Giorgio Vitale. Ciao …?" / "Giorgio Ferri. Ciao …": a full name closed by a period, the
# label's own shape when two speakers share a first name.
_NAME_THEN_PERIOD = re.compile(rf"[{_CASED}][\w'’\-]+\.")


def _by_full_name(ks: list[int], texts: list[str]) -> list[list[int]]:
    """The paragraphs ``ks``, which open with the same first word, split by their second when
    it closes a full name with a period and two such names or more each open two paragraphs
    or more ("Giorgio Vitale. …" / "Giorgio Ferri. …": an interviewer and a guest who share a
    first name), a stray paragraph in four left out; else ``ks`` whole, the one name they
    share."""
    by_second: dict[str, list[int]] = {}
    for k in ks:
        words = texts[k][:120].split(maxsplit=2)
        if len(words) == 3 and _NAME_THEN_PERIOD.fullmatch(words[1]):
            by_second.setdefault(words[1], []).append(k)
    groups = [group for group in by_second.values() if len(group) >= 2]
    # a stray paragraph may open with the first name too ("Giorgio Ferri è co-fondatore …")
    if len(groups) < 2 or 4 * sum(len(group) for group in groups) < 3 * len(ks):
        return [ks]
    return groups


def bare_names(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str]
) -> None:
    """Name the turns opened by a name with no colon, when no block has a speaker's prefix:
    the first words paragraphs share, capitalised (in Latin, Cyrillic or Greek), each time
    before a capitalised word, or a CJK name of one to four characters before a space; two
    such names or more, each opening two paragraphs or more, five turns or more in all, the
    name changing from one turn to the next three times in four. Paragraphs that all open
    with a label and its colon are left alone: their names are longer than the words shared
    ("Poseł Ewa Kruk (PiS):", "Poseł Marek Zając (Lewica):")."""
    if any(prefix is not Prefix.NONE for prefix in prefixes):
        return
    by_first: dict[str, list[int]] = {}
    names: dict[int, tuple[str, int]] = {}
    for k, text in enumerate(texts):
        first = text[:40].split(" ", 1)[0]
        if _CAPITALISED.match(first):
            by_first.setdefault(first, []).append(k)
        elif cjk := _CJK_NAME.match(text):
            names[k] = (cjk.group(1), cjk.end())
    # a name in CJK characters is known by its turns: two at least, alternating with others'
    uses = Counter(name for name, _ in names.values())
    names = {k: named for k, named in names.items() if uses[named[0]] >= 2}
    if len({name for name, _ in names.values()}) < 2:
        names.clear()
    for ks in [group for first in by_first.values() for group in _by_full_name(first, texts)]:
        if len(ks) < 2 or all(_COLON_LABEL.match(texts[k]) for k in ks):
            continue
        openings = [texts[k][:120].split()[: _MAX_NAME_WORDS + 1] for k in ks]
        size = _common_name(openings)
        if size:
            name = " ".join(openings[0][:size])
            for k in ks:
                names[k] = (name, len(name) + 1)
    turns = sorted(names)
    if len({name for name, _ in names.values()}) < 2 or len(turns) < _MIN_TURNS:
        return
    changes = sum(1 for a, b in zip(turns, turns[1:], strict=False) if names[a][0] != names[b][0])
    if 4 * changes < 3 * (len(turns) - 1):
        return
    for k in turns:
        name, cut = names[k]
        prefixes[k], speakers[k], cuts[k] = Prefix.SPEAKER, name.casefold(), cut
