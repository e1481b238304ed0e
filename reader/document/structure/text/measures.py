"""What the structure analysers measure of a text, apart from its prefix: how many words and
sentences it has, whether a quotation ends or wraps it, whether one inline style covers it,
whether it speaks to someone or of oneself, its opening words (``textcues`` re-exports these).

Each looks at a bounded part of the text (its ends, or its first ``_SCAN`` characters).
"""

from __future__ import annotations

import re

from ...model import Block, BlockKind, InlineStyle
from .capitals import CAPITALS, KANA_HAN, UNPUNCTUATED_SCRIPTS
from .endings import CLOSERS as _CLOSERS

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


# Second-person address: interviewers speak to someone. A small bonus, never decisive.
# Portuguese "seu", "sua" are "your" as "você" speaks ("o seu livro"), "his" or "her" too.
_ADDRESS = re.compile(
    r"\b(?:(?i:vous|votre|vos|tu|you|your|usted|ustedes|tú|vosotros|dich|dir|dein|"
    r"deine|você|vocês|seu|sua|seus|suas|jij|jouw|jullie|tuo|tua|twój|twoja|ciebie|"
    r"вы|вас|вам|ваш|ваша|ты|тебя|тебе|твой|ви|ти|твій|εσείς|σας|"
    # Czech and Slovak: "Jak to bylo s původem vaší rodiny?", "Kde ses narodila, ty?"
    r"vy|vás|vám|vámi|váš|vaše|vaši|vaší|vašeho|vašem|vaša|tebe|tobě|tvůj|tvoje|tvá|tvé|"
    r"tvoj|tvoja|"
    # Persian "شما" ("چه چیزی شما را به نوشتن علاقه‌مند کرد؟"); "\b" keeps "شماره" out
    r"شما)|Sie|Ihnen|Ihr|Ihre|Ihrer|"
    r"Ihren|Lei|"
    # Polish speaks to its guest as "pan" / "pani" ("Jest pan matematykiem, …?"); after an
    # article or a preposition "pan" is Spanish bread ("el pan", "de pan"), after "Peter" a boy,
    # and before a name a third person ("pani Kowalska powiedziała", Czech "pan Novák").
    r"(?<!el )(?<!de )(?<!del )(?<!un )(?<!con )(?<!sin )(?<!Peter )"
    rf"(?i:pan|pani|panu|panią|panem|państwo)(?![ \t]+[{CAPITALS}ĄĆĘŁŃÓŚŹŻČŘŠŽ]))\b"
)


# A Persian question whose verb, last as Persian puts it, speaks to "you" ("… چه توصیه‌ای
# دارید؟", "… شروع کرده‌اید؟"): the second person's ending "ید" before the asking mark.
_PERSIAN_YOU_ASKED = re.compile(r"\w(?:ید|یدش)\s*؟\s*$")


def addresses_someone(text: str) -> bool:
    return _ADDRESS.search(text, 0, _SCAN) is not None or (
        text.endswith("؟") and _PERSIAN_YOU_ASKED.search(text) is not None)


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
