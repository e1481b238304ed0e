"""Every control of the window has a name a screen reader can say, checked offscreen (fast, no
X server); tests/accessibility checks the same over AT-SPI as Orca sees it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from reader.app import build_main_window
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine

CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
            QTextEdit, QAbstractItemView)


def _labelled(widget: QWidget) -> bool:
    return any(label.buddy() is widget and label.text().strip()
               for label in widget.window().findChildren(QLabel))


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        # A spin box's line edit is named by its spin box; a combo box's parts are below.
        if not isinstance(widget, CONTROLS) or _inside(widget, (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(widget, (QScrollBar, QHeaderView)):
            continue  # never focused: the view they belong to is named (and scrolls by keys)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip() or _labelled(widget)):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}")
        if isinstance(widget, QComboBox) and not widget.view().accessibleName():
            problems.append(f"the drop-down list of {widget.objectName()!r}")
    return problems


def test_every_control_of_the_window_has_a_name(window):
    assert unnamed(window) == []


def test_the_overflow_buttons_have_a_name(window):
    """Qt's "»" buttons, shown when the window is too narrow: at large text sizes."""
    names = {b.objectName(): b.accessibleName() for b in window.findChildren(QAbstractButton)}
    assert names["qt_menubar_ext_button"] == "More menus"
    assert names["qt_toolbar_ext_button"] == "More controls"


def test_the_speech_settings_dialog_names_its_controls_and_lists(qtbot, settings, interview):
    window = build_main_window(settings, engine_factory=ScriptedEngine,
                               open_sink=lambda: MemorySink())
    qtbot.addWidget(window)
    window.show_document(interview)
    window.speech.load()
    window.speech.wait_until_loaded()
    window.show()
    qtbot.waitExposed(window)
    dialog = window.speech.show_settings()
    assert dialog is not None
    # The lists are named when the focus enters the dialog (reader.ui.shell.accessible_names).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    assert unnamed(dialog) == []
