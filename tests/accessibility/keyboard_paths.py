"""How a keyboard user reaches each action of ``reader.ui.actions.ACTIONS``: its shortcut, or
its menu (Alt + the menu's mnemonic, then the item's mnemonic). Shared by the keyboard-only
test (offscreen, keys through QTest) and the AT-SPI test (a real X server, keys through xdotool).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from reader.ui.actions import ActionSpec, Scope

# X keysym names (xdotool) of the Qt keys that are not a letter, a digit or F1…F35.
_X_NAMES = {
    Qt.Key.Key_PageDown: "Next", Qt.Key.Key_PageUp: "Prior", Qt.Key.Key_Space: "space",
    Qt.Key.Key_Escape: "Escape", Qt.Key.Key_Return: "Return", Qt.Key.Key_Enter: "KP_Enter",
    Qt.Key.Key_Home: "Home", Qt.Key.Key_End: "End", Qt.Key.Key_Up: "Up",
    Qt.Key.Key_Down: "Down", Qt.Key.Key_Left: "Left", Qt.Key.Key_Right: "Right",
    Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Backspace: "BackSpace", Qt.Key.Key_Delete: "Delete",
    Qt.Key.Key_Comma: "comma", Qt.Key.Key_Period: "period", Qt.Key.Key_Equal: "equal",
    Qt.Key.Key_Minus: "minus", Qt.Key.Key_Plus: "plus", Qt.Key.Key_BracketLeft: "bracketleft",
    Qt.Key.Key_BracketRight: "bracketright", Qt.Key.Key_Question: "question",
    Qt.Key.Key_Slash: "slash", Qt.Key.Key_Semicolon: "semicolon",
    Qt.Key.Key_MediaPlay: "XF86AudioPlay", Qt.Key.Key_MediaStop: "XF86AudioStop",
    Qt.Key.Key_MediaTogglePlayPause: "XF86AudioPlay",
}
_X_MODIFIERS = ((Qt.KeyboardModifier.ControlModifier, "ctrl"),
                (Qt.KeyboardModifier.ShiftModifier, "shift"),
                (Qt.KeyboardModifier.AltModifier, "alt"),
                (Qt.KeyboardModifier.MetaModifier, "super"))


@dataclass(frozen=True)
class Key:
    key: Qt.Key
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier

    @classmethod
    def parse(cls, portable: str) -> Key:
        combination = QKeySequence(portable)[0]
        return cls(combination.key(), combination.keyboardModifiers())

    def xdotool(self) -> str:
        key = self.key
        if Qt.Key.Key_A.value <= key.value <= Qt.Key.Key_Z.value:
            name = chr(key.value).lower()
        elif Qt.Key.Key_0.value <= key.value <= Qt.Key.Key_9.value:
            name = chr(key.value)
        elif Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value:
            name = f"F{key.value - Qt.Key.Key_F1.value + 1}"
        elif key in _X_NAMES:
            name = _X_NAMES[key]
        else:
            raise ValueError(f"no X key name for {QKeySequence(key).toString()}: add it")
        mods = [x for flag, x in _X_MODIFIERS if self.modifiers & flag]
        return "+".join([*mods, name])


def mnemonic(text: str) -> str | None:
    """The letter after the single "&" of a menu text, lower case ("Go to the te&xt" -> "x")."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def shortcut_keys(spec: ActionSpec) -> Key | None:
    """The key that runs the action itself (NATIVE keys are the text view's own, no trigger)."""
    if spec.scope is Scope.NATIVE or not spec.shortcuts:
        return None
    return Key.parse(spec.shortcuts[0])


def menu_keys(menu: QMenu, action: QAction, *, by_arrows: bool = False) -> list[Key]:
    """Alt + the menu's mnemonic opens it (with its first item active); the item's own mnemonic
    chooses it, or, when another item of the menu shares that letter (Qt then only moves between
    them), Down to it and Enter. Raises if the menu has no mnemonic."""
    title = mnemonic(menu.title())
    if title is None:
        raise AssertionError(f"menu {menu.title()!r} has no mnemonic")
    opening = Key(Qt.Key(ord(title.upper())), Qt.KeyboardModifier.AltModifier)
    letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
    letter = mnemonic(action.text())
    if not by_arrows and letter is not None and letters.count(letter) == 1:
        return [opening, Key(Qt.Key(ord(letter.upper())))]
    allow_disabled = menu.style().styleHint(QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled,
                                            None, menu)
    reachable = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()
                 and (a.isEnabled() or allow_disabled)]
    return [opening, *[Key(Qt.Key.Key_Down)] * reachable.index(action), Key(Qt.Key.Key_Return)]
