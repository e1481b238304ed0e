"""The reader's place stays where it was on screen through every change of layout, at small,
large and very large type; and a jump shows its target whole, with context above it.

Measured as a reader sees it: where, in the window, the line of the caret (or of the word read
aloud) is drawn, before and after the change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.document.pipeline import open_document
from reader.ui.context import ActionId

SEED = Path(__file__).resolve().parents[2] / "seeds" / "interview-pedocriminalite.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SIZES = (8.0, 28.0, 96.0)
WINDOW_SIZE = (1280, 760)  # a 1280×800 screen, less the desktop's panel


@pytest.fixture(scope="module")
def seed():
    return open_document(str(SEED), with_language=False)


@pytest.fixture
def reader(qtbot, settings, seed):
    """The seed interview in a window of a laptop's size; ``reader(size)`` sets the type."""

    def make(size: float):
        window = build_main_window(settings, appearance={"font_size": size})
        qtbot.addWidget(window)
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        window.show_document(seed)
        settle(window)
        return window

    return make


def settle(window) -> None:
    """Every relayout the change started is over (the spaced blocks' slices, the panels'
    fonts, the deferred layouts of the window)."""
    for _turn in range(3):
        window.typesetter.spacing.finish()
        QApplication.processEvents()


def line_in_window(window, offset: int) -> tuple[int, int]:
    """Top and bottom, in window pixels, of the line drawn at a model offset."""
    view = window.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(offset))
    rect = view.cursorRect(cursor)
    top = view.viewport().mapTo(window, rect.topLeft()).y()
    return top, top + rect.height()


def view_in_window(window) -> tuple[int, int]:
    viewport = window.text.viewport()
    top = viewport.mapTo(window, QPoint(0, 0)).y()
    return top, top + viewport.height()


def question(window, number: int) -> int:
    return window.document.questions[number - 1].start


def at_question(window, number: int) -> tuple[int, int]:
    window.jump_to(question(window, number))
    settle(window)
    return line_in_window(window, question(window, number))


def assert_kept(window, offset: int, before: tuple[int, int]) -> None:
    """The line is whole in the view, where it was (or as close as the view allows: a line
    grown taller is moved up just enough to stay whole)."""
    top, bottom = line_in_window(window, offset)
    view_top, view_bottom = view_in_window(window)
    assert view_top <= top and bottom <= view_bottom, "the place's line is out of sight"
    wanted = min(max(before[0], view_top), view_bottom - (bottom - top))
    if at_an_end(window, top - wanted):
        return  # the document's end (or start) stops the view before
    assert abs(top - wanted) <= 1, f"the line moved from {before[0]} to {top}"


def at_an_end(window, lower_by: int) -> bool:
    """The view cannot scroll further the way that would move the line by ``lower_by``."""
    bar = window.text.verticalScrollBar()
    return (lower_by > 0 and bar.value() == bar.maximum()) or \
        (lower_by < 0 and bar.value() == bar.minimum())


def appearance(window, **changes) -> None:
    controller = window.appearance
    controller.apply(replace(controller.appearance, **changes))
    settle(window)


# --- The cases of the issue -----------------------------------------------------------------


def test_four_ctrl_plus_at_question_5_still_show_question_5(reader, qtbot):
    window = reader(14.0)
    before = at_question(window, 5)
    for _key in range(4):
        qtbot.keyClick(window.text, Qt.Key.Key_Equal, CTRL)
    settle(window)
    assert_kept(window, question(window, 5), before)
    assert "Question 5 of 7" in window.position_label.text()


def test_three_ctrl_minus_at_48_points_keep_question_3(reader, qtbot):
    window = reader(48.0)
    before = at_question(window, 3)
    for _key in range(3):
        qtbot.keyClick(window.text, Qt.Key.Key_Minus, CTRL)
    settle(window)
    assert_kept(window, question(window, 3), before)


def test_focus_mode_on_and_off_keeps_question_3(reader):
    window = reader(14.0)
    before = at_question(window, 3)
    window.context.action(ActionId.FOCUS_MODE).trigger()
    settle(window)
    assert not window.outline.isVisible()
    assert_kept(window, question(window, 3), before)
    window.context.action(ActionId.FOCUS_MODE).trigger()
    settle(window)
    assert window.outline.isVisible()
    assert_kept(window, question(window, 3), before)


# --- Each kind of change, at several sizes --------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", [Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0])
def test_text_size_keys_keep_the_place(reader, qtbot, size, key):
    window = reader(size)
    before = at_question(window, 4)
    qtbot.keyClick(window.text, key, CTRL)
    settle(window)
    assert_kept(window, question(window, 4), before)


@pytest.mark.parametrize("size", SIZES)
def test_ctrl_wheel_keeps_the_place(reader, size):
    window = reader(size)
    before = at_question(window, 4)
    viewport = window.text.viewport()
    centre = QPointF(viewport.rect().center())
    notch = 120 if size < 96 else -120  # 96 pt is the largest
    wheel = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, notch), Qt.MouseButton.NoButton, CTRL,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    settle(window)
    assert window.appearance.appearance.font_size != size
    assert_kept(window, question(window, 4), before)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("change", [
    dict(line_height=2.0, paragraph_spacing=2.0),
    dict(letter_spacing=0.12, word_spacing=0.16),
    dict(font_family="Atkinson Hyperlegible", bold=True),
    dict(margin=4.0),
    dict(max_line_length=40),
    dict(theme="yellow-on-black"),
], ids=["spacing", "letter-spacing", "font", "margins", "line-length", "theme"])
def test_appearance_changes_keep_the_place(reader, size, change):
    window = reader(size)
    before = at_question(window, 4)
    appearance(window, **change)
    assert_kept(window, question(window, 4), before)


@pytest.mark.parametrize("size", SIZES)
def test_hiding_and_showing_the_outline_keeps_the_place(reader, size):
    window = reader(size)
    before = at_question(window, 4)
    window.context.action(ActionId.SHOW_OUTLINE).setChecked(False)
    settle(window)
    assert_kept(window, question(window, 4), before)
    window.context.action(ActionId.SHOW_OUTLINE).setChecked(True)
    settle(window)
    assert_kept(window, question(window, 4), before)


@pytest.mark.parametrize("size", SIZES)
def test_a_smaller_window_keeps_the_place(reader, size):
    window = reader(size)
    before = at_question(window, 4)
    window.resize(700, 760)
    settle(window)
    assert_kept(window, question(window, 4), before)
    window.resize(*WINDOW_SIZE)
    settle(window)
    assert_kept(window, question(window, 4), before)


@pytest.mark.parametrize("size", SIZES)
def test_focus_mode_keeps_the_place(reader, size):
    window = reader(size)
    before = at_question(window, 6)
    window.context.action(ActionId.FOCUS_MODE).trigger()
    settle(window)
    assert_kept(window, question(window, 6), before)


@pytest.mark.parametrize("size", SIZES)
def test_full_screen_keeps_the_place(reader, size):
    window = reader(size)
    before = at_question(window, 4)
    window.context.action(ActionId.FULL_SCREEN).trigger()
    settle(window)
    assert_kept(window, question(window, 4), before)
    window.context.action(ActionId.FULL_SCREEN).trigger()
    settle(window)
    assert_kept(window, question(window, 4), before)


def test_the_word_read_aloud_is_the_place_while_reading(reader):
    window = reader(28.0)
    at_question(window, 2)
    word = question(window, 4) + 3
    window.context.set_reading_position_source(lambda: word)
    window.text.show_reading((word, word + 10), (word, word + 4))
    settle(window)
    before = line_in_window(window, word)
    appearance(window, font_size=40.0)
    assert_kept(window, word, before)


def test_where_the_user_scrolled_is_kept_when_the_caret_is_out_of_sight(reader):
    window = reader(14.0)
    at_question(window, 1)
    bar = window.text.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # as the wheel or a click does
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    settle(window)
    view = window.text
    top_offset = view.positions.to_model(view.cursorForPosition(QPoint(0, 40)).position())
    before = line_in_window(window, top_offset)
    appearance(window, font_size=20.0)
    top, _bottom = line_in_window(window, top_offset)
    assert view_in_window(window)[0] <= top <= before[0] + 40


# --- Jumps ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_a_jump_shows_the_target_whole_with_context_above(reader, size):
    window = reader(size)
    for number in (2, 5):
        top, bottom = at_question(window, number)
        view_top, view_bottom = view_in_window(window)
        assert view_top < top and bottom <= view_bottom  # whole, not glued to the edge
        bar = window.text.verticalScrollBar()
        if bar.value() == bar.maximum():
            continue  # the end of the document: the target is lower, the rest above it
        # The context above is whole lines (or blank space): no line is cut at the top edge.
        view = window.text
        first = view.cursorRect(view.cursorForPosition(QPoint(0, 0)))
        assert first.top() >= 0 or first.bottom() < 0
        assert bottom - view_top <= (view_bottom - view_top) * 0.75  # and the text after it
