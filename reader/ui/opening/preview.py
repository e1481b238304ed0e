"""A long PDF's first pages, shown while the rest of it is read, then the whole in their place.

PDFium alone takes seconds over a book of a few hundred pages; its first pages (``Preview``,
reader.document.pipeline) are parsed and on the screen in a fraction of that. The preview is a
document like any other for reading: the caret, moving by question or section, find, reading
aloud and the outline work on it. When the whole arrives it takes the preview's place, and the
reader's place with it: the whole text begins with the preview's, so the caret and the line on
screen keep their offsets (the place keeper puts the line back), and reading aloud goes on from
the sentence being read, paused if it was.

Nothing the reader keeps per file is keyed to the preview: it has no path, so no last position
or bookmark is stored for it, and it never enters the cache. What would keep or make something
from a part of the document waits for the whole, greyed out meanwhile: bookmarks, outline
corrections (saved per document), audio export and presenting. The status line says the file is
still opening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject

from reader import messages
from reader.document.model import Document
from reader.ui.context import ActionId, ReaderContext
from reader.ui.text.renderer import Rendered

if TYPE_CHECKING:
    from reader.document.pipeline import Preview
    from reader.speech.session import ReadingSession
    from reader.ui.shell.main_window import MainWindow
    from reader.ui.text.place_keeper import PlaceKeeper

# What keeps or makes something from the document shown: it waits for the whole.
WAITING_ACTIONS = (
    ActionId.ADD_BOOKMARK, ActionId.BOOKMARKS, ActionId.EXPORT_AUDIO, ActionId.PRESENT,
    ActionId.MARK_QUESTION, ActionId.NOT_QUESTION, ActionId.MARK_TITLE, ActionId.START_SECTION,
    ActionId.SPEAKER_ASKS, ActionId.UNDO_CORRECTION, ActionId.REDO_CORRECTION,
    ActionId.RESTORE_STRUCTURE,
)
_SNIPPET = 40  # characters at the caret looked for in the whole, if its text is not the same


class FirstPages(QObject):
    def __init__(self, window: MainWindow, context: ReaderContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._path: str | None = None  # the file whose preview is shown, until its whole is
        self._preview: Document | None = None
        self._message = ""
        self._showing = False
        self._keeper: PlaceKeeper | None = None
        self._session: Callable[[], ReadingSession | None] = lambda: None
        self._reading: _Reading | None = None  # while the whole replaces the preview
        # Connected before the speech controller and the place keeper are built: the whole's
        # arrival is handled here first (see _Reading).
        context.document_changed.connect(self._document_changed)

    def attach(self, keeper: PlaceKeeper,
               session: Callable[[], ReadingSession | None]) -> None:
        """What keeps the place and reads aloud (reader.app builds both after the window)."""
        self._keeper = keeper
        self._session = session

    def showing(self, path: str) -> bool:
        """Whether the preview of ``path`` is shown, waiting for the whole."""
        return self._path is not None and self._path == path

    def show(self, path: str, preview: Preview, rendered: Rendered) -> None:
        self._showing = True
        try:
            self._window.show_document(preview.document, rendered)
        finally:
            self._showing = False
        self._path, self._preview = path, self._context.document
        for action_id in WAITING_ACTIONS:
            self._context.action(action_id).setEnabled(False)
        self._message = messages.opening_first_pages(preview.pages_shown, preview.pages)
        self._context.say(self._message)

    def replace_with_whole(self, whole: Document, rendered: Rendered | None) -> None:
        """``whole`` in place of the preview, where the reader was in it."""
        window, preview = self._window, self._preview
        caret = window.text.caret_offset()
        moved = bool(caret or window.text.verticalScrollBar().value())
        session = self._session()
        # A session's states are imported with it, after the first paint (docs/performance.md,
        # "Start-up (session 20)").
        from reader.speech.session_types import State

        if session is not None and session.state is not State.IDLE and preview is not None:
            self._reading = _Reading(session, preview, session.position,
                                     session.state is State.PAUSED)
        keeper = self._keeper
        anchor = None
        if keeper is not None and (moved or self._reading):
            keeper.hold()
            anchor = keeper.anchor
        window.show_document(whole, rendered)  # ends the preview (_document_changed)
        shown = self._context.document
        if preview is None or shown is None or keeper is None or not (moved or anchor):
            return

        def carried(offset: int) -> int:
            return carried_offset(preview.text, shown.text, offset)

        keeper.carry(anchor and replace(anchor, offset=carried(anchor.offset)), carried(caret))

    def end(self) -> None:
        """The preview is over: its whole is shown, or another document is, or none is
        coming (another file was chosen, or reading the rest failed: the preview stays, as a
        document without a file)."""
        if self._path is None:
            return
        self._path = self._preview = None
        for action_id in WAITING_ACTIONS:
            self._context.action(action_id).setEnabled(True)
        status = self._window.status_line
        if status.currentMessage() == self._message:
            status.clearMessage()

    def _document_changed(self, document: Document) -> None:
        if self._showing:
            return
        reading, self._reading = self._reading, None
        if reading is not None:
            reading.go_on(document)
        self.end()


class _Reading(NamedTuple):  # a named tuple: a dataclass costs 1.4 ms more to define at start
    """Reading aloud in the preview, to go on in the whole. Done when the whole is shown, before
    the speech controller hears of it (this object connected first): the session already reads
    the document shown then, so it is not stopped (which would say "Reading stopped")."""

    session: ReadingSession
    preview: Document
    position: int
    paused: bool

    def go_on(self, whole: Document) -> None:
        # The preview's language, until the whole's is detected: a voice is needed now.
        document = replace(whole, language=whole.language or self.preview.language)
        self.session.start(document, carried_offset(self.preview.text, whole.text,
                                                    self.position))
        if self.paused:
            self.session.pause()


def preview_unless_cached(held: Callable[[str], bool]) -> Callable[[str], Preview | None]:
    """A long PDF's first pages (reader.document.pipeline.open_preview), unless the cache of
    parsed documents ``held`` the whole: that opens as fast."""

    def preview(path: str) -> Preview | None:
        from reader.document.pipeline import open_preview  # the parsers: only when parsing

        return None if held(path) else open_preview(path)

    return preview


def carried_offset(before: str, after: str, offset: int) -> int:
    """Where ``offset`` of the text ``before`` is in ``after``, a text that begins with it but
    for its last paragraph: the same offset, unless the words there differ (then the nearest
    place with the same words, else as far through the text)."""
    snippet = before[offset:offset + _SNIPPET]
    if after[:offset + len(snippet)] == before[:offset + len(snippet)]:
        return offset
    if snippet.strip():
        found = after.find(snippet, max(0, offset - 4 * _SNIPPET))
        if found >= 0:
            return found
    return min(offset, len(after))
