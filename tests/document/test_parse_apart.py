"""A large text file is parsed by a child process into the cache (reader.document.parse_apart):
the window's process reads back the very document it would have parsed, and a child that
cannot parse leaves the file to the window's own parse, which says why."""

from __future__ import annotations

import pytest

from benchmarks.corpus import interview_like
from reader.document import pipeline
from reader.document.cache import DocumentCache
from reader.document.parse_apart import APART_BYTES
from reader.document.pipeline import open_document


def test_a_large_text_file_is_parsed_in_a_child_and_read_back_the_same(tmp_path, monkeypatch):
    path = tmp_path / "interview.txt"
    path.write_text(interview_like(APART_BYTES + 50_000), encoding="utf-8")
    here = open_document(path, with_language=False)

    def not_here(*args, **kwargs):
        raise AssertionError("parsed in the window's process")

    monkeypatch.setattr(pipeline, "open_document", not_here)
    cache = DocumentCache(tmp_path / "cache")
    apart = cache.parsed_apart(path)
    assert apart is not None
    assert apart == here
    assert apart.text == here.text and apart.sections == here.sections
    assert cache.holds(path)  # the next open is a re-open


def test_a_small_or_formatted_file_is_not_sent_to_a_child(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("Question ?\nRéponse.\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<p>" + "mot " * APART_BYTES + "</p>", encoding="utf-8")
    cache = DocumentCache(tmp_path / "cache")
    assert cache.parsed_apart(small) is None
    assert cache.parsed_apart(page) is None
    assert not cache.holds(small) and not cache.holds(page)


def test_a_file_the_child_cannot_read_is_left_to_the_window_which_says_why(tmp_path):
    path = tmp_path / "photo.txt"  # a PNG under a text name, large enough for a child
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (APART_BYTES // 256 + 1))
    cache = DocumentCache(tmp_path / "cache")
    assert cache.parsed_apart(path) is None
    with pytest.raises(pipeline.LoadError) as raised:
        open_document(path, with_language=False)
    assert raised.value.detail == "PNG"
