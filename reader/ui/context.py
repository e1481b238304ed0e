"""What every controller of the window shares, instead of the window itself: the document shown
and its identity, the reading place, a way to tell the user something, the actions, and the
signals that say the document changed or the user jumped.

Built by ``reader.app`` before the window; the window fills in what only it can make (the
actions, the status line that ``say`` uses) and controllers register what they own (the speech
controller, the reading position; the announcer, the app's own voice).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from typing import NewType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from reader.document.model import Document

DocumentId = NewType("DocumentId", int)  # one per document shown; kept when only its language
# is learned (the same parse, a new Document object)


class ActionId(StrEnum):
    """Every action of the window: a typo is an AttributeError, never a silent no-op."""

    OPEN = "open"
    EXPORT_AUDIO = "export_audio"
    QUIT = "quit"
    OUTLINE = "outline"
    TEXT = "text"
    NEXT_QUESTION = "next_question"
    PREVIOUS_QUESTION = "previous_question"
    NEXT_SECTION = "next_section"
    PREVIOUS_SECTION = "previous_section"
    DOCUMENT_START = "document_start"
    DOCUMENT_END = "document_end"
    OPEN_LINK = "open_link"
    FIND = "find"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    GO_TO_QUESTION = "go_to_question"
    MARK_QUESTION = "mark_question"
    NOT_QUESTION = "not_question"
    MARK_TITLE = "mark_title"
    START_SECTION = "start_section"
    SPEAKER_ASKS = "speaker_asks"
    UNDO_CORRECTION = "undo_correction"
    REDO_CORRECTION = "redo_correction"
    RESTORE_STRUCTURE = "restore_structure"
    WHERE_AM_I = "where_am_i"
    SHOW_OUTLINE = "show_outline"
    SHOW_STATUS = "show_status"
    WIDER_OUTLINE = "wider_outline"
    NARROWER_OUTLINE = "narrower_outline"
    WHOLE_PAGE = "whole_page"
    READ_NOTES = "read_notes"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    PRESENT = "present"
    BIGGER_TEXT = "bigger_text"
    SMALLER_TEXT = "smaller_text"
    RESET_TEXT_SIZE = "reset_text_size"
    LINE_FOCUS = "line_focus"
    FOCUS_MODE = "focus_mode"
    FULL_SCREEN = "full_screen"
    PREFERENCES = "preferences"
    ADD_BOOKMARK = "add_bookmark"
    BOOKMARKS = "bookmarks"
    PLAY_PAUSE = "play_pause"
    STOP = "stop"
    READ_SELECTION = "read_selection"
    PREVIOUS_SENTENCE = "previous_sentence"
    NEXT_SENTENCE = "next_sentence"
    PREVIOUS_PARAGRAPH = "previous_paragraph"
    NEXT_PARAGRAPH = "next_paragraph"
    FASTER = "faster"
    SLOWER = "slower"
    SECTION_ONLY = "section_only"
    SPEECH_SETTINGS = "speech_settings"
    ANNOUNCE_MESSAGES = "announce_messages"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


def same_document(first: Document | None, second: Document | None) -> bool:
    """The same parse of the same file, whatever was learned about it since (its language)."""
    return first is not None and second is not None and first.blocks is second.blocks


class ReaderContext(QObject):
    # The user went to a place on purpose (next question, a section from the outline…): reading
    # aloud, if on, follows.
    jumped = Signal(int)
    document_changed = Signal(object)  # another Document is shown
    # The same document with its outline corrected by the reader (show_structure).
    structure_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._document_id = DocumentId(0)
        self._actions: dict[ActionId, QAction] = {}
        self._caret: Callable[[], int] = lambda: 0
        self._reading_position: Callable[[], int | None] = lambda: None
        self._say: Callable[[str], None] = lambda text: None
        self._voice: Callable[[str], None] = lambda text: None
        self._keeper: Callable[[], AbstractContextManager[None]] = nullcontext
        self._corrected: Callable[[Document], Document] = lambda document: document

    # --- The document -----------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def document_id(self) -> DocumentId:
        return self._document_id

    def show(self, document: Document) -> None:
        """``document`` is now the one shown (the window emits ``document_changed`` once it
        is on the screen)."""
        if not same_document(self._document, document):
            self._document_id = DocumentId(self._document_id + 1)
        self._document = document

    def set_outline_corrections(self, corrected: Callable[[Document], Document]) -> None:
        """How a document about to be shown gets the reader's saved corrections of its outline
        (reader.ui.text.outline_corrections)."""
        self._corrected = corrected

    def with_corrections(self, document: Document) -> Document:
        return self._corrected(document)

    def show_structure(self, document: Document) -> None:
        """The document shown, with its outline corrected: still the same document (its
        identity stays); ``structure_changed`` tells everything that shows the outline."""
        self._document = document
        self.structure_changed.emit(document)

    # --- The actions ------------------------------------------------------------------------

    @property
    def actions(self) -> Mapping[ActionId, QAction]:
        return self._actions

    def set_actions(self, actions: Mapping[ActionId, QAction]) -> None:
        self._actions = dict(actions)

    def action(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    # --- The place --------------------------------------------------------------------------

    def set_caret_source(self, caret: Callable[[], int]) -> None:
        self._caret = caret

    def set_reading_position_source(self, position: Callable[[], int | None]) -> None:
        """Where reading aloud is, None when not reading (the speech controller)."""
        self._reading_position = position

    def reading_position(self) -> int | None:
        return self._reading_position()

    def place(self) -> int:
        """Where the user is: the reading position while reading aloud, else the caret
        (next question, where am I… go from there)."""
        reading = self._reading_position()
        return self._caret() if reading is None else reading

    def set_place_keeper(self, kept: Callable[[], AbstractContextManager[None]]) -> None:
        """What keeps the place on screen through a change of layout (the text's place keeper)."""
        self._keeper = kept

    def keeping_place(self) -> AbstractContextManager[None]:
        """Wrap every change of layout in this (``with context.keeping_place(): ...``): the
        place's line stays where it was on screen, also once a slower relayout is over."""
        return self._keeper()

    # --- Telling the user -------------------------------------------------------------------

    def set_status_line(self, say: Callable[[str], None]) -> None:
        self._say = say

    def say(self, text: str) -> None:
        """A short message: the status line, and heard (through the screen reader or the
        app's own voice)."""
        self._say(text)

    def set_voice(self, announce: Callable[[str], None]) -> None:
        """The app's own voice for messages no screen reader said (the announcer)."""
        self._voice = announce

    def announce(self, text: str) -> None:
        self._voice(text)
