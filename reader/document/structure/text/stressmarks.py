"""Questions asked by a mark on a word inside the sentence, not at its end.

Armenian writes its question mark "՞" (U+055E) over the stressed vowel of the word asked about
("Ո՞վ եք դուք:", "Եթե մեկ օր անտեսանելի լինեիք, ի՞նչ կանեիք"), and ends the question with its
full stop ("։", often typed ":") or with nothing at all. A blog's blitz interview ("– Կստեի՞ք
ընկերոջը փրկելու համար" / "– Այո, …") and a paper's ("Ո՞վ եք դուք:" / "Մարդ, ով …") ask only
so: the sentence's last characters never show it. The mark is the script's own, read where it
stands in the block's last sentence, as the Greek ";" and the Arabic "؟" are read at the end.
"""

from __future__ import annotations

_ARMENIAN_ASKS = "\u055e"  # ՞
# What ends an Armenian sentence before the last one: its full stop "։" (or ":" typed for it),
# and the marks other scripts use. A question's own "՞" stands after the last of them.
_SENTENCE_ENDS = "։:.!?…"
_LAST_SENTENCE = 240  # read no further back: a block of any length costs the same


def asks_inside(text: str) -> bool:
    """Whether the block's last sentence carries Armenian's question mark on one of its words."""
    tail = text[-_LAST_SENTENCE:].rstrip().rstrip(_SENTENCE_ENDS)
    if _ARMENIAN_ASKS not in tail:
        return False
    start = max(tail.rfind(mark) for mark in _SENTENCE_ENDS)
    return _ARMENIAN_ASKS in tail[start + 1 :]


def armenian_full_stop(core: str) -> bool:
    """Whether the ":" ending ``core`` is Armenian's full stop typed with the colon ("… համար:"):
    after an Armenian letter it ends a sentence, and announces nothing."""
    return core.endswith(":") and "\u0531" <= core[-2:-1] <= "\u0587"
