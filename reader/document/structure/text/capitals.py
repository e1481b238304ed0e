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
# Scripts with neither capitals nor kana, for a character class: the Indic scripts (Devanagari
# to Sinhala: Hindi, Bengali, Tamil, …), Thai, Lao, Myanmar, Georgian and Khmer. A speaker's
# name in them ("बतियाना", "พี่มิ้นท์") is known, as an Arabic or Hebrew one, by its colon or its
# table cell, and counts only when it opens two turns.
UNCASED_SCRIPTS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1780-\u17ff"
# Thai, Lao and Khmer end a sentence with no mark: a line ending in their letters is ended.
UNPUNCTUATED_SCRIPTS = "\u0e00-\u0eff\u1780-\u17ff"
