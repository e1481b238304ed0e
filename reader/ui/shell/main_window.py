"""The main window: wires the outline, the text view, the message area and the actions.

Kept thin on purpose (a god-window is the failure mode of every Qt reader studied,
docs/architecture.md#layers): rendering lives in ``renderer``, turning a path into a document in
``opening``, caret/link logic in ``TextView``, the tree in ``OutlineView``, where-to-go
arithmetic in ``navigation``, the shortcuts in the ``actions`` table, the fonts of pages and
panels in ``WindowFonts`` (``window.fonts``). Controllers share what they need through the
``ReaderContext`` (reader.ui.context), never through the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import messages
from reader.document.labels import display_title
from reader.document.model import Document
from reader.ui import actions as action_table
from reader.ui.appearance.theme_palette import panes_style
from reader.ui.context import ActionId, ReaderContext, same_document
from reader.ui.keyboard.menu_keys import MenuMnemonicKeys
from reader.ui.keyboard.shortcut_settings import ShortcutEditor
from reader.ui.navigation import Kind, Positions, none_there
from reader.ui.opening.opening import Loader, Opening
from reader.ui.opening.recent_files import RecentFiles
from reader.ui.opening.recent_menu import RecentMenu
from reader.ui.shell.accessible_names import NamesOnFocus, name_overflow_buttons
from reader.ui.shell.geometry import restore_geometry, save_geometry
from reader.ui.shell.message_banner import MessageBanner
from reader.ui.shell.screen_reader import NoticeOnFocus, arrival_words, tell_screen_reader
from reader.ui.shell.status_line import StatusLine
from reader.ui.shell.window_fonts import WindowFonts
from reader.ui.text.language_detection import LanguageDetection
from reader.ui.text.outline_view import OutlineView
from reader.ui.text.renderer import Rendered
from reader.ui.text.rerendering import Rerendering
from reader.ui.text.text_view import TextView
from reader.ui.text.typography import Typesetter

if TYPE_CHECKING:  # dialogs load when first used (docs/performance.md, "Start-up")
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog

class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        context: ReaderContext,
        load: Loader,
        recent: RecentFiles,
        settings: QSettings,
        reading_font: QFont,
        language: LanguageDetection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._language = language
        self.context = context
        self.opening = Opening(self, load, recent)
        self._settings = settings
        self._positions: Positions | None = None
        # Created in reading order (message, outline, text): Tab and the accessibility tree
        # follow the order in which widgets get their parent.
        self.banner = MessageBanner(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.outline = OutlineView(self.splitter)
        self.text = TextView(self.splitter)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.text)
        # QSplitter lists its children text first; the accessibility tree takes that order.
        # Lowering (a stacking change, invisible here: nothing overlaps) puts the outline first.
        self.outline.lower()
        self.text.setFont(reading_font)
        self.typesetter = Typesetter(self.text)
        self.rerendering = Rerendering(self.text, self.typesetter)  # the page shown, anew
        self._arrival = NoticeOnFocus(self.text)  # where a jump arrived, once the text has focus
        # Low-vision readers need the outline and the messages as legible as the text.
        self.outline.setFont(reading_font)
        self.banner.setFont(reading_font)
        self.status_line = StatusLine(self)  # the place, and messages that stay to be read
        self.setStatusBar(self.status_line)
        self.position_label = self.status_line.place_label
        self.status_line.setFont(reading_font)
        self.fonts = WindowFonts(self.text, self.rerendering, (self.banner, self.status_line),
                                 reading_font, lambda: self.document, self)
        self.splitter.setChildrenCollapsible(False)  # a collapsed outline would take focus unseen
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 780])
        central = QWidget(self)
        layout = self.central_column = QVBoxLayout(central)  # bars go under the text too
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # Focus always visible: a thick frame in the theme's highlight colour (WCAG 2.4.7, 2.4.13).
        # (A border for the unfocused state too: Qt ignores a scroll area's :focus border
        # otherwise; its padding keeps the text from shifting when focus moves.)
        central.setStyleSheet(panes_style())

        self.named_actions = action_table.create_actions(self, self.text)
        context.set_actions(self.named_actions)
        self.shortcut_editor = ShortcutEditor(settings, self.named_actions, self, self.text)
        context.set_caret_source(self.text.caret_offset)
        context.set_status_line(self.say)
        self.recent_menu = RecentMenu(recent, self)
        menus = action_table.build_menus(self.menuBar(), self.named_actions,
                                         {ActionId.OPEN: self.recent_menu})
        name_overflow_buttons(self.menuBar())
        self._names_on_focus = NamesOnFocus(self)  # dialogs' combo box lists (accessible_names)
        self._menu_keys = MenuMnemonicKeys(self)
        for watched in (self.menuBar(), *menus.values()):
            watched.installEventFilter(self._menu_keys)
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowTitle(messages.window_title(""))
        restore_geometry(self, self.splitter, settings)

    def _connect(self) -> None:
        a = self.named_actions
        a[ActionId.OPEN].triggered.connect(self.choose_file)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.OUTLINE].triggered.connect(self.focus_outline)
        a[ActionId.TEXT].triggered.connect(self.focus_text)
        a[ActionId.NEXT_QUESTION].triggered.connect(lambda: self.go_question(forward=True))
        a[ActionId.PREVIOUS_QUESTION].triggered.connect(lambda: self.go_question(forward=False))
        a[ActionId.NEXT_SECTION].triggered.connect(lambda: self.go(Kind.SECTION, forward=True))
        a[ActionId.PREVIOUS_SECTION].triggered.connect(lambda: self.go(Kind.SECTION, forward=False))
        a[ActionId.DOCUMENT_START].triggered.connect(lambda: self._go_to(0))
        a[ActionId.DOCUMENT_END].triggered.connect(self._go_to_end)
        a[ActionId.OPEN_LINK].triggered.connect(lambda: self.open_link(self.text.link_at_caret()))
        a[ActionId.SHOW_OUTLINE].setChecked(True)
        a[ActionId.SHOW_OUTLINE].toggled.connect(self.outline.setVisible)
        a[ActionId.SHOW_STATUS].setChecked(True)
        a[ActionId.SHOW_STATUS].toggled.connect(self.statusBar().setVisible)
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        self.recent_menu.file_chosen.connect(self.open_recent)
        self.outline.section_activated.connect(self.read_section)
        self.text.caret_moved.connect(self._caret_moved)
        self.text.link_requested.connect(self.open_link)
        self.banner.closed.connect(self._banner_closed)
        if self._language is not None:
            self._language.setParent(self)
            self._language.detected.connect(self._language_detected)

    # --- Opening ----------------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.context.document

    @property
    def language_detection(self) -> LanguageDetection | None:
        return self._language

    def open_path(self, path: str | Path, *, in_background: bool = True) -> str:
        """Open ``path`` (reader.ui.opening.opening): "" when it opened or is opening in the
        background, else the error message shown (the current document stays)."""
        return self.opening.open(path, in_background=in_background)

    def show_document(self, opened: Document, rendered: Rendered | None = None) -> None:
        document = self.context.with_corrections(opened)  # the reader's own outline, saved
        if rendered is None or document is not opened:
            rendered = self.fonts.render(document)
        self.context.show(document)
        self._positions = Positions(document)
        self.text.show_document(document, rendered)
        self.show_layout_and_outline(document, rendered)
        notes = [messages.notice(n) for n in document.notices]
        self.banner.show_messages(notes, error=False)
        self._caret_moved(0)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.context.document_changed.emit(document)

    def show_layout_and_outline(self, document: Document, rendered: Rendered) -> None:
        """What showing a document sets besides its text, the same for a corrected outline
        (reader.ui.text.outline_corrections): spacing and tables, the outline, the title, and
        the language learned. A language from the file's metadata may be its template's: the
        text checks it too."""
        self.typesetter.document_shown(rendered.spaced_blocks, rendered.tables)
        self.outline.show_document(document, rendered.outline)
        self.setWindowTitle(messages.window_title(
            display_title(document), messages.shown_format(document.format, document.path)))
        if self._language is not None and (not document.language or document.format not in (
                "text", "markdown")):
            self._language.start(document)

    def follow_structure(self, document: Document) -> None:
        self._positions = Positions(document)  # N, after a correction (see outline_corrections)

    def ensure_language(self) -> Document | None:
        """The document, with its language once detection is over (waits for it if needed:
        speech must pick a voice; detection takes at most ~0.5 s, once)."""
        if (self.document is not None and not self.document.language
                and self._language is not None):
            self._language.release()
            self._language.wait()
            # Its result is a queued call to this window: take it now.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)
        return self.document

    def _language_detected(self, document: Document) -> None:
        # Only if that document is still the one shown (the user may have opened another).
        if same_document(self.document, document):
            self.context.show(document)
            self.typesetter.language_learned(document.language)  # long words: their syllables
            self.outline.language_learned(document.language)
            self.fonts.language_learned(document)  # how its words break, if hyphenated

    def choose_file(self) -> None:
        document = self.document
        start = str(Path(document.path).parent) if document and document.path else ""
        path = self.opening.chooser.choose(start)
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        self.opening.open_recent(path)

    # Drops, links and help (reader.ui.shell.links, .help) are imported when first used: no
    # start needs them before its first paint (docs/performance.md, "Start-up (session 20)").

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from reader.ui.shell.links import accept_drag

        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from reader.ui.shell.links import dropped_file

        path = dropped_file(event)
        if path:
            self.open_path(path)

    # --- Navigation -------------------------------------------------------------------------

    def focus_outline(self) -> None:
        if not self.outline.isVisible():
            self.named_actions[ActionId.SHOW_OUTLINE].setChecked(True)
        self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _banner_closed(self, had_focus: bool) -> None:
        if had_focus:  # focus would otherwise land on whatever Qt picks next
            self.focus_text()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def read_section(self, index: int) -> None:
        """From the outline: caret to the section's start, focus to the text."""
        if self.document is None or not 0 <= index < len(self.document.sections):
            return
        self.jump_to(self.document.sections[index].start)

    def go_question(self, *, forward: bool) -> None:
        self.go(Kind.QUESTION, forward=forward)

    def go(self, kind: Kind, *, forward: bool) -> None:
        """To the next (previous) item of ``kind`` from where the user is, or say there is
        none."""
        positions = self._positions
        if kind is Kind.QUESTION and (positions is None or not positions.question_starts):
            self.say(self.opening.unless_opening(messages.no_questions()))
            return
        target = None
        if positions is not None:
            target = positions.neighbour(kind, self.context.place(), forward=forward)
        if target is None:
            self.say(none_there(kind, forward=forward))
            self.focus_text()
            return
        self.jump_to(target)

    def jump_to(self, offset: int) -> None:
        """Where every deliberate move arrives (N, sections, the outline, Ctrl+G, bookmarks):
        focus and caret at ``offset``, the screen reader told where, in the same words whatever
        the way, reading aloud follows. A target not yet laid out is reached once it is."""
        self.typesetter.layout.when_shown(offset, lambda: self._arrive(offset))

    def _go_to_end(self) -> None:
        end = len(self.document.text) if self.document else 0  # waits, as Ctrl+End in the text
        self.typesetter.layout.when_shown(end, lambda: self._go_to(end), to_end=True)

    def _arrive(self, offset: int) -> None:
        self._go_to(offset)
        # Orca says nothing about a caret move it did not make (reader.ui.shell.screen_reader).
        # While reading aloud the app's own voice announces the question: Orca would talk over it.
        if self.context.reading_position() is None and self.document is not None:
            self._arrival.tell(arrival_words(self.document, offset))
        self.context.jumped.emit(offset)

    def _go_to(self, offset: int) -> None:
        # Focus first, then the caret: Orca takes a caret move in an unfocused text as the focus
        # change itself and then says nothing at all (seen with Enter in the outline).
        self.focus_text()
        self.text.go_to(offset)

    def _caret_moved(self, offset: int) -> None:
        if self.context.reading_position() is not None:
            return  # while reading aloud, the outline and status line follow the reading
        self.show_place(offset)

    def show_place(self, offset: int, reading: Callable[[str], str] | None = None) -> None:
        """Outline and status line at ``offset``; ``reading`` words the status (e.g. "Reading:
        …") while reading aloud."""
        positions = self._positions
        if positions is None:
            self.position_label.setText("")
            return
        self.outline.follow(positions.document.section_index_at(offset))
        where = positions.where(offset)
        if reading is not None:
            where = reading(where)
        self.position_label.setText(where)
        self.position_label.setAccessibleName(where)  # a fixed name would hide the text

    def say(self, text: str) -> None:
        """A short message in the status bar."""
        # Orca ignores status bars (docs/architecture.md#accessibility): it hears the message
        # through the text view (reader.ui.shell.screen_reader), and the app's own voice says it
        # when no screen reader did (never both: a blind user would hear everything twice).
        self.status_line.showMessage(text)  # for as long as a slow reader needs
        heard = messages.without_isolates(text)  # isolates are for the eye (messages.isolated)
        if not tell_screen_reader(self.text, heard):
            self.context.announce(heard)

    # --- Links and help ---------------------------------------------------------------------

    def open_link(self, target: str | None) -> None:
        from reader.ui.shell.links import open_link  # when first used (see dragEnterEvent)

        open_link(target, say=self.say,
                  show_error=lambda text: self.banner.show_messages([text], error=True))

    def show_shortcuts(self) -> ShortcutsDialog:
        from reader.ui.shell.help import show_shortcuts  # when first used (see dragEnterEvent)

        return show_shortcuts(self, self.shortcut_editor, self.say, self.text.font())

    def show_about(self) -> QMessageBox:
        from reader.ui.shell.help import show_about

        return show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._language is not None:
            self._language.wait()
        save_geometry(self, self.splitter, self._settings)
        super().closeEvent(event)

