"""Knowing and keeping one's place: where am I (Ctrl+Shift+K), go to question (Ctrl+G),
bookmarks (Ctrl+B, Ctrl+Shift+B) and reopening a document where the reader left it.

Where am I is said (the app's own voice, through ``window.say``) and shown in the status line:
"Title. Question 3 of 7: heading. 42 % through the document." Reading aloud, it is about the
sentence being read; otherwise about the caret.

The last position is the caret's, saved per file when another document replaces it and when the
window closes; opening that file again puts the caret back there and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

from reader import messages
from reader.document.labels import ELLIPSIS, display_title, shortened
from reader.document.model import Document, SectionKind
from reader.ui.context import ActionId, DocumentId, ReaderContext
from reader.ui.places.reading_places import Bookmark, ReadingPlaces

# The dialogs are imported when first opened (start-up time,
# docs/architecture.md#text-view-and-start-up).
if TYPE_CHECKING:
    from reader.ui.places.bookmarks_dialog import BookmarksDialog
    from reader.ui.places.go_to_dialog import GoToQuestionDialog
    from reader.ui.shell.main_window import MainWindow

_LABEL_CHARS = 70  # a bookmark's default label: the section's name, shortened


class PlaceController(QObject):
    def __init__(self, window: MainWindow, context: ReaderContext,
                 places: ReadingPlaces) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._places = places
        self._path = ""  # the file shown, if any
        self._document_id: DocumentId | None = None  # the document shown, once it is
        self._caret = 0
        actions = context.actions
        actions[ActionId.WHERE_AM_I].triggered.connect(self.where_am_i)
        actions[ActionId.GO_TO_QUESTION].triggered.connect(self.ask_question_number)
        actions[ActionId.ADD_BOOKMARK].triggered.connect(self.add_bookmark)
        actions[ActionId.BOOKMARKS].triggered.connect(self.show_bookmarks)
        window.text.caret_moved.connect(self._caret_moved)
        context.document_changed.connect(self._document_changed)
        window.installEventFilter(self)

    # --- Where am I -------------------------------------------------------------------------

    def where_am_i_text(self) -> str:
        """What "Where am I" says (``where_am_i_shown`` as words)."""
        return messages.without_isolates(self.where_am_i_shown())

    def where_am_i_shown(self) -> str:
        """"Where am I" as shown: the document's title and question isolated, so that a
        right-to-left title does not turn the whole message right to left ("… through the
        document. 28 %" read backwards, seen in an Arabic interview)."""
        document: Document | None = self._context.document
        if document is None:
            return self._window.opening.unless_opening(messages.where_no_document())
        offset = self._offset()
        title = messages.titled_with_format(messages.isolated(display_title(document)),
                                            messages.shown_format(document.format, document.path))
        return messages.where_am_i(_sentence(title), _sentence(self._place(document, offset)),
                                   self.percent(offset))

    def where_am_i(self) -> None:
        self._context.say(self.where_am_i_shown())  # heard without isolates (``say``)

    def percent(self, offset: int) -> int:
        document = self._context.document
        length = len(document.text) if document is not None else 0
        return round(100 * offset / length) if length else 0

    def _offset(self) -> int:
        return self._context.place()

    @staticmethod
    def _place(document: Document, offset: int) -> str:
        index = document.section_index_at(offset)
        if index < 0:
            return messages.document_kind(document.kind.value)
        section = document.sections[index]
        if section.kind is SectionKind.QUESTION:
            position = messages.question_position(section.number, len(document.questions))
            return f"{position}: {messages.isolated(_short(section.heading))}"
        return _short(messages.section_label(section))

    # --- Go to question ---------------------------------------------------------------------

    def ask_question_number(self) -> GoToQuestionDialog | None:
        document = self._context.document
        count = len(document.questions) if document is not None else 0
        if count == 0:
            self._context.say(self._window.opening.unless_opening(messages.no_questions()))
            return None
        from reader.ui.places.go_to_dialog import GoToQuestionDialog

        dialog = GoToQuestionDialog(count, self._context.say, self._window)
        dialog.setFont(self._window.text.font())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.go_to_question)
        dialog.open()
        return dialog

    def go_to_question(self, number: int) -> None:
        document = self._context.document
        questions = document.questions if document is not None else ()
        if 1 <= number <= len(questions):
            self._jump(questions[number - 1].start)

    def _jump(self, offset: int) -> None:
        # From a closing dialog: the window is not always made active again (seen offscreen),
        # and focus must land in the text for Orca to read the line.
        self._window.activateWindow()
        self._window.jump_to(offset)

    # --- Bookmarks --------------------------------------------------------------------------

    def add_bookmark(self) -> None:
        document = self._context.document
        if document is None or not self._path:
            self._context.say(messages.no_document_for_bookmarks())
            return
        offset = self._window.text.caret_offset()
        marks = self._places.bookmarks(self._path)
        for mark in marks:
            if mark.offset == offset:
                self._context.say(messages.bookmark_exists(mark.label))
                return
        label = messages.without_isolates(self._place(document, offset))  # kept as words
        self._places.set_bookmarks(self._path, [*marks, Bookmark(offset, label)])
        self._context.say(messages.bookmark_added(label))

    def show_bookmarks(self) -> BookmarksDialog | None:
        if self._context.document is None or not self._path:
            self._context.say(messages.no_document_for_bookmarks())
            return None
        from reader.ui.places.bookmarks_dialog import BookmarksDialog

        path = self._path
        dialog = BookmarksDialog(self._places.bookmarks(path), self.percent, self._context.say,
                                 self._window)
        dialog.setFont(self._window.text.font())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda marks: self._places.set_bookmarks(path, marks))
        dialog.chosen.connect(self._jump)
        dialog.open()
        return dialog

    # --- Last position ----------------------------------------------------------------------

    def _caret_moved(self, offset: int) -> None:
        # The text announces the new document's caret before document_changed: not ours yet.
        if self._context.document_id == self._document_id:
            self._caret = offset

    def _document_changed(self, document: Document) -> None:
        self.remember()
        self._path = document.path or ""
        self._document_id = self._context.document_id
        self._caret = 0
        last = self._places.last_position(self._path) if self._path else None
        if last and last < len(document.text):
            self._caret = last  # kept if another document comes before the caret is there
            # Qt lays out all the text before a caret it is given: seconds into 10 MB. The caret
            # goes there once the paced layout has (reader.ui.text.layout_pacer).
            text = self._window.text
            self._window.typesetter.layout.when_shown(last, lambda: text.go_to(last))
            self._context.say(messages.reopened_at(self._place(document, last)))

    def remember(self) -> None:
        if self._path:
            self._places.remember_position(self._path, self._caret)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.remember()
        return False


# Latin, Arabic ("؟"), and full-width Chinese and Japanese ends of a sentence
_SENTENCE_ENDS = ".?!…:؟。？！"


def _sentence(text: str) -> str:
    """``text`` ending as a sentence does, so that it is said with a pause after it."""
    words = messages.without_isolates(text)
    return text if not words or words[-1] in _SENTENCE_ENDS else f"{text}."


def _short(text: str) -> str:
    """The first words of ``text``, ended with "…" after a whole word: a label cut inside one
    ("qui se re…") left a reader with low vision a non-word to puzzle over."""
    text = " ".join(text.split())
    if len(text) <= _LABEL_CHARS:
        return text
    cut = text.rfind(" ", 0, _LABEL_CHARS)
    if cut < _LABEL_CHARS // 2:  # one very long word: cut it, as before
        return shortened(text, _LABEL_CHARS)
    return text[:cut].rstrip(" ,;:") + ELLIPSIS
