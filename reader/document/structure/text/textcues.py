"""Cheap text cues shared by the structure analysers: what prefix (a "Q:", a speaker's name, a
dialogue dash) opens a block; how it ends and what else is measured of it (``measures``) are
re-exported here (``cues.Cues`` takes these measurements for a whole run of blocks at once).

Everything here is precompiled and looks at a bounded part of the text (its ends, or its first
``_SCAN`` characters), so analysing a 10 MB document stays linear in its number of blocks.
"""

from __future__ import annotations

import re
from enum import Enum

from ..speakers.speakerlabels import SPEAKER_MARK as SPEAKER_MARK  # re-exported: lines read it
from ..speakers.speakerlabels import (
    bare_label,
    caps_name_and_office,
    long_label_colon,
    other_speaker,
)
from .capitals import CAPITALS as CAPITALS  # re-exported: the analysers read it here
from .capitals import KANA_HAN, UNCASED_SCRIPTS
from .endings import Ending as Ending  # re-exported: the analysers read endings here
from .endings import ending as ending
from .labelwords import label_word
from .measures import addresses_someone as addresses_someone  # re-exported, as the rest below
from .measures import covered_by as covered_by
from .measures import opening_words as opening_words
from .measures import pseudo_heading as pseudo_heading
from .measures import quoted_tail as quoted_tail
from .measures import sentence_count as sentence_count
from .measures import speaks_of_self as speaks_of_self
from .measures import wholly_quoted as wholly_quoted
from .measures import word_count as word_count

_SCAN = 2000  # a paragraph longer than this is never a question, a title or a front-matter line


# --- Prefixes ---------------------------------------------------------------------------------

# After a label, a space; or a quotation mark straight against it ("Frage 3:,,Wird …").
_AFTER_LABEL = r"(?:\s+|(?=[,„“\"«'‚]))"
# "Q:", "Q.", "Q 3 :", "Question :", "P." (pregunta), "F:" (Frage), "Frage:", "Pregunta:",
# "V:" (vraag), "Vraag:", "D." (domanda), "Domanda:".
_QUESTION_PREFIX = re.compile(
    r"(?:Q|F|P|V|D|(?i:question|frage|pregunta|pergunta|vraag|domanda))(?:\s*\d{1,9})?"
    r"\s*(?:\.[ \t]?[–—-]|[:.)–—-])"  # "P.- ¿…?": the period and a dash, as Spanish papers
    + _AFTER_LABEL
    + rf"|[PQ]\s+(?=[¿¡«“\"({CAPITALS}])"  # "P ¿A qué…?", "Q (Inaudible.)": a bare letter
    # "Q1なぜ…?", "Q 如何…？", "Q1.제9회 …?": a "Q" numbered or spaced before a question in
    # kana, kanji, hangul, which need no space after the label's period
    + rf"|Q(?:\d{{1,3}}[.)]?|[ \t]+)(?=[{KANA_HAN}\uac00-\ud7af])"
)
# "A:", "R:" (réponse, respuesta), "Antwort:", "Respuesta:", "Réponse:", "Answer:".
_ANSWER_PREFIX = re.compile(
    r"(?:A|R|(?i:answer|antwort|antwoord|respuesta|réponse|resposta|risposta))"
    r"\s*(?:\.[ \t]?[–—-]|[:.)–—-])"
    + _AFTER_LABEL
    + rf"|R\s+(?=[¡«“\"{CAPITALS}])"  # "R Depende.": "A" alone is an English word, "R" is not
)
# Labels in scripts without capitals: Arabic papers label turns "س:" (سؤال, question) and "ج:"
# (جواب, answer), the word in full too; Chinese ones "问：" / "答：" (問 in traditional
# characters), Korean ones "문:" / "답:" or "질문:" / "답변:".
# An Arabic letter label may take a dash for its colon, or a number and a period ("س- متى …؟
# ج- كنت …", "س1. حدثنا …؟" / "ج1. …").
_SCRIPT_QUESTION = re.compile(
    r"(?:س|سؤال|السؤال|问|問|문|질문)[ \t]*(?:[:：]|(?<=س)-|(?<=س)\d{1,3}[.:-])[ \t]*(?=\S)")
_SCRIPT_ANSWER = re.compile(
    r"(?:ج|جواب|الجواب|答|답|답변)[ \t]*(?:[:：]|(?<=ج)-|(?<=ج)\d{1,3}[.:-])[ \t]*(?=\S)")
_SCRIPT_LABEL_OPENINGS = frozenset("سج问問答문질답")
# "P. REYES:", "A. REYES:": an initial before a surname and a colon is a speaker, not a label.
_INITIAL_AND_NAME = re.compile(rf"[A-Z]\.\s*[{CAPITALS}][\w'’\-]+\s*:\s")
# Dialogue dashes, as French, Spanish and Russian interviews write them: "— ", "–", "-- ".
# A hyphen right against the word ("-Me gustaría…") is a dash as Spanish papers print it, so is
# one set apart from "¿" ("- ¿Cuál …?", "-.- ¿Por …?") or from a sentence asking with "¿" ("- Si
# …, ¿con qué …?"). A quotation taken up mid-way may open the first ("“(…) – Diario do Miño: …").
_DASH_PREFIX = re.compile(
    # "{ ماذا …?": a paper's bullet glyph that its font's mapping turned into a brace.
    r"(?:[«“„\"]?[(\[]…[)\]][ \t]*)?(?:--|[—–―─]{1,3}|\{(?=[ \t]?[^\W\d_]))\s*(?=\S)"
    r"|-(?=[^\W\d_]|[¿¡«“\"])|[-@][ \t](?=[\u0620-\u06d3])"  # "- نراك …؟": no capital to wait for;
    # "@ وماذا …؟": an Arabic paper's sign before each question, "- …" before each answer
    rf"|(?:ー{{1,2}}|─{{2,3}}|−)[ \t]*(?=[「『]?[{KANA_HAN}])"  # "ーじゃあ", "──では", "−では"
    rf"|(?:-\.)?-[ \t](?=[¿¡]|[{CAPITALS}][^?¿.\u2028]{{0,200}}¿)"
)
# A speaker's name before a colon: "Le Monde :", "J. G. :", "20 Minutes :", "SPIEGEL:",
# "Dr. Okafor:". One to four words, each capitalised (or a number), small linking words allowed.
# Capitals of the Cyrillic and Greek alphabets too ("Журналист:", "Ερώτηση:"); in a script
# without capitals (kana, kanji, hangul), a word of up to eight letters ("ゆき:"); in Arabic
# and Hebrew, a word of two letters to fifteen (a name, like any other, counts only when it
# opens two turns).
# And the capitals of Latin Extended-A and B, which Polish, Czech, Turkish, Hungarian and
# Croatian names begin with ("Łukasz:", "Šimon:", "İrem Şahin:", "Őze:"): ``CAPITALS``.
_NAME_WORD = (  # read through a web page's soft hyphens and zero-width marks ("Vize\xadpräsident")
    rf"(?:[{CAPITALS}А-ЯЁЄІЇҐΆ-ΏΑ-Ω0-9][\w'’.\-\u00ad\u200b-\u200d\u2060]*"
    rf"|[{KANA_HAN}\uac00-\ud7af]{{1,8}}(?![{KANA_HAN}\uac00-\ud7af])"
    r"|[\u0620-\u065f\u066e-\u06d3]{2,15}(?![\u0620-\u065f\u066e-\u06d3])"  # Arabic: "سلمى:"
    r"|[\u05d0-\u05ea\u05f3]{2,15}(?![\u05d0-\u05ea\u05f3])"  # Hebrew: "דנה:"
    rf"|[{UNCASED_SCRIPTS}][{UNCASED_SCRIPTS}.]{{1,19}}(?![{UNCASED_SCRIPTS}]))"  # "ผอ.สมศรี:"
)
# "and" in other languages joins two speakers who ask together: "Kuba i Olek:", "K i O:",
# "Marco e Luca:", "Sam en Noor:", "Ole og Kari:", "Anna och Erik:", "Tom & Jo:".
JOINING_WORD = r"(?:and|und|et|y|i|e|en|og|och|ja|&)"
# "pour", "for", "für", "para": a student writing for the paper ("Salma pour le JM :", once,
# then "JM :"), the paper's name last, as a turn's label shortens it.
_LINK_WORD = (
    rf"(?:de|du|des|do|da|dos|di|della|la|le|el|del|der|die|das|von|van|of|the|"
    rf"pour|for|für|para|{JOINING_WORD})"
)
# "Renata pergunta:" / "Caio responde:": the name, then a verb of asking or answering.
SPEECH_VERB = (
    r"(?:asks|answers|replies|pergunta|responde|pregunta|contesta|fragt|antwortet|demande|"
    r"répond|chiede|risponde|vraagt|antwoordt)"
)
_SPEAKER = re.compile(
    # A paper's name may stand in quotes: "„Kurier Sportowy”: - Jak …?", "«Le Monde» :".
    rf"[\u200b-\u200d\u2060]?[„“\"«]?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_LINK_WORD})){{0,3}})[”“\"»]?"
    rf"(?:\s+{SPEECH_VERB})?"
    # "Marek Wolny, Sport24:", "Adam Nowicki, trener Olimpii:": the name, then what they are
    # (in capitals, "DEREK HOLM, NEWS ANCHOR:", a transcript's caption, is left as it was).
    # The role in any alphabet's small letters ("Игорь ВОРОНИН, директор зоопарка:"), up to
    # six words ("TÓTH GERGELY, a Belügyminisztérium államtitkára:").
    r"(?:,\s+(?=[^\s,:]*[a-zà-öø-ÿа-яёєіїґά-ώ0-9])[\w'’.\-]+(?:\s+[\w'’.\-]+){0,5})?"
    # "Bảo An – VOA:", "Anna Berg - BBC News:": the name, a spaced dash, then the outlet they
    # speak for, up to three capitalised words, before the colon ("Alan - Para terminar: …"
    # is a turn's opening words).
    rf"(?:\s+[-–—]\s+[{CAPITALS}0-9][\w'’.\-&]*(?:\s+[{CAPITALS}0-9&][\w'’.\-&]*){{0,2}}"
    r"(?=\s*[:：]))?"
    # A dash may follow the colon, as Polish papers print turns ("Adam Nowicki: - To …").
    r"\s*[:：]\s+(?:[-–—]\s+)?(?=\S)"
    # "I:Che sport…?", "G:Gioco…", "N:¿Cuándo …?": a label of initials set straight against
    # the turn.
    rf"|([{CAPITALS}]{{1,3}})[:：](?=[¿¡]?[{CAPITALS}][a-zà-öø-ÿ])"
)
# "N.¿A qué se dedica …?": initials ended by a period, straight against a Spanish question's
# "¿" (or "¡"), as a school paper types "N:¿…?" a line before; a sentence cannot end there.
_INITIALS_AGAINST_MARK = re.compile(rf"([{CAPITALS}]{{1,3}})\.(?=[¿¡][{CAPITALS}])")
_TRAILING_VERB = re.compile(rf"\s+{SPEECH_VERB}$")
# A table's row of turns, the speaker in the first cell: "Noor | Hoe lang …? | |" as text,
# "Noor\tHoe lang …?" as a table's row. A footnote's star may follow the name ("AJ*").
_SPEAKER_CELL = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\*?(?:[ ]*\t|[ ]+\|)[ \t]*(?=[^\s|])"
)
# "Repórter- ", "Entrevistado – ": a name of one or two words, then a dash against it or set
# apart, as school papers write turns; a small word may link the two, as in a paper's name
# ("Folha do Sul – …?"), or a period end it ("Sophie. – Claire, peux-tu …?" / "Claire. – …").
# In the scripts without capitals, initials ended by periods are a name ("दि. सि. - …?" /
# "र. व. - …", a Hindi blog's interviewer and guest), and a word may end in a vowel sign,
# which is no letter to \w ("मैं - …").
# Only a name that opens two turns counts, like any other.
_SPEAKER_DASH = re.compile(
    rf"((?:[{UNCASED_SCRIPTS}]{{1,3}}\.[ \t]?){{1,3}}(?<=\.)"
    rf"|{_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)?{_NAME_WORD})?(?<=[^\W\d_]|[{UNCASED_SCRIPTS}]))"
    r"(?:\.\s+[–—-]|-|\s+[-–—])\s+(?=\S)"
)
# A name in capitals with no colon, as French papers print turns: "LE MONDE. – Pourquoi …?",
# "JULIE DURAND Pourquoi …?". Only a name that opens two turns counts, like any other.
# One word needs the dash ("SPIEGEL. – …"): "OUI je pense…" opens an answer, not a turn; or,
# three letters at least, a capitalised word after it, as a magazine names itself ("KIJK
# Grappig dat …").
_CAPS_SPEAKER = re.compile(
    rf"([{CAPITALS}][{CAPITALS}'’\-]+\.?(?:\s+[{CAPITALS}][{CAPITALS}'’\-]*\.?){{1,2}}"
    rf"(?=\s+[-–—]|\s)|[{CAPITALS}][{CAPITALS}'’\-]+\.?(?=\s+[-–—])"
    rf"|[{CAPITALS}]{{3,}}(?=[ \t]+[{CAPITALS}][a-zà-öø-ÿ]))"
    rf"(?:\s+[-–—]|\s)\s*(?=[«“\"¿¡]?[{CAPITALS}]?[a-zà-öø-ÿ])"
)
_MAX_LABEL = 32
# "松田君「こんにちは。」": a name, then the words said in corner brackets, as Japanese
# school and company blogs write a dialogue; the whole line is the turn (it ends with "」").
_BRACKET_SPEAKER = re.compile(rf"([{KANA_HAN}]{{1,6}})(?=[「『])")
# 'Aku, "Mau wawancara"': a name, a comma, then the words said in quotes, as a child's blog
# writes a dialogue, the Latin twin of the brackets above; the whole line is the turn.
_QUOTE_SPEAKER = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}),[ \t]*(?=[\"“„«])")
_JOINED_CAPS = re.compile(rf"{JOINING_WORD}\s+[{CAPITALS}]{{2}}")
# A transcript's timestamp before the speaker: "[00:01:02] Dana:", "(12:04) Q:", "00:12 —".
_TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+")
# "5 . Giornalista:": a turn's number set apart from its period (as typed among "4. …").
_SPACED_NUMBER = re.compile(rf"\d{{1,4}}[ \t]+[.)][ \t]+(?=[{CAPITALS}])")


class Prefix(Enum):
    NONE = "none"
    QUESTION = "question"  # "Q:", "P.", "Frage:"
    ANSWER = "answer"  # "A:", "R:", "Antwort:"
    SPEAKER = "speaker"  # "Le Monde :"
    DASH = "dash"  # "— "


_QA_INITIALS = frozenset("QFPARVD")
# The dashes that print a voice, as a dialogue's turns open; a hyphen, a minus and a brace
# open a turn too, but as often a list's item
DIALOGUE_DASHES = frozenset("—–―ー─")
_DASHES = DIALOGUE_DASHES | frozenset("-−{@")
# any other opening has no prefix without a colon ("س1." / "ج1.": an Arabic label numbered)
# and Hindi's shortened labels without a colon ("प्र. …?", "उ. …": ``labelwords``)
PREFIX_OPENINGS = _QA_INITIALS | _DASHES | frozenset("سجपउ")


def split_prefix(text: str) -> tuple[Prefix, str, int]:
    """The block's opening prefix, the speaker's name for ``SPEAKER`` (else ""), and where the
    text after the prefix begins."""
    first = text[:1]
    if first in _QA_INITIALS and not _INITIAL_AND_NAME.match(text):
        match = _QUESTION_PREFIX.match(text, 0, 80)
        if match:
            return Prefix.QUESTION, "", match.end()
        match = _ANSWER_PREFIX.match(text, 0, 80)
        if match:
            return Prefix.ANSWER, "", match.end()
    elif first in _SCRIPT_LABEL_OPENINGS:
        if match := _SCRIPT_QUESTION.match(text, 0, 16):
            return Prefix.QUESTION, "", match.end()
        if match := _SCRIPT_ANSWER.match(text, 0, 16):
            return Prefix.ANSWER, "", match.end()
    elif first in _DASHES or first in '«“„"([':
        match = _DASH_PREFIX.match(text, 0, 80)
        if match:
            return _named_after_dash(text, match.end()) or (Prefix.DASH, "", match.end())
    if labelled := label_word(text, first):  # "Spørsmål:", "ΑΠΑΝΤΗΣΗ 1:", "質問："
        return (Prefix.QUESTION if labelled[0] else Prefix.ANSWER), "", labelled[1]
    stamp = _TIMESTAMP.match(text) or _SPACED_NUMBER.match(text) or SPEAKER_MARK.match(text)
    start = stamp.end() if stamp else 0
    colon = text.find(":", start, start + _MAX_LABEL + 4)
    if colon < 0:
        colon = text.find("：", start, start + _MAX_LABEL + 4)
    colon = colon if colon >= 0 else long_label_colon(text, start)
    if colon > start:
        match = _SPEAKER.match(text, start, colon + 24)  # "WITNESS   :       My …"
        match = match or caps_name_and_office(text, start, colon + 24)
        if match:
            name = match.group(1) or match.group(2)
            return Prefix.SPEAKER, name.rstrip(" .").casefold(), match.end()
    match = _SPEAKER_DASH.match(text, start, start + _MAX_LABEL + 4)
    match = match or _INITIALS_AGAINST_MARK.match(text, start, start + 8)
    if match:
        return Prefix.SPEAKER, match.group(1).casefold(), match.end()
    match = _SPEAKER_CELL.match(text, start, start + _MAX_LABEL + 4)
    if match:
        return Prefix.SPEAKER, match.group(1).casefold(), match.end()
    match = _CAPS_SPEAKER.match(text, start, start + _MAX_LABEL + 4)
    # "MARGARET COLE and DANIEL ROSS": names in capitals joined on a cover, no turn
    if match and len(match.group(1)) > 2 and not _JOINED_CAPS.match(text, match.end()):
        return Prefix.SPEAKER, match.group(1).rstrip(".").casefold(), match.end()
    bracketed = _BRACKET_SPEAKER.match(text, start, start + 12)
    if bracketed and text.rstrip()[-1:] in "」』":
        return Prefix.SPEAKER, bracketed.group(1), bracketed.end()
    quoted = _QUOTE_SPEAKER.match(text, start, start + _MAX_LABEL + 4)
    if quoted and text.rstrip()[-1:] in '"”»':
        return Prefix.SPEAKER, quoted.group(1).casefold(), quoted.end()
    other = other_speaker(text, start, start + _MAX_LABEL + 24)
    if other is not None:
        return Prefix.SPEAKER, other[0].casefold(), other[1]
    return Prefix.NONE, "", 0


def _named_after_dash(text: str, start: int) -> tuple[Prefix, str, int] | None:
    """A speaker's label after a dialogue dash ("– DM: A quen …?", "– XOP: Si, …"), as a
    paper quoting an interview prints its turns; like any name, it counts only when it opens
    two turns. Or a name with its initials in brackets ("– Xoán Pazos (XP): …")."""
    colon = text.find(":", start, start + _MAX_LABEL + 4)
    match = _SPEAKER.match(text, start, colon + 24) if colon > start else None
    named = (match.group(1) or match.group(2), match.end()) if match else None
    named = named or (other_speaker(text, start, colon + 24) if colon > start else None)
    return (Prefix.SPEAKER, named[0].rstrip(" .").casefold(), named[1]) if named else None


_INITIAL_END = re.compile(rf"[^\W\d_]\s+[{CAPITALS}]\.$")


def prefix_label(text: str, cut: int, start: int = 0) -> str:
    """The label of a prefix from ``start`` (after a list item's number) to ``cut`` as
    written, without its timestamp or its final colon or period: "Priya", "Q", "STEPHEN DALE"."""
    stamp = (
        _TIMESTAMP.match(text, start, cut)
        or _DASH_PREFIX.match(text, start, cut)
        or SPEAKER_MARK.match(text, start, cut)
    )
    start = stamp.end() if stamp else start  # "– DM:": the dialogue dash is no part of it
    written = text[start:cut].strip().rstrip(":：|*\t ")
    # "„Kurier Sportowy”: -": a paper's name in quotes, a dash after the colon.
    label = written.rstrip(":：.)–—-|*\t ").strip().strip('„“”"«»').strip()
    if label.endswith(".") and label[-3:-1].isalpha():
        label = label.rstrip(" .–—-")  # "LE MONDE. –", not the initials "J.D."
    if _INITIAL_END.search(written) or _INITIALS.fullmatch(written):
        label += "."  # "Romane O.:", "J.E.:": a name's initials keep their periods ("H." not)
    return bare_label(_TRAILING_VERB.sub("", _OUTLET_AFTER_DASH.sub("", label)))


# "Bảo An – VOA": the outlet or office after a spaced dash is who they speak for, not a name.
_OUTLET_AFTER_DASH = re.compile(
    rf"(?<=\w)\s+[-–—]\s+[{CAPITALS}0-9][\w'’.\-&]*(?:\s+[{CAPITALS}0-9&][\w'’.\-&]*){{0,2}}$"
)


_INITIALS = re.compile(rf"[{CAPITALS}]\.[ \t]?(?:[{CAPITALS}]\.[ \t]?)+")
