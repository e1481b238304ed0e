"""The speech worker: one thread owns the engine, results come back in order, stale work is
dropped, an error on one utterance does not stop the next."""

import queue
import threading

import pytest

from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.worker import SpeechWorker, SynthesisRequest

WAIT = 10  # seconds: a bound against a hung test, not a timing assertion


@pytest.fixture
def results():
    return queue.Queue()


def make(engine, results):
    return SpeechWorker(engine, results.put)


def request(generation, text, tag=None):
    return SynthesisRequest(generation, text, "fr", 175, tag=tag)


def test_results_come_back_in_order_from_the_worker_thread(results):
    threads = []
    engine = ScriptedEngine(
        before_synthesis=lambda text: threads.append(threading.current_thread()))
    worker = make(engine, results)
    for i, text in enumerate(["Un.", "Deux.", "Trois."]):
        worker.submit(request(worker.generation, text, tag=i))
    got = [results.get(timeout=WAIT) for _ in range(3)]
    worker.close()
    assert [r.request.tag for r in got] == [0, 1, 2]
    assert all(r.synthesis is not None and r.error is None for r in got)
    assert {t.name for t in threads} == {"speech-worker"}


def test_stale_generations_are_dropped(results):
    in_engine, release = threading.Event(), threading.Event()

    def hold_first(text):
        if text == "Ancienne 1.":
            in_engine.set()
            assert release.wait(WAIT)

    engine = ScriptedEngine(before_synthesis=hold_first)
    worker = make(engine, results)
    old = worker.generation
    for text in ["Ancienne 1.", "Ancienne 2.", "Ancienne 3."]:
        worker.submit(request(old, text))
    assert in_engine.wait(WAIT)
    new = worker.cancel()  # e.g. the reader jumped to the next question
    assert new > old
    worker.submit(request(old, "Trop tard."))  # a late submission of the old generation
    worker.submit(request(new, "Nouvelle."))
    release.set()
    result = results.get(timeout=WAIT)
    worker.close()
    assert result.request.text == "Nouvelle."
    assert results.empty()  # the one in the engine was synthesised but never delivered
    assert engine.texts == ["Ancienne 1.", "Nouvelle."]  # the queued old ones were never said


def test_an_engine_error_is_a_result_and_the_worker_goes_on(results):
    worker = make(ScriptedEngine(fail_on=lambda text: text == "Panne."), results)
    worker.submit(request(0, "Panne."))
    worker.submit(request(0, "Suite."))
    failed, next_one = results.get(timeout=WAIT), results.get(timeout=WAIT)
    worker.close()
    assert failed.synthesis is None and "Panne." in str(failed.error)
    assert next_one.synthesis is not None and next_one.error is None


def test_close_ends_the_thread(results):
    worker = make(ScriptedEngine(), results)
    worker.close()
    assert "speech-worker" not in {t.name for t in threading.enumerate()}


def test_the_real_engine_behind_the_worker(espeak, results):
    worker = make(espeak, results)
    worker.submit(SynthesisRequest(0, "Bonjour à tous.", "roa/fr", 175))
    result = results.get(timeout=WAIT)
    worker.close()
    assert result.error is None and len(result.synthesis.words) == 3
