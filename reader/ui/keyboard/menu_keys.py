"""Letters typed while a menu is open choose the menu's item, never a single-letter shortcut.

Opening a menu with Alt+letter gives the keyboard focus to the menu bar, and Qt then matches
a ``WidgetShortcut`` of an action that sits in one of its menus as if the menu bar were that
widget (QAction's context check walks from the menu to its menu-bar entry). So with the
Navigate menu open, N ran "Next question" through its shortcut and left the menu open, instead
of choosing the item whose mnemonic is N. Claiming the key (ShortcutOverride) while a popup
menu is open sends it on to the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

_TYPING_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


class MenuMnemonicKeys(QObject):
    """An event filter for the menu bar and its menus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(QApplication.activePopupWidget(), QMenu)
                and event.modifiers() in _TYPING_MODIFIERS and event.text().strip()):
            event.accept()
            return True
        return False
