"""Issue 17, "the app never dies": Python collects cycles on whichever thread allocates when a
threshold is crossed, a worker's too, and a QObject left in a cycle must be deleted on its own
thread (Qt's rule: broken, it crashes at random). In the window's process every collection
runs on the window's thread (reader.ui.shell.collector), the worker's own requests
(reader.document.long_lived) too, and the garbage is still collected."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject

from reader.document import long_lived
from reader.ui.opening import background_open
from reader.ui.shell.collector import WindowThreadCollector


@pytest.fixture
def collector(qtbot):
    """The window's collector, started as run_gui starts it after the first paint; every
    collection is recorded with the thread it ran on."""
    ran_on: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            ran_on.append(threading.current_thread().name)

    gc.collect()  # counts from zero: what earlier tests left is not this test's
    collector = WindowThreadCollector()
    collector.start()
    gc.callbacks.append(note)
    try:
        yield collector, ran_on
    finally:
        gc.callbacks.remove(note)
        collector.stop()
        collector.deleteLater()


class Held(QObject):
    """A QObject that notes the thread its Python object is freed on."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        Held.freed_on.append(threading.current_thread().name)


def _cycles_made(count: int) -> None:
    for _ in range(count):
        garbage: list[object] = []
        garbage.append(garbage)


def test_a_qobject_left_in_a_cycle_is_deleted_on_the_windows_thread(collector, qtbot):
    _, ran_on = collector
    Held.freed_on = []
    held = Held()
    held.itself = held  # a cycle: only the collector frees it
    alive = weakref.ref(held)
    del held
    threshold = gc.get_threshold()[0]
    worker = threading.Thread(target=_cycles_made, args=(threshold * 20,), name="worker")
    worker.start()
    worker.join()
    made = gc.get_count()[0]

    qtbot.waitUntil(lambda: alive() is None, timeout=5000)
    assert Held.freed_on == ["MainThread"]
    assert ran_on and set(ran_on) == {"MainThread"}, ran_on
    assert made > threshold  # Python would have collected in the worker, 20 times


def test_garbage_made_while_reading_is_still_collected(collector, qtbot):
    collector_, ran_on = collector
    _cycles_made(gc.get_threshold()[0] * 3)
    qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5000)
    assert ran_on and set(ran_on) == {"MainThread"}
    assert not gc.isenabled()  # and Python never collects on its own meanwhile
    collector_.stop()
    assert gc.isenabled()  # back as it was before (a test process collects on its own)
    collector_.start()  # as run_gui's timer might, once it returned: ignored
    assert gc.isenabled() and long_lived._window_collects is None


def test_no_collection_while_a_model_is_built(collector, qtbot):
    collector_, ran_on = collector
    with long_lived.collection_paused():
        _cycles_made(gc.get_threshold()[0] * 3)
        collector_.collect_if_due()  # as its timer would
        assert ran_on == []
    collector_.collect_if_due()
    assert ran_on == ["MainThread"]


def test_a_large_open_asks_the_window_to_collect_never_its_worker(collector, make_window,
                                                                  tmp_path, qtbot,
                                                                  monkeypatch):
    _, ran_on = collector
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", 2000)
    asked_from = []
    window_collects = long_lived._window_collects
    assert window_collects is not None

    def asked(generation: int) -> None:
        asked_from.append(threading.current_thread().name)
        window_collects(generation)

    monkeypatch.setattr(long_lived, "_window_collects", asked)
    window = make_window()
    path = tmp_path / "entretien.txt"
    path.write_text("Un long entretien\n\nPourquoi ?\n\n" + "Parce que. " * 400 + "\n",
                    encoding="utf-8")
    assert window.open_path(path) == ""
    assert window.opening.background.pending == str(path)  # opened by the worker
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == str(path),
                    timeout=20000)
    assert window.text.toPlainText().startswith("Un long entretien")
    # Before freezing what it would build (kept_out_of_collection), the worker asked for a
    # collection: it ran here.
    assert "document-open" in asked_from
    assert ran_on and set(ran_on) == {"MainThread"}, ran_on
