"""The window's fonts: the reading font and page style the documents are rendered in from now
on, and the panels' font (the message area, the status line, and panels made later).

The appearance controller sets them (reader.ui.appearance); ``reader.ui.text.typography``
changes the page shown. Only what that cannot change in place is rendered again here, in the
same place (a long page in the background: reader.ui.text.rerendering): hyphenation turned on
or off (justified text), or a very large size that cuts the document in other parts
(reader.ui.text.renderer.whole_up_to). Hyphenating needs the language, learned after the
document shows (``language_learned``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QWidget

from reader.appearance.hyphenation import can_hyphenate
from reader.document.model import Document
from reader.ui.text.renderer import PageStyle, Rendered, render, same_parts
from reader.ui.text.rerendering import Rerendering
from reader.ui.text.text_view import TextView

# A page up to this size is laid out again at once when its language is learned (~0.1 s); a
# larger one is hyphenated when next opened (the cache of parsed documents then knows its
# language).
REHYPHENATE_CHARS = 1_000_000


class WindowFonts(QObject):
    panel_font_changed = Signal(QFont)  # set_panel_font: for panels made later (the find bar)

    def __init__(self, text: TextView, rerendering: Rerendering, panels: Sequence[QWidget],
                 reading_font: QFont, shown: Callable[[], Document | None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._text, self._rerendering, self._panels, self._shown = text, rerendering, panels, shown
        self._font = reading_font
        self._panel_font = QFont(reading_font)
        self._page_style = PageStyle()  # set with the font by set_reading_font

    def render(self, document: Document) -> Rendered:
        """``document`` rendered for the text view, in today's typography."""
        return render(document, self._font, self._text.palette(), self._text, self._page_style)

    def render_in_worker(self) -> Callable[[Document], Rendered]:
        """Rendering in today's typography for a worker thread: copies, never the window's."""
        font, palette = QFont(self._font), QPalette(self._text.palette())
        style = self._page_style
        return lambda document: render(document, font, palette, style=style)

    def set_reading_font(self, font: QFont, style: PageStyle) -> None:
        """The reader's typography for documents opened from now on (reader.ui.text.typography
        changes the one shown)."""
        hyphenation_changed = style.hyphenated != self._page_style.hyphenated
        parts_changed = not same_parts(self._shown(), self._font, font)  # very large type
        self._font, self._page_style = QFont(font), style
        if hyphenation_changed or parts_changed:
            self._render_again(parts_changed, parts_only=not hyphenation_changed)

    def language_learned(self, document: Document) -> None:
        """The language of the document shown says how its words break."""
        if self._page_style.hyphenated and len(document.text) <= REHYPHENATE_CHARS:
            self._render_again()

    def _render_again(self, parts_changed: bool = False, *, parts_only: bool = False) -> None:
        """The document shown, hyphenated or no longer (justified or not), or cut in other
        parts for its new size, in the same place."""
        document = self._shown()
        if document is not None and (parts_changed or can_hyphenate(document.language)):
            self._rerendering.request(document, self._font, self._page_style,
                                      parts_only=parts_only)

    def set_panel_font(self, font: QFont) -> None:
        """Low-vision readers need the outline and the messages as legible as the text."""
        # (The status line gives it to its labels: under a theme's application style sheet
        # they stop inheriting their parent's font.)
        for panel in self._panels:
            if panel.font() != font:
                panel.setFont(font)
        if font != self._panel_font:
            self._panel_font = QFont(font)
            self.panel_font_changed.emit(QFont(font))

    def panel_font(self) -> QFont:
        return QFont(self._panel_font)
