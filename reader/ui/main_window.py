"""The main window: wires the outline, the text view, the message area and the actions.

Kept thin on purpose (a god-window is the failure mode of every Qt reader studied,
docs/architecture.md#layers): rendering lives in ``renderer``, turning a path into a document in
``opening``, caret/link logic in ``TextView``, the tree in ``OutlineView``, where-to-go arithmetic
in ``navigation``, the shortcuts in the ``actions`` table. Everything it needs comes through the
constructor (built in ``reader.app``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QPalette,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, messages
from ..appearance.hyphenation import can_hyphenate
from ..document.model import Document
from . import actions as action_table
from .accessible_names import NamesOnFocus, name_overflow_buttons
from .language_detection import LanguageDetection
from .menu_keys import MenuMnemonicKeys
from .message_banner import MessageBanner
from .navigation import Positions, next_start, previous_start
from .opening import Loader, Opening
from .outline_view import OutlineView
from .recent_files import RecentFiles
from .recent_menu import RecentMenu
from .renderer import PageStyle, Rendered, render
from .screen_reader import arrival_words, tell_screen_reader
from .shortcuts_dialog import ShortcutsDialog
from .text_view import TextView
from .typography import Typesetter

WEB_SCHEMES = frozenset({"http", "https"})
_STATUS_SECONDS = 6
# Hyphenating justified text needs the language, learned after the document shows: a page up
# to this size is laid out again at once (~0.1 s); a larger one is hyphenated when next opened
# (the cache of parsed documents then knows its language).
REHYPHENATE_CHARS = 1_000_000


def is_web_link(target: str) -> bool:
    """Only absolute http(s) addresses may leave the app (no file:, javascript:, "#")."""
    url = QUrl(target, QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


class MainWindow(QMainWindow):
    # The user went to a place on purpose (next question, a section from the outline…): reading
    # aloud, if on, follows (reader.ui.speech_controller).
    jumped = Signal(int)
    document_changed = Signal(object)  # another Document is shown
    panel_font_changed = Signal(QFont)  # set_panel_font: for panels made later (the find bar)

    def __init__(
        self,
        *,
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
        self.opening = Opening(self, load, recent)
        self._settings = settings
        self._font = reading_font
        self._panel_font = QFont(reading_font)
        self._page_style = PageStyle()  # set with the font by set_reading_font
        self._document: Document | None = None
        self._positions: Positions | None = None
        # Where reading aloud is, while it is on (set by the speech controller): next/previous
        # question and section then go from there, and the status line follows it.
        self.reading_origin: Callable[[], int | None] = lambda: None
        # Speaks a short message in the app's own voice (reader.ui.announcer sets it): Orca 43
        # ignores status bars and announcement events (docs/architecture.md#accessibility).
        self.announce: Callable[[str], None] = lambda text: None
        self.shortcut_editor = None  # reader.ui.shortcut_settings.ShortcutEditor, when wired

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
        # Low-vision readers need the outline and the messages as legible as the text.
        self.outline.setFont(reading_font)
        self.banner.setFont(reading_font)
        self.statusBar().setFont(reading_font)
        self.splitter.setChildrenCollapsible(False)  # a collapsed outline would take focus unseen
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 780])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("position_label")
        self.position_label.setAccessibleDescription(messages.status_name())
        self.statusBar().addPermanentWidget(self.position_label, 1)
        self.statusBar().setAccessibleName(messages.status_name())
        # Focus always visible: a thick frame in the theme's highlight colour (WCAG 2.4.7).
        # (A border for the unfocused state too: Qt ignores a scroll area's :focus border
        # otherwise, and the equal width keeps the text from shifting when focus moves.)
        central.setStyleSheet(
            "QTreeView, QTextEdit { border: 2px solid palette(mid); }"
            "QTreeView:focus, QTextEdit:focus { border: 2px solid palette(highlight); }"
        )

        self.named_actions = action_table.create_actions(self, self.text)
        self.recent_menu = RecentMenu(recent, self)
        menus = action_table.build_menus(self.menuBar(), self.named_actions,
                                         {"open": self.recent_menu})
        name_overflow_buttons(self.menuBar())
        self._names_on_focus = NamesOnFocus(self)  # dialogs' combo box lists (accessible_names)
        self._menu_keys = MenuMnemonicKeys(self)
        for watched in (self.menuBar(), *menus.values()):
            watched.installEventFilter(self._menu_keys)
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowTitle(messages.window_title(""))
        self._restore_geometry()

    def _connect(self) -> None:
        a = self.named_actions
        a["open"].triggered.connect(self.choose_file)
        a["quit"].triggered.connect(self.close)
        a["outline"].triggered.connect(self.focus_outline)
        a["text"].triggered.connect(self.focus_text)
        a["next_question"].triggered.connect(lambda: self.go_question(forward=True))
        a["previous_question"].triggered.connect(lambda: self.go_question(forward=False))
        a["next_section"].triggered.connect(lambda: self.go_section(forward=True))
        a["previous_section"].triggered.connect(lambda: self.go_section(forward=False))
        a["document_start"].triggered.connect(lambda: self._go_to(0))
        a["document_end"].triggered.connect(
            lambda: self._go_to(len(self._document.text) if self._document else 0)
        )
        a["open_link"].triggered.connect(lambda: self.open_link(self.text.link_at_caret()))
        a["show_outline"].setChecked(True)
        a["show_outline"].toggled.connect(self.outline.setVisible)
        a["show_status"].setChecked(True)
        a["show_status"].toggled.connect(self.statusBar().setVisible)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)
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
        return self._document

    @property
    def language_detection(self) -> LanguageDetection | None:
        return self._language

    def open_path(self, path: str | Path, *, in_background: bool = True) -> str:
        """Open ``path`` (reader.ui.opening): "" when it opened or is opening in the
        background, else the error message shown (the current document stays)."""
        return self.opening.open(path, in_background=in_background)

    def render_in_worker(self) -> Callable[[Document], Rendered]:
        """Rendering in today's typography for a worker thread: copies, never the window's."""
        font, palette, style = QFont(self._font), QPalette(self.text.palette()), self._page_style
        return lambda document: render(document, font, palette, style=style)

    def set_reading_font(self, font: QFont, style: PageStyle) -> None:
        """The reader's typography for documents opened from now on (reader.ui.typography
        changes the one shown)."""
        hyphenation_changed = style.hyphenated != self._page_style.hyphenated
        self._font, self._page_style = QFont(font), style
        if hyphenation_changed:
            self._render_again()

    def _render_again(self) -> None:
        """The document shown, hyphenated or no longer (justified or not), in the same place."""
        document = self._document
        if document is None or not can_hyphenate(document.language):
            return  # the page would be the same
        rendered = render(document, self._font, self.text.palette(), self.text,
                          self._page_style)
        self.text.replace_rendering(rendered)
        self.typesetter.document_shown(rendered.spaced_blocks)

    def set_panel_font(self, font: QFont) -> None:
        """Low-vision readers need the outline and the messages as legible as the text."""
        # (The status line's label too: under a theme's application style sheet it stops
        # inheriting its parent's font.)
        for panel in (self.outline, self.banner, self.statusBar(), self.position_label):
            if panel.font() != font:
                panel.setFont(font)
        if font != self._panel_font:
            self._panel_font = QFont(font)
            self.panel_font_changed.emit(QFont(font))

    def panel_font(self) -> QFont:
        return QFont(self._panel_font)

    def show_document(self, document: Document, rendered: Rendered | None = None) -> None:
        if rendered is None:
            rendered = render(document, self._font, self.text.palette(), self.text,
                              self._page_style)
        self._document = document
        self._positions = Positions(document)
        self.text.show_document(document, rendered)
        self.typesetter.document_shown(rendered.spaced_blocks)
        self.outline.show_document(document)
        title = document.title or (Path(document.path).name if document.path else "")
        self.setWindowTitle(messages.window_title(title))
        notes = [messages.notice(n) for n in document.notices]
        self.banner.show_messages(notes, error=False)
        self._caret_moved(0)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        if not document.language and self._language is not None:
            self._language.start(document)
        self.document_changed.emit(document)

    def ensure_language(self) -> Document | None:
        """The document, with its language once detection is over (waits for it if needed:
        speech must pick a voice; detection takes at most ~0.5 s, once)."""
        if (self._document is not None and not self._document.language
                and self._language is not None):
            self._language.release()
            self._language.wait()
            # Its result is a queued call to this window: take it now.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)
        return self._document

    def _language_detected(self, document: Document) -> None:
        # Only if that document is still the one shown (the user may have opened another).
        if self._document is not None and document.blocks is self._document.blocks:
            self._document = document
            if self._page_style.hyphenated and len(document.text) <= REHYPHENATE_CHARS:
                self._render_again()  # the language says how its words break

    def choose_file(self) -> None:
        start = str(Path(self._document.path).parent) if self._document and self._document.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, messages.open_dialog_title(), start, messages.open_dialog_filters()
        )
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        self.opening.open_recent(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        files = _local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(files[0])

    # --- Navigation -------------------------------------------------------------------------

    def focus_outline(self) -> None:
        if not self.outline.isVisible():
            self.named_actions["show_outline"].setChecked(True)
        self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _banner_closed(self, had_focus: bool) -> None:
        if had_focus:  # focus would otherwise land on whatever Qt picks next
            self.focus_text()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def read_section(self, index: int) -> None:
        """From the outline: caret to the section's start, focus to the text."""
        if self._document is None or not 0 <= index < len(self._document.sections):
            return
        self._go_to(self._document.sections[index].start)
        self.jumped.emit(self._document.sections[index].start)

    def go_question(self, *, forward: bool) -> None:
        positions = self._positions
        if positions is None or not positions.question_starts:
            self._say(messages.no_questions())
            return
        pick = next_start if forward else previous_start
        target = pick(positions.question_starts, self._origin())
        if target is None:
            self._say(messages.no_next_question() if forward else messages.no_previous_question())
            self.focus_text()
            return
        self._go_to(target)
        self._tell_arrival(target)
        self.jumped.emit(target)

    def go_section(self, *, forward: bool) -> None:
        positions = self._positions
        pick = next_start if forward else previous_start
        target = pick(positions.section_starts, self._origin()) if positions else None
        if target is None:
            self._say(messages.no_next_section() if forward else messages.no_previous_section())
            self.focus_text()
            return
        self._go_to(target)
        self._tell_arrival(target)
        self.jumped.emit(target)

    def jump_to(self, offset: int) -> None:
        """Go to ``offset`` as N does: focus and caret there, reading aloud follows."""
        self._go_to(offset)
        self._tell_arrival(offset)
        self.jumped.emit(offset)

    def _tell_arrival(self, offset: int) -> None:
        # Orca says nothing about a caret move it did not make (reader.ui.screen_reader). While
        # reading aloud the app's own voice announces the question: Orca would talk over it.
        if self.reading_origin() is None and self._document is not None:
            tell_screen_reader(self.text, arrival_words(self._document, offset))

    def _origin(self) -> int:
        reading = self.reading_origin()
        return self.text.caret_offset() if reading is None else reading

    def _go_to(self, offset: int) -> None:
        # Focus first, then the caret: Orca takes a caret move in an unfocused text as the focus
        # change itself and then says nothing at all (seen with Enter in the outline).
        self.focus_text()
        self.text.go_to(offset)

    def _caret_moved(self, offset: int) -> None:
        if self.reading_origin() is not None:
            return  # while reading aloud, the outline and status line follow the reading
        self.show_place(offset)

    def show_place(self, offset: int, reading: Callable[[str], str] | None = None) -> None:
        """Outline and status line at ``offset``; ``reading`` words the status (e.g. "Reading:
        …") while reading aloud."""
        if self._positions is None:
            self.position_label.setText("")
            return
        self.outline.follow(self._document.section_index_at(offset))
        where = self._positions.where(offset)
        if reading is not None:
            where = reading(where)
        self.position_label.setText(where)
        self.position_label.setAccessibleName(where)  # a fixed name would hide the text

    def say(self, text: str) -> None:
        """A short message in the status bar."""
        self._say(text)

    def _say(self, text: str) -> None:
        # Orca ignores status bars (docs/architecture.md#accessibility): it hears the message
        # through the text view (reader.ui.screen_reader), and the app's own voice says it when no
        # screen reader did (never both: a blind user would hear everything twice).
        self.statusBar().showMessage(text, _STATUS_SECONDS * 1000)
        if not tell_screen_reader(self.text, text):
            self.announce(text)

    # --- Links and help ---------------------------------------------------------------------

    def open_link(self, target: str | None) -> None:
        if target is None:
            self._say(messages.no_link_at_caret())
            return
        if not is_web_link(target):
            self.banner.show_messages([messages.link_refused(target)], error=True)
            return
        if QDesktopServices.openUrl(QUrl(target)):
            self._say(messages.link_opening(target))
        else:
            self.banner.show_messages([messages.link_failed(target)], error=True)

    def show_shortcuts(self) -> ShortcutsDialog:
        # With the user's keys, editable, when reader.ui.keyboard_wiring gave an editor.
        dialog = ShortcutsDialog(action_table.shortcut_rows(), self, editor=self.shortcut_editor,
                                 say=self.say)
        dialog.setFont(self.text.font())  # as legible as the text (low vision)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, messages.about_title(),
                          messages.about_text(__version__), QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- Geometry ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._language is not None:
            self._language.wait()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)


def _local_files(mime) -> list[str]:  # noqa: ANN001 (QMimeData)
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
