"""Syllables are loaded off the window's thread as soon as a language is known: the
document's, found after it was shown, and once the text is set larger than usual the
interface's, at which the outline's "Question 3:" breaks at large sizes. Loaded by the change to
such a size, the interface's cost the window 70-90 ms of CPU in one turn (benchmarks.stalls:
text_size_96pt_1mb)."""

from __future__ import annotations

import threading
from dataclasses import replace

import pyphen
from PySide6.QtWidgets import QApplication

from reader.appearance import hyphenation
from reader.messages import languages
from reader.ui.text.syllables_ahead import THREAD_NAME
from tests.ui.conftest import make_interview
from tests.ui.test_long_words import set_size


def test_a_language_found_later_and_the_interfaces_load_their_syllables_ahead(
        make_window, qtbot, monkeypatch):
    monkeypatch.setattr(languages, "_IN_USE", ["en"])  # English, the document French
    loaded: list[tuple[str, str]] = []  # (dictionary, the thread that loaded it)
    real = pyphen.Pyphen.__init__

    def noting(self, *args, **kwargs):
        loaded.append((kwargs.get("lang", ""), threading.current_thread().name))
        real(self, *args, **kwargs)

    monkeypatch.setattr(pyphen.Pyphen, "__init__", noting)
    hyphenation._dictionary.cache_clear()  # as in a new process: none loaded yet
    hyphenation._named_dictionary.cache_clear()
    window = make_window()
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    document = make_interview()
    window.show_document(replace(document, language=""))  # detected after it is shown
    QApplication.processEvents()
    assert loaded == []
    window.typesetter.language_learned("fr")  # as the window does once it is detected
    window.outline.language_learned("fr")
    _wait_for_syllables(qtbot)
    # At the usual size the interface's are not needed: not loaded (3-10 MB)
    assert loaded == [("fr", THREAD_NAME)]
    set_size(window, 18.0)  # larger: the outline's labels may come to need them
    _wait_for_syllables(qtbot)
    assert sorted(loaded) == [("en", THREAD_NAME), ("fr", THREAD_NAME)]  # before any need
    set_size(window, 96.0)  # the outline's "Question" is wider than its column
    qtbot.waitUntil(lambda: not window.typesetter.fitting_words())
    assert len(loaded) == 2  # nothing more loaded, on the window's thread or another


def _wait_for_syllables(qtbot) -> None:
    qtbot.waitUntil(lambda: not any(t.name == THREAD_NAME and t.is_alive()
                                    for t in threading.enumerate()))
