"""Turns labelled by a letter that the interview first spelt out: "Redaktorzy: …?" /
"Dyrektor: …" and then "R: …?" / "D: …". The letters are the speakers' initials, not the
"D." (domanda) and "R." (risposta) of an Italian interview, which would ask with the
director's turns and answer with the editors'."""

from __future__ import annotations

from ..text.textcues import Prefix


def name_the_initials(
    prefixes: list[Prefix], speakers: list[str], cuts: list[int], texts: list[str]
) -> None:
    """Make the one-letter question and answer labels the turns of the speakers named once
    before them, when every such letter is the initial of exactly one of those names."""
    lettered = [
        k for k, prefix in enumerate(prefixes)
        if prefix in (Prefix.QUESTION, Prefix.ANSWER) and _letter(texts[k], cuts[k])
    ]
    if len(lettered) < 2:
        return
    first = lettered[0]
    named: dict[str, list[str]] = {}
    for k in range(first):
        if prefixes[k] is Prefix.SPEAKER and speakers[k][:1].isalpha():
            names = named.setdefault(speakers[k][0], [])
            if speakers[k] not in names:
                names.append(speakers[k])
    letters = {_letter(texts[k], cuts[k]) for k in lettered}
    # The other speaker's letter may be no label word ("Davide: …" / "Chiara: …", then
    # "D: …?" / "C: …"): a letter that is a name's initial there counts as the second.
    others = {
        speakers[k].casefold() for k in range(first, len(prefixes))
        if prefixes[k] is Prefix.SPEAKER and len(speakers[k]) == 1 and speakers[k].isalpha()
    } & set(named)
    if len(letters | others) < 2 or any(len(named.get(letter, ())) != 1 for letter in letters):
        return
    if all(_asks_as_labelled(prefixes, k) == _asked(named[_letter(texts[k], cuts[k])][0],
                                                    speakers, texts, first) for k in lettered):
        return  # "Periodista: …?" / "Rosa: …", then "P: …?" / "R: …": the letters' own roles
    for k in lettered:
        prefixes[k], speakers[k] = Prefix.SPEAKER, named[_letter(texts[k], cuts[k])][0]
    for k in range(first, len(prefixes)):
        letter = speakers[k].casefold() if prefixes[k] is Prefix.SPEAKER else ""
        if letter in others and len(named[letter]) == 1:
            speakers[k] = named[letter][0]  # "C: …" is Chiara's, as "D: …" is Davide's


def _letter(text: str, cut: int) -> str:
    """The label's one letter, lower-cased ("R:" is "r"), or "" for a longer label."""
    label = text[:cut].strip().rstrip(":.").strip()
    return label.casefold() if len(label) == 1 and label.isalpha() else ""


def _asks_as_labelled(prefixes: list[Prefix], k: int) -> bool:
    return prefixes[k] is Prefix.QUESTION


def _asked(name: str, speakers: list[str], texts: list[str], before: int) -> bool:
    """Whether the named turn of ``name`` before block ``before`` asks."""
    return any(
        speakers[k] == name and texts[k].rstrip(" »”\"").endswith("?") for k in range(before)
    )
