"""Find in the document: Ctrl+F opens the find bar, typing searches as you type, Enter/F3 and
Shift+Enter/Shift+F3 step through the matches (F3 works with the bar closed too), Esc closes
the bar and puts focus back in the text at the match.

Matching ignores case and accents (``reader.document.search``): "ecole" finds "École", as French
readers expect. Every match is highlighted silently in the text's "find" layer (extra selections,
docs/architecture.md#text-view-and-start-up: the selection is never used, so Orca does not say
"selected" at each keystroke); the current one stands out. Only the matches on and around the
screen are highlighted, again as the text scrolls: a letter typed in a 10 MB document matches a
million times, and Qt paints every extra selection it is given. The caret goes to the current
match, so that closing the bar leaves the reader there, and "where am I" and reading aloud start
from it. The count ("3 of 12") is shown beside the field and said through ``window.say`` (status
line, and the app's own voice: Orca ignores both the label change and the status bar); while
the field has the focus, a screen reader says it from the field's description, and the app's
voice is quiet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from reader import messages
from reader.document.model import Document
from reader.document.search import FoldedText, MatchSpans
from reader.ui.context import ActionId, ReaderContext, same_document
from reader.ui.navigation import neighbour_index
from reader.ui.places.background_search import LARGE_CHARS, BackgroundSearch
from reader.ui.shell.screen_reader import screen_reader_listening

if TYPE_CHECKING:
    from reader.ui.places.find_bar import FindBar
    from reader.ui.shell.main_window import MainWindow

_ALL_TINT = 0.35  # how much of the highlight colour tints every match's background
_SNIPPET = 80  # characters of the found line said with the count
# Matches highlighted at once, around the current one: a common letter in 10 MB has a million,
# and as many extra selections held the window for seconds; the reader sees a screenful.
HIGHLIGHT_LIMIT = 1000


class FindController(QObject):
    def __init__(self, window: MainWindow, context: ReaderContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._text = window.text
        self._bar: FindBar | None = None  # made on first use: nothing to build at start-up
        self._folded: FoldedText | None = None
        self._folded_for: Document | None = None  # the document the fold was made from
        self._matches = MatchSpans()
        self._current = -1
        self._origin = 0  # the caret when the bar opened: typing searches from there
        self._highlighting = False  # the matches are shown: scrolling shows those it reaches
        self._rehighlight = QTimer(self, singleShot=True, interval=0)
        self._rehighlight.timeout.connect(self._highlight)
        self._text.verticalScrollBar().valueChanged.connect(self._scrolled)
        # Large documents are searched in a worker (reader.ui.places.background_search); what
        # to do with its answer: "" (show it, as typing does) or "next"/"previous" (F3).
        self._background = BackgroundSearch(self)
        self._background.found.connect(self._found)
        self._waiting: tuple[str, str, bool] | None = None  # (query, then, announce)
        self._matches_for: tuple[str, str] | None = None  # (text, query) of ``_matches``
        actions = context.actions
        actions[ActionId.FIND].triggered.connect(self.open)
        actions[ActionId.FIND_NEXT].triggered.connect(lambda: self.step(forward=True))
        actions[ActionId.FIND_PREVIOUS].triggered.connect(lambda: self.step(forward=False))
        context.document_changed.connect(self._document_changed)

    # --- What tests and the window read -----------------------------------------------------

    @property
    def bar(self) -> FindBar:
        if self._bar is None:
            self._bar = self._make_bar()
        return self._bar

    def bar_if_made(self) -> FindBar | None:
        return self._bar

    def _make_bar(self) -> FindBar:
        from reader.ui.places.find_bar import FindBar

        window = self._window
        bar = FindBar(window.centralWidget())
        window.central_column.addWidget(bar)  # under the text
        # As legible as the outline and the messages (low vision), and following the text size
        # as they do (capped: the bar must leave room for the text).
        bar.set_text_font(window.fonts.panel_font())
        window.fonts.panel_font_changed.connect(bar.set_text_font)
        bar.field.textEdited.connect(self._typed)
        bar.field.next_requested.connect(lambda: self.step(forward=True))
        bar.field.previous_requested.connect(lambda: self.step(forward=False))
        bar.next_button.clicked.connect(lambda: self.step(forward=True))
        bar.previous_button.clicked.connect(lambda: self.step(forward=False))
        bar.close_button.clicked.connect(self.close)
        return bar

    @property
    def matches(self) -> list[tuple[int, int]]:
        return self._matches.pairs()

    @property
    def current(self) -> int:
        return self._current

    def searching(self) -> bool:
        """Whether a large document's search is still under way."""
        return self._waiting is not None

    # --- Commands ---------------------------------------------------------------------------

    def open(self) -> None:
        text = self._text
        cursor = text.textCursor()
        self._origin = text.caret_offset()
        selected = cursor.selectedText()
        if selected and "\u2029" not in selected:  # a word chosen in the text: find that
            self.bar.field.setText(selected)
            self._origin = text.positions.to_model(cursor.selectionStart())
        document = self._context.document
        if document is not None and len(document.text) >= LARGE_CHARS:
            self._background.prepare(document.text)  # folded while the reader starts typing
        self.bar.show()
        # Not ShortcutFocusReason: with it QLineEdit selects its text inside its focus-in, so
        # its caret event reaches Orca before the focus event; Orca then takes the caret move
        # as the focus change and said nothing at all the first time (measured, Orca 43).
        self.bar.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.bar.field.selectAll()
        if self.bar.field.text():
            self._search(announce=True)

    def close(self) -> None:
        had_bar = self._bar is not None and self._bar.isVisible()
        if self._bar is not None:
            self._bar.hide()
        self._highlighting = False
        self._stop_waiting()
        self._text.highlights.set_layer("find", [])
        if had_bar:
            self._window.focus_text()  # the caret is at the match: Orca reads its line

    def step(self, *, forward: bool) -> None:
        query = self.bar.field.text()
        if not query:
            self._context.say(messages.find_nothing_to_repeat())
            self.open()
            return
        if not self._refresh_matches(then="next" if forward else "previous"):
            return  # the worker's answer comes back to ``_found``
        self._step_in_matches(query, forward=forward)

    def _step_in_matches(self, query: str, *, forward: bool) -> None:
        if not self._matches:
            self._show_none(query)
            return
        index = neighbour_index(self._matches.starts, self._text.caret_offset(), forward=forward,
                                wrap=True)
        self._go(index if index is not None else 0, announce=True)

    # --- The search -------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._search(announce=True)

    def _search(self, *, announce: bool, then: str = "") -> None:
        if not self._refresh_matches(then=then, announce=announce):
            return  # the worker's answer comes back to ``_found``
        self._show_matches(announce=announce, keep_place=then == _KEEP_PLACE)

    def _show_matches(self, *, announce: bool, keep_place: bool = False) -> None:
        query = self.bar.field.text()
        if not self._matches:
            self._current = -1
            self._highlighting = False
            self._text.highlights.set_layer("find", [])
            if query:
                self._show_none(query)
            else:
                self.bar.show_count("")
            return
        index = self._matches.index_after(self._origin)
        if keep_place and self._window.typesetter.layout.waiting_for() is not None:
            # A document re-opened at its kept place, the caret on its way there: the matches
            # are counted and marked, and F3 goes on from the place (it was lost to the first
            # match before).
            self._current = index
            self.bar.show_count(messages.find_count(index + 1, len(self._matches)))
            self._highlight()
            return
        self._go(index, announce=announce, with_line=False)

    def _refresh_matches(self, *, then: str, announce: bool = True) -> bool:
        """The matches of the query in the document, now (False: a worker is finding them)."""
        document: Document | None = self._context.document
        query = self.bar.field.text()
        if document is None or not query:
            self._matches = MatchSpans()
            self._stop_waiting()
            return True
        if self._matches_for == (document.text, query):
            return True  # F3 after typing: the same answer
        if len(document.text) >= LARGE_CHARS:
            if self._waiting is None:  # typing on: "Searching…" is already shown
                self.bar.show_count(messages.find_searching())
            self._waiting = (query, then, announce)
            self._background.search(document.text, query)
            return False
        if self._folded is None or not same_document(self._folded_for, document):
            self._folded = FoldedText.of(document.text)
            self._folded_for = document
        self._matches = self._folded.match_spans(query) or MatchSpans()
        return True

    def _stop_waiting(self) -> None:
        self._waiting = None
        self._background.cancel()

    def _found(self, text: str, query: str, matches: MatchSpans) -> None:
        document = self._context.document
        waiting = self._waiting
        # The same text, or the same document whose language was learned meanwhile (a new
        # Document, its text made anew: with a jump that waits no more, find can come first).
        same_text = document is not None and (document.text is text or document.text == text)
        if (waiting is None or not same_text
                or query != waiting[0] or query != self.bar.field.text()):
            return  # an answer to a question nobody asks any more
        self._waiting = None
        self._matches, self._matches_for = matches, (text, query)
        _query, then, announce = waiting
        if then in ("next", "previous"):
            self._step_in_matches(query, forward=then == "next")
        else:
            self._show_matches(announce=announce, keep_place=then == _KEEP_PLACE)

    def _go(self, index: int, *, announce: bool, with_line: bool = True) -> None:
        self._current = index
        start, end = self._matches[index]
        # A match far into a long document not laid out yet: the caret goes there once it is,
        # as every other jump (reader.ui.text.layout_pacer); going at once froze the window.
        self._window.typesetter.layout.when_shown(start, lambda: self._arrive(start))
        count = messages.find_count(index + 1, len(self._matches))
        line = self._line_around(start, end) if announce and with_line else ""
        # the line isolated as shown: a Hebrew sentence's "." stays on its left
        shown = (messages.find_result(index + 1, len(self._matches), messages.isolated(line))
                 if line else count)
        # The field's description is what a screen reader says (the count, and the line on
        # Enter); the app's own voice over it would say everything twice, in two voices.
        self.bar.show_count(count, spoken=messages.without_isolates(shown))
        if announce:
            self._say_once(shown)

    def _say_once(self, spoken: str) -> None:
        """Said by a screen reader from the field's description (``show_count``), or else by
        the window (its own voice, or the screen reader through the text); shown as given,
        heard without its isolates (``status_line``, ``say``)."""
        if self.bar.field.hasFocus() and screen_reader_listening():
            self._window.status_line.showMessage(spoken)
        else:
            self._context.say(spoken)

    def _arrive(self, start: int) -> None:
        self._text.go_to(start)
        self._highlight()

    def _show_none(self, query: str) -> None:
        spoken = messages.find_not_found(query)
        self.bar.show_count(messages.find_none(), spoken=spoken)
        self._say_once(spoken)

    def _highlight(self) -> None:
        palette = self._text.palette()
        base = palette.color(QPalette.ColorRole.Base)
        mark = palette.color(QPalette.ColorRole.Highlight)
        every = QTextCharFormat()
        every.setBackground(_mixed(base, mark, _ALL_TINT))
        every.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        current = QTextCharFormat()
        current.setBackground(mark)
        current.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        view = self._text
        nearby = self._matches_near_screen()
        if len(nearby) > HIGHLIGHT_LIMIT:  # one letter on a screen of small type: thousands
            here = self._current if nearby.start <= self._current < nearby.stop else nearby.start
            first = max(nearby.start, here - HIGHLIGHT_LIMIT // 2)
            nearby = range(first, min(nearby.stop, first + HIGHLIGHT_LIMIT))
        selections = [view.highlights.selection(self._matches[i], every) for i in nearby]
        if 0 <= self._current < len(self._matches):
            selections.append(view.highlights.selection(self._matches[self._current], current))
        view.highlights.set_layer("find", selections)
        self._highlighting = True

    def _matches_near_screen(self) -> range:
        """The matches (their indices) from a screen above the visible text to a screen below
        it."""
        view = self._text
        # Not cursorForPosition: above or below the text, or in a margin, Qt looks at every
        # block to the end of the document (15 ms and more in 10 MB).
        pacer = self._window.typesetter.layout
        top, height = view.verticalScrollBar().value(), view.viewport().height()
        first = pacer.block_at(top - height)
        last = pacer.block_at(top + 2 * height)
        return self._matches.indices_between(
            view.positions.to_model(first.position()),
            view.positions.to_model(last.position() + last.length()))

    def _scrolled(self) -> None:
        if self._highlighting and self._matches:
            self._rehighlight.start()  # once, after the scrolling of this turn

    def _line_around(self, start: int, end: int) -> str:
        """The paragraph's words around the match, for the ear."""
        document = self._context.document
        if document is None:
            return ""
        block = document.blocks[document.block_index_at(start)]
        text = document.text[block.start:block.end]
        if len(text) <= _SNIPPET:
            return text
        left = max(block.start, start - _SNIPPET // 3)
        piece = document.text[left:min(block.end, left + _SNIPPET)]
        return piece.split(" ", 1)[-1] if left > block.start else piece

    def _document_changed(self, document: Document) -> None:
        self._matches, self._current, self._matches_for = MatchSpans(), -1, None
        if not same_document(self._folded_for, document):
            self._folded = self._folded_for = None
        self._stop_waiting()
        self._background.keep_only(document.text)
        if self._bar is not None and self._bar.isVisible() and self._bar.field.text():
            self._origin = self._text.caret_offset()  # the start, or where the reader left it
            self._search(announce=False, then=_KEEP_PLACE)


_KEEP_PLACE = "keep place"  # a search the next document started: its kept place comes first


def _mixed(base: QColor, mark: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` of the way towards ``mark``, channel by channel."""

    def mix(start: float, end: float) -> float:
        return start + (end - start) * amount

    return QColor.fromRgbF(mix(base.redF(), mark.redF()), mix(base.greenF(), mark.greenF()),
                           mix(base.blueF(), mark.blueF()), mix(base.alphaF(), mark.alphaF()))
