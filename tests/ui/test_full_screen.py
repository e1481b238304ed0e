"""Full screen: F11 and View > Full screen; Esc (when nothing else takes it) or F11 leaves; the
screen reader is told; never restored at the next start. (The place it keeps:
test_place_kept.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.context import ActionId

from .test_place_kept import settle


def _focused_text(window, qtbot):
    window.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)


def test_f11_enters_and_leaves_full_screen_and_says_so(window, qtbot):
    _focused_text(window, qtbot)
    qtbot.keyClick(window.text, Qt.Key.Key_F11)
    assert window.isFullScreen()
    assert window.context.action(ActionId.FULL_SCREEN).isChecked()
    assert window.statusBar().currentMessage() == "Full screen on. F11 or Esc leaves it."
    qtbot.keyClick(window.text, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    assert not window.context.action(ActionId.FULL_SCREEN).isChecked()
    assert window.statusBar().currentMessage() == "Full screen off"


def test_the_view_menu_has_full_screen(window):
    view_menu = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert window.context.action(ActionId.FULL_SCREEN) in view_menu.actions()


def test_esc_leaves_full_screen(window, qtbot):
    _focused_text(window, qtbot)
    window.context.action(ActionId.FULL_SCREEN).trigger()
    qtbot.keyClick(window.text, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_esc_stops_reading_first(window, qtbot):
    _focused_text(window, qtbot)
    window.context.action(ActionId.FULL_SCREEN).trigger()
    stop = window.context.action(ActionId.STOP)
    stop.setEnabled(True)  # as while reading aloud
    with qtbot.waitSignal(stop.triggered):
        qtbot.keyClick(window.text, Qt.Key.Key_Escape)
    assert window.isFullScreen()


def test_esc_closes_the_find_bar_first(window, qtbot):
    _focused_text(window, qtbot)
    window.context.action(ActionId.FULL_SCREEN).trigger()
    window.context.action(ActionId.FIND).trigger()
    bar = window.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.isFullScreen()


def test_with_focus_mode_the_text_has_the_whole_screen(window, qtbot):
    window.context.action(ActionId.FULL_SCREEN).trigger()
    window.context.action(ActionId.FOCUS_MODE).trigger()
    settle(window)
    assert window.geometry() == window.screen().geometry()
    assert not window.menuBar().isVisible()
    assert not window.outline.isVisible()
    assert not window.statusBar().isVisible()


def test_full_screen_is_not_restored_at_the_next_start(make_window, settings, interview):
    window = make_window()
    window.context.action(ActionId.FULL_SCREEN).trigger()
    window.close()
    again = make_window()
    assert not again.isFullScreen()
    assert not again.context.action(ActionId.FULL_SCREEN).isChecked()
