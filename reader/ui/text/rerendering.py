"""The document shown, rendered anew off the window's thread: cut in other parts for a new size
(past 24 pt a long document is shown in parts that shrink with the size:
reader.ui.text.renderer.whole_up_to), or hyphenated again (justified text, its language found).

Rendering a page takes about 30 ms of CPU per megabyte, three times as long on a loaded machine
(docs/performance.md, "Stalls (session 11)"): done on the window's thread, a change of size
froze the window, and a screen reader with it. A long document is now rendered in a worker, as
a background opening renders it (reader.ui.opening.background_open: a QTextDocument is
reentrant, made without a parent and handed to the window's thread before delivery). The page
shown stays as it is meanwhile, and the typesetter keeps the typography asked for without
applying it to that page (``Typesetter.await_rendering``); the new page then takes its place in
one turn (``TextView.replace_rendering``: the caret, the selection, the highlights and the line
at the top kept) and is brought to the typography asked for since.

Only the newest request counts. A change made before the page arrives asks for another (the
older one is dropped when it arrives); a change back to a size the page shown is cut for gives
the request up; another document shown meanwhile makes it pointless. If the caret went to
another part while the page was rendered (Ctrl+End), the part holding it is asked for in turn.
A short document is rendered at once: a thread would only add a turn of delay.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QPalette

from reader.document.long_lived import collection_paused
from reader.document.model import Document
from reader.ui.text.renderer import PageStyle, Rendered, render_at, same_parts
from reader.ui.text.text_view import TextView
from reader.ui.text.typography import Typesetter

# Up to this length a document is rendered on the spot (a few milliseconds).
BACKGROUND_CHARS = 200_000


class Rerendering(QObject):
    _done = Signal(int, object)  # from the worker: (generation, Rendered or the error raised)

    def __init__(self, view: TextView, typesetter: Typesetter) -> None:
        super().__init__(view)
        self._view = view
        self._typesetter = typesetter
        self._generation = 0
        # What the newest request renders: (the model, font, palette, style); None: nothing
        self._request: tuple[Document, QFont, QPalette, PageStyle] | None = None
        self._restyled = False  # a request not shown yet was for other hyphens, not parts
        self._done.connect(self._arrived)

    def pending(self) -> bool:
        """Whether a page rendered anew is still to come."""
        return self._request is not None

    def request(self, document: Document, font: QFont, style: PageStyle, *,
                parts_only: bool = False) -> None:
        """Render ``document`` (the one shown, or the same with its language) anew in ``font``
        and ``style``, and show it in place of the page shown. ``parts_only``: only the parts
        it is cut in change, so a page cut as the one shown needs nothing."""
        view = self._view
        if (parts_only and not self._restyled
                and same_parts(document, view.document().defaultFont(), font)):
            self.cancel()  # back to the size shown before the new page came
            return
        self._restyled = self._restyled or not parts_only
        palette = QPalette(view.palette())
        if len(document.text) <= BACKGROUND_CHARS:
            self.cancel()
            self._show(render_at(document, font, palette, style, view.caret_offset()), font,
                       style)
            return
        self._generation += 1
        self._request = (document, QFont(font), palette, style)
        self._typesetter.await_rendering()
        # A daemon thread: quitting the app must not wait for a page nobody will see.
        threading.Thread(target=self._run, name="render-again", daemon=True,
                         args=(self._generation, *self._request, view.caret_offset())).start()

    def cancel(self) -> None:
        """The page shown stays: a page still being rendered is dropped when it arrives."""
        self._generation += 1
        self._restyled = False
        if self._request is not None:
            self._request = None
            self._typesetter.stop_awaiting()

    def _run(self, generation: int, document: Document, font: QFont, palette: QPalette,
             style: PageStyle, caret: int) -> None:
        result: Rendered | Exception
        try:
            with collection_paused():  # no collection walks the heap, holding the lock, meanwhile
                result = render_at(document, font, palette, style, caret)
                result.text_document.moveToThread(self.thread())
        except Exception as error:  # noqa: BLE001 - the page shown stays, and says nothing
            result = error
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
            self._done.emit(generation, result)

    def _arrived(self, generation: int, result: object) -> None:
        request = self._request
        if generation != self._generation or request is None or not isinstance(result, Rendered):
            if isinstance(result, Rendered):
                result.text_document.deleteLater()  # superseded
            elif generation == self._generation:
                self.cancel()  # it could not be rendered: the page shown stays, in its size
            return
        document, font, palette, style = request
        view = self._view
        if (view.model is None or view.model.text is not document.text
                or not self._typesetter.awaiting_rendering()):
            # Another document is shown, or this one rendered anew by another (a correction
            # of its outline): that page has the typography asked for.
            self._request, self._restyled = None, False
            result.text_document.deleteLater()
            return
        source, caret = result.source, view.caret_offset()
        moved = source is not None and source.parts.index_at(caret) != result.part
        if moved or view.palette() != palette:  # (its links and code in the theme's colours)
            result.text_document.deleteLater()  # the caret went to another part meanwhile,
            self._generation += 1  # or the theme changed: made again
            self._request = (document, font, QPalette(view.palette()), style)
            threading.Thread(target=self._run, name="render-again", daemon=True,
                             args=(self._generation, *self._request, caret)).start()
            return
        self._request, self._restyled = None, False
        self._show(result, font, style)

    def _show(self, rendered: Rendered, font: QFont, style: PageStyle) -> None:
        view = self._view
        top = view.positions.to_model(self._typesetter.layout.line_at_top())
        self._typesetter.fit_width(rendered.text_document)
        view.replace_rendering(rendered, top)
        self._typesetter.rendering_shown(rendered.spaced_blocks, rendered.tables, font, style)
