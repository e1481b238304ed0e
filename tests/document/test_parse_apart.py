"""A large text file is parsed by a child process into the cache (reader.document.parse_apart):
the window's process reads back the very document it would have parsed, and a child that
cannot read the file says what the window would have said (tests/document/formats/
test_parse_apart_formats.py: every format, and children that fail)."""

from __future__ import annotations

import pytest

from benchmarks.corpus import interview_like
from reader.document import pipeline
from reader.document.cache import DocumentCache
from reader.document.loading import LoadProblem
from reader.document.parse_apart import APART_FROM
from reader.document.pipeline import open_document

APART_BYTES = APART_FROM[""] or 0  # a text file's size from which it is parsed apart


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


def test_a_file_smaller_than_its_formats_size_is_not_sent_to_a_child(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("Question ?\nRéponse.\n", encoding="utf-8")
    page = tmp_path / "page.html"  # web pages go apart from 1 MB too (APART_FROM)
    page.write_text("<p>" + "mot " * (APART_BYTES // 8) + "</p>", encoding="utf-8")
    cache = DocumentCache(tmp_path / "cache")
    assert cache.parsed_apart(small) is None
    assert cache.parsed_apart(page) is None
    assert not cache.holds(small) and not cache.holds(page)


def test_a_file_the_child_cannot_read_is_said_as_the_window_would_say_it(tmp_path):
    path = tmp_path / "photo.txt"  # a PNG under a text name, large enough for a child
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (APART_BYTES // 256 + 1))
    cache = DocumentCache(tmp_path / "cache")
    with pytest.raises(pipeline.LoadError) as raised:
        cache.parsed_apart(path)
    assert (raised.value.problem, raised.value.detail) == (LoadProblem.BINARY, "PNG")
    assert raised.value.path == str(path)
    assert not cache.holds(path)
