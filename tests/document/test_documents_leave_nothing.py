"""Opening documents all day leaves nothing behind: a window's worker opens a large document
with the collector kept off and freezes what it built (reader.document.long_lived), so
anything left in a cycle then would stay for good. Many documents of every format, opened and
stored in the cache as the window opens them, then left: the frozen count comes back to what
it was, no document stays alive, and nothing is left for the collector."""

from __future__ import annotations

import gc
import random

import pytest

from reader.document.cache import DocumentCache
from reader.document.long_lived import kept_out_of_collection
from reader.document.model import Document
from reader.document.pipeline import open_document

from .test_fuzz import fuzz  # noqa: F401 (the fixture)

ROUNDS = 12  # documents of each format
TEXTS = {
    "notes.txt": "Titre\n\n" + "".join(f"Question {n} : pourquoi ?\n\nParce que.\n\n"
                                       for n in range(40)),
    "notes.md": "# Titre\n\n**Pourquoi ?**\n\nParce que [ici](https://example.org).\n",
    "page.html": "<html><head><title>T</title></head><body><h1>Titre</h1><p>Pourquoi ?</p>"
                 "<p>Parce que.</p></body></html>",
    "letter.rtf": r"{\rtf1\ansi{\fonttbl{\f0 Times;}}\pard Pourquoi ?\par Parce que.\par}",
    "call.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: Pourquoi ?\n\n"
                "00:00:03.000 --> 00:00:04.000\nB: Parce que.\n",
    "call.txt": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: Pourquoi ?\n",  # sniffed
}
FILE_FORMATS = ("docx", "odt", "epub", "pdf")


def _left_in_cycles() -> int:
    """What the collector would find in cycles, frozen or not (nothing is freed)."""
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return len(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()


def _documents_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Document))


@pytest.fixture
def files(tmp_path, fuzz):  # noqa: F811
    made = []
    for name, text in TEXTS.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        made.append(path)
    for format_name in FILE_FORMATS:
        file = fuzz.named(format_name)[0].make(random.Random(format_name))
        path = tmp_path / f"file{file.suffix}"
        path.write_bytes(file.data)
        made.append(path)
    return made


def test_documents_opened_as_a_window_does_and_left_leave_nothing(tmp_path, files):
    cache = DocumentCache(tmp_path / "cache")
    gc.collect()
    assert _left_in_cycles() == 0
    frozen = []
    for _ in range(ROUNDS):
        for path in files:
            with kept_out_of_collection():  # as the window's worker opens a large document
                document = open_document(path, with_language=False)
                cache.store(path, document)
            assert document.text  # it opened
            with kept_out_of_collection():  # re-opened from the cache
                again = cache.load(path)
            assert again is not None and again.text == document.text
            del document, again
        frozen.append(gc.get_freeze_count())
    try:
        assert _documents_alive() == 0
        # The first round froze what a first document of each format loads (modules,
        # compiled rules); the others, nothing.
        assert frozen[1:] == frozen[:1] * (ROUNDS - 1)
    finally:
        assert _left_in_cycles() == 0
