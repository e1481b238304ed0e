"""Help > Keyboard shortcuts and Help > About."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from reader import __version__, messages
from reader.ui import actions as action_table

# The dialogs load when first opened: never on the way to the window's first paint.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.keyboard.shortcut_settings import ShortcutEditor
    from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog


def show_shortcuts(parent: QWidget, editor: ShortcutEditor, say: Callable[[str], None],
                   font: QFont) -> ShortcutsDialog:
    """The shortcuts list, with the user's keys, editable."""
    from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(action_table.shortcut_rows(), parent, editor=editor, say=say)
    dialog.setFont(font)  # as legible as the text (low vision)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(parent: QWidget) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, messages.about_title(),
                      messages.about_text(__version__), QMessageBox.StandardButton.Close, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
