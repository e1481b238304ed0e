"""Find with a screen reader: each count and each match's line said once, by the screen reader,
not also by the app's own voice over it (Orca, walked through real files, heard "1 of 2" from
the field while the app's voice said "1 of 2: <the line>" at the same time)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.test_find import _open_find


@pytest.fixture
def voice(window):
    said: list[str] = []
    window.context.set_voice(said.append)
    return said


@pytest.fixture
def screen_reader():
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def test_with_a_screen_reader_the_field_says_the_count_and_the_line_and_the_app_is_quiet(
        window, qtbot, voice, screen_reader):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    assert bar.field.accessibleDescription() == "1 of 2"  # Orca says a changed description
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.field.accessibleDescription() == "2 of 2: Et la dernière question ?"
    assert window.statusBar().currentMessage() == "2 of 2: Et la dernière question ?"
    assert voice == []


def test_without_a_screen_reader_the_app_says_the_count_and_the_line(window, qtbot, voice):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert voice[-1] == "2 of 2: Et la dernière question ?"


def test_with_a_screen_reader_not_found_is_said_once_by_it(window, qtbot, voice, screen_reader):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "zqx")
    assert bar.count_label.text() == "No match"
    assert bar.field.accessibleDescription() == "“zqx” not found"
    assert window.statusBar().currentMessage() == "“zqx” not found"
    assert voice == []
