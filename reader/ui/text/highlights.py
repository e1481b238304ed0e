"""What the text view highlights: the sentence and the word read aloud, find's matches, the
line focus's band, each in a named *layer* of extra selections.

While reading aloud, the sentence and the word heard are shown with ``setExtraSelections``: a
screen reader says nothing about those, whereas moving the caret or the selection would make
Orca say "selected" for every word (docs/architecture.md#text-view-and-start-up). The caret stays
where the user left it.

Several features highlight at once: each owns a layer, and ``_apply`` alone calls
``setExtraSelections``, stacking the layers in ``HIGHLIGHT_LAYERS`` order (later on top), so none
clobbers another. Ranges are model offsets (``Document.text``); a page laid out anew or another
part shown keeps them on their text (``in_model``, then ``put_back``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from reader.ui.text.text_view import TextView

HIGHLIGHT_STYLES = ("background", "underline", "off")
# Bottom to top. A layer not listed goes on top of these, in the order it was first set.
HIGHLIGHT_LAYERS = ("line_focus", "find", "reading")

Range = tuple[int, int]
KeptLayers = dict[str, list[tuple[int, int, QTextCharFormat]]]


class Highlights:
    def __init__(self, view: TextView) -> None:
        self._view = view
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._style = "background"
        self._sentence: Range | None = None
        self._word: Range | None = None

    # --- Layers -----------------------------------------------------------------------------

    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[name] = list(selections)
        self._apply()

    def selection(self, model_range: Range,
                  char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """An extra selection over a model range, for ``set_layer``."""
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.cursor_over(*model_range)
        selection.format = char_format
        return selection

    def ranges(self, name: str) -> list[Range]:
        """The model ranges of layer ``name`` (for tests and for what is said)."""
        positions = self._view.positions
        return [(positions.to_model(s.cursor.selectionStart()),
                 positions.to_model(s.cursor.selectionEnd()))
                for s in self._layers.get(name, [])]

    def cursor_over(self, start: int, end: int) -> QTextCursor:
        """A cursor over the model range ``start:end`` of the page shown."""
        text, positions = self._view.document(), self._view.positions
        cursor = QTextCursor(text)
        last = text.characterCount() - 1
        cursor.setPosition(max(0, min(positions.to_qt(start), last)))
        cursor.setPosition(max(0, min(positions.to_qt(end), last)),
                           QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def forget(self) -> None:
        """Another document: ranges of the previous one mean nothing in it."""
        self._layers.clear()
        self.clear_reading()

    def in_model(self) -> KeptLayers:
        """Every layer's ranges and formats, before the page is laid out anew."""
        positions = self._view.positions
        return {name: [(positions.to_model(s.cursor.selectionStart()),
                        positions.to_model(s.cursor.selectionEnd()), s.format)
                       for s in selections]
                for name, selections in self._layers.items()}

    def put_back(self, kept: KeptLayers) -> None:
        """The layers of ``in_model`` on the page now shown."""
        self._layers = {name: [self.selection((start, end), char_format)
                               for start, end, char_format in ranges]
                        for name, ranges in kept.items()}
        self._apply()

    def _apply(self) -> None:
        order = [*HIGHLIGHT_LAYERS, *(n for n in self._layers if n not in HIGHLIGHT_LAYERS)]
        self._view.setExtraSelections([s for name in order for s in self._layers.get(name, [])])

    # --- Reading aloud ----------------------------------------------------------------------

    @property
    def shows_reading(self) -> bool:
        """Whether reading aloud is highlighted at all (the style is not "off")."""
        return self._style != "off"

    def set_reading_style(self, style: str) -> None:
        """"background", "underline" or "off" (no highlight at all)."""
        self._style = style if style in HIGHLIGHT_STYLES else "background"
        self._update_reading()

    def set_reading(self, sentence: Range | None, word: Range | None = None) -> None:
        """The sentence and the word heard (model ranges), highlighted."""
        self._sentence, self._word = sentence, word
        self._update_reading()

    def clear_reading(self) -> None:
        self._sentence = self._word = None
        self.set_layer("reading", [])

    def reading_place(self) -> Range | None:
        """The word (or else the sentence) highlighted as read, if it is highlighted."""
        reading = self._word or self._sentence
        return reading if self.shows_reading else None

    def reading_ranges(self) -> list[Range]:
        """The model ranges highlighted now, sentence first (for tests and "where am I")."""
        return self.ranges("reading")

    def _update_reading(self) -> None:
        if not self.shows_reading:
            self.set_layer("reading", [])
            return
        # Imported when first read aloud: never on the way to the first paint (docs/performance.md,
        # "Start-up (session 20)").
        from reader.ui.text.reading_marks import sentence_format, word_format

        palette, style = self._view.palette(), self._style
        selections = []
        sentence, word = self._sentence, self._word
        if sentence is not None and sentence[1] > sentence[0]:
            selections.append(self.selection(sentence, sentence_format(style, palette)))
        if word is not None and word[1] > word[0]:
            selections.append(self.selection(word, word_format(style, palette)))
        self.set_layer("reading", selections)
