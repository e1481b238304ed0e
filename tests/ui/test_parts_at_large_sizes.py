"""At very large type a long document is shown in parts, as a very long one always is: Qt lays
text out to 8,388,607 pixels only, and at 96 pt a document of 400,000 characters goes past
that (its end was never laid out: Ctrl+End waited for good)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.document.pipeline import parse_text
from reader.ui.text.renderer import ALWAYS_WHOLE, whole_up_to

PARAGRAPH = ("La commissaire explique aux journalistes comment les enquêteurs travaillent "
             "avec leurs partenaires étrangers, et pourquoi les plateformes répondent si peu. ")


def _set_size(window, points: float) -> None:
    controller = window.appearance
    controller.apply(replace(controller.appearance, font_size=points))
    QApplication.processEvents()


def _page_at(qtbot, window, points: float) -> None:
    """The page is rendered anew for the size in the background: shown when it is ready."""
    qtbot.waitUntil(lambda: not window.rerendering.pending()
                    and window.text.document().defaultFont().pointSizeF() == points)


def test_a_long_document_at_96_pt_is_shown_in_parts_and_its_end_is_reached(make_window,
                                                                           qtbot):
    text = "\n\n".join(f"Paragraphe {n}. " + PARAGRAPH * 3 for n in range(1200))
    assert len(text) > 400_000
    window = make_window()
    window.resize(1100, 760)
    window.show_document(parse_text(text, path="/tmp/long-at-96.txt", plain_text=True))
    view = window.text
    assert view.source is None  # shown whole at the usual size
    middle = window.document.text.index("Paragraphe 600.")
    window.jump_to(middle)
    qtbot.waitUntil(lambda: view.caret_offset() == middle)
    _set_size(window, 96.0)
    _page_at(qtbot, window, 96.0)
    assert view.source is not None  # in parts now, the reader's place kept
    assert view.caret_offset() == middle
    assert len(view.document().toPlainText()) < len(text) // 3  # a part of about 94,000
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.caret_offset() == len(window.document.text), timeout=20_000)
    _set_size(window, 14.0)
    _page_at(qtbot, window, 14.0)
    assert view.source is None  # whole again, still at the end
    assert view.caret_offset() == len(window.document.text)


def test_the_text_a_page_holds_falls_with_the_square_of_the_size_past_24_pt():
    from PySide6.QtGui import QFont

    def at(points: float) -> int:
        font = QFont()
        font.setPointSizeF(points)
        return whole_up_to(font)

    assert at(8.0) == at(14.0) == at(24.0) == ALWAYS_WHOLE
    assert at(48.0) == ALWAYS_WHOLE // 4 and at(96.0) == ALWAYS_WHOLE // 16
