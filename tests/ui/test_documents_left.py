"""A document left for another is freed at once, whole: large documents are opened in the
background and kept out of the cycle collector's walks (reader.document.long_lived), so
nothing but reference counting frees them, and nothing of them may be kept in a cycle."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest

from reader.document.model import Document
from reader.document.pipeline import open_document
from reader.ui.opening import background_open

LARGE = 2000  # bytes: what counts as large here (the real threshold is 1 MB)
DOCUMENTS = 20


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch):
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", LARGE)


def _in_french(path: str) -> Document:
    """As parsed, the language known (no detection, which holds the document a while)."""
    return replace(open_document(path, with_language=False), language="fr")


def _document_file(tmp_path, number: int):
    path = tmp_path / f"document-{number}.txt"
    questions = "".join(f"Question {number}.{q} : pourquoi ?\n\nParce que, {q} fois.\n\n"
                        for q in range(120))
    path.write_text(f"Document {number}\n\n{questions}", encoding="utf-8")
    return path


def _objects_alive() -> int:
    """Every object the collector knows of, walked or frozen: what the documents left would
    add to if anything of them stayed."""
    return len(gc.get_objects()) + gc.get_freeze_count()


def test_twenty_documents_in_a_row_leave_only_the_last_one(make_window, tmp_path, qtbot):
    window = make_window(load=_in_french)
    leftovers = window.text.leftovers
    alive = []
    for number in range(DOCUMENTS):
        path = _document_file(tmp_path, number)
        assert path.stat().st_size > LARGE
        assert window.open_path(path) == ""
        qtbot.waitUntil(lambda path=path: window.document is not None
                        and window.document.path == str(path), timeout=20000)
        assert window.text.toPlainText().startswith(f"Document {number}\nQuestion {number}.0")
        assert len(window.document.questions) == 120
        qtbot.waitUntil(lambda: not leftovers.busy(), timeout=20000)  # the one left: freed
        alive.append(_objects_alive())
    one_model = len(window.document.blocks) + len(window.document.sections)
    gc.unfreeze()  # every object in the collector's view again; nothing collected yet
    try:
        titles = {o.title for o in gc.get_objects() if isinstance(o, Document)
                  and o.path.startswith(str(tmp_path))}
        # Freed when left, by their reference counts: no cycle holds any of them.
        assert titles == {f"Document {DOCUMENTS - 1}"}
    finally:
        gc.collect()
    assert alive[-1] - alive[4] < one_model  # fifteen more documents opened and left



def test_a_large_file_that_cannot_be_opened_leaves_nothing_behind(make_window, tmp_path,
                                                                  qtbot):
    window = make_window(load=_in_french)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 20)  # binary: refused, with the reason why
    assert window.open_path(broken) == ""
    qtbot.waitUntil(lambda: "broken.txt" in window.banner.text()
                    and window.opening.background.pending is None, timeout=20000)
    window.banner.show_messages([], error=False)
    gc.collect()  # what the collector frees of the failure, as it would in its own time
    gc.unfreeze()  # what it could never have freed, back in its view (nothing collected yet)
    try:
        kept = [o for o in gc.get_objects() if isinstance(o, Exception)
                and str(broken) in str(getattr(o, "path", ""))]
        assert kept == []
    finally:
        gc.collect()
