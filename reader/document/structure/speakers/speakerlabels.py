"""Speakers' labels that transcripts write without the usual colon after a name, and the label
as the outline shows it.

- a role in capitals closed by a period, as Spanish and Italian papers print turns
  ("ENTREVISTADORA. ¿Cuál …?"; two or three words need no period: ``textcues`` reads them);
- a title and a surname closed by a period, as a hearing's record prints them
  ("Mr. Lindqvist. Why does …?", "Ms. Harlow. Because …");
- a role in one capitalised word closed by a period before the turn in quotation marks, as
  old trial records print it ('Counsel. "Are you sure …?"' / 'Witness. "I am not sure."');
- a role with the speaker's name in brackets before the colon ("LOCUTOR (Andrés Pino): …",
  shown "LOCUTOR");
- a name with the turn's timestamp after it, on the line above the turn, as podcast hosts
  export their transcripts ("Rob Keller 00:00:46" / "How do you …?", shown "Rob Keller");
- a group asking, named in words of which only the first is capitalised ("Clube de leitura:
  Há quanto …?"): only among a run of turns (``group_speaker``, which ``cues`` asks), since a
  headline may open so too ("Intervista all'autore: Italo Rinaldi").

Like any other name, a label counts only when it opens two turns or more (``cues``).
"""

from __future__ import annotations

import re

from ..lines.lonelabels import lone_label_match
from ..text.capitals import CAPITALS, KANA_HAN

_CAP = f"{CAPITALS}"
# "ENTREVISTADORA. ¿…", "GIORNALISTA. Che …": one word in capitals (three letters at least),
# its period, then the turn opening with a capital, a quote or "¿".
_CAPS_ROLE = re.compile(rf"([{_CAP}][{_CAP}'’\-]{{2,}})\.[ \t]+(?=[«“\"¿¡(]?[{_CAP}])")
# "Mr. Lindqvist. ", "Ms. Harlow. ", "Dr. Okafor-Nwosu. ", "Sen. Baldwin. ".
_TITLE = r"(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Hon|Prof|Gov|Judge|Chairman|Chairwoman|M|Mme|Mlle)\.?[ \t]"
_OPENING_TITLE = re.compile(rf"{_TITLE}|[{_CAP}][a-zà-öø-ÿ]{{2,}}\.[ \t]+[\"“«„]")
_OPENING_COURTESY = re.compile(
    r"(?:El|La|O|A)[ \t]+(?:señor|señora|senyor|senyora|Sr\.|Sra\.|Sr\.ª|Sr\.a)[ \t]")
# "M. le président Jean Darnal. ", "M. Paul Giraud, rapporteur. ", "Mme Sophie Marchal
# (LIOT). ": a French record's office before the name, the role or group after it.
_OFFICE = r"(?:(?:le|la)[ \t]+[a-zà-öø-ÿ\-]{3,}(?:[ \t]+[a-zà-öø-ÿ\-]+)?[ \t]+)?"
_ROLE_AFTER = r"(?:,[ \t]+[a-zà-öø-ÿ][^.,:;?!()\n]{2,40}|[ \t]+\([^()\n]{1,30}\))?"
_TITLED_NAME = re.compile(
    rf"({_TITLE}[ \t]*{_OFFICE}[{_CAP}][\w'’\-]+(?:[ \t]+[{_CAP}][\w'’\-]+)?{_ROLE_AFTER})"
    rf"\.[ \t]+(?=[«“\"(]?[{_CAP}])"
)
# 'Counsel. "Are you sure …?"' / 'Witness. "I am not sure."': a role in one capitalised word
# and its period, then the turn in quotation marks, as old trial records print it.
_ROLE_BEFORE_QUOTE = re.compile(rf"([{_CAP}][a-zà-öø-ÿ]{{2,}})\.[ \t]+(?=[\"“«„])")
_NAME = rf"[{_CAP}][\w'’.\-]*(?:[ \t]+[{_CAP}][\w'’.\-]*){{0,2}}"
# "LOCUTOR (Andrés Pino): ", "MODERATOR (Jane Roe): ".
_BRACKETED = re.compile(
    rf"({_NAME})[ \t]+\([^()\n]{{1,40}}\)[ \t]*:(?:[ \t]+|[ \t]*[\n\u2028][ \t]*)(?=\S)"
)
# "Rob Keller 00:00:46 How …": the timestamp after the name, the turn on the next line.
# "Poseł Ewa Kruk (PiS): ", "Podsekretarz stanu w Ministerstwie Zdrowia Piotr Lis: ",
# "Przewodniczący poseł Adam Wolski (KO): ": a record's office in words, then the first and
# last names, the party in brackets at most, and the colon.
_OFFICED = re.compile(
    rf"[{_CAP}][\w'’\-]+(?:[ \t]+[\w'’\-]+){{0,5}}[ \t]+([{_CAP}][\w'’\-]+[ \t]+[{_CAP}][\w'’\-]+)"
    rf"(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*:(?:[ \t]+|[ \t]*[\n\u2028][ \t]*)(?=\S)"
)
# "El señor GARCÍA LÓPEZ: ", "La señora MARTÍN SOTO: ", "El señor MINISTRO DE TRANSPORTES
# (Ruiz Calvo): ", "O Sr. João Dias (PCP): — ", "A Sr.ª Ministra da Saúde (Marta Vieira): — ":
# the records of Spain's, Portugal's, Catalonia's and Galicia's chambers open each turn with an
# article and a courtesy title in lower case, the name or the office after them.
_COURTESY_TITLE = (
    r"(?:El|La|O|A)[ \t]+(?:señor|señora|senyor|senyora|Sr\.|Sra\.|Sr\.ª|Sr\.a)[ \t]+"
)
_COURTESY = re.compile(
    rf"({_COURTESY_TITLE}[{_CAP}][\w'’\-]*(?:[ \t]+(?:[{_CAP}][\w'’\-]*|de|del|da|do|dos|das|"
    rf"la|las|los|i|y|e)){{0,5}})(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]*:[ \t]+(?:[—–-][ \t]+)?"
    rf"(?=\S)"
)
_STAMPED = re.compile(rf"({_NAME})[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s+(?=\S)")
# "Clube de leitura: Há quanto …?", "Redaktion Schülerzeitung: …": a group asking, named in
# words of which only the first is capitalised.
_GROUP_SCAN = 48
_GROUP = re.compile(rf"([{_CAP}][\w'’\-]+(?:[ \t]+[\w'’\-]+){{1,3}})[ \t]*:[ \t]+(?=\S)")
# "Diario do Miño (DM): …", "Xoán Outeiro Pazos (XOP): …": a name given once in full with
# the initials its later turns go by ("DM: …"); the speaker is the initials.
_NAMED_INITIALS = re.compile(
    rf"[{_CAP}][\w'’\-]*(?:[ \t]+[\w'’\-]+){{0,4}}[ \t]+\(([{_CAP}]{{2,4}})\)[ \t]*:[ \t]+(?=\S)"
)
# "主持人：…", "刘峥:…", "松田：…": a name or a role in Chinese or Japanese characters (two to
# six, no capitals to tell a name by) before a full-width or half-width colon.
_CJK_NAME = re.compile(rf"([{KANA_HAN}·・]{{2,6}})[ \t]*[:：][ \t]*(?=\S)")
_OTHER_FORMS = (
    _COURTESY, _TITLED_NAME, _BRACKETED, _STAMPED, _CAPS_ROLE, _ROLE_BEFORE_QUOTE, _OFFICED,
    _CJK_NAME,
)
_LINE_LABEL_CHARS = 60  # a label alone with a role after the name runs longer than one inline
_STAMP_AFTER = re.compile(r"[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?\]?$")
_BRACKETS_AFTER = re.compile(r"[ \t]+\([^()]*\)?$")


# "▶박지훈 : …" / "▷이수민 : …": Korean radio transcripts mark each speaker's turns with a
# shape before the name, one shape a speaker; the shape is no part of the name.
SPEAKER_MARK = re.compile(r"[▶▷►▸◀◁◆◇◈◉◎●○■□▪★☆][ \t]*")
_SHORT_NAME = 32
_LONG_LABEL = 90
_FULL_NAME = re.compile(
    rf"[{_CAP}А-ЯЁΑ-Ω][\w'’\-]+(?:[ \t]+[{_CAP}А-ЯЁΑ-Ω][\w'’.\-]+){{1,3}}")
# "VARGA PÉTER agrárminiszter:", "DR. KISS ANNA államtitkár:": a name in capitals, then the
# office in small letters with no comma, as Hungary's parliament prints its turns.
_CAPS_NAME_OFFICE = re.compile(
    rf"([{_CAP}][{_CAP}'’\-]+\.?(?:[ \t]+[{_CAP}][{_CAP}'’\-]+\.?){{1,2}})"
    r"[ \t]+[a-zà-öø-ÿ][\w\-]*(?:[ \t]+[\w\-]+){0,3}[ \t]*:[ \t]+(?=\S)"
)


def long_label_colon(text: str, start: int) -> int:
    """Where the colon of a full name's label with a long role after its comma is ("Игорь
    ВОРОНИН, директор городского зоопарка:", "TÓTH GERGELY, a Belügyminisztérium
    államtitkára:"), up to ninety characters on; -1 when ``text`` opens with no such name."""
    comma = text.find(",", start, start + _SHORT_NAME)
    if comma > start and _FULL_NAME.fullmatch(text, start, comma):
        return text.find(":", start, start + _LONG_LABEL)
    return -1


def caps_name_and_office(text: str, start: int, end: int) -> re.Match[str] | None:
    """A name in capitals and an office with no comma before the colon ("VARGA PÉTER
    agrárminiszter: …"), its group 1 the name; else None."""
    return _CAPS_NAME_OFFICE.match(text, start, end)


# "पंकजः अमीर जी, …?": Hindi radio transcripts close a speaker's name with the visarga (ः)
# as others with a colon; one or two Devanagari words, then a space. Adverbs that end in the
# visarga and open sentences ("अतः", "प्रायः", "पुनः", "क्रमशः", "मूलतः") are no names; names
# ending in "त" before it are ("अमितः", "रोहितः").
_DEVANAGARI_WORD = r"[\u0900-\u0902\u0904-\u0963\u0971-\u097f]{2,16}"
_VISARGA_NAME = re.compile(rf"({_DEVANAGARI_WORD}(?:[ \t]{_DEVANAGARI_WORD})?)ः[ \t]+(?=\S)")
_VISARGA_ADVERB = re.compile(
    r"(?:अत|तत|मूलत|संभवत|सम्भवत|सामान्यत|साधारणत|वस्तुत|स्वत|अंतत|अन्तत|प्रात|विशेषत|मुख्यत"
    r"|पूर्णत|अधिकांशत|फलत|परिणामत|प्राय|पुन|क्रमश|नम)$"
)
# "RM– It is my pleasure!", "Ravi Menon– Hello …": a name with a dash set straight against
# it, then a space, as some podcast transcripts write turns (a spaced dash is ``textcues``').
_GLUED_DASH = re.compile(rf"({_NAME})[–—][ \t]+(?=\S)")


def other_speaker(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The speaker's name that opens ``text`` at ``start`` in one of the forms above (looked
    for up to ``end``), and where the turn begins; None when it opens with none of them."""
    if (visarga := _VISARGA_NAME.match(text, start, end)) and not _VISARGA_ADVERB.match(
        visarga.group(1)
    ):
        return visarga.group(1), visarga.end()
    if glued := _GLUED_DASH.match(text, start, end):
        return glued.group(1), glued.end()
    # Every form above closes its label with a colon or a period: without one in reach, none
    # of their nine matches can succeed (most paragraphs), so none is tried.
    if text.find(":", start, end) >= 0 or text.find(".", start, end) >= 0 or text.find(
        "：", start, end
    ) >= 0:
        initials = _NAMED_INITIALS.match(text, start, end)
        if initials is not None and _initials_of(text[start : initials.start(1)], initials[1]):
            return initials[1], initials.end()
        for pattern in _OTHER_FORMS:
            match = pattern.match(text, start, end)
            if match is not None:
                return match.group(1), match.end()
    # "Speaker 1: (00:00)", "Petr HOLUB, moderátor" alone on the line above the turn
    # (``lonelabels`` joined them by a line break).
    broken = text.find("\u2028", start, end + _LINE_LABEL_CHARS)
    label = lone_label_match(text[start:broken]) if broken > start else None
    if label is None and 0 < start < broken:  # "12:01 Mart Kask": its time was read before
        label = lone_label_match(text[:broken])
    if label is not None and text[broken + 1 : broken + 2].strip():
        return label["name"], broken + 1
    return None


def _initials_of(name: str, initials: str) -> bool:
    """Whether ``initials`` are those of the capitalised words of ``name``."""
    return "".join(word[0] for word in name.split() if word[0].isupper()) == initials


def group_speaker(text: str) -> tuple[str, int] | None:
    """A group's name opening ``text`` ("Clube de leitura: …"), and where the turn begins."""
    match = _GROUP.match(text, 0, _GROUP_SCAN)
    return (match.group(1), match.end()) if match is not None else None


def may_open_label(text: str) -> bool:
    """Whether ``text`` may open with a speaker's label: a colon, a table's cell or a dash
    near its start ("Segunda Descida - Como …?", "Repórter- …"), capitals, a title. Cheap
    finds, since it runs over every block; the labels themselves are read by ``textcues``."""
    return (
        text.find(":", 0, 40) >= 0
        or text.find(",", 0, 32) > 0 and text.find(":", 0, 90) >= 0  # a name, then a long role
        or text.find("：", 0, 40) >= 0
        or text.find("|", 0, 40) >= 0
        or text.find("\t", 0, 40) >= 0
        or text[:2].isupper()
        or opens_with_title(text)
        or text.find("- ", 1, 36) >= 0
        or text.find("– ", 1, 36) >= 0
        or text.find("ः ", 1, 36) >= 0  # a Hindi transcript's name and visarga: "पंकजः …"
        or text.find("\u2028", 1, 100) >= 0  # a label alone on its line ("Petr HOLUB, moderátor")
    )


def opens_with_title(text: str) -> bool:
    """Whether ``text`` opens with a title ("Mr. ", "Dr "), as a hearing's turns do, or with
    a role before a quotation ('Counsel. "…'), as a trial record's do."""
    return _OPENING_TITLE.match(text) is not None or _OPENING_COURTESY.match(text) is not None


def bare_label(label: str) -> str:
    """The label without the bracketed name or the timestamp that follows it; the initials
    in brackets after a name given in full ("Diario do Miño (DM)" is "DM")."""
    initials = _NAMED_INITIALS.match(f"{label.rstrip(')')}): .")  # its ")" may be cut off
    if initials is not None and _initials_of(label[: initials.start(1) - 1], initials[1]):
        return initials[1]
    # "पंकजः": the visarga closing a Hindi transcript's name is its colon
    return _BRACKETS_AFTER.sub("", _STAMP_AFTER.sub("", label)).removesuffix("ः")
