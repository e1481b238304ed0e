"""The scoring scripts' shared arithmetic (scripts/scoring.py)."""

from __future__ import annotations

import pytest

from scripts.scoring import f1, fold


def test_texts_are_compared_whatever_their_spacing_and_case():
    assert fold("  Why  DID you\nstart?\t") == "why did you start?"
    assert fold("Straße") == fold("STRASSE")


def test_f1_weighs_what_was_missed_and_what_was_added():
    assert f1(3, 4, 6) == pytest.approx(0.6)  # precision 3/4, recall 3/6
    assert f1(0, 0, 0) == 1.0  # nothing expected, nothing found: right
    assert f1(0, 2, 0) == 0.0
