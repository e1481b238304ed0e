"""A child parsing a large file apart (reader.document.parse_apart) is stopped once its result
is no longer wanted (the user opened another document) or the app quits: it does not go on
parsing for nobody, and leaves no partial entry in the cache."""

from __future__ import annotations

import os
import threading
import time

import pytest

from benchmarks.corpus import interview_like
from reader.document import parse_apart
from reader.document.cache import DocumentCache
from reader.document.parse_apart import APART_FROM, ParseStopped

APART_BYTES = APART_FROM[""] or 0


@pytest.fixture
def large(tmp_path):
    path = tmp_path / "interview.txt"
    path.write_text(interview_like(APART_BYTES * 4), encoding="utf-8")  # seconds to parse
    return path


def alive(pid: int) -> bool:
    """Whether the process ``pid`` still exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def children() -> list:
    """The children parsing apart that the module still knows of."""
    with parse_apart._children_lock:
        return list(parse_apart._children)


def _wait_for(condition, seconds: float = 20.0) -> None:
    """Until ``condition()`` holds (an event of another thread or process, polled)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "never happened"
        threading.Event().wait(0.01)


def test_a_parse_no_longer_wanted_is_stopped_and_leaves_no_entry(tmp_path, large):
    folder = tmp_path / "cache"
    started: list = []

    def wanted() -> bool:  # wanted until the child has started, as when the user opens another
        started.extend(children())
        return not started

    with parse_apart.wanted_while(wanted), pytest.raises(ParseStopped):
        parse_apart.parse_into(folder, large)
    assert started and not alive(started[0].pid)
    assert children() == []
    cache = DocumentCache(folder)
    assert not cache.holds(large)
    assert not folder.exists() or list(folder.glob("*.partial")) == []


# A child stopped half-way through writing its entry: it writes as DocumentCache.store does
# (a partial file named after its process and thread), then waits to be stopped.
_WRITING_CHILD = """
import os, sys, threading
from pathlib import Path
folder = Path(sys.argv[2])
folder.mkdir(parents=True, exist_ok=True)
partial = folder / f"entry.{os.getpid()}-{threading.get_ident()}.partial"
partial.write_text('{"format"')
threading.Event().wait(600)
"""


def test_a_child_stopped_while_it_writes_leaves_no_partial_entry(tmp_path, large,
                                                                  monkeypatch):
    monkeypatch.setattr(parse_apart, "_CHILD", _WRITING_CHILD)
    folder = tmp_path / "cache"
    seen: list = []

    def wanted() -> bool:  # until the entry is half written
        seen.extend(folder.glob("*.partial") if folder.exists() else [])
        return not seen

    with parse_apart.wanted_while(wanted), pytest.raises(ParseStopped):
        parse_apart.parse_into(folder, large)
    assert seen  # it was stopped while it wrote
    assert list(folder.iterdir()) == []
    assert children() == []


def test_quitting_stops_every_child(tmp_path, large):
    folder = tmp_path / "cache"
    raised: list[BaseException] = []

    def parse() -> None:
        try:
            parse_apart.parse_into(folder, large)
        except BaseException as error:  # noqa: BLE001 - what the window's worker would get
            raised.append(error)

    worker = threading.Thread(target=parse)
    worker.start()
    _wait_for(children)
    child = children()[0]
    parse_apart.stop_children()  # as the app quits
    worker.join(20)
    assert not worker.is_alive()
    assert [type(error) for error in raised] == [ParseStopped]
    assert not alive(child.pid)
    assert not DocumentCache(folder).holds(large)
    assert not folder.exists() or list(folder.glob("*.partial")) == []


def test_a_wanted_parse_still_stores_its_entry(tmp_path, large):
    folder = tmp_path / "cache"
    with parse_apart.wanted_while(lambda: True):
        assert parse_apart.parse_into(folder, large)
    assert DocumentCache(folder).holds(large)
    assert children() == []
