"""A language's syllables loaded ahead, on a thread, when the language is first seen.

pyphen takes some 80 ms of CPU to load a language's dictionary (reader.appearance.hyphenation);
loaded when first needed, the first change to a size whose long words break at syllables
(reader.ui.text.long_words) would pay it. The thread holds Python's lock for most of that time,
so at start-up it would delay the window's first paint by as much: the start-up holds the loads
until the window has painted (``hold``, ``release``). A size changed before then loads the
syllables when it needs them, as it would without the thread.
"""

from __future__ import annotations

import threading

from reader.appearance.hyphenation import can_hyphenate
from reader.messages.languages import interface_language_in_use


class SyllablesAhead:
    def __init__(self) -> None:
        self._seen: set[str] = {""}  # languages loaded or being loaded ("": none)
        self._held: list[str] | None = None  # seen while held, loaded once released

    def want(self, language: str, *, larger: bool = False) -> None:
        """``language``'s syllables; with ``larger`` (the text set larger than the usual size)
        the interface's too: the outline's "Question 3:" breaks at those at large sizes
        (reader.ui.text.outline_drawing). Loaded by the change to such a size they cost the
        window 70-90 ms of its CPU; loaded for every document, 3-10 MB of memory (English's)."""
        for wanted in (language, interface_language_in_use() if larger else ""):
            if wanted in self._seen:
                continue
            self._seen.add(wanted)
            if self._held is not None:
                self._held.append(wanted)
            else:
                _load(wanted)

    def hold(self) -> None:
        self._held = []

    def release(self) -> None:
        held, self._held = self._held or [], None
        for language in held:
            _load(language)


THREAD_NAME = "syllables-ahead"  # (the stall benchmark waits for it, as a user's pause would)


def _load(language: str) -> None:
    threading.Thread(target=can_hyphenate, args=(language,), daemon=True,
                     name=THREAD_NAME).start()
