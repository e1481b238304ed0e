"""The fuzz campaign's files (scripts/fuzzing): Word, OpenDocument, EPUB and PDF files open
whole and show nothing they hide; damaged and hostile ones are refused with a message; and
the run's watch catches what it is there to catch (a hang, a crash, a connection, memory)."""

from __future__ import annotations

import os
import random
import socket
import threading

import pytest

from .test_fuzz import fuzz  # noqa: F401 (the fixture)

# Documents of each generator in the suite, about 2 s of processor time each on a quiet
# machine: a Word file takes 100 to 300 ms to open (python-docx looks every run's default
# style up among all the styles), an OpenDocument or PDF file about 30, an EPUB 20. The long
# runs (docs/reliability.md) do the rest.
FILES = {"docx": 8, "odt": 50, "epub": 60, "pdf": 50}
DAMAGED = {"docx-damaged": 20, "odt-damaged": 60, "epub-damaged": 60, "pdf-damaged": 40}


@pytest.mark.parametrize("name", list(FILES))
def test_generated_files_open_whole(fuzz, name):  # noqa: F811
    reports = []
    result = fuzz.run(FILES[name], seed=2026, generators=fuzz.named(name), jobs=2,
                      report=reports.append)
    assert (result.documents, result.failures) == (FILES[name], 0), "\n".join(reports)


@pytest.mark.parametrize("name", list(DAMAGED))
def test_damaged_and_hostile_files_are_refused_with_a_message(fuzz, name):  # noqa: F811
    reports = []
    result = fuzz.run(DAMAGED[name], seed=2026, generators=fuzz.named(name), jobs=2,
                      report=reports.append)
    assert (result.documents, result.failures) == (DAMAGED[name], 0), "\n".join(reports)
    assert result.connections == 0
    assert 0 < sum(result.refused.values()) < DAMAGED[name]  # some refused, some open


def test_a_file_promises_its_visible_words_and_hides_the_others(fuzz):  # noqa: F811
    for generator in fuzz.FILE_GENERATORS:
        made = generator.make(random.Random(5))
        document = generator.parse(made)
        assert fuzz.problems(made, document, generator.text_of, made.hidden) == []
        assert made.suffix == f".{generator.name}" and len(fuzz.readable(made.shown)) > 20
    word_file = fuzz.FILE_GENERATORS[0]
    made = word_file.make(random.Random(5))
    shown = word_file.parse(made)
    losing = fuzz.problems(made, shown, lambda m: m.shown + " mot perdu", ("Introuvable",))
    assert losing and "lost" in losing[0]
    word = shown.text.split()[0]
    assert fuzz.problems(made, shown, word_file.text_of, (word,)) == [
        f"hidden text shown: {word!r}"]


def _watched(fuzz, parse, **options):  # noqa: F811
    reports = []
    generator = fuzz.Generator("watched", lambda rng: "mot", parse)
    result = fuzz.run(3, seed=1, generators=(generator,), report=reports.append, **options)
    return result, reports


def test_a_document_that_never_ends_is_a_hang_and_the_next_ones_still_run(fuzz):  # noqa: F811
    def parse(text):
        threading.Event().wait()  # blocks for ever

    result, reports = _watched(fuzz, parse, limit=1)
    assert result.documents == 3 and result.kinds["hangs"] == 3
    assert reports[0].startswith("FAIL watched #0 (seed 1): hang")


def test_a_document_that_kills_its_process_is_a_crash(fuzz):  # noqa: F811
    result, _ = _watched(fuzz, lambda text: os._exit(3))
    assert result.documents == 3 and result.kinds["crashes"] == 3


def test_a_document_that_connects_to_the_canary_address_is_caught(fuzz):  # noqa: F811
    def parse(text):
        with socket.create_connection(("127.0.0.1", int(os.environ["FUZZ_CANARY_PORT"]))):
            pass
        return fuzz.parse_text(text, with_language=False)

    result, reports = _watched(fuzz, parse)
    assert result.connections >= 1 and result.kinds["fetched"] >= 1, reports


def test_a_document_that_takes_too_much_memory_is_caught(fuzz):  # noqa: F811
    def parse(text):
        hoard = bytearray(300 * 1024 * 1024)
        hoard[::4096] = b"x" * len(hoard[::4096])  # touched: resident, not only reserved
        return fuzz.parse_text(text, with_language=False)

    result, _ = _watched(fuzz, parse, memory_mb=200)
    assert result.documents == 3 and result.kinds["memory"] == 3


@pytest.mark.parametrize("name", ["docx", "odt", "epub", "pdf"])
def test_a_failing_file_is_saved_to_open_by_hand(fuzz, tmp_path, name):  # noqa: F811
    (generator,) = fuzz.named(name)
    made = generator.make(random.Random(1))
    path = fuzz.save(tmp_path, generator, 1, 7, made)
    assert path.name == f"{name}-1-7.{name}" and path.read_bytes() == made.data
