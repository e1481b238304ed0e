"""Cheap text cues shared by the structure analysers: how a block ends, how long it is, whether
one inline style covers all of it, what prefix (a "Q:", a speaker's name, a dialogue dash) opens
it, and ``Cues``, these measurements for a whole run of blocks at once.

Everything here is precompiled and looks at a bounded part of the text (its ends, or its first
``_SCAN`` characters), so analysing a 10 MB document stays linear in its number of blocks.
"""

from __future__ import annotations

import re
from enum import Enum

from .model import Block, BlockKind, InlineStyle

_SCAN = 2000  # a paragraph longer than this is never a question, a title or a front-matter line


class Ending(Enum):
    """How a block's text ends, once closing quotes, brackets and spaces are set aside."""

    NONE = "none"
    QUESTION = "question"  # "?", "?»", "? »", '?"', "¿…?", "?!"
    SUSPENDED = "suspended"  # "…" or "..."
    COLON = "colon"


# Closing quotes include “ (German „…“) and the straight quotes that close as well as open.
_CLOSERS = " \t\u00a0\u202f\u2009»”“’'\")]"
_CLOSING_QUOTES = frozenset("»”“’'\"")
_OPENING_QUOTES = ("«", "“", "„", '"', "‘", "‚")


def ending(text: str) -> Ending:
    core = text[-16:].rstrip(_CLOSERS)  # the end is all that matters: never copy the whole text
    if not core:
        return Ending.NONE if len(text) <= 16 else ending(text.rstrip(_CLOSERS))
    last = core[-1]
    if last in "?？" or core.endswith(("?!", "!?")):
        return Ending.QUESTION
    if last == "…" or core.endswith("..."):
        return Ending.SUSPENDED
    if last in ":：":
        return Ending.COLON
    return Ending.NONE


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


def word_count(text: str) -> int:
    """Words in the text, as its spaces count them (cheap: no list is built)."""
    return text.count(" ") + 1 if text else 0


# A sentence ends at . ! ? … (and closing quotes) followed by a space and a capital, an opening
# quote or "¿"; not after a lone capital ("J. G.", "M. Dupont").
_SENTENCE_END = re.compile(
    r"(?<![\s.][A-ZÀ-ÖØ-Þ])[.!?…]+[»”’\")\]]*\s+(?=[¿¡«“„\"(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])"
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

# "Q:", "Q.", "Q 3 :", "Question :", "P." (pregunta), "F:" (Frage), "Frage:", "Pregunta:".
_QUESTION_PREFIX = re.compile(
    r"(?:Q|F|P|Question|Frage|Pregunta|Pergunta)(?:\s*\d{1,9})?\s*[:.)–—-]\s+"
    r"|[PQ]\s+(?=[¿¡«“\"A-ZÀ-ÖØ-Þ])"  # "P ¿A qué hora…?": a bare letter, as some papers print it
)
# "A:", "R:" (réponse, respuesta), "Antwort:", "Respuesta:", "Réponse:", "Answer:".
_ANSWER_PREFIX = re.compile(
    r"(?:A|R|Answer|Antwort|Respuesta|Réponse|Resposta)\s*[:.)–—-]\s+"
    r"|R\s+(?=[¡«“\"A-ZÀ-ÖØ-Þ])"  # "R Depende.": "A" alone is an English word, "R" is not
)
# Dialogue dashes, as French, Spanish and Russian interviews write them: "— ", "–", "-- ".
# A hyphen right against the word ("-Me gustaría…") is a dash as Spanish papers print it.
_DASH_PREFIX = re.compile(r"(?:--|[—–―])\s*(?=\S)|-(?=[^\W\d_]|[¿¡«“\"])")
# A speaker's name before a colon: "Le Monde :", "J. G. :", "20 Minutes :", "SPIEGEL:",
# "Dr. Okafor:". One to four words, each capitalised (or a number), small linking words allowed.
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ0-9][\w'’.\-]*)"
_LINK_WORD = r"(?:de|du|des|la|le|el|del|der|die|das|von|van|of|the|y|et|and|und)"
_SPEAKER = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_LINK_WORD})){{0,3}})\s*[:：]\s+(?=\S)"
)
# "Repórter- ", "Entrevistado – ": a name of one or two words, then a dash against it or set
# apart, as school papers write turns. Only a name that opens two turns counts, like any other.
_SPEAKER_DASH = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD})?)(?<=[^\W\d_])(?:-|\s+[-–—])\s+(?=\S)"
)
_MAX_LABEL = 32
# A transcript's timestamp before the speaker: "[00:01:02] Dana:", "(12:04) Q:", "00:12 —".
_TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+")


class Prefix(Enum):
    NONE = "none"
    QUESTION = "question"  # "Q:", "P.", "Frage:"
    ANSWER = "answer"  # "A:", "R:", "Antwort:"
    SPEAKER = "speaker"  # "Le Monde :"
    DASH = "dash"  # "— "


_QA_INITIALS = frozenset("QFPAR")
_DASHES = frozenset("-—–―")
_OPENINGS = _QA_INITIALS | _DASHES  # a block opening otherwise has no prefix unless a colon


def split_prefix(text: str) -> tuple[Prefix, str, int]:
    """The block's opening prefix, the speaker's name for ``SPEAKER`` (else ""), and where the
    text after the prefix begins."""
    first = text[:1]
    if first in _QA_INITIALS:
        match = _QUESTION_PREFIX.match(text, 0, 80)
        if match:
            return Prefix.QUESTION, "", match.end()
        match = _ANSWER_PREFIX.match(text, 0, 80)
        if match:
            return Prefix.ANSWER, "", match.end()
    elif first in _DASHES:
        match = _DASH_PREFIX.match(text, 0, 80)
        if match:
            return Prefix.DASH, "", match.end()
    stamp = _TIMESTAMP.match(text)
    start = stamp.end() if stamp else 0
    colon = text.find(":", start, start + _MAX_LABEL + 4)
    if colon < 0:
        colon = text.find("：", start, start + _MAX_LABEL + 4)
    if colon > start:
        match = _SPEAKER.match(text, start, colon + 8)
        if match:
            return Prefix.SPEAKER, match.group(1).rstrip(" .").casefold(), match.end()
    match = _SPEAKER_DASH.match(text, start, start + _MAX_LABEL + 4)
    if match:
        return Prefix.SPEAKER, match.group(1).casefold(), match.end()
    return Prefix.NONE, "", 0


def prefix_label(text: str, cut: int, start: int = 0) -> str:
    """The label of a prefix from ``start`` (after a list item's number) to ``cut`` as
    written, without its timestamp or its final colon or period: "Priya", "Q", "STEPHEN DALE"."""
    stamp = _TIMESTAMP.match(text, start, cut)
    start = stamp.end() if stamp else start
    return text[start:cut].strip().rstrip(":：.)–—-").strip()


# Second-person address: interviewers speak to someone. A small bonus, never decisive.
_ADDRESS = re.compile(
    r"\b(?:(?i:vous|votre|vos|tu|you|your|usted|ustedes|tú|vosotros|dich|dir|dein|"
    r"deine)|Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren)\b"
)


def addresses_someone(text: str) -> bool:
    return _ADDRESS.search(text, 0, _SCAN) is not None


# The word "question" (or "to ask") in the languages read here: a guide discussing the questions
# of a job interview uses it in most sections, an interviewee answering them seldom does.
_QUESTION_WORD = re.compile(
    r"\b(?i:questions?|vra(?:a)?g\w*|frage\w*|pregunt\w*|domand\w*|pergunt\w*)"
)


def discussed(blocks: list[Block], answers: list[tuple[int, int]]) -> bool:
    """Whether questions are a guide's, talked about rather than answered ("Why they ask
    this: …"): three or more, and half their ``answers`` (spans of ``blocks``) or more speak
    of questions or asking."""
    talking = sum(
        any(_QUESTION_WORD.search(block.text, 0, _SCAN) for block in blocks[start:end])
        for start, end in answers
    )
    return len(answers) >= 3 and 2 * talking >= len(answers)


# First person singular: interviewees speak of themselves, interviewers seldom do.
_SELF = re.compile(r"\b(?:(?i:je|j['’]|moi|mon|my|yo|mí|ich|mich|mir|mein|meine)|I)(?!\w)")


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


# --- Per-block cues ---------------------------------------------------------------------------

_LOOSE_MARKERS = ("-", "*", "+")
_NUMBERED = re.compile(r"\d{1,9}[.)]")
_NUMBER_OPENING = re.compile(r"\d{1,9}[.)][ \t]+(?=\S)")


def _settle_speakers(prefixes: list[Prefix], speakers: list[str], cuts: list[int]) -> None:
    """A name opening a single block is a speaker only as another name's full form, as a
    transcript names someone once in full and then shortly ("STEPHEN DALE:" then "DALE:",
    "Journaliste :" then "J :"); otherwise it is a lead-in ("Zum Schluss:", "Dernière
    question :") and stays part of the text."""
    turns = [k for k, prefix in enumerate(prefixes) if prefix is Prefix.SPEAKER]
    uses: dict[str, int] = {}
    for k in turns:
        uses[speakers[k]] = uses.get(speakers[k], 0) + 1
    recurring = [name for name, count in uses.items() if count >= 2]
    for k in turns:
        name = speakers[k]
        if uses[name] >= 2:
            continue
        short = next((r for r in recurring if _abbreviates(r, name)), "")
        if short:
            speakers[k] = short
        else:
            prefixes[k], speakers[k], cuts[k] = Prefix.NONE, "", 0


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` shortened: its last word ("dale" for "stephen dale") or
    its initials ("j" for "journaliste", "m. d." for "marie dupont")."""
    words = name.split()
    if len(words) > 1 and short == words[-1]:
        return True
    letters = "".join(ch for ch in short if ch.isalpha())
    return bool(letters) and letters == "".join(w[0] for w in words if w[0].isalpha())


class Cues:
    """The cues of ``blocks[lo:hi]`` as parallel lists, index ``k`` for block ``lo + k``: the
    block's kind, its prefix (and speaker's name), where its text after the prefix begins, how
    it ends and its length in characters. Built in one pass, the cheapest per block since it runs
    over every block of the document; a block's content and word count are computed only when
    asked for."""

    __slots__ = ("blocks", "lo", "kinds", "prefixes", "speakers", "cuts", "ends", "sizes",
                 "numbers", "_words")

    def __init__(self, blocks: list[Block], lo: int, hi: int) -> None:
        self.blocks, self.lo = blocks, lo
        span = blocks[lo:hi]
        kinds = [block.kind for block in span]
        count = len(span)
        # An ordered item's number opens its text (it is read and found): the cues are those
        # of the words after it, as when the number was a marker beside them.
        numbers = [0] * count
        for k in [k for k, kind in enumerate(kinds) if kind is BlockKind.LIST_ITEM]:
            numbers[k] = span[k].number_length
        texts = [block.text[number:] for block, number in zip(span, numbers, strict=True)]
        prefixes, speakers, cuts = [Prefix.NONE] * count, [""] * count, [0] * count
        for k in [
            k
            for k, text in enumerate(texts)
            if text[:1] in _OPENINGS or text.find(":", 0, 40) >= 0 or text.find("：", 0, 40) >= 0
        ]:
            prefixes[k], speakers[k], cuts[k] = split_prefix(texts[k])
        list_item = BlockKind.LIST_ITEM
        for k in [k for k, kind in enumerate(kinds) if kind is list_item]:
            # "- Question ?" alone between paragraphs: a dialogue dash read as a list.
            if (
                span[k].ordinal in _LOOSE_MARKERS
                and (k == 0 or kinds[k - 1] is not list_item)
                and (k + 1 == count or kinds[k + 1] is not list_item)
            ):
                kinds[k] = BlockKind.PARAGRAPH
                prefixes[k] = Prefix.DASH if prefixes[k] is Prefix.NONE else prefixes[k]
            # "3. Question ?" alone between paragraphs: a numbered question, as blogs write them.
            elif (
                _NUMBERED.fullmatch(span[k].ordinal)
                and (k == 0 or kinds[k - 1] is not list_item)
                and (k + 1 == count or kinds[k + 1] is not list_item)
            ):
                kinds[k] = BlockKind.PARAGRAPH
                if prefixes[k] is Prefix.NONE:
                    prefixes[k] = Prefix.QUESTION
        for k in [k for k, text in enumerate(texts) if text[:1].isdigit()]:
            # "2. Pourquoi ?" alone between paragraphs, its number kept in the text (a lone
            # number is text the reader sees and hears): the same numbered question as above.
            opening = _NUMBER_OPENING.match(texts[k])
            if (
                opening is not None
                and kinds[k] is BlockKind.PARAGRAPH
                and prefixes[k] is Prefix.NONE
                and (k == 0 or kinds[k - 1] is not list_item)
                and (k + 1 == count or kinds[k + 1] is not list_item)
            ):
                prefixes[k], cuts[k] = Prefix.QUESTION, opening.end()
        _settle_speakers(prefixes, speakers, cuts)
        no_end = Ending.NONE
        self.kinds, self.prefixes, self.speakers, self.cuts = kinds, prefixes, speakers, cuts
        # Most paragraphs end with a plain period: decided without a call.
        self.ends = [
            no_end if text[-1:] == "." and text[-2:-1] != "." else ending(text) for text in texts
        ]
        self.sizes = [len(text) - cut for text, cut in zip(texts, cuts, strict=True)]
        if any(numbers):  # the cuts, offsets in the words, as offsets in the block's text
            self.cuts = [cut + number for cut, number in zip(cuts, numbers, strict=True)]
        self.numbers = numbers
        self._words: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.kinds)

    def content(self, k: int) -> str:
        """Block ``lo + k``'s text after its prefix."""
        text = self.blocks[self.lo + k].text
        cut = self.cuts[k]
        return text[cut:].strip() if cut else text

    def words(self, k: int) -> int:
        found = self._words.get(k)
        if found is None:
            found = self._words[k] = word_count(self.content(k))
        return found


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
