"""Dialogs built ahead unheard (reader.ui.shell.unheard): while a hidden dialog is built, a
screen reader is told nothing of it (Qt has no valid accessible for its widgets, and drops
their events); once it is told, just before the dialog shows, the screen reader meets every
control with its name and role. Widgets of the window already shown are heard throughout.
File > Open is built so, ahead, when a screen reader listens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

import reader.app
from reader import messages
from reader.ui.shell import kept_dialogs
from reader.ui.shell.unheard import Unheard

WAIT_MS = 20_000


def _heard(widget: QWidget) -> bool:
    """Whether a screen reader hears of ``widget``: Qt sends events only for a valid
    accessible."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface is not None and interface.isValid()


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


class _Form(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Form")
        self.label = QLabel("Folder", self)
        self.field = QLineEdit(self)
        self.field.setAccessibleName("Folder")
        self.kind = QComboBox(self)
        self.kind.addItems(["Documents", "All files"])
        layout = QVBoxLayout(self)
        for widget in (self.label, self.field, self.kind):
            layout.addWidget(widget)


@pytest.fixture
def shown_window(qtbot):
    window = QWidget()
    window.setWindowTitle("Reader")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_dialog_built_unheard_is_heard_whole_once_shown(qtbot, shown_window):
    unheard = Unheard()
    with unheard.building():
        form = _Form(shown_window)
        loose = QLabel("Loose")  # made on its own, put in the dialog after
        # Qt asks for each widget's accessible as it tells of it (not offscreen: asked here).
        assert not any(_heard(widget) for widget in (form, form.label, form.kind, loose))
    form.field.setText("/home/reader")  # values set after it is made: unheard too
    form.layout().addWidget(loose)
    later = QLabel("Later", form)
    parts = (form, form.label, form.field, form.kind, form.kind.view(), loose, later)
    assert not any(_heard(widget) for widget in parts)
    assert unheard.is_quiet(form.kind.view())

    form.show()
    qtbot.waitExposed(form)
    assert all(_heard(widget) for widget in parts)
    assert not unheard.is_quiet(form)
    assert QAccessible.queryAccessibleInterface(form).role() == QAccessible.Role.Dialog
    assert _name(form) == "Form"
    assert _name(form.field) == "Folder"
    assert _name(later) == "Later"
    form.reject()


def test_the_window_shown_is_heard_while_a_dialog_is_built_unheard(qtbot, shown_window):
    unheard = Unheard()
    with unheard.building():
        form = _Form(shown_window)
        status = QLabel("Status", shown_window)  # made meanwhile in the window shown
        status.show()
        moved = QLabel("Moved")  # made on its own, put in the window shown
        assert not _heard(form) and not _heard(moved)
        moved.setParent(shown_window)
        moved.show()
    new_in_window = QLineEdit(shown_window)
    new_in_window.show()
    assert all(_heard(widget) for widget in (shown_window, status, moved, new_in_window))
    assert not _heard(form)


def test_a_dialog_not_built_unheard_is_heard(qtbot, shown_window):
    with Unheard().building():
        pass  # another dialog's build, over
    form = _Form(shown_window)
    assert _heard(form) and _heard(form.kind)


@pytest.fixture
def notes_file(tmp_path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nFirst paragraph.\n", encoding="utf-8")
    return path


@pytest.fixture
def built_ahead(qtbot, speaking_window, monkeypatch):
    """A shown window with the interview, a screen reader listening, File > Open built
    ahead (every dialog a part each 50 ms without a key)."""
    monkeypatch.setattr(reader.app, "screen_reader_listening", lambda: True)
    monkeypatch.setattr(kept_dialogs, "BUILD_AHEAD_QUIET_MS", 50)
    window = speaking_window()
    window.speech.load()
    qtbot.waitUntil(lambda: window.speech.session is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.text, Qt.Key.Key_N)  # nothing is built before the first key
    chooser = window.opening.chooser
    qtbot.waitUntil(lambda: chooser._dialog is not None
                    and chooser.dialog().nameFilters()[-1] == "All files (*)",
                    timeout=WAIT_MS)
    yield window
    window.close()  # ends the speech worker thread


def test_file_open_is_built_ahead_unheard_in_the_documents_folder(built_ahead):
    window = built_ahead
    dialog = window.opening.chooser.dialog()
    assert not dialog.isVisible()
    assert not _heard(dialog)
    assert dialog.windowTitle() == messages.open_dialog_title()
    assert dialog.selectedNameFilter() == dialog.nameFilters()[0]
    folder = Path(window.document.path).parent
    assert Path(dialog.directory().absolutePath()) == folder
    assert QApplication.focusWidget() is window.text


def test_file_open_built_ahead_is_heard_when_opened_and_opens_the_file(
        built_ahead, qtbot, notes_file):
    window = built_ahead
    dialog = window.opening.chooser.dialog()
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        if not dialog.isVisible():
            QTimer.singleShot(20, in_the_dialog)
            return
        seen["heard"] = _heard(dialog)
        seen["name"] = _name(dialog)
        seen["focus heard"] = _heard(QApplication.focusWidget())
        dialog.selectFile(str(notes_file))
        dialog.accept()

    QTimer.singleShot(0, in_the_dialog)
    window.named_actions["open"].trigger()
    assert seen == {"heard": True, "name": messages.open_dialog_title(), "focus heard": True}
    assert window.windowTitle() == "Notes — Accessible Reader"
    assert isinstance(dialog, QFileDialog) and not dialog.isVisible()


def test_preferences_built_ahead_is_unheard_until_shown(built_ahead, qtbot):
    window = built_ahead
    preferences, = (widget for widget in QApplication.topLevelWidgets()
                    if widget.objectName() == "preferences_dialog"
                    and widget.parentWidget() is window)
    assert not preferences.isVisible() and not _heard(preferences)
    shown = window.appearance.preferences.show()
    assert shown is preferences
    qtbot.waitExposed(shown)
    assert _heard(shown) and _name(shown) == messages.preferences_title()
    assert _heard(shown.focusWidget())
    shown.reject()
