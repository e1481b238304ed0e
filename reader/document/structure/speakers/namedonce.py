"""Names that open a single turn and still are speakers, not lead-ins ("Zum Schluss:"): the
askers a guest answers, readers sending their questions, guests named over their answers,
an interviewer named once before dashed turns, and the first exchange named in full before
turns that are not named at all, and a label alone on its line among a record's others."""

from __future__ import annotations

import re

from ...model import LINE_BREAK
from ..lines.lonelabels import lone_label
from ..text.textcues import CAPITALS, Ending, ending


def kept_once(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str],
    dashed: list[bool],
) -> set[int]:
    """The turns (indices of named blocks, ``turns``) whose name, used once, is a speaker."""
    return (
        _answered_once(turns, speakers, uses)
        | _readers(turns, speakers, uses, texts)
        | _guests(turns, speakers, uses, texts)
        | _named_once_then_dashed(turns, dashed, texts)
        | _first_exchange_named(turns, speakers, uses, texts)
        | asked_of_several(turns, speakers, uses, texts)
        | _introduced_guest(turns, speakers, uses, texts)
        | _named_then_initialled(turns, speakers, uses)
        | _class_asking(turns, speakers, texts)
        | _first_question_named(turns, speakers, uses, texts)
        | _chat_handles(turns, speakers, uses, texts)
        | _alone_among_lone_labels(turns, speakers, uses, texts)
        | _listed_above(turns, speakers, uses, texts)
    )


def initialled_once(names: dict[str, int], last_names: bool = True) -> set[str]:
    """The names (folded) used once in full and once shortened, to their initials ("padre
    sergio" and "p.s.") or, with ``last_names``, to the last name ("bernd mahler" and
    "mahler"), each confirming the other: a guest named on their first answer and shortly on
    the next."""
    once = [name for name, count in names.items() if count == 1]
    short = {name.replace(".", "").replace(" ", ""): name for name in once if "." in name}
    if last_names:
        short.update({name: name for name in once if " " not in name})
    paired: set[str] = set()
    for name in once:
        words = name.split()
        if len(words) < 2 or "." in name:  # "RK. Narrator:" is two labels, not a name
            continue
        found = short.get("".join(word[0] for word in words)) or short.get(words[-1])
        if found is not None:
            paired |= {name, found}
    return paired


def _named_then_initialled(
    turns: list[int], speakers: list[str], uses: dict[str, int]
) -> set[int]:
    """The turns of a name used once in full and once, later, shortened ("Padre Sergio: Me
    ordené …" / "P.S.: Muy bien …", "Bernd Mahler: …" / "Mahler: Das Licht.")."""
    paired = initialled_once(uses)
    first = {speakers[k]: k for k in reversed(turns)}
    kept = set()
    for name in [name for name in paired if " " in name]:
        words = name.split()
        shortened = {"".join(word[0] for word in words), words[-1]}
        later = [
            other for other in paired
            if other.replace(".", "") in shortened and first[name] < first[other]
        ]
        if later:
            kept |= {first[name], first[later[0]]}
    return kept


def _introduced_guest(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """A second guest answering once, under the first name the introduction gave in full
    ("… mit Carsten Schäfer und André Neumann …" / "Und wie steht es …?" / "André: Die
    Finanzierung steht."), where another guest's name answers twice or more: the turn answers
    the unlabelled question above it."""
    following = set(turns)
    if not any(uses[speakers[k]] >= 2 for k in turns):
        return set()
    introduced = set()
    for k in turns:
        name = texts[k].split(":", 1)[0].strip()
        if (
            uses[speakers[k]] != 1
            or k == 0
            or k - 1 in following
            or ending(texts[k - 1]) is not Ending.QUESTION
            or not _ONE_NAME.fullmatch(name)
        ):
            continue
        in_full = re.compile(rf"\b{re.escape(name)}\s[{CAPITALS}][^\W\d_]+")
        if any(in_full.search(text, 0, 2000) for text in texts[: turns[0]]):
            introduced.add(k)
    return introduced


_ONE_NAME = re.compile(rf"[{CAPITALS}][^\W\d_]+")


_SEVERAL = 3


def asked_of_several(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """One named question put to several people, each named once over their answer
    ("Wellenreiter: Warum macht ihr eine Schülerzeitung?" / "Tobias: „Ich studiere …“" /
    "Mira: „Ich schreibe …“" / "Jonas: …"): three answers or more, none asking, every name
    used once."""
    if len(turns) < 1 + _SEVERAL or any(uses[speakers[k]] != 1 for k in turns):
        return set()
    first, *answers = turns
    if ending(texts[first]) is not Ending.QUESTION:
        return set()
    return set() if any(ending(texts[k]) is Ending.QUESTION for k in answers) else set(turns)


_CLASS_NAMES = 3


def _class_asking(turns: list[int], speakers: list[str], texts: list[str]) -> set[int]:
    """Children taking turns to ask one guest, whose answers are not named ("Lina : Pourquoi
    …?" / "Hugo : …?" / "J'étais bibliothécaire." / "Noé : …?"): three names or more, each of
    whose turns asks, four turns or more, three in four answered by a block no name opens
    that does not ask. The children asking once are speakers too."""
    asking = [k for k in turns if ending(texts[k]) is Ending.QUESTION]
    names = {speakers[k] for k in asking}
    if len(names) < _CLASS_NAMES or len(asking) < _CLASS_NAMES + 1:
        return set()
    if any(ending(texts[k]) is not Ending.QUESTION for k in turns if speakers[k] in names):
        return set()
    named = set(turns)
    answered = sum(
        1 for k in asking
        if k + 1 < len(texts) and k + 1 not in named and ending(texts[k + 1]) is not Ending.QUESTION
    )
    return set(asking) if 4 * answered >= 3 * len(asking) else set()


def _first_exchange_named(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """The first question and its answer each under a full name, and no name after them
    ("PAWEŁ GRABOWSKI: Za nami Wimbledon … ?" / "EWA SOBCZAK: Niewiele. …" / "Igrzyska były
    …?"): the interviewer asked the first question; the later ones are found unmarked."""
    if len(turns) != 2 or turns[1] != turns[0] + 1 or len(texts) < turns[1] + 3:
        return set()
    first, answer = turns
    once = uses[speakers[first]] == 1 and uses[speakers[answer]] == 1
    asked = ending(texts[first]) is Ending.QUESTION and ending(texts[answer]) is not Ending.QUESTION
    return set(turns) if once and asked else set()


_LATER_QUESTIONS = 2
_QUESTION_WORD = re.compile(
    r"(?i)frage|question|pregunt|domand|pergunt|vraag|pytani|otázk|kérdés|spørgsmål|fråga|"
    r"spørsmål|kysymys|întrebare|soru"
)


def _first_question_named(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """The first question alone under a name in capitalised words, the answers and the later
    questions unmarked ("Plus Minus: Liczyłem, że …?" / "Nawet gdybym …" / "…i masz mniej
    okazji …?"): a magazine names itself once, over its first question. Other names used once
    may stand about, not asking (a headline "Marta Zielińska: Nic nie zastąpi …")."""
    # The first question read alone first: most documents stop at it, before every
    # paragraph's ending is read.
    asking = (j for j, text in enumerate(texts) if ending(text) is Ending.QUESTION)
    first = next(asking, -1)
    if first < 0 or first not in turns or uses[speakers[first]] != 1:
        return set()
    asks = [first, *asking]
    if any(k != first and k in asks for k in turns) or first + 1 in turns:
        return set()
    named = _FULL_NAME.match(texts[first])
    if named is None or not texts[first][named.end():].lstrip(" ").startswith(":"):
        return set()
    if _QUESTION_WORD.search(named.group()):
        return set()  # "Erste Frage: Wie …?" announces the question, it names no one
    later = [j for j in asks if j > first + 1]
    return {first} if len(later) >= _LATER_QUESTIONS else set()


# "PSL", "SZ", "LE MONDE": a paper or a site by its initials or its name in capitals.
_IN_CAPITALS = re.compile(rf"[{CAPITALS}]{{2,12}}(?: [{CAPITALS}]{{2,12}})?")


def publication_asking_first(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """The first question under a name in capitals used once, the guest's name over each
    answer, the later questions unlabelled ("PSL : Bonjour …?" / "N.C : …" / "Pourquoi …?" /
    "NC : …"): a paper names itself over its first question only. The name is no speaker the
    answerer's form could read (it takes named turns for answers), but no part of the
    question either: its label is cut, its turn left unnamed."""
    if not turns or uses[speakers[turns[0]]] != 1 or turns[0] + 1 not in turns:
        return set()
    first, *answers = turns
    label = texts[first].split(":", 1)[0].strip()
    if ending(texts[first]) is not Ending.QUESTION or not _IN_CAPITALS.fullmatch(label):
        return set()
    # "N.C" and "NC": the guest's initials, with their periods or without.
    if len({speakers[k].replace(".", "") for k in answers}) != 1:
        return set()
    if any(ending(texts[k]) is Ending.QUESTION for k in answers):
        return set()
    named = set(turns)
    asked = [k for k in answers if k - 1 not in named and ending(texts[k - 1]) is Ending.QUESTION]
    return {first} if len(asked) >= _LATER_QUESTIONS else set()


_GUEST_TURNS = 3
# "Leserin_Hanna", "gast_42", "Tom1987": a chat's nickname, words joined by "_" or a name with
# digits glued on, which no one writes as a lead-in.
_HANDLE = re.compile(r"[^\W\d_]+(?:_[^\W_]+)+|[^\W\d_]{2,}\d{1,4}")


def _chat_handles(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """A chat's reader asking once under a nickname ("Leserin_Hanna: Muss ich …?") that a
    recurring speaker answers right away ("Katrin Vogelsang: Ein Anruf genügt …"): even one is
    a speaker, the nickname's form naming someone where an ordinary word would lead in."""
    following = set(turns)
    return {
        k for k in turns
        if uses[speakers[k]] == 1
        and _HANDLE.fullmatch(texts[k].split(":", 1)[0].strip())
        and ending(texts[k]) is Ending.QUESTION
        and k + 1 in following
        and uses[speakers[k + 1]] >= 2
    }


def _answered_once(turns: list[int], speakers: list[str], uses: dict[str, int]) -> set[int]:
    """Turns by names used once that a recurring guest answers right away, when there are two
    or more: a class asking its mayor ("Romane O.: …" / "Jean Blanchard: …"), reporters at a
    press conference. Each asker is then a speaker, not a lead-in."""
    following = set(turns)
    once = [
        k
        for k in turns
        if uses[speakers[k]] == 1
        and k + 1 in following
        and uses[speakers[k + 1]] >= _GUEST_TURNS
    ]
    return set(once) if len(once) >= 2 else set()


# "Paweł Kmita: Jak często …?": a reader's first and last name, each capitalised.
_FULL_NAME = re.compile(rf"[{CAPITALS}][^\W\d_]+(?:[ '’-][{CAPITALS}][^\W\d_]+){{1,2}}")


# "Zdenka: …?", "Evča: …?": a reader's first name alone, three of them or more.
_FIRST_NAME = re.compile(rf"[{CAPITALS}][^\W\d_]{{1,19}}")
_FIRST_NAMES_ASKING = 3


def _readers(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """Turns by names used once, each a full name before a question the next block answers
    unnamed, when there are two or more: readers sending their questions ("Paweł Kmita: Jak
    często …?" / "Odkąd zapuściłem brodę…"). Each reader is then a speaker."""
    following = set(turns)
    answered = [
        k for k in turns if uses[speakers[k]] == 1 and k + 1 < len(texts) and k + 1 not in following
    ]
    asking = [
        k for k in answered
        if ending(texts[k]) is Ending.QUESTION
        and _FULL_NAME.fullmatch(texts[k].split(":", 1)[0].strip())
    ]
    if len(asking) >= 2:
        return set(asking)
    # Readers signing with a first name only ("Zdenka: Musí si …?" / "Pokud se …"): a word
    # alone is also how a remark or a rubric opens, so three of them must ask; then a reader
    # whose question is followed by a remark ("Víte …? O krbu se prý říká …") asks too.
    first_named = [k for k in answered if _FIRST_NAME.fullmatch(texts[k].split(":", 1)[0].strip())]
    asking = [k for k in first_named if ending(texts[k]) is Ending.QUESTION]
    if len(asking) < _FIRST_NAMES_ASKING:
        return set()
    return set(asking) | {k for k in first_named if "?" in texts[k].split(":", 1)[1]}


_GUEST_ANSWERS = 3


def _guests(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """Turns by names used once, each a full name answering the unlabelled question above it,
    when guests answer so three times or more, recurring or not: a Q&A with several guests,
    each named before the answers ("Omar, what drew you …?" / "Omar Seddik: The silence.").
    Guests named by their first name only are so too when two of them or more answer again
    ("…?" / "Javi: …" / "…?" / "Iker: …" / "…?" / "Quique: …" / "…?" / "Javi: …")."""
    following = set(turns)
    answering = [
        k for k in turns
        if k > 0 and k - 1 not in following and ending(texts[k - 1]) is Ending.QUESTION
    ]
    labels = {k: texts[k].split(":", 1)[0].strip() for k in answering}
    full = [k for k in answering if _FULL_NAME.fullmatch(labels[k])]
    first = [k for k in answering if _FIRST_NAME.fullmatch(labels[k])]
    if len({speakers[k] for k in first if uses[speakers[k]] >= 2}) >= 2:
        full += first  # first names that answer again are guests' names, not lead-ins
    return {k for k in full if uses[speakers[k]] == 1} if len(full) >= _GUEST_ANSWERS else set()


def _named_once_then_dashed(turns: list[int], dashed: list[bool], texts: list[str]) -> set[int]:
    """The first turn, asking under the interviewer's name, when dashed turns (a dash, or a
    "- " bullet) follow it: the name is given once ("MARTA RIBAS: ¿Cuándo …?"), then every
    turn opens with a dash — also when the guest's first answer is named once too
    ("„Kurier Sportowy”: - Jak …?" / "Adam Nowicki: - To …" / "- Trudno …"), then kept."""
    if not turns:
        return set()
    k = turns[0]
    named = [k, k + 1] if k + 1 in turns else [k]
    following = dashed[named[-1] + 1 : named[-1] + 4]
    asked = len(following) == 3 and all(following) and ending(texts[k]) is Ending.QUESTION
    return set(named) if asked else set()


_LONE_LABELLED = 4


def _alone_among_lone_labels(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """A turn named once by a label alone on its line above it ("12:07 Tiina Org" / her
    question), among four such turns or more (``lonelabels`` joined each label to its turn by
    a line break): a member of a parliament asking once, a caller put through once."""
    alone = [k for k in turns if LINE_BREAK in texts[k]
             and lone_label(texts[k].split(LINE_BREAK, 1)[0])]
    if len(alone) < _LONE_LABELLED:
        return set()
    return {k for k in alone if uses[speakers[k]] == 1}


def _listed_above(
    turns: list[int], speakers: list[str], uses: dict[str, int], texts: list[str]
) -> set[int]:
    """A panelist speaking once, right after a recurring speaker's turn, whose full name
    (two words or more) the page gives above the first recurring speaker's turn
    ("Panelists: Rosalind Achebe (…), Kieran Doyle (…)" / … / "KIERAN DOYLE: Mostly
    well."): the page's own roster names a speaker; a lead-in ("Zum Schluss:") is named
    nowhere above."""
    recurring = [k for k in turns if uses[speakers[k]] >= 2]
    if not recurring:
        return set()
    # (the roster may be a label's line itself: "Panelists: …")
    above = " ".join(texts[: recurring[0]])[:4000].casefold()
    following = set(turns)
    return {
        k for k in turns
        if uses[speakers[k]] == 1
        and k - 1 in following
        and uses[speakers[k - 1]] >= 2
        and len(speakers[k].split()) >= 2
        and re.search(rf"\b{re.escape(speakers[k])}\b", above) is not None
    }
