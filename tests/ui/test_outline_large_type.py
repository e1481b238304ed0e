"""The outline at large sizes: rows wrap rather than end in "…", it follows the text size, and
its width changes from the keyboard and is remembered."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from reader.document.model import SectionKind


def _apply(window, **changes):
    controller = window.appearance
    controller.apply(replace(controller.appearance, **changes))
    QApplication.processEvents()  # the panels' fonts follow in the next event-loop turn
    QApplication.processEvents()


def _question_rows(window):
    outline = window.outline
    sections = window.document.sections
    return [outline.item_for(i) for i, s in enumerate(sections)
            if s.kind is SectionKind.QUESTION]


def _shown_whole(outline, item) -> bool:
    """The row is tall enough for its whole text, wrapped to the row's width (a word wider
    than the row breaks), and the row lies within the outline's width."""
    rect = outline.visualItemRect(item)
    layout = QTextLayout(item.text(0), outline.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(rect.width() - 4)
        height += line.height()
    layout.endLayout()
    return height <= rect.height() and rect.right() <= outline.viewport().width()


@pytest.mark.parametrize("points", [14.0, 48.0, 96.0])
def test_outline_rows_wrap_and_show_every_word_of_the_questions(window, points):
    window.resize(1280, 800)
    _apply(window, font_size=points, theme="white-on-black")
    outline = window.outline
    assert outline.font().pointSizeF() == points  # follows the text, no cap
    assert outline.textElideMode() == Qt.TextElideMode.ElideNone
    rows = _question_rows(window)
    assert rows
    for item in rows:
        assert "…" not in item.text(0)
        outline.scrollToItem(item)
        QApplication.processEvents()
        assert _shown_whole(outline, item), item.text(0)
    line = QFontMetrics(outline.font()).height()
    if points >= 48.0:  # the words do not fit one line: the row wraps instead of cutting
        assert outline.visualItemRect(rows[0]).height() >= 2 * line


def test_rows_wrap_again_when_the_outline_gets_wider(window):
    window.resize(1280, 800)
    _apply(window, font_size=48.0)
    first = _question_rows(window)[0]
    narrow = window.outline.visualItemRect(first).height()
    window.named_actions["wider_outline"].trigger()
    window.named_actions["wider_outline"].trigger()
    QApplication.processEvents()
    assert window.outline.visualItemRect(first).height() < narrow
    assert _shown_whole(window.outline, first)


def test_wider_and_narrower_outline_from_the_keyboard_are_said_and_remembered(
        make_window, interview, settings, qtbot):
    window = make_window()
    window.show_document(interview)
    window.resize(1280, 800)
    QApplication.processEvents()
    before = window.outline.width()
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wider = window.outline.width()
    assert wider > before
    assert "% of the window" in window.statusBar().currentMessage()
    for _ in range(30):  # to the limit: the text keeps room, and the reader is told
        window.named_actions["wider_outline"].trigger()
    assert window.outline.width() < window.text.width() * 0.75 / 0.25
    assert "as wide as it can be" in window.statusBar().currentMessage()
    window.named_actions["narrower_outline"].trigger()
    kept = window.outline_width.share()
    window.close()

    again = make_window()
    again.show_document(interview)
    QApplication.processEvents()
    assert again.outline_width.share() == pytest.approx(kept, abs=0.02)
    assert kept > 0.5
    for _ in range(30):
        again.named_actions["narrower_outline"].trigger()
    assert again.outline.width() > 0 and "as narrow as it can be" in \
        again.statusBar().currentMessage()


def test_wider_outline_brings_a_hidden_outline_back(window):
    window.named_actions["show_outline"].setChecked(False)
    assert not window.outline.isVisible()
    window.named_actions["wider_outline"].trigger()
    assert window.outline.isVisible()
