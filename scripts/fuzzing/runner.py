"""Running the generators: document ``n`` of a run is made by ``random.Random(f"{seed}-{n}")``
with generator ``n`` modulo their number, whichever process makes it, so a failure is
replayed from its seed, its generators and its number alone.

Documents are opened in worker processes the run watches: one that takes longer than the
time limit is a hang (the worker is killed and another goes on after it), one that kills its
worker is a crash, one that takes the worker's memory past the bound is reported, and a local
server counts every connection a document makes (there must be none).

Memory is each document's own: the worker's peak is set back to its resident memory before
each document (Linux's ``clear_refs``), and what the allocator keeps of freed memory is given
back to the system after each batch (``malloc_trim``). The worker's lifetime peak, watched
before, reached 1,500 MB after 27,599 documents whose largest alone peaks at 165 MB: what
glibc kept of large documents' freed memory, not a leak (Python's objects stayed at 56,000,
none frozen). The progress lines say the worker's resident memory, so that a slow growth shows.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import random
import resource
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing import connection as connections
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from reader.document.loading import LoadError

from .canary import Canary
from .checks import misplaced, problems
from .content import Made
from .generators import GENERATORS, Generator

_BATCH = 500  # documents a worker fuzzes at a time
_PROGRESS = 1_000  # documents between two progress lines
DOCUMENT_SECONDS = 60.0  # longer than this is a hang, even on the shared, loaded machine
MEMORY_MB = 1500  # a worker's peak past this is reported
_ADDRESS_SPACE = 6 * 1024 ** 3  # a runaway allocation fails here, not in the machine's swap


@dataclass
class Result:
    documents: int = 0
    failures: int = 0
    seconds: float = 0.0
    kinds: Counter[str] = field(default_factory=Counter)  # failures by kind
    refused: Counter[str] = field(default_factory=Counter)  # damaged files' refusals, by why
    connections: int = 0  # to the canary address: any is a failure
    resident_mb: int = 0  # the last worker's resident memory after its last document


@dataclass
class Batch:
    """What fuzzing documents ``[first, end)`` found: how many ran, and the failing ones as
    (generator, number, first problem, the input's start)."""

    documents: int
    failing: list[tuple[str, int, str, str]]
    refused: Counter[str] = field(default_factory=Counter)


def kind_of(problem: str) -> str:
    """A failure's kind, for the run's table."""
    for start, kind in (("character", "text lost"), ("hidden text", "hidden text shown"),
                        ("block", "offsets out of place"), ("section", "offsets out of place"),
                        ("refused", "valid file refused"), ("hang", "hangs"), ("crash", "crashes"),
                        ("memory", "memory"), ("fetched", "fetched")):
        if problem.startswith(start):
            return kind
    return "exceptions"


def source_of(generator: Generator, seed: int, number: int) -> Any:
    return generator.make(random.Random(f"{seed}-{number}"))


def check(generator: Generator, source: Any) -> tuple[list[str], str]:
    """The problems of one input, and why a damaged file was refused ("" if it was not)."""
    try:
        document = generator.parse(source)
    except LoadError as error:
        why = _refusal(error)
        if not generator.damaged:
            return [f"refused: {why}"], ""
        if "MemoryError" in why:
            return [f"memory: {why}"], why
        from reader import messages  # here: only refusals need the messages (and Qt)

        message = messages.load_error(error)
        return ([] if error.path in message and len(message) > 20
                else [f"LoadError without a message: {why}"]), why
    except Exception as error:  # noqa: BLE001 — reporting it is the point
        return [f"{type(error).__name__}: {str(error)[:300]}"], ""
    if generator.damaged:
        shown = document.text.casefold()
        return misplaced(document) + [f"hidden text shown: {word!r}"
                                      for word in generator.hidden_of(source)
                                      if word.casefold() in shown], ""
    return problems(source, document, generator.text_of, generator.hidden_of(source)), ""


def _refusal(error: LoadError) -> str:
    """"corrupt", or "corrupt (KeyError)" when a library's own error was caught last."""
    context = error.__context__
    caught = f" ({type(context).__name__})" if context is not None and not isinstance(
        context, LoadError) else ""
    return f"{error.problem.value}{caught}"


def fuzz_batch(seed: int, first: int, end: int,
               generators: tuple[Generator, ...] = GENERATORS) -> Batch:
    """Documents ``[first, end)`` in this process, unwatched (a replay, a short test)."""
    batch = Batch(end - first, [])
    for number in range(first, end):
        generator = generators[number % len(generators)]
        source = source_of(generator, seed, number)
        found, why = check(generator, source)
        if why:
            batch.refused[why] += 1
        if found:
            batch.failing.append((generator.name, number, found[0], str(source)[:300]))
    return batch


def save(directory: Path, generator: Generator, seed: int, number: int, source: Any) -> Path:
    """The input as a file, to open in the reader or reduce by hand."""
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(source, Made):
        path = directory / f"{generator.name}-{seed}-{number}{source.suffix}"
        path.write_bytes(source.data)
    else:
        path = directory / f"{generator.name}-{seed}-{number}.txt"
        path.write_text(source, encoding="utf-8")
    return path


# --- watched workers -------------------------------------------------------------------------

@dataclass
class _Options:
    seed: int
    generators: tuple[Generator, ...]
    memory_mb: int
    saved: Path | None
    canary: Canary  # the address hostile files point at


def _work(pipe: Any, options: _Options) -> None:
    """A worker: fuzzes each batch it receives, one message per document."""
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))
    while (bounds := pipe.recv()) is not None:
        for number in range(*bounds):
            generator = options.generators[number % len(options.generators)]
            source = source_of(generator, options.seed, number)
            _forget_peak()
            found, why = check(generator, source)
            if fetched := options.canary.take():
                found.append(f"fetched: {fetched} connections")
            peak = _peak_mb()
            if peak > options.memory_mb:
                found.append(f"memory: the worker's peak reached {peak} MB")
            if found and options.saved is not None:
                save(options.saved, generator, options.seed, number, source)
            if number + 1 == bounds[1]:
                _give_back_freed_memory()
            pipe.send((number, generator.name, found[:1], str(source)[:300], why,
                       resident_mb()))
            if peak > options.memory_mb:
                return  # a fresh worker goes on, its memory back to the start


def _forget_peak() -> None:
    """The process's peak resident memory set back to what is resident now (Linux)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        pass  # then the peak is the process's since it started


def _peak_mb() -> int:
    """The peak resident memory since ``_forget_peak`` (or since the process started)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def resident_mb() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize() // 2**20
    except (OSError, ValueError, IndexError):
        return 0


def _give_back_freed_memory() -> None:
    """What glibc keeps of freed memory, returned to the system (nothing elsewhere)."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)


@dataclass
class _Worker:
    process: Any
    pipe: Any
    next_number: int = 0  # the document it is on
    end: int = 0
    since: float = 0.0  # when it started that document
    queued: float | None = None  # how long it had waited for a core by then (seconds)

    def started_document(self, now: float) -> None:
        self.since, self.queued = now, _queued_seconds(self.process.pid)

    def on_document(self, now: float) -> float:
        """How long it has been on its document, less the time it waited for a core: at the
        lowest priority on a loaded machine, documents that take 1-2 s alone took over a
        minute, and were counted as hangs."""
        queued = _queued_seconds(self.process.pid)
        if queued is None or self.queued is None:
            return now - self.since
        return now - self.since - (queued - self.queued)


def _queued_seconds(pid: int) -> float | None:
    """How long process ``pid`` has waited for a core (Linux; None elsewhere, or once it
    has ended)."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as schedstat:
            return int(schedstat.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def run(count: int, seed: int = 0, *, minutes: float | None = None,
        generators: tuple[Generator, ...] = GENERATORS, report: Callable[[str], None] = print,
        shown: int = 10, jobs: int = 1, limit: float = DOCUMENT_SECONDS,
        memory_mb: int = MEMORY_MB, saved: Path | None = None) -> Result:
    """Fuzz ``count`` documents (or for ``minutes``), round-robin over ``generators``, in
    ``jobs`` watched worker processes."""
    context = get_context("fork")
    fetched = context.Value("i", 0)
    canary = Canary(fetched)
    port_before = os.environ.get("FUZZ_CANARY_PORT")
    os.environ["FUZZ_CANARY_PORT"] = str(canary.port)  # the workers' hostile files name it
    options = _Options(seed, generators, memory_mb, saved, canary)
    started = time.monotonic()
    deadline = started + minutes * 60 if minutes else None
    pending = [(first, min(first + _BATCH, count)) for first in range(0, count, _BATCH)]
    pending.reverse()
    result = Result()
    workers: list[_Worker] = []

    def start(bounds: tuple[int, int]) -> None:
        ours, theirs = context.Pipe()
        process = context.Process(target=_work, args=(theirs, options), daemon=True)
        process.start()
        theirs.close()
        ours.send(bounds)
        worker = _Worker(process, ours, bounds[0], bounds[1])
        worker.started_document(time.monotonic())
        workers.append(worker)

    def fail(name: str, number: int, problem: str, source: str) -> None:
        result.failures += 1
        result.kinds[kind_of(problem)] += 1
        if result.failures <= shown:
            report(f"FAIL {name} #{number} (seed {seed}): {problem}\n  input: {source!r}")

    def counted() -> None:
        result.documents += 1
        if result.documents % _PROGRESS == 0:
            report(f"... {result.documents:,} documents, {result.failures} failing, "
                   f"{time.monotonic() - started:.0f} s, a worker resident at "
                   f"{result.resident_mb} MB")

    def lost(worker: _Worker, problem: str) -> None:
        """The worker is gone on its current document: that document failed, and a new
        worker goes on after it."""
        workers.remove(worker)
        number = worker.next_number
        generator = generators[number % len(generators)]
        fail(generator.name, number, problem, str(source_of(generator, seed, number))[:300])
        if saved is not None:
            save(saved, generator, seed, number, source_of(generator, seed, number))
        counted()
        if number + 1 < worker.end:
            start((number + 1, worker.end))

    try:
        while len(workers) < jobs and pending:
            start(pending.pop())
        while workers:
            ready = connections.wait([w.pipe for w in workers], timeout=1.0)
            now = time.monotonic()
            for worker in list(workers):
                if worker.pipe in ready:
                    try:
                        number, name, found, source, why, resident = worker.pipe.recv()
                    except (EOFError, OSError):
                        worker.process.join(limit)  # freeing a large heap takes a while
                        if worker.process.exitcode is None:
                            worker.process.kill()
                            worker.process.join()
                        if worker.process.exitcode == 0:  # retired over its memory
                            workers.remove(worker)
                            if worker.next_number < worker.end:
                                start((worker.next_number, worker.end))
                        else:
                            lost(worker, f"crash: the worker died (exit code "
                                         f"{worker.process.exitcode})")
                        continue
                    if why:
                        result.refused[why] += 1
                    if found:
                        fail(name, number, found[0], source)
                    result.resident_mb = resident
                    counted()
                    worker.next_number = number + 1
                    worker.started_document(now)
                    if worker.next_number >= worker.end:
                        out_of_time = deadline is not None and now > deadline
                        # A worker retired over its memory may be gone already (its end
                        # comes next): the batch waits for another.
                        if pending and not out_of_time:
                            bounds = pending.pop()
                            try:
                                worker.pipe.send(bounds)
                                worker.next_number, worker.end = bounds
                            except OSError:
                                pending.append(bounds)
                        else:
                            with suppress(OSError):
                                worker.pipe.send(None)
                            workers.remove(worker)
                elif worker.on_document(now) > limit:
                    worker.process.kill()
                    worker.process.join()
                    lost(worker, f"hang: more than {limit:.0f} s")
            out_of_time = deadline is not None and now > deadline
            while len(workers) < jobs and pending and not out_of_time:
                start(pending.pop())
    finally:
        for worker in workers:
            worker.process.kill()
        canary.close()
        if port_before is None:
            os.environ.pop("FUZZ_CANARY_PORT", None)
        else:
            os.environ["FUZZ_CANARY_PORT"] = port_before
    result.connections = fetched.value
    if result.connections:
        fail("all", -1, f"fetched: {result.connections} connections to the canary address", "")
    result.seconds = time.monotonic() - started
    return result
