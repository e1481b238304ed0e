"""Matches found a piece of the text at a time, as compact arrays, are exactly the matches one
scan of the whole text finds: none lost or doubled where a piece ends."""

from __future__ import annotations

import random

import pytest

from reader.document import search
from reader.document.search import FoldedText, MatchSpans


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 64])
@pytest.mark.parametrize(("query", "text"), [
    ("ecole", "L'École et l'ecole, " * 7),
    ("aa", "aaaaaaa baaab aa"),  # a query that overlaps itself
    ("ana", "bananananas ana"),
    ("strasse", "Straße, STRASSE; straße" * 3),
    ("x", "ßx\u0301y" * 9),
    ("e", "une enquête en été " * 11),
])
def test_pieces_find_what_one_scan_finds(monkeypatch, piece, query, text):
    monkeypatch.setattr(search, "PIECE", piece)
    folded = FoldedText.of(text)
    spans = folded.match_spans(query)
    assert spans is not None
    assert spans.pairs() == folded.find_all(query)
    assert [spans[i] for i in range(len(spans))] == folded.find_all(query)


def test_a_folded_text_is_the_same_whatever_the_piece(monkeypatch):
    rng = random.Random(5)
    text = "".join(rng.choice("aÉéßﬁx \u0301Œ") for _ in range(500))
    whole = FoldedText.of(text)
    monkeypatch.setattr(search, "PIECE", 7)
    assert FoldedText.of(text) == whole


def test_a_newer_query_stops_the_search():
    assert FoldedText.of("abc " * 10).match_spans("a", cancelled=lambda: True) is None


def test_matches_after_an_offset_and_around_the_screen():
    spans = FoldedText.of("xx ab ab ab").match_spans("ab")
    assert spans is not None
    assert spans.pairs() == [(3, 5), (6, 8), (9, 11)]
    assert spans.index_after(0) == 0
    assert spans.index_after(4) == 1
    assert spans.index_after(10) == 0  # wraps
    assert MatchSpans().index_after(3) == -1
    assert list(spans.indices_between(4, 6)) == [0, 1]
    assert list(spans.indices_between(9, 100)) == [2]
    assert list(spans.indices_between(0, 2)) == []


def _folded_one_by_one(text: str, query: str) -> list[tuple[int, int]]:
    """The plainest find: each character folded on its own, each offset mapped back."""
    folded, origin = "", []
    for offset, char in enumerate(text):
        folded += search.fold(char)
        origin += [offset] * len(search.fold(char))
    needle, found, at = search.fold(query), [], 0
    while needle and (at := folded.find(needle, at)) >= 0:
        found.append((origin[at], origin[at + len(needle) - 1] + 1))
        at += len(needle)
    return found


@pytest.mark.parametrize("alphabet", ["aAàÀeéÉ x", "aAßsSﬁfi \u0301ÉéŒœ", "ssßẞSs"])
def test_matches_are_those_of_folding_character_by_character(monkeypatch, alphabet):
    monkeypatch.setattr(search, "PIECE", 16)
    rng = random.Random(alphabet)
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(80)))
        query = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 4)))
        assert FoldedText.of(text).find_all(query) == _folded_one_by_one(text, query), (
            text, query)


def test_a_text_whose_characters_fold_to_one_each_keeps_its_offsets():
    text = "L'École et l'ÉCOLE, " * 50
    folded = FoldedText.of(text)
    assert [text[a:b] for a, b in folded.find_all("ecole")] == ["École", "ÉCOLE"] * 50
    assert folded.find_all("zèbre") == []  # no character of the text folds to "z"
