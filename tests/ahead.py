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
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import pytest

_executor: ProcessPoolExecutor | None = None
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
    # "spawn": a fresh interpreter, not a copy of this one with Qt's threads in it.
    _executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    for nodeid, (function, arguments) in jobs:
        _started[nodeid] = _executor.submit(function, *arguments)


def result(item: pytest.Item) -> Any:
    job = _job(item)
    if job is None:
        raise LookupError(f"{item.nodeid} has no @pytest.mark.ahead(function, *arguments)")
    started = _started.pop(item.nodeid, None)
    if started is not None:
        return started.result()  # raises what the job raised, a crashed process included
    function, arguments = job
    return function(*arguments)


def stop() -> None:
    """At the session's end (or after -x): a job no test waits for any more is not finished."""
    global _executor
    if _executor is None:
        return
    for future in _started.values():
        future.cancel()
    # The running job cannot be cancelled: its process is ended (the executor keeps its
    # processes in a private mapping; getattr, so that a future Python without it only waits).
    for process in list(getattr(_executor, "_processes", {}).values()):
        process.terminate()
    _executor.shutdown(wait=True, cancel_futures=True)
    _executor = None
    _started.clear()
