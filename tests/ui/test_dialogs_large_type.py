"""Every dialog at 8, 28 and 96 pt: whole labels, within the screen, and the focused control in
view whichever way focus got there (Tab, the program, a live change of the text size)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from reader.appearance.preferences import DEFAULTS
from reader.appearance.themes import THEMES
from reader.speech.engine import Voice
from reader.ui.actions import shortcut_rows
from reader.ui.appearance.preferences_dialog import PreferencesDialog
from reader.ui.keyboard.key_dialog import KeyDialog
from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog
from reader.ui.places.bookmarks_dialog import BookmarksDialog
from reader.ui.places.go_to_dialog import GoToQuestionDialog
from reader.ui.places.reading_places import Bookmark
from reader.ui.presenter.screen_chooser import ScreenChooser
from reader.ui.speech.speech_settings import SpeechPreferences
from reader.ui.speech.speech_settings_dialog import SpeechSettingsDialog

from .fake_screens import TWO

VOICES = [Voice("roa/fr", "French (France)", ("fr-fr",)),
          Voice("en", "English (Great Britain)", ("en-gb",))]

DIALOGS = {
    "preferences": lambda: PreferencesDialog(DEFAULTS, lambda a: THEMES["light"]),
    "speech settings": lambda: SpeechSettingsDialog(SpeechPreferences(), VOICES),
    "go to": lambda: GoToQuestionDialog(7, lambda text: None),
    "bookmarks": lambda: BookmarksDialog(
        [Bookmark(10, "Question 3: Pourquoi les enfants ne parlent-ils pas ?")],
        lambda offset: 42, lambda text: None),
    "shortcuts list": lambda: ShortcutsDialog(shortcut_rows()),
    "key": lambda: KeyDialog("Bigger text", lambda keys: ("Free", True), lambda text: None),
    "screen chooser": lambda: ScreenChooser(TWO, ""),
}


@pytest.fixture
def dialog_font(qapp):
    def use(points: float) -> None:
        font = QFont(qapp.font())
        font.setPointSizeF(points)
        qapp.setFont(font)  # as the appearance controller sets it for menus and dialogs

    return use


def _visible_part(widget: QWidget, dialog: QWidget) -> QRect:
    """The part of ``widget`` a reader sees, in ``dialog``'s coordinates: within every scroll
    area around it and within the dialog."""
    rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            page = parent.viewport()
            rect = rect.intersected(QRect(page.mapTo(dialog, page.rect().topLeft()),
                                          page.size()))
        parent = parent.parentWidget()
    return rect.intersected(dialog.rect())


def _cut_texts(dialog: QWidget) -> list[str]:
    """Labels and buttons whose words do not fit in them."""
    cut = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(dialog) \
                or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height()
        else:
            hint = widget.sizeHint()
            fits = hint.width() <= widget.width() and hint.height() <= widget.height()
        if not fits:
            cut.append(widget.text())
    return cut


def _shown(dialog: QWidget) -> None:
    dialog.show()
    QApplication.processEvents()
    QApplication.processEvents()  # the scroll areas follow the focus in the next turn


@pytest.mark.parametrize("points", [8.0, 28.0, 96.0])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_shows_whole_labels_and_keeps_the_focused_control_in_view(
        qtbot, dialog_font, name, points):
    dialog_font(points)
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    _shown(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert _cut_texts(dialog) == []
    first = dialog.focusWidget()
    assert first is not None
    seen = 0
    for _ in range(60):  # Tab through every control, back to the first
        focused = dialog.focusWidget()
        part = _visible_part(focused, dialog)
        whole = min(focused.height(), 3 * focused.fontMetrics().height())
        assert part.height() >= whole * 0.9, (focused.accessibleName(), part, focused.size())
        assert part.width() >= min(focused.width(), 40)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        seen += 1
        if dialog.focusWidget() is first:
            break
    assert seen > 1


def test_the_field_being_changed_stays_in_view_when_the_size_changes_live(qtbot, dialog_font):
    dialog_font(28.0)
    dialog = DIALOGS["preferences"]()
    qtbot.addWidget(dialog)
    _shown(dialog)
    dialog.focus_mode.setFocus()  # the last control: the form scrolls to it
    QApplication.processEvents()
    QApplication.processEvents()
    assert _visible_part(dialog.focus_mode, dialog).height() >= dialog.focus_mode.height() * 0.9
    dialog_font(72.0)  # what Ctrl+= does to the dialog while the reader is in it
    QApplication.processEvents()
    QApplication.processEvents()
    QApplication.processEvents()
    assert dialog.focus_mode.hasFocus()
    part = _visible_part(dialog.focus_mode, dialog)
    assert part.height() >= min(dialog.focus_mode.height(), 100) * 0.9


def test_a_row_of_buttons_too_wide_for_the_screen_becomes_a_column(qtbot, dialog_font):
    dialog_font(96.0)
    dialog = DIALOGS["preferences"]()
    qtbot.addWidget(dialog)
    _shown(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.y() != dialog.reset.y()
    assert _cut_texts(dialog) == []


@pytest.mark.parametrize("name", ["speech settings", "go to", "bookmarks"])
def test_a_dialog_given_the_texts_font_when_shown_opens_whole(qtbot, dialog_font, name):
    dialog_font(9.0)
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(14.0)
    dialog.setFont(font)  # as their controllers give them the text's font before opening
    _shown(dialog)
    area, = dialog.findChildren(QScrollArea)
    page, content = area.viewport(), area.widget()
    assert content.width() <= page.width() and content.height() <= page.height()  # no scrolling
    assert _cut_texts(dialog) == []
