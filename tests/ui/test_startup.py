"""Start-up work that must not delay the first paint yet never change what the user gets: a
document opened again comes from the cache of parsed documents, and language detection waits
for the first paint unless speech needs it now."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.document.cache import DocumentCache
from reader.document.pipeline import open_document
from reader.window_documents import default_document_path, open_without_language, through_cache


def test_language_detection_held_until_released(make_window, qtbot):
    # At start-up the detection waits for the first paint (reader.app): held, nothing runs.
    window = make_window(load=open_without_language)
    window.language_detection.hold()
    assert window.open_path(default_document_path()) == ""
    window.language_detection.wait()
    QApplication.sendPostedEvents()  # a result, had there been one, is delivered now
    assert window.document.language == ""
    window.language_detection.release()
    qtbot.waitUntil(lambda: window.document.language == "fr", timeout=20000)


def test_speech_asking_for_the_language_does_not_wait_for_the_paint(make_window):
    window = make_window(load=open_without_language)
    window.language_detection.hold()
    assert window.open_path(default_document_path()) == ""
    assert window.ensure_language().language == "fr"


def test_a_document_opened_again_comes_from_the_cache(make_window, tmp_path):
    interview = tmp_path / "interview.txt"
    interview.write_bytes(default_document_path().read_bytes())
    parsed = []

    def counting_parser(path):
        parsed.append(path)
        return open_document(path)

    load = through_cache(counting_parser, DocumentCache(tmp_path / "cache"))
    first = make_window(load=load)
    assert first.open_path(interview) == ""
    second = make_window(load=load)
    assert second.open_path(interview) == ""
    assert parsed == [str(interview)]
    assert second.text.toPlainText() == first.text.toPlainText()
    assert second.outline.model().rowCount() == first.outline.model().rowCount()
    assert second.document.path == str(interview)


def test_an_edited_document_is_never_shown_stale(make_window, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Première version.\n", encoding="utf-8")
    window = make_window(load=through_cache(open_document, DocumentCache(tmp_path / "cache")))
    assert window.open_path(notes) == ""
    notes.write_text("Deuxième version, plus longue.\n", encoding="utf-8")
    assert window.open_path(notes) == ""
    assert window.text.toPlainText() == "Deuxième version, plus longue."
