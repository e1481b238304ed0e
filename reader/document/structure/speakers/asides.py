"""The interviewer's asides among their named turns: what they say that is no question."""

from __future__ import annotations

import re

from ...model import BlockKind
from ..lines.lonelabels import lone_label
from ..questions.tellrequests import tells_the_guest
from ..text.capitals import CAPITALS, KANA_HAN, UNCASED_SCRIPTS
from ..text.cues import Cues
from ..text.endings import Ending
from ..text.textcues import Prefix, word_count

# A reply this short ("Comme beaucoup de nos clients, d'ailleurs.", "Goedemorgen, Anna.")
# answers a remark or a greeting; a question gets more. A remark shorter than this may be a
# question put in a word ("Entity C.").
_BRIEF_REPLY_WORDS = 8
_REMARK_WORDS = 4
# A welcome that introduces the guest at length, greeted back in a few words ("Dobré ráno."),
# is no question; a prompt ("Tell us first what your name is.") is shorter.
_WELCOME_WORDS = 20
_GREETING_WORDS = 3
# Thanks opening a turn, in the languages of the corpora: thanks given back ("Grazie a te di
# essere qui.").
_THANKS_OPENING = re.compile(
    r"(?i)(?:thanks?\b|thank\s+you|merci|danke|vielen\s+dank|gracias|muchas\s+gracias|grazie"
    r"|obrigad[oa]|gràcies|dziękuj\w*|dzięki|děkuj\w*|dank\s+(?:u|je)|bedankt|tack|tak\b"
    r"|kiitos|köszönöm|mulțumesc|mulţumesc|谢谢|感谢|謝謝|感謝|ありがとう"
    r"|спасибо|благодарю|дякую|ευχαριστ\w*|شكرا|شكراً|תודה|감사|고맙|ขอบคุณ|धन्यवाद|शुक्रिया)"
)
# Agreement opening a short turn: the host's own remark, not a prompt ("Sono d'accordo.",
# "Exactly.", "C'est vrai.").
_AGREEING = re.compile(
    r"(?i)(?:i\s+agree|agreed|exactly|absolutely|that'?s\s+(?:true|right)|so\s+true"
    r"|(?:io\s+)?sono\s+d'accordo|d'accordo|esatto|è\s+vero|verissimo"
    r"|je\s+suis\s+d'accord|exactement|c'est\s+vrai|tout\s+à\s+fait"
    r"|genau|stimmt|das\s+stimmt|da\s+stimme\s+ich|ich\s+stimme"
    r"|estoy\s+de\s+acuerdo|de\s+acuerdo|exacto|es\s+verdad|totalmente"
    r"|concordo|é\s+verdade|exatamente|klopt|precies|mee\s+eens|helemaal\s+mee\s+eens"
    r"|zgadzam\s+się|dokładnie|to\s+prawda|souhlasím|přesně|håller\s+med|precis|exakt"
    r"|そうそう|そうですね|なるほど|確かに|没错|是的|对对)"
    r"[\s,.!…。、！]"
)
_AGREEING_WORDS = 15
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
# A word's letters, with the vowel signs the Indic and Thai scripts write as marks ("जी", "ค่ะ").
_WORD = re.compile(rf"[\w{UNCASED_SCRIPTS}]{{3,}}")
_SHORT_WORD = re.compile(r"[^\W\d_]+")
_BLANK = " \t\n\u00a0\u00ad\u200b\u200c\u200d\u2028\u2060\ufeff"  # a web page's invisibles too
_TIME = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?")
_ASKS = re.compile("[?？؟]")  # Chinese and Japanese ask with the full-width mark
# A question quoted inside a turn ("… bir mektup yazdı: “Yerel yönetim niçin var?” …") is
# someone else's, told of: the turn does not ask it.
_QUOTED = re.compile(r"“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|「[^「」]*」")
_SECTION_MARK = 2  # "A", "B", "II": a section's letter or number alone between exchanges
_ASKED = Ending.QUESTION  # or as a script asks with no mark: Thai "… อะไร", Korean "… 있나요."
# Chinese and Japanese write no spaces: a welcome's words are its pairs of characters
# ("各位网友上午好" / "网友们大家好" share "网友").
_UNSPACED_RUN = re.compile(f"[{KANA_HAN}]{{2,}}")


def interviewer_asides(cues: Cues, asked: list[int], askers: set[str]) -> set[int]:
    """The interviewer's turns among ``asked`` that are asides, not questions, when the
    interviewer asks twice at least (a "?", or a script's asking end: Thai "… อะไร"): a turn
    that asks nothing (no "?" anywhere) next to the guest's own question, thanked for only,
    followed by no one's turn (the closing thanks in any language, a record's "La séance est
    levée." after it at most) or by another speaker's brief reply — a remark of the host's
    own ("Moi, je lis surtout dans le train." / "Comme beaucoup de nos clients."), or, for
    the first turn, a welcome the guest answers in kind ("Goedemorgen, je luistert naar …" /
    "Goedemorgen."). A prompt that asks nothing ("Tell me about the night.", "dites-nous
    comment vous vous appelez") is answered at length, or briefly in other words, and stays;
    so does a reply that only laughs ("[rires]")."""
    asking = [k for k in asked if _ASKS.search(cues.content(k)) or cues.ends[k] is _ASKED]
    if len(asking) < 2:
        return set()
    return {
        k for k in asked
        if _aside(cues, k, askers, opening=k == asked[0], closing=k > asking[-1])
    }


def _aside(cues: Cues, k: int, askers: set[str], opening: bool, closing: bool) -> bool:
    remark = cues.content(k)
    if _ASKS.search(_QUOTED.sub(" ", remark)) or cues.ends[k] is not Ending.NONE:
        return False
    sentences = _SENTENCE_END.split(remark.strip(_BLANK))
    if any(_requests(sentence) for sentence in sentences):
        return False  # "Yes ... Tell our listeners what you saw.": answered, then a prompt
    asked_back = _asked_back(cues, k - 1, askers) or _asked_back(cues, k + 1, askers)
    if asked_back and cues.words(k) >= _REMARK_WORDS:  # (not "Entity C.", a question in a word)
        return True  # the guest asks, the host answers: "你们平时常来吗?" / "对呀，…。"
    if _REPLYING.match(remark):
        return True  # "No I haven't.": the host answers what the guest said
    replies = _brief_replies(cues, k + 1, askers)
    if closing and not any(p is Prefix.SPEAKER for p in cues.prefixes[k + 1 :]):
        return True  # the last word, a record's closing line after it at most
    if _said_nothing_back(cues, k + 1, askers):
        return True  # "Hi Renata." / "Renata Vos: (00:41)" / the reporter's question
    if _THANKS_OPENING.match(remark) and (opening or k < _first_asking(cues, askers)):
        return True  # thanks back before the first question: "Grazie a te di essere qui."
    if _courtesy_only(remark, opening or k < _first_asking(cues, askers)):
        return True  # "Welcome, everyone, and thank you for joining …": no question in it
    if _spaced_words(remark) <= _AGREEING_WORDS and _AGREEING.match(remark):
        return True  # "Sono d'accordo. Io ne ascolto tantissimi.": the host's own remark
    if not replies or _cut_off(remark):
        return False  # (" … but what was" / "Kingston.": the guest ends the question)
    if _thanked_back(cues, k + 1):
        return True  # "เก่งมากเลยค่ะ" / "ขอบคุณค่ะ": a compliment, thanked for
    if opening:  # a welcome answered in kind: "Bună dimineața …" / "Bună dimineața."
        greeted_back = all(len(reply) <= _GREETING_WORDS for reply in replies)
        if greeted_back and _spaced_words(remark) >= _WELCOME_WORDS:
            return True  # the guest introduced at length, who greets back: "Dobré ráno."
        return bool(set().union(*replies) & _words(remark))
    return closing or cues.words(k) >= _REMARK_WORDS


# A turn that welcomes or thanks in its first words ("Hi, and welcome to …", "Thank you both
# for joining us.", "Attorney General Price, thank you for agreeing to appear …"), asking
# nothing, greets: a request in it ("… Tell us about your hives.") hands the guest the word.
_COURTESY = re.compile(
    r"(?i)^(?:[^.!?]{0,40}?\b)?(?:welcome|welcome\s+back|bienvenu\w*|willkommen|herzlich\s+willkommen"
    r"|bienvenid\w*|benvenut\w*|ben\s+ritrovat\w*|welkom|bem-vind\w*|witam\w*"
    r"|thanks?\b|thank\s+you|merci|danke|vielen\s+dank|gracias|muchas\s+gracias|grazie"
    r"|obrigad[oa]|dziękuj\w*|bedankt|спасибо|благодарю)"
)


def _courtesy_only(remark: str, first: bool) -> bool:
    """Whether a turn that asks nothing welcomes or thanks and makes no request of the guest:
    in its first sentence when it opens the exchanges (the show and the guest presented after
    it), in every sentence further on ("Thank you. And now, your book is about …" prompts)."""
    sentences = re.split(r"(?<=[.!])\s+", remark.strip(_BLANK))
    courteous = sentences[:1] if first else sentences
    return (
        all(_COURTESY.match(sentence) is not None for sentence in courteous)
        and not any(_requests(part) for part in sentences)
        and not (len(sentences) > 1 and _HANDS_OVER.match(sentences[-1]))
    )


# "… Ruth, welcome.": the last sentence names the guest, who speaks next.
_HANDS_OVER = re.compile(rf"[{CAPITALS}][\w'’\-]*(?:\s[{CAPITALS}][\w'’\-]*)?,")


# A turn that opens by answering yes or no ("No I haven't.", "Yes, that's right."): the host
# replies to what the guest said.
_REPLYING = re.compile(
    r"(?i)(?:no|yes|yeah|yep|nope|non|oui|nein|ja|sí|não|sim|nee|нет|да)\b(?![\s,]*(?:one|body|thing|matter|doubt))"
)
_SENTENCE_END = re.compile(r"(?<=[.!…])\s+|\s*\.{3}\s*")
# Told to tell ("Tell our listeners what you saw.", "Describe the room."): a prompt.
_TOLD = re.compile(
    r"(?i)(?:please\s+|now\s+|so\s+)?(?:tell|describe|explain|walk\s+us|talk\s+(?:us|me))\b"
)


# A sentence's clauses: "Welcome, and tell us first what your name is." asks in its second.
_CLAUSE = re.compile(r"[,;:]\s*(?:and\s+|et\s+|und\s+|y\s+|e\s+)?")


def tells_to_speak(remark: str) -> bool:
    """Whether a turn, in one of its sentences or clauses, tells the guest to speak ("Mei,
    tell us about the Friday nights.")."""
    return any(_requests(sentence) for sentence in _SENTENCE_END.split(remark.strip(_BLANK)))


def _requests(sentence: str) -> bool:
    """Whether a sentence of a turn, or a clause of it, tells the guest to speak."""
    return any(
        _TOLD.match(clause) is not None or tells_the_guest(clause)
        for clause in [sentence, *_CLAUSE.split(sentence)]
    )


def _cut_off(remark: str) -> bool:
    """Whether a turn stops mid-sentence, no mark at its end and a small letter before
    ("… I know it was Roane County, but what was"): the guest cut in with the answer."""
    bare = remark.strip(_BLANK)
    return bool(bare) and bare[-1].isalpha() and bare[-1].islower() and " " in bare


def _asked_back(cues: Cues, j: int, askers: set[str]) -> bool:
    """Whether the turn at ``j`` is the guest's, and asks: the host's turn before it, asking
    nothing, drew the question ("原来是这样。那您一定要好好看看…" / "…你们平时常来吗?"), and
    the host's turn after it answers it."""
    return (
        0 <= j < len(cues) and cues.prefixes[j] is Prefix.SPEAKER
        and cues.speakers[j] not in askers and cues.ends[j] is _ASKED
    )


def _thanked_back(cues: Cues, k: int) -> bool:
    """Whether the reply at ``k`` only thanks ("Thank you.", "ขอบคุณค่ะ", "Merci !")."""
    reply = cues.content(k).strip(_BLANK)
    return _spaced_words(reply) <= _GREETING_WORDS and _THANKS_OPENING.match(reply) is not None


def _first_asking(cues: Cues, askers: set[str]) -> int:
    """The first turn of an asker's that asks with a question mark (past the end: none)."""
    return next(
        (k for k in range(len(cues)) if cues.prefixes[k] is Prefix.SPEAKER
         and cues.speakers[k] in askers and _ASKS.search(cues.content(k))),
        len(cues),
    )


def _said_nothing_back(cues: Cues, k: int, askers: set[str]) -> bool:
    """Whether the turns from ``k`` on, one at least, are another speaker's with no words (a
    transcript's label and time alone: "Renata Vos: (00:41)"), or a section's mark (a heading,
    a letter alone: "B"), up to an asker's next turn."""
    start = k
    while k < len(cues) and (
        cues.prefixes[k] is Prefix.SPEAKER and cues.speakers[k] not in askers
        or cues.prefixes[k] is Prefix.NONE and (
            lone_label(cues.content(k)) or cues.kinds[k] is BlockKind.HEADING
            or len(cues.content(k).strip(_BLANK)) <= _SECTION_MARK
        )
    ):
        if cues.prefixes[k] is Prefix.SPEAKER and _TIME.sub("", cues.content(k)).strip(_BLANK):
            return False  # words, or laughter ("[rires]"): a reply
        k += 1
    return start < k < len(cues) and cues.speakers[k] in askers


def _brief_replies(cues: Cues, k: int, askers: set[str]) -> list[set[str]]:
    """The words of the brief replies from ``k`` on, up to the interviewer's next turn: none
    when the first is no brief reply in words ("[rires]" alone is none)."""
    replies: list[set[str]] = []
    while (
        k < len(cues) and cues.prefixes[k] is Prefix.SPEAKER and cues.speakers[k] not in askers
        and cues.words(k) <= _BRIEF_REPLY_WORDS
    ):
        said = _BRACKETED.sub(" ", cues.content(k))
        # A reply of short words only is a reply still: "Go on.", "Sì.", "Ja, ja."
        words = _words(said) or set(_SHORT_WORD.findall(said.casefold()))
        if not words:
            break
        replies.append(words)
        k += 1
    return replies


def _words(text: str) -> set[str]:
    """The words of ``text`` to compare, folded: three letters or more, and the pairs of
    characters of its runs of kana or kanji."""
    words = set(_WORD.findall(_UNSPACED_RUN.sub(" ", text).casefold()))
    for run in _UNSPACED_RUN.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def _spaced_words(text: str) -> int:
    """The words of ``text``, a web page's no-break spaces ("Jak\u00a0to\u00a0vidí") parting
    them as spaces do."""
    return word_count(text.replace("\u00a0", " "))


_COURTESY_WORDS = 6


def courtesy_reply(cues: Cues, k: int) -> bool:
    """Whether the named turn at ``k`` opens with a short paragraph answering the guest's
    thanks ("Wright Thompson– … Thanks! I appreciate you having me!" / "SJ– It is my
    pleasure!"), its question in the next paragraph ("Now, you have watched …?"): a few
    words asking nothing, after a block that thanks, before an unnamed paragraph that asks."""
    return (
        0 < k < len(cues) - 1
        and cues.prefixes[k] is Prefix.SPEAKER
        and cues.ends[k] is Ending.NONE
        and not _ASKS.search(cues.content(k))
        and _spaced_words(cues.content(k)) <= _COURTESY_WORDS
        and _THANKS_OPENING.search(cues.content(k - 1)) is not None
        and cues.prefixes[k + 1] is Prefix.NONE
        and cues.kinds[k + 1] is BlockKind.PARAGRAPH
        and cues.ends[k + 1] is _ASKED
    )


def welcome_lead(cues: Cues, k: int) -> bool:
    """Whether the named turn at ``k`` is a welcome that asks nothing, its question in the
    paragraph under it ("PAUL REED: Welcome to … Our guest today is Nora Diaz." / "So, Nora,
    … What's the difference …?"): the question is the paragraph that asks."""
    return (
        0 <= k < len(cues) - 1
        and cues.prefixes[k] is Prefix.SPEAKER
        and cues.ends[k] is Ending.NONE
        and not _ASKS.search(cues.content(k))
        and _courtesy_only(cues.content(k), first=True)
        and cues.prefixes[k + 1] is Prefix.NONE
        and cues.kinds[k + 1] is BlockKind.PARAGRAPH
        and _ASKS.search(cues.content(k + 1)) is not None
    )
