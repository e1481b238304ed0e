"""The child parsing a large file apart (reader.document.parse_apart) is the window's worker's:
when the user opens another document meanwhile, or quits, it is stopped, and the cache holds
nothing of the file it was parsing (the next open of it parses it again, whole)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks.corpus import interview_like
from reader.document.cache import DocumentCache
from reader.window_documents import open_without_language, through_cache
from tests.document.test_parse_apart_stopped import APART_BYTES, alive, children


@pytest.fixture
def opened_apart(make_window, tmp_path, qtbot):
    """A window whose worker has a child parsing a large file: (window, cache, file, child)."""
    cache = DocumentCache(tmp_path / "cache")
    window = make_window(load=through_cache(open_without_language, cache))
    large = tmp_path / "long-interview.txt"
    large.write_text(interview_like(APART_BYTES * 4), encoding="utf-8")
    assert window.open_path(large) == ""
    qtbot.waitUntil(lambda: bool(children()), timeout=20000)
    yield window, cache, large, children()[0]
    while QApplication.overrideCursor() is not None:  # busy while opening: a quit leaves it
        QApplication.restoreOverrideCursor()


def test_opening_another_document_stops_the_child(opened_apart, tmp_path, qtbot):
    window, cache, large, child = opened_apart
    other = tmp_path / "court.txt"
    other.write_text("Un court entretien\n\nPourquoi ?\n\nParce que.\n", encoding="utf-8")
    assert window.open_path(other) == ""
    assert window.text.toPlainText().startswith("Un court entretien")
    qtbot.waitUntil(lambda: not alive(child.pid) and not children(), timeout=10000)
    assert window.document.path == str(other)  # what the user chose last stays
    assert not cache.holds(large)
    assert list((tmp_path / "cache").glob("*.partial")) == []


def test_quitting_stops_the_child(opened_apart, qtbot):
    window, cache, large, child = opened_apart
    QApplication.instance().aboutToQuit.emit()  # as the app quits: nothing waits for the worker
    qtbot.waitUntil(lambda: not alive(child.pid), timeout=10000)
    assert not cache.holds(large)
    assert window.opening.background.pending is None
