"""Cheap text cues shared by the structure analysers: how a block ends, how long it is, whether
one inline style covers all of it, what prefix (a "Q:", a speaker's name, a dialogue dash) opens
it (``cues.Cues`` takes these measurements for a whole run of blocks at once).

Everything here is precompiled and looks at a bounded part of the text (its ends, or its first
``_SCAN`` characters), so analysing a 10 MB document stays linear in its number of blocks.
"""

from __future__ import annotations

import re
from enum import Enum

from ...model import Block, BlockKind, InlineStyle
from ..speakers.speakerlabels import SPEAKER_MARK as SPEAKER_MARK  # re-exported: lines read it
from ..speakers.speakerlabels import (
    bare_label,
    caps_name_and_office,
    long_label_colon,
    other_speaker,
)
from .capitals import CAPITALS as CAPITALS  # re-exported: the analysers read it here
from .capitals import KANA_HAN, UNCASED_SCRIPTS, UNPUNCTUATED_SCRIPTS
from .endings import CLOSERS as _CLOSERS
from .endings import Ending as Ending  # re-exported: the analysers read endings here
from .endings import ending as ending
from .labelwords import label_word

_SCAN = 2000  # a paragraph longer than this is never a question, a title or a front-matter line


_CLOSING_QUOTES = frozenset("»”“’'\"")
_OPENING_QUOTES = ("«", "“", "„", '"', "‘", "‚", ",,")  # ",,": a typewriter's „


def quoted_tail(text: str) -> int:
    """Where the quotation the text ends in opens, when it opens after some narrative, as in
    ``Le maire s'interroge : « Qui va payer ? »`` (the question is someone else's, quoted);
    -1 when the text does not end so."""
    core = text.rstrip(_CLOSERS)
    tail = text[len(core) :]
    if not any(ch in _CLOSING_QUOTES for ch in tail):
        return -1
    opened = max(core.rfind(q) for q in _OPENING_QUOTES)
    if opened < 0 or len(core[:opened].split()) < 3:
        return -1
    return opened


def wholly_quoted(text: str) -> bool:
    """Whether the whole text stands in quotation marks: ``“Does everyone want a dog?”``."""
    core = text.strip()
    return len(core) > 2 and core.startswith(_OPENING_QUOTES) and core[-1] in _CLOSING_QUOTES


def word_count(text: str) -> int:
    """Words in the text, as its spaces count them (cheap: no list is built); in Chinese and
    Japanese, which write no spaces, two characters of kana or kanji count as a word (a
    question of twenty characters is not one word, "Q2目標にしている経営者はいますか?"); in
    Thai, Lao and Khmer, five of their letters and marks count as one."""
    if not text:
        return 0
    spaced = text.count(" ") + 1
    if text.isascii():
        return spaced
    unspaced = len(_UNSPACED.findall(text, 0, _SCAN)) // 2
    return spaced + unspaced + len(_UNSPACED_SCRIPT.findall(text, 0, _SCAN)) // 5


_UNSPACED = re.compile(f"[{KANA_HAN}]")
_UNSPACED_SCRIPT = re.compile(f"[{UNPUNCTUATED_SCRIPTS}]")


# A sentence ends at . ! ? … (and closing quotes) followed by a space and a capital, an opening
# quote or "¿"; not after a lone capital ("J. G.", "M. Dupont").
_SENTENCE_END = re.compile(
    rf"(?<![\s.][{CAPITALS}])[.!?…]+[»”’\")\]]*\s+(?=[¿¡«“„\"(\[]?\s*[{CAPITALS}0-9])"
)


def sentence_count(text: str, cap: int = 6) -> int:
    """Sentences in the text, counting at most ``cap`` (a long text counts as ``cap``)."""
    if len(text) > _SCAN:
        return cap
    last = len(text) - 1  # a mark only at the very end leaves one sentence
    if all(text.find(mark, 0, last) < 0 for mark in ".?!…"):
        return 1
    count = 1
    for _ in _SENTENCE_END.finditer(text):
        count += 1
        if count >= cap:
            break
    return count


_IGNORABLE = " \t\u00a0\u202f\u2009\u2028?.!:;,…«»\"“”„'’‘()[]-–—|·•/"


def covered_by(block: Block, styles: frozenset[InlineStyle]) -> bool:
    """True when runs of ``styles`` cover all the block's text but spaces and punctuation:
    a paragraph entirely in **strong**, a line made only of links."""
    text = block.text
    if not text or len(text) > _SCAN:
        return False
    pos, base, seen = 0, block.start, False
    for run in block.inlines:  # sorted by start
        if run.style not in styles:
            continue
        start, end = run.start - base, run.end - base
        if start > pos and text[pos:start].strip(_IGNORABLE):
            return False
        pos, seen = max(pos, end), True
    return seen and not text[pos:].strip(_IGNORABLE)


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
    # "Q1なぜ…?", "Q 如何…？": a "Q" numbered or spaced before a question in kana, kanji, hangul
    + rf"|Q(?:\d{{1,3}}|[ \t]+)(?=[{KANA_HAN}\uac00-\ud7af])"
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
_SCRIPT_QUESTION = re.compile(r"(?:س|سؤال|السؤال|问|問|문|질문)[ \t]*[:：][ \t]*(?=\S)")
_SCRIPT_ANSWER = re.compile(r"(?:ج|جواب|الجواب|答|답|답변)[ \t]*[:：][ \t]*(?=\S)")
_SCRIPT_LABEL_OPENINGS = frozenset("سج问問答문질답")
# "P. REYES:", "A. REYES:": an initial before a surname and a colon is a speaker, not a label.
_INITIAL_AND_NAME = re.compile(rf"[A-Z]\.\s*[{CAPITALS}][\w'’\-]+\s*:\s")
# Dialogue dashes, as French, Spanish and Russian interviews write them: "— ", "–", "-- ".
# A hyphen right against the word ("-Me gustaría…") is a dash as Spanish papers print it, so is
# one set apart from "¿" ("- ¿Cuál …?", "-.- ¿Por …?") or from a sentence asking with "¿" ("- Si
# …, ¿con qué …?"). A quotation taken up mid-way may open the first ("“(…) – Diario do Miño: …").
_DASH_PREFIX = re.compile(
    # "{ ماذا …?": a paper's bullet glyph that its font's mapping turned into a brace.
    r"(?:[«“„\"]?[(\[]…[)\]][ \t]*)?(?:--|[—–―]{1,2}|\{(?=[ \t]?[^\W\d_]))\s*(?=\S)"
    r"|-(?=[^\W\d_]|[¿¡«“\"])"
    rf"|(?:ー{{1,2}}|─{{2}}|−)[ \t]*(?=[「『]?[{KANA_HAN}])"  # "ーじゃあ", "──では", "−では"
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
# Only a name that opens two turns counts, like any other.
_SPEAKER_DASH = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)?{_NAME_WORD})?)(?<=[^\W\d_])"
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
_DASHES = frozenset("-—–―ー─−{")
PREFIX_OPENINGS = _QA_INITIALS | _DASHES  # any other opening has no prefix without a colon


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
    elif first in _DASHES or first in "«“„\"([":
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
    stamp = (_TIMESTAMP.match(text, start, cut) or _DASH_PREFIX.match(text, start, cut)
             or SPEAKER_MARK.match(text, start, cut))
    start = stamp.end() if stamp else start  # "– DM:": the dialogue dash is no part of it
    written = text[start:cut].strip().rstrip(":：|*\t ")
    # "„Kurier Sportowy”: -": a paper's name in quotes, a dash after the colon.
    label = written.rstrip(":：.)–—-|*\t ").strip().strip("„“”\"«»").strip()
    if label.endswith(".") and label[-3:-1].isalpha():
        label = label.rstrip(" .–—-")  # "LE MONDE. –", not the initials "J.D."
    if _INITIAL_END.search(written) or _INITIALS.fullmatch(written):
        label += "."  # "Romane O.:", "J.E.:": a name's initials keep their periods ("H." not)
    return bare_label(_TRAILING_VERB.sub("", label))


_INITIALS = re.compile(rf"[{CAPITALS}]\.[ \t]?(?:[{CAPITALS}]\.[ \t]?)+")


# Second-person address: interviewers speak to someone. A small bonus, never decisive.
# Portuguese "seu", "sua" are "your" as "você" speaks ("o seu livro"), "his" or "her" too.
_ADDRESS = re.compile(
    r"\b(?:(?i:vous|votre|vos|tu|you|your|usted|ustedes|tú|vosotros|dich|dir|dein|"
    r"deine|você|vocês|seu|sua|seus|suas|jij|jouw|jullie|tuo|tua|twój|twoja|ciebie|"
    r"вы|вас|вам|ваш|ваша|ты|тебя|тебе|твой|ви|ти|твій|εσείς|σας|"
    # Czech and Slovak: "Jak to bylo s původem vaší rodiny?", "Kde ses narodila, ty?"
    r"vy|vás|vám|vámi|váš|vaše|vaši|vaší|vašeho|vašem|vaša|tebe|tobě|tvůj|tvoje|tvá|tvé|"
    r"tvoj|tvoja)|Sie|Ihnen|Ihr|Ihre|Ihrer|"
    r"Ihren|Lei|"
    # Polish speaks to its guest as "pan" / "pani" ("Jest pan matematykiem, …?"); after an
    # article or a preposition "pan" is Spanish bread ("el pan", "de pan"), after "Peter" a boy,
    # and before a name a third person ("pani Kowalska powiedziała", Czech "pan Novák").
    r"(?<!el )(?<!de )(?<!del )(?<!un )(?<!con )(?<!sin )(?<!Peter )"
    rf"(?i:pan|pani|panu|panią|panem|państwo)(?![ \t]+[{CAPITALS}ĄĆĘŁŃÓŚŹŻČŘŠŽ]))\b"
)


def addresses_someone(text: str) -> bool:
    return _ADDRESS.search(text, 0, _SCAN) is not None


# First person singular: interviewees speak of themselves, interviewers seldom do.
_SELF = re.compile(
    r"\b(?:(?i:je|j['’]|moi|mon|my|me|mi|yo|mí|ich|mich|mir|mein|meine|ik|mijn|io|mio|mia|eu|meu|"
    r"minha|mnie|mój|moja|я|меня|мне|мой|моя|мене|мені|мій|εγώ)|I)(?!\w)"
)


def speaks_of_self(text: str) -> bool:
    return _SELF.search(text, 0, _SCAN) is not None


def opening_words(text: str, words: int = 8, max_chars: int = 64) -> str:
    """The text's first ``words`` words (punctuation standing alone, such as "«", is not
    counted), cut at a word boundary and ended with "…" when cut."""
    tokens = text[: max_chars * 4].split()
    kept, counted = [], 0
    for token in tokens:
        if counted == words:
            break
        kept.append(token)
        counted += any(ch.isalnum() for ch in token)
    cut = len(kept) < len(tokens) or len(text) > max_chars * 4
    while len(kept) > 1 and len(" ".join(kept)) > max_chars:
        kept.pop()
        cut = True
    head = " ".join(kept)
    if len(head) > max_chars:  # one enormous "word"
        head, cut = head[:max_chars], True
    return head.rstrip(",;:.—–-·«“„ ") + "…" if cut else head


_PSEUDO_HEADING_WORDS = 12
_STRONG = frozenset({InlineStyle.STRONG})


def pseudo_heading(block: Block) -> bool:
    """A short paragraph entirely in bold, with no final period: a subheading written as bold
    text, as web articles often are once extracted."""
    text = block.text.rstrip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(text)
        and text[-1] not in ".,;:"
        and word_count(text) <= _PSEUDO_HEADING_WORDS
        and covered_by(block, _STRONG)
    )
