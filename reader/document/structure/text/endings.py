"""How a block's text ends: asking ("?", and the marks of scripts that ask otherwise: the
Arabic "؟", the Greek ";", the Japanese "か。", the Korean verb endings "…나요."), left open
("…"), announcing (":"), or not. Only the last few characters are read, so a block of any
length costs the same."""

from __future__ import annotations

import re
from enum import Enum

from .stressmarks import armenian_full_stop, asks_inside


class Ending(Enum):
    """How a block's text ends, once closing quotes, brackets and spaces are set aside."""

    NONE = "none"
    QUESTION = "question"  # "?", "?»", "? »", '?"', "¿…?", "?!"
    SUSPENDED = "suspended"  # "…" or "..."
    COLON = "colon"


# Closing quotes include “ (German „…“) and the straight quotes that close as well as open.
CLOSERS = " \t\u00a0\u202f\u2009»”“’'\")]|"  # "|": a text table's empty cells after a question


def ending(text: str) -> Ending:
    core = text[-16:].rstrip(CLOSERS)  # the end is all that matters: never copy the whole text
    if not core:
        return Ending.NONE if len(text) <= 16 else ending(text.rstrip(CLOSERS))
    last = core[-1]
    if (handle := signed_by_handle(text, dashed=True)) >= 0:
        return ending(text[:handle])  # "…是一种怎样的体验?@文琪": the reader who asked
    if last in "」』" and core[-2:-1] in ("?", "？") and _IN_BRACKETS.search(text):
        return Ending.QUESTION  # a turn said in corner brackets: "「…はなかった?」"
    if last in "?？؟\u037e" or core.endswith(("?!", "!?")) or _asks_before_examples(text):
        return Ending.QUESTION
    if KOREAN_ASKS.search(core):
        return Ending.QUESTION  # Korean asks in the verb's ending: "… 있나요.", "… 입니까"
    if THAI_ASKS.search(core) or _thai_short_question(text):
        return Ending.QUESTION  # Thai asks with a word at the end, no mark: "… อะไร", "… ไหมคะ"
    if core.endswith(("か。", "吗。", "呢。")) or _JAPANESE_WONDERS.search(text[-_WONDER_SPAN:]):
        return Ending.QUESTION  # a question's particle before the full stop: "…ですか。"
    if last == ";" and _GREEK_LETTER.match(core, len(core) - 2):
        return Ending.QUESTION  # Greek asks with a semicolon: "Πώς ξεκινήσατε;"
    if asks_inside(text):
        return Ending.QUESTION  # Armenian marks the word asked about: "Ո՞վ եք դուք:"
    if last == "…" or core.endswith("..."):
        return Ending.SUSPENDED
    if last in ":：" and not armenian_full_stop(core):
        return Ending.COLON
    return Ending.NONE


# A line wholly in corner brackets, or a name's and then the brackets ("松田君「…?」"): a
# turn as a Japanese blog writes one. "…と聞くと「本当?」" quotes a question in a sentence.
_IN_BRACKETS = re.compile(r"^[^「『。、\s]{0,6}[「『][^」』]*[」』]\s*$")
_NAMED_IN_BRACKETS = re.compile(r"^[^「『。、\s]{1,6}[「『][^」』]*[」』]\s*$")


def bracketed_exchange(first: str, second: str) -> bool:
    """Whether two lines are a Japanese blog's exchange: the interviewer's words wholly in
    corner brackets ("「親元を離れる不安はなかった?」"), then the guest's name and words
    ("松田君「あまりなかったです。」"), as ``lines`` cuts them apart."""
    first = first.strip()
    return first[:1] in "「『" and bool(_IN_BRACKETS.match(first)) and bool(
        _NAMED_IN_BRACKETS.match(second.strip())
    )


# A reader's handle signing the question they sent, after its mark: "…的体验?@文琪", "… ? @pip",
_HANDLE_AFTER = re.compile(r"(?<=[?？؟])[ \t]*[@＠][^\s@＠?？]{1,20}$")
# Or after a dash, as a forum's excerpts sign it ("… astronomers? —skywatcher_88"): a handle's
# shape then (lower case, or "_" or digits in it), as a word after a dash may answer ("— Yes").
# The question still ends asking; the signature, printed in its line, stays in its text.
_DASHED_HANDLE_AFTER = re.compile(
    r"(?<=[?？؟])[ \t]*[—–-][ \t]?(?:u/)?(?=\S*[_\d]|[a-z])[\w.]{2,24}(?<![.])$")
_HANDLE_SPAN = 28


def signed_by_handle(text: str, dashed: bool = False) -> int:
    """Where a reader's handle after the question's mark begins ("?@文琪", and with ``dashed``
    "? —skywatcher_88"); -1 when none."""
    start = max(0, len(text) - _HANDLE_SPAN)
    found = _HANDLE_AFTER.search(text.rstrip(), start)
    if found is None and dashed:
        found = _DASHED_HANDLE_AFTER.search(text.rstrip(), start)
    return found.start() if found else -1


# A Japanese interviewer often asks by requesting ("…自己紹介をお願いします", "…教えてください"):
# said in a dashed turn, that is the question ("よろしくお願いします" greets). Read by ``Cues``
# for dashed turns only: an answer or an article requests too ("ぜひ来てください").
_JAPANESE_REQUEST = re.compile(
    r"(?<!よろしく)(?:ください|下さい|お願いします|お願いいたします|教えて|聞かせて)[。！!]?$"
)


def japanese_request(text: str) -> bool:
    return _JAPANESE_REQUEST.search(text[-16:].rstrip(CLOSERS)) is not None


# Korean polite questions end in the verb, a period or nothing after it ("… 어떻게 되나요.",
# "… 언제인가요", "… 무엇입니까."); its statements end otherwise ("…습니다.", "…해요.").
KOREAN_ASKS = re.compile(r"(?:나요|까요|[습입합됩십]니까|[인는은던]가요)[.。]?$")
# Thai writes no question mark: a question ends on its question word or particle ("… อะไร",
# "… หรือเปล่า", "… แค่ไหน", "… บ้าง"), a polite particle may follow ("ครับ", "คะ", and "ค่ะ" as
# typed); a statement ends otherwise ("…ค่ะ", "…ครับ" after a verb).
THAI_ASKS = re.compile(
    r"(?:ไหม|มั้ย|หรือเปล่า|หรือไม่|หรือยัง|อะไร|อย่างไร|ยังไง|ทำไม|เมื่อไร|เมื่อไหร่|ที่ไหน|ใคร"
    r"|แค่ไหน|เท่าไร|เท่าไหร่|บ้าง|ไหน|กี่[\u0e01-\u0e4e]{1,6})"  # "กี่คน": how many (people)
    r"(?:[ ]?(?:ครับ|คะ|ค่ะ|นะคะ|นะครับ|จ๊ะ|คับ))?$"
)
# In a short sentence the question word may stand mid-way ("หนังสือประเภทไหนที่คนยืมมากที่สุด":
# which kind of book is borrowed most); after "ไม่" (not) it is "any" ("ไม่มีอะไร": nothing).
_THAI_QUESTION_WORD = re.compile(r"(?<!ไม่)(?<!ไม่มี)(?:ไหน|อะไร|ใคร|ทำไม|อย่างไร|ยังไง|เท่าไร|กี่)")
_THAI_SHORT = 60


def _thai_short_question(text: str) -> bool:
    return (
        len(text) <= _THAI_SHORT and "\u0e01" <= text[-1:] <= "\u0e4e"
        and _THAI_QUESTION_WORD.search(text) is not None
    )


# Japanese asks with "でしょう" after a question word in the same sentence ("…条件は何でしょう。",
# "…続いているのはなぜでしょう。"); without one it guesses ("明日は雨でしょう。": it will rain).
_JAPANESE_WONDERS = re.compile(
    r"(?:何|なに|どう|どんな|どこ|いつ|誰|だれ|なぜ|どれ|どの|いくつ|いくら)[^。？?！!]{0,30}"
    r"でしょう[。]?[」』）)]*$"
)
_WONDER_SPAN = 48

_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_EXAMPLES = 120  # "Quel est votre endroit préféré ? (lit, fauteuil, bain…)": examples, not an end


def _asks_before_examples(text: str) -> bool:
    """A question followed by examples in brackets still asks: "… préféré ? (lit, bain…)"."""
    tail = text[-_EXAMPLES:].rstrip()
    if not tail.endswith(")"):
        return False
    opened = tail.rfind("(")
    return opened > 0 and tail[:opened].rstrip().endswith(("?", "？"))
