"""The parts of a large document a reader goes to next, rendered ahead in a worker.

A document over ``Parting.threshold`` characters is shown a part at a time (reader.ui.text.parts),
and going to another part rendered it on the window's thread: 150,000 characters, 4-6 ms
of CPU in the turn of Ctrl+End, of a find or F3 whose match is in another part, of reading into
the next part (docs/performance.md, "Large documents (session 12)"). Those parts are the last
(Ctrl+End), the first (Ctrl+Home, a find that wraps) and the two on either side of the part
shown (F3, reading on, Page Down at the part's edge): after a part is shown, the ones not ready
yet are rendered in a worker, one after the other and the last first (Ctrl+End comes soonest,
often right after opening), as a background opening renders its page (a
QTextDocument is reentrant; made without a parent and handed to the window's thread before
delivery: reader.ui.opening.background_open). Going to one of them then only swaps the page.

A part rendered ahead is used only if it was rendered in the font and palette of the page
shown and from the same document (a new size, theme or hyphenation renders anew); parts no
longer near are deleted (never laid out, they cost little to free). A part asked for before its
worker is done is rendered on the spot, as before: the reader never waits for this.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QPalette

from reader.document.long_lived import collection_paused
from reader.ui.text.renderer import PartSource, Rendered

# What the parts ready were rendered for: the source, the font and the palette.
_Key = tuple[PartSource, QFont, QPalette]
# The page shown: its source (None: a document shown whole), its part, font and palette.
Page = tuple[PartSource | None, int, QFont, QPalette]


class PartsAhead(QObject):
    _done = Signal(int, int, object)  # from the worker: (generation, part, Rendered or error)

    def __init__(self, page: Callable[[], Page], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self._generation = 0
        self._key: _Key | None = None
        self._ready: dict[int, Rendered] = {}
        self._wanted: list[int] = []
        self._working = False
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._start)
        self._done.connect(self._arrived)

    def render(self, source: PartSource, part: int, font: QFont, palette: QPalette,
               parent: QObject | None = None) -> Rendered:
        """``source``'s ``part`` in ``font`` and ``palette``: rendered ahead if it was, else now."""
        ready = self._ready.pop(part, None) if self._matches(source, font, palette) else None
        if ready is not None:
            ready.text_document.setParent(parent)
            return ready
        return source.render(part, font, palette, parent)

    def ready(self) -> list[int]:
        """The parts rendered ahead and not used yet (for tests)."""
        return sorted(self._ready)

    def busy(self) -> bool:
        """Whether parts are still to be rendered ahead (for tests and benchmarks)."""
        return self._later.isActive() or self._working or bool(self._wanted)

    def page_shown(self) -> None:
        """Another page is shown: from the next turn (once it has its typography), the parts
        near it are rendered ahead in its font and palette."""
        self._later.start()

    def drop(self) -> None:
        """Nothing ready is used any more, and what a worker renders is dropped."""
        self._generation += 1
        self._key, self._wanted = None, []
        for rendered in self._ready.values():
            rendered.text_document.deleteLater()
        self._ready.clear()

    def _matches(self, source: PartSource, font: QFont, palette: QPalette) -> bool:
        key = self._key
        return (key is not None and key[0].document is source.document
                and key[0].parts is source.parts and key[0].style == source.style
                and key[1] == font and key[2] == palette)

    def _start(self) -> None:
        source, part, font, palette = self._page()
        if source is None:  # a document shown whole
            self.drop()
            return
        if not self._matches(source, font, palette):
            self.drop()
            self._key = (source, QFont(font), QPalette(palette))
        last = len(source.parts) - 1
        near = [index for index in dict.fromkeys((last, part + 1, part - 1, 0))
                if 0 <= index <= last and index != part]
        for index in [index for index in self._ready if index not in near]:
            self._ready.pop(index).text_document.deleteLater()
        self._wanted = [index for index in near if index not in self._ready]
        self._next()

    def _next(self) -> None:
        if self._working or not self._wanted or self._key is None:
            return
        self._working = True
        source, font, palette = self._key
        # A daemon thread: quitting the app must not wait for a part nobody will see.
        threading.Thread(target=self._run, name="part-ahead", daemon=True,
                         args=(self._generation, source, self._wanted.pop(0), QFont(font),
                               QPalette(palette))).start()

    def _run(self, generation: int, source: PartSource, part: int, font: QFont,
             palette: QPalette) -> None:
        result: Rendered | Exception
        try:
            with collection_paused():  # no collection walks the heap, holding the lock, meanwhile
                result = source.render(part, font, palette)
                result.text_document.moveToThread(self.thread())
        except Exception as error:  # noqa: BLE001 - the part is rendered when asked for instead
            result = error
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
            self._done.emit(generation, part, result)

    def _arrived(self, generation: int, part: int, result: object) -> None:
        self._working = False
        if isinstance(result, Rendered):
            if generation == self._generation and part not in self._ready:
                self._ready[part] = result
            else:
                result.text_document.deleteLater()  # for a page no longer shown
        self._next()
