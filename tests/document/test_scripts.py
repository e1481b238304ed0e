"""The scripts of a text are found from a bounded sample of it (reader.document.scripts)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.document import scripts


@given(st.text(max_size=2_000), st.integers(min_value=2, max_value=6),
       st.integers(min_value=1, max_value=50))
def test_a_sample_is_bounded_and_keeps_the_start_and_the_end(text, slices, length):
    looked_at = scripts.sample(text, slices, length)
    if len(text) <= slices * length:
        assert looked_at == text
    else:
        assert len(looked_at) == slices * length
        assert looked_at.startswith(text[:length]) and looked_at.endswith(text[-length:])


def test_each_script_is_found_by_its_own_letters():
    found = scripts.scripts_used("Interview. 问答 ひらがな 한국어 مرحبا שלום नमस्ते বাংলা தமிழ் "
                                 "สวัสดี Γειά Привет გამარჯობა Բարեւ")
    assert list(found) == [script.key for script in scripts.SCRIPTS]
    assert found["han"] == "问答"


def test_latin_text_with_accents_and_punctuation_uses_no_other_script():
    assert scripts.scripts_used("Hélène — « l'œuvre », naïve façade; 3 × 4 = 12 € ¿qué? ß") == {}


def test_no_script_has_a_letter_where_the_quick_look_finds_none():
    # scripts_used compiles no pattern for a text the quick look clears (most Latin texts):
    # every character it clears must be one no script's pattern matches.
    cleared = "".join(chr(c) for c in range(0x3041) if not scripts._may_hold_a_script(chr(c)))
    for script in scripts.SCRIPTS:
        assert re.search(script.characters, cleared) is None, script.key
