"""The preferences dialog: labelled controls, a live preview in the window, OK keeps, Cancel
puts back, presets, reset, the custom-colour warning."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from reader.appearance.preferences import DEFAULTS
from reader.appearance.themes import THEMES
from reader.ui.appearance import appearance_settings


@pytest.fixture(autouse=True)
def restore_application_look(qapp):
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    explicit = qapp.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)
    yield
    qapp.setPalette(palette if explicit else QPalette())  # an empty one: the platform's again
    qapp.setFont(font)
    qapp.setStyleSheet("")


@pytest.fixture
def dialog(window, qtbot):
    action = window.named_actions["preferences"]
    assert action.shortcut().toString() == "Ctrl+,"
    assert action in window.findChild(QWidget, "menu_view").actions()
    action.trigger()
    dialog = window.findChild(QWidget, "preferences_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_every_control_has_an_accessible_name(dialog):
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox))
                and w.isVisibleTo(dialog)]
    assert len(controls) > 15
    unnamed = [type(w).__name__ for w in controls
               if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    assert unnamed == []


def test_changes_show_at_once_and_cancel_puts_back(window, dialog, settings):
    dialog.font_size.setValue(30)
    assert window.text.document().defaultFont().pointSizeF() == 30
    dialog.theme.setCurrentIndex(dialog.theme.findData("yellow-on-black"))
    QApplication.processEvents()
    assert window.text.palette().color(QPalette.ColorRole.Text).name() == \
        THEMES["yellow-on-black"].text
    dialog.reject()
    QApplication.processEvents()
    assert window.text.document().defaultFont().pointSizeF() == DEFAULTS.font_size
    assert appearance_settings.load(settings).font_size == DEFAULTS.font_size


def test_ok_keeps_and_saves(window, dialog, settings):
    dialog.spacing["line_height"].setValue(2.0)
    dialog.max_line_length.setValue(60)
    dialog.accept()
    saved = appearance_settings.load(settings)
    assert (saved.line_height, saved.max_line_length) == (2.0, 60)


def test_presets_and_reset(window, dialog):
    dialog.preset.activated.emit(dialog.preset.findData("high-contrast"))
    assert window.appearance.appearance.theme == "yellow-on-black"
    assert window.text.document().defaultFont().weight() == QFont.Weight.Bold
    dialog.wcag.click()
    assert window.appearance.appearance.letter_spacing == 0.12
    dialog.reset.click()
    assert window.appearance.appearance == DEFAULTS


def test_low_contrast_custom_colour_is_warned_not_refused(window, dialog):
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.custom.setChecked(True)
    dialog.set_colour("text", "#bbbbbb")
    assert "contrast" in dialog.contrast.text().lower()
    assert dialog.contrast.isVisibleTo(dialog)
    QApplication.processEvents()
    assert window.text.palette().color(QPalette.ColorRole.Text).name() == "#bbbbbb"
    dialog.set_colour("text", "#000000")
    assert dialog.contrast.text() == dialog.contrast.accessibleName()
    assert "below" not in dialog.contrast.text()


def test_list_themes_prints_the_names_without_a_window():
    result = subprocess.run([sys.executable, "-m", "reader", "--list-themes"],
                            capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "none-such", "PATH": ""})
    assert result.returncode == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert names == ["system", *THEMES]


def test_tab_reaches_every_control(dialog, qtbot):
    from PySide6.QtCore import Qt as QtKeys

    dialog.custom.setChecked(True)  # the colour buttons are enabled only then
    dialog.activateWindow()
    dialog.preset.setFocus()
    reached = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused in reached:
            break
        reached.append(focused)
        qtbot.keyClick(focused, QtKeys.Key.Key_Tab)
    wanted = [dialog.preset, dialog.font_family, dialog.font_size, dialog.bold,
              *dialog.spacing.values(), dialog.max_line_length, dialog.alignment, dialog.wcag,
              dialog.theme, dialog.custom, *dialog.colour_buttons.values(), dialog.line_focus,
              dialog.line_focus_lines, dialog.focus_mode, dialog.reset]
    missing = [w.accessibleName() or w.objectName() or type(w).__name__
               for w in wanted if w not in reached]
    assert missing == []
    # and in the order they are shown
    order = [reached.index(w) for w in wanted[:-1]]
    assert order == sorted(order)


def test_command_line_rejects_unknown_theme_and_size_without_a_window():
    for arguments, complaint in ((["--theme", "purple"], "purple"),
                                 (["--font-size", "200"], "between 8 and 96")):
        result = subprocess.run([sys.executable, "-m", "reader", *arguments],
                                capture_output=True, text=True, timeout=60,
                                env={"QT_QPA_PLATFORM": "none-such", "PATH": ""})
        assert result.returncode == 2
        assert complaint in result.stderr


def test_prepared_ahead_the_dialog_lists_the_shipped_fonts(window, qtbot):
    # After the first paint the app finds the font packages off the GUI thread; the dialog
    # then offers every shipped reading font, loaded.
    window.appearance.preferences.prepare()
    window.named_actions["preferences"].trigger()
    dialog = window.findChild(QWidget, "preferences_dialog")
    qtbot.waitUntil(dialog.isVisible)
    labels = [dialog.font_family.itemText(i) for i in range(dialog.font_family.count())]
    assert {"Atkinson Hyperlegible", "Lexend", "Literata"} <= set(labels)
    dialog.reject()
