"""Key events as presentation keys (``presentation.Key``): the clicker and keyboard conventions
of presentation software, in one table. A key with Ctrl, Alt or Meta is no presenter key, so
desktop shortcuts (Alt+Tab…) are never taken for a step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.presenter.presentation import Key

_KEYS = {
    Qt.Key.Key_PageDown: Key.NEXT, Qt.Key.Key_Right: Key.NEXT, Qt.Key.Key_Down: Key.NEXT,
    Qt.Key.Key_Space: Key.NEXT, Qt.Key.Key_PageUp: Key.PREVIOUS, Qt.Key.Key_Left: Key.PREVIOUS,
    Qt.Key.Key_Up: Key.PREVIOUS, Qt.Key.Key_Backspace: Key.BACKSPACE, Qt.Key.Key_Home: Key.FIRST,
    Qt.Key.Key_End: Key.LAST, Qt.Key.Key_Return: Key.ENTER, Qt.Key.Key_Enter: Key.ENTER,
    Qt.Key.Key_B: Key.BLACK, Qt.Key.Key_Period: Key.BLACK, Qt.Key.Key_W: Key.WHITE,
    Qt.Key.Key_Comma: Key.WHITE, Qt.Key.Key_R: Key.READ, Qt.Key.Key_Escape: Key.LEAVE,
    Qt.Key.Key_A: Key.TOGGLE_MODE, Qt.Key.Key_T: Key.TOGGLE_TIMER,
    Qt.Key.Key_S: Key.CHOOSE_SCREENS, Qt.Key.Key_F1: Key.HELP,
}
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier).value


def presenter_key(key: int, modifiers: int) -> Key:
    """A key event as a presentation key; with Ctrl, Alt or Meta it is no presenter key."""
    if modifiers & _MODIFIERS:
        return Key.OTHER
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return Key.DIGIT
    try:
        return _KEYS.get(Qt.Key(key), Key.OTHER)
    except ValueError:
        return Key.OTHER
