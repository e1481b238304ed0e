"""Long computations that only read the checkout, started as soon as the tests are collected, in
a process of their own, so that they run on the machine's second core while the other tests run
on the first (pytest runs one test at a time; CI has two cores).

A test asks for one with ``@pytest.mark.ahead(function, *arguments)`` and the ``computed_ahead``
fixture (tests/conftest.py), which is ``function(*arguments)``: computed beforehand when the
test was selected, else (the marker added after collection, or ``READER_TESTS_AHEAD=0``) on the
spot. What it asserts is the same either way; only where the work is done changes. The function
and its arguments travel to the other process by name, so the function must be a module-level
one and its result plain data (no lambdas); the work must not depend on what earlier tests do
(each test still gets the same checkout, the same pages, the same checks).

Jobs run one after another in test order, and these tests run last (tests/conftest.py), so that
the other tests give the jobs the time they need: the tests then find them done.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import pytest

_executor: ProcessPoolExecutor | None = None
_lock = threading.RLock()  # the executor's thread hands the next job over (_hand_next)
_waiting: dict[str, tuple[Callable[..., Any], tuple]] = {}  # not handed over yet, in order
_started: dict[str, Future] = {}


def _job(item: pytest.Item) -> tuple[Callable[..., Any], tuple] | None:
    marker = item.get_closest_marker("ahead")
    return None if marker is None else (marker.args[0], marker.args[1:])


def waits(item: pytest.Item) -> bool:
    return item.get_closest_marker("ahead") is not None


def start(items: Iterable[pytest.Item]) -> None:
    """Start the selected tests' jobs, in their order, one process doing them in turn."""
    global _executor
    jobs = [(item.nodeid, job) for item in items if (job := _job(item))]
    if not jobs or os.environ.get("READER_TESTS_AHEAD") == "0":
        return
    # "spawn": a fresh interpreter, not a copy of this one with Qt's threads in it. Niced: the
    # jobs take only the time nothing else wants, so that the app, Orca and the screen the
    # accessibility tests start meanwhile answer as fast as they did without them.
    _executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=os.nice, initargs=(10,))
    _waiting.update(jobs)
    _hand_next()


def _hand_next(_done: Future | None = None) -> None:
    """One job at a time goes to the process (the executor would queue a second one at once,
    beyond recall): the others stay here, where a test can still take its own back."""
    with _lock:
        if _executor is None or not _waiting:
            return
        nodeid = next(iter(_waiting))
        function, arguments = _waiting.pop(nodeid)
        _started[nodeid] = future = _executor.submit(function, *arguments)
    future.add_done_callback(_hand_next)


def result(item: pytest.Item) -> Any:
    job = _job(item)
    if job is None:
        raise LookupError(f"{item.nodeid} has no @pytest.mark.ahead(function, *arguments)")
    with _lock:
        _waiting.pop(item.nodeid, None)
        started = _started.pop(item.nodeid, None)
    if started is not None:
        return started.result()  # raises what the job raised, a crashed process included
    # Not begun (a busy machine left the niced process little time; or nothing was started):
    # done here, while that process goes on with the job before it.
    function, arguments = job
    return function(*arguments)


def stop() -> None:
    """At the session's end (or after -x): a job no test waits for any more is not finished."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
        _waiting.clear()
    if executor is None:
        return
    # The running job cannot be cancelled: its process is ended (the executor keeps its
    # processes in a private mapping; getattr, so that a future Python without it only waits).
    for process in list(getattr(executor, "_processes", {}).values()):
        process.terminate()
    executor.shutdown(wait=True, cancel_futures=True)
    _started.clear()
