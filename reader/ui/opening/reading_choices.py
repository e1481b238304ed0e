"""The reading choices of web pages and books: View > Show the whole page (per document) and
View > Read notes and page numbers (remembered).

Both change what the file reader keeps (``ReadingOptions``), so a choice re-opens the document
shown. The cache of parsed documents keys on the file alone, so a document read with other
than the usual options never goes through it: ``loader`` parses it directly, and the cached
parse (the usual options) stays valid for the next time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from reader import messages
from reader.document.model import Document
from reader.ui.context import ActionId, ReaderContext
from reader.ui.settings_values import read_value

if TYPE_CHECKING:
    from reader.document.formats.reading import ReadingOptions
    from reader.ui.shell.main_window import MainWindow

Loader = Callable[[str], Document]
_NOTES_KEY = "reading/notes"
_WITH_NOTES = frozenset({"epub", "html"})  # the formats that mark notes and page breaks
_SNIPPET = 40  # characters at the caret looked for again after re-opening


def open_with_options(path: str, options: ReadingOptions) -> Document:
    """The document parsed with ``options``, its language detected after the first paint like
    any other (the window's loader)."""
    from reader.document.pipeline import open_document  # the parsers: only when parsing

    return open_document(path, with_language=False, options=options)


class ReadingChoices(QObject):
    """What the two View choices say for each path, and the loader that honours them."""

    def __init__(self, settings: QSettings,
                 open_with: Callable[[str, ReadingOptions], Document] = open_with_options
                 ) -> None:
        super().__init__()
        self._settings = settings
        self._open_with = open_with
        self._notes = bool(read_value(settings, _NOTES_KEY, True))
        self._whole_pages: set[str] = set()  # paths shown whole, for this session

    def options_for(self, path: str) -> ReadingOptions:
        from reader.document.formats.reading import ReadingOptions

        return ReadingOptions(whole_page=self.whole_page(path), notes=self._notes)

    def loader(self, usual: Loader) -> Loader:
        """``usual`` (through the cache) for the usual options, else a parse with them. The
        usual options (``ReadingOptions()``: notes read, not the whole page) are told without
        the file formats' module, which the first paint of a text file does not need."""

        def load(path: str) -> Document:
            if (self._notes and not self.whole_page(path)) or _format(path) not in _WITH_NOTES:
                return usual(path)
            return self._open_with(path, self.options_for(path))

        return load

    @property
    def notes(self) -> bool:
        return self._notes

    def set_notes(self, notes: bool) -> None:
        self._notes = notes
        self._settings.setValue(_NOTES_KEY, notes)

    def whole_page(self, path: str) -> bool:
        return _key(path) in self._whole_pages

    def set_whole_page(self, path: str, whole: bool) -> None:
        if whole:
            self._whole_pages.add(_key(path))
        else:
            self._whole_pages.discard(_key(path))

    def attach(self, window: MainWindow, context: ReaderContext) -> None:
        """Wire the View menu's two choices to ``window`` (called once, by ``reader.app``)."""
        self.setParent(window)
        whole = context.actions[ActionId.WHOLE_PAGE]
        notes = context.actions[ActionId.READ_NOTES]
        notes.setChecked(self._notes)

        def document_changed(document: Document) -> None:
            whole.blockSignals(True)
            whole.setChecked(self.whole_page(document.path) and document.format == "html")
            whole.blockSignals(False)

        def whole_toggled(checked: bool) -> None:
            document = context.document
            if document is None or document.format != "html":
                whole.blockSignals(True)
                whole.setChecked(False)
                whole.blockSignals(False)
                context.say(messages.whole_page_not_a_web_page())
                return
            self.set_whole_page(document.path, checked)
            _reopen(window, context, document)
            context.say(messages.whole_page_on() if checked else messages.whole_page_off())

        def notes_toggled(checked: bool) -> None:
            self.set_notes(checked)
            document = context.document
            if document is not None and document.format in _WITH_NOTES:
                _reopen(window, context, document)
            context.say(messages.notes_on() if checked else messages.notes_off())

        context.document_changed.connect(document_changed)
        whole.toggled.connect(whole_toggled)
        notes.toggled.connect(notes_toggled)


def _reopen(window: MainWindow, context: ReaderContext, document: Document) -> None:
    """The document parsed again with today's choices, at the place the user was (the same
    words if they are still there, else as far through the text)."""
    offset = context.place()
    snippet = document.text[offset:offset + _SNIPPET]
    fraction = offset / max(1, len(document.text))
    if window.open_path(document.path, in_background=False):
        return  # could not be read again: the message says why, the document stays
    again = context.document
    if again is None:
        return
    found = again.text.find(snippet) if snippet.strip() else -1
    window.jump_to(found if found >= 0 else round(fraction * len(again.text)))


def _key(path: str) -> str:
    return str(Path(path).resolve()) if path else ""


def _format(path: str) -> str:
    from reader.document.formats.reading import ALL_SUFFIXES

    return ALL_SUFFIXES.get(Path(path).suffix.lower(), "")
