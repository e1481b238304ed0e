"""The capitals a Latin-script name or sentence may begin with, for a character class:
``f"[{CAPITALS}]"``. A-Z and those of Latin-1 (À-Ö, Ø-Þ), and those of Latin Extended-A and
B, which Polish, Czech, Turkish, Hungarian and Croatian words begin with ("Łukasz", "Šimon",
"İrem Şahin", "Őze"), not in À-Þ. A leaf module: every structure module may import it."""

from __future__ import annotations

_EXTENDED_CAPITALS = "".join(
    chr(code) for code in range(0x100, 0x250) if chr(code).isupper() and chr(code).isalpha()
)
CAPITALS = f"A-ZÀ-ÖØ-Þ{_EXTENDED_CAPITALS}"
# Japanese kana and the common CJK ideographs, for a character class: scripts written with no
# space between words (a label, a question's words).
KANA_HAN = "\u3040-\u30ff\u4e00-\u9fff"
