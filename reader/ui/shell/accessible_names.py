"""Names for the parts of Qt's own widgets that come without one.

A menu bar or a toolbar too narrow for its entries (large text, a narrow window) shows a "»"
button with no name: it is named "More menus" / "More controls".

A QComboBox carries a list (its drop-down) that Qt exposes to screen readers as a focusable
child with no name: Orca users meet "list" with nothing to say what it lists. The list takes
the name of its combo box's label (its buddy), else the combo box's own accessible name or
tooltip. ``NamesOnFocus`` does it for every window the keyboard focus enters (a dialog, Qt's
own file dialog), so no dialog has to remember; it listens to QApplication.focusChanged, a
signal, rather than filtering every event of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton, QWidget

from reader import messages
from reader.ui.actions import plain_text
from reader.ui.shell.application import running_application


def combo_label(combo: QComboBox) -> str:
    """What names a combo box for a user: its buddy label's text, its accessible name, its
    tooltip ("" if none)."""
    for label in combo.window().findChildren(QLabel):
        if label.buddy() is combo and label.text().strip():
            return plain_text(label.text()).strip().rstrip(":").strip()
    return combo.accessibleName() or plain_text(combo.toolTip())


def name_combo_lists(root: QWidget) -> None:
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(combo_label(combo))


def name_overflow_buttons(root: QWidget) -> None:
    """Qt's "»" buttons of ``root`` (a menu bar, a toolbar, or a window holding them)."""
    names = {"qt_menubar_ext_button": messages.menubar_more_name,
             "qt_toolbar_ext_button": messages.toolbar_more_name}
    for button in root.findChildren(QToolButton):
        name = names.get(button.objectName())
        if name is not None:
            button.setAccessibleName(name())
            button.setToolTip(name())


class NamesOnFocus(QObject):
    """Names the combo box lists of each window the focus enters; lives as long as ``parent``.

    ``parent``'s own window, made without a combo box, is taken as named until the focus
    leaves it: looking through its ~200 objects when the focus first enters it, on the way to
    the first paint, cost about 2.5 ms (PySide wraps each object it looks at)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window: QWidget | None = parent.window()
        running_application().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        if window is not None and window is not self._window:
            self._window = window
            name_combo_lists(window)
