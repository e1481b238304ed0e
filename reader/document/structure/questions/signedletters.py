"""Readers' letters answered one by one, found by what each exchange repeats: the letter, its
signature (a line of its own, "— Holding On By a Thread", "Marisol, 32 años", or the tail of
its last paragraph, "… unterdrücken? Egon F. Maurer, Offenbach"), and a reply that greets the
signer by a word of that signature ("Dear Holding On By a Thread: …", "Lieber Egon, …",
"¡Hooola!, querida Marisol. …") or opens under a reply label that only ever follows a
signature ("الحائرة: نادية من البليدة" / "الرد: …"). The letter is the question, without the
salutation that opens it ("Dear Annie:", "Liebe Frau Doktor Frohgemut,") or its signature.

``readerletters`` reads the strict shape of a columnist's page (same salutation word, signed
after a sentence, two letters or more); this reads the looser shapes advice columns print in
papers and blogs, one letter or several, each signature checked against its own reply."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..text.capitals import CAPITALS
from ..text.cues import Cues
from .qa import QA, Form, Question

_SIGNATURE_WORDS = 8  # "— Tired of Gossip in Tulsa", "Signed, Looking for Honesty"
_SHORT_LINE = 6  # fewer words, no sentence: a title, a byline, a salutation on its own line
_LETTER_WORDS = 25  # a letter tells its story; a shorter text is an example or a joke
_SHAPED_LETTER_WORDS = 12  # the page's repeated signatures vouch for shorter letters
_LONG_LINE = 12
_REPLY_WORDS = 12
_HEADLINE_WORDS = 15
_BACK = 12  # a letter's paragraphs, read back from its signature
_GREETING_CHARS = 60  # a reply greets its signer within its first words
_GREETING_WORDS = 4
_ASKS = ("?", "？", "؟")
_PROSE = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
_WORD = re.compile(r"\w{3,}")
# A sentence's end inside a line: not an initial's full stop ("Egon F. Maurer").
_SENTENCE_END = re.compile(r"(?:(?<!\b\w)\.|[!?…？؟。])(?=[\"”’»)]*\s)")
_ENDED = re.compile(r"[.!?…:;？؟。\"”’»)]\s*$")
# The salutation opening a letter: up to four capitalised words (a comma between them, as in
# "Hola, Doctora Corazón.") before a colon, comma or full stop and the letter's first words.
_SALUTATION = re.compile(
    rf"(?:[{CAPITALS}][\w'’\-]*,?[ \t]+){{0,3}}[{CAPITALS}][\w'’\-]*[ \t]*[:,.!][ \t]+(?=\S)"
)
_DASHES = "—–-•*· \t"
# What sets a greeting off from the reply: a comma, a colon, "!", or a dash ("Weeping--").
_GREETING_ENDS = r"[,:!،؛]|--|[—–]"
# One word and a comma before the name: a sign-off ("Signed, Walt", "Hilsen, Kari").
_SIGNED_OFF = re.compile(r"[^\W\d]+,[ \t]+[^\W\d]")
# "Name Surname - Place", "Name, Place": the writer's name, a separator, one or two words.
_SIGNATURE_SHAPE = re.compile(r"[^\W\d][\w.'’ ]*?([ \t][-–—][ \t]|,[ \t])\w+(?:[ \t]\w+)?")


def signed_letters(cues: Cues) -> QA | None:
    """Each letter signed and answered: a signature line or tail greeted back by the next
    block, or a signature line over a block under the page's reply label. A letter that asks
    nothing (no question mark) is taken only under a reply label, which answers it plainly."""
    questions: list[Question] = []
    taken = -1
    shaped = _repeated_signatures(cues)
    for k in range(len(cues)):
        if k in shaped:
            found = _asking_letter(cues, k)  # (the body may end on the last signature)
        else:
            found = _letter_at(cues, k) if k + 1 < len(cues) else None
        if found is None:
            continue
        first, text, answer = found
        if first <= taken:
            continue
        questions.append(Question(cues.lo + first, cues.lo + answer, text, ""))
        taken = k
    if len(questions) == 1 and _headline_asks(cues, questions[0].first):
        return None
    return QA(Form.PLAIN, tuple(questions)) if questions else None


def _headline_asks(cues: Cues, first: int) -> bool:
    """A lone letter under a headline that already asks its question ("My sister never pays
    me back. What can I do?"): the page is an article around its example letter."""
    return any(
        cues.blocks[j].text.rstrip().endswith(_ASKS)
        and len(cues.blocks[j].text.split()) <= _HEADLINE_WORDS
        for j in range(max(0, first - _BACK), first)
    )


def _letter_at(cues: Cues, k: int) -> tuple[int, str, int] | None:
    """The letter signed at block ``k`` and answered by the next block (past a rule drawn
    between them): the letter's first block, its text and the reply's block, or None. Block
    ``k`` is the signature line, or the letter's last paragraph with the signature as its
    tail."""
    if cues.kinds[k] not in _PROSE:
        return None
    r = k + 1
    if cues.kinds[r] is BlockKind.RULE and r + 1 < len(cues):
        r += 1  # a rule drawn between the letter and the reply ("* * * * * *")
    if cues.kinds[r] not in _PROSE:
        return None
    line, reply = _text(cues, k), _text(cues, r)
    if not reply or _name_heading(reply, line):
        return None
    words = line.split()
    if 0 < len(words) <= _SIGNATURE_WORDS and not _SENTENCE_END.search(line):
        signed_at = k
        if not _greets(reply, line):
            # A signature over two lines, the name above the place ("Signed, Walt" /
            # "From Reno, Nevada" / "Dear Walt,").
            above = _text(cues, k - 1) if k > 0 else ""
            short = 0 < len(above.split()) <= _SIGNATURE_WORDS and not _ENDED.search(above)
            if not (short and _greets(reply, above)):
                return None
            signed_at, line = k - 1, above
        letter = _letter_before(cues, signed_at)
        if letter is None:
            return None
        first, text = letter
        signature = line
    else:
        tail = _signature_tail(line, reply)
        if tail is None:
            return None
        signature = tail
        letter = _letter_before(cues, k, last=line[: len(line) - len(tail)].rstrip())
        if letter is None:
            return None
        first, text = letter
    if _reply_words(cues, r) < _REPLY_WORDS:
        return None  # "Dear Wondering: No.": a joke column's punchline, not an answer
    plain = _greets_whole(reply, signature)
    if len(text.split()) < _LETTER_WORDS or not (plain or any(a in text for a in _ASKS)):
        return None
    if _speaker_label(cues, reply):  # (last: it reads every block of the page)
        return None
    return first, text, r


def _name_heading(reply: str, line: str) -> bool:
    """Whether the reply opens with the line above it set in capitals as a heading, a place
    after it ("Jiří Dohnálek" / "JIŘÍ DOHNÁLEK, PRAHA 11"): a survey's respondent under the
    picture's caption, not a letter's signer greeted back."""
    head = reply.split("\n", 1)[0].strip()
    name = head.split(",", 1)[0].strip()
    return head.isupper() and name.casefold() == line.strip().casefold()


def _speaker_label(cues: Cues, reply: str) -> bool:
    """Whether the reply opens with a label the page puts before other turns too ("Nhà văn
    Trần Hạ Vy: …" under the picture's caption "Nhà văn Trần Hạ Vy"): an interview's answer,
    not a greeting to a letter's signer, which a column writes once per letter."""
    label, colon, _rest = reply[:_GREETING_CHARS].partition(":")
    if not colon or not label.strip():
        return False
    opening = label.strip() + ":"
    return sum(_text(cues, j).startswith(opening) for j in range(len(cues))) >= 2


def _asking_letter(cues: Cues, k: int) -> tuple[int, str, int] | None:
    """The letter over a signature line of the page's repeated shape: it must end asking."""
    letter = _letter_before(cues, k)
    if letter is None or len(letter[1].split()) < _SHAPED_LETTER_WORDS:
        return None
    if letter[0] == 0 or _bare(_text(cues, letter[0] - 1)) not in _repeated_lines(cues):
        return None  # each letter opens under the salutation the page repeats ("عزيزتي حكيمة..")
    return (*letter, k + 1) if letter[1].rstrip().endswith(_ASKS) else None


def _repeated_signatures(cues: Cues) -> frozenset[int]:
    """Signature lines in the shape the page repeats, two or more: a few words, a separator,
    one or two words of place ("يوسف عادل المطيري - الكويت", "Ana Ruiz, Sevilla"), no
    sentence and no label, each under a paragraph that ends asking. Children's and readers'
    pages sign letters so without greeting the writer back by name."""
    by_separator: dict[str, list[int]] = {}
    for k in range(1, len(cues)):
        line = _text(cues, k)
        words = line.split()
        if not 2 < len(words) <= _SHORT_LINE + 1 or ":" in line or _ENDED.search(line):
            continue
        match = _SIGNATURE_SHAPE.fullmatch(line)
        if match is None or not _text(cues, k - 1).endswith(_ASKS):
            continue
        by_separator.setdefault(match.group(1).strip(), []).append(k)
    return frozenset(k for ks in by_separator.values() if len(ks) >= 2 for k in ks)


def _repeated_lines(cues: Cues) -> frozenset[str]:
    seen: dict[str, int] = {}
    for k in range(len(cues)):
        line = _bare(_text(cues, k))
        if line and len(line.split()) < _SHORT_LINE:
            seen[line] = seen.get(line, 0) + 1
    return frozenset(line for line, count in seen.items() if count >= 2)


def _bare(line: str) -> str:
    return line.strip(_DASHES)


def _letter_before(cues: Cues, k: int, last: str | None = None) -> tuple[int, str] | None:
    """The letter's paragraphs up to block ``k`` (its signature line, or with ``last`` its last
    paragraph without the signature), read back to the paragraph that opens with a salutation,
    or to a short line (a title, a byline, the salutation on a line of its own)."""
    parts: list[str] = []
    first = k
    if last is not None:
        opening = _opening(last)
        if opening:
            return k, last[opening:]
        parts.append(last)
    for j in range(k - 1, max(-1, k - 1 - _BACK), -1):
        text = _text(cues, j)
        words = text.split()
        if cues.kinds[j] not in _PROSE or not words:
            break
        if len(words) < _SHORT_LINE and not text.endswith(_ASKS):
            break
        if len(words) < _LONG_LINE and (not _ENDED.search(text) or text.endswith((":", "："))):
            break  # a title, a byline, or the line that sets up the letter ("QUERIDA ANA:")
        first = j
        opening = _opening(text)
        if opening:
            parts.append(text[opening:])
            break
        parts.append(text)
    if not parts:
        return None
    return first, " ".join(reversed(parts))


def _opening(text: str) -> int:
    """Where the letter starts after the salutation opening ``text`` ("Dear Annie: …"), or 0."""
    match = _SALUTATION.match(text)
    if match is None or match.end() >= len(text) or not _vocative(text, match.end()):
        return 0
    return match.end()


def _vocative(text: str, end: int) -> bool:
    """A salutation, not the letter's first sentence: a few words addressing someone, the
    letter going on after it (a capital, or a small letter after a comma or colon)."""
    opening = text[:end].rstrip()
    return len(opening.split()) <= 4 and (opening[-1] in ",:" or text[end:end + 1].isupper())


def _signature_tail(line: str, reply: str) -> str | None:
    """The signature closing the letter's last paragraph, after its last sentences: the
    longest tail of a few words, asking nothing, that holds a word the reply greets."""
    body = line.rstrip()
    best = None
    for match in _SENTENCE_END.finditer(body):
        tail = body[match.end():].strip()
        if not tail or len(tail.split()) > _SIGNATURE_WORDS or any(a in tail for a in _ASKS):
            continue
        if _greets(reply, tail):
            best = body[match.end():]
            break
    return best


def _greets(reply: str, signature: str) -> bool:
    """The reply opens by greeting a word of the signature, set off by a comma, a colon, a
    full stop, a dash or its line's end ("Dear Torn:", "Cara Giulia,", "Weeping--"). A
    signature that asks ("Hoe overtuig ik mijn omgeving?") is greeted whole, as columns
    that sign a letter with its question greet it back."""
    # A greeting opens the reply: its first few words ("Dear Torn:", "R.: Cara Giulia,").
    head = " ".join(reply.split()[:_GREETING_WORDS]).casefold()
    signed = signature.strip(_DASHES)
    if signed.endswith(_ASKS):
        return _greets_whole(reply, signed.rstrip("".join(_ASKS)))
    names = _WORD.findall(_SENTENCE_END.split(signed)[-1])
    if _greets_whole(reply, signed):
        return True
    if not names:
        return False
    # "Signed, Walt", "Hilsen, Kari": the name may follow a sign-off.
    names = names[:2] if _SIGNED_OFF.match(signed) and len(names) > 1 else names[:1]
    # The writer's name heads the signature ("Torn in the Heartland" / "Dear Torn:"); a word
    # further on is a reply's "Dear Reader" to "Loyal Reader", a reader quoted as an example.
    ends = _GREETING_ENDS
    return any(
        re.search(rf"(?<!\w){re.escape(name.casefold())}[ \t]*(?:{ends})", head) is not None
        for name in names
    )


def _reply_words(cues: Cues, k: int) -> int:
    """The words of the reply at block ``k``, with the block after a greeting on its own line."""
    greeting = _text(cues, k)
    words = len(greeting.split())
    if not greeting.endswith((".", "!", "?", "…")) and k + 1 < len(cues):
        words += len(_text(cues, k + 1).split())
    return words


def _greets_whole(reply: str, signature: str) -> bool:
    """The reply greets the signature whole, two words or more, set off like a greeting
    ("— Holding On By a Thread" / "Dear Holding On By a Thread: …"): the letter is answered
    even when it asks nothing. A heading repeated in the next sentence is no greeting."""
    words = re.findall(r"\w+", signature.casefold())
    head = reply[:_GREETING_CHARS].casefold()
    if len(words) < 2 or any(word not in head for word in words):
        return False  # (most replies: no pattern compiled, 0.8 ms each, for every block)
    pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + rf"[ \t]*(?:{_GREETING_ENDS})"
    return re.search(pattern, head) is not None


def _text(cues: Cues, k: int) -> str:
    return cues.blocks[cues.lo + k].text.strip()
