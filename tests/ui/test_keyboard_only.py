"""Every action in the actions table can be run from the keyboard alone: through its menu
(Alt + the menu's mnemonic, then the item's mnemonic, or the arrows and Enter where another
item shares the letter) and, when it has one, by its shortcut.

The table is iterated, so actions added later are covered without touching this test. What the
actions do is tested elsewhere: here their handlers are disconnected and each trigger is
recorded, so that (for example) Quit or Open do not close the window or block on a dialog.
"""

from __future__ import annotations

import contextlib
import warnings

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui.actions import ACTIONS, Scope
from tests.accessibility.keyboard_paths import Key, menu_keys, shortcut_keys

WAIT_MS = 5_000


class KeyboardUser:
    """A shown window whose actions only record that they ran."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        self.triggered: list[str] = []
        for action_id, action in window.named_actions.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # no connection to drop
                for signal in (action.triggered, action.toggled):
                    with contextlib.suppress(RuntimeError, TypeError):
                        signal.disconnect()
            # Speech actions are enabled only while reading: reaching them is what is tested.
            action.setEnabled(True)
            action.triggered.connect(lambda _checked=False, i=action_id: self.triggered.append(i))
        self.focus_text()

    def focus_text(self) -> None:
        self.window.activateWindow()
        self.window.text.setFocus()
        # Keys go through the shortcut map only once the window is active.
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is self.window.text,
                             timeout=WAIT_MS)

    def press(self, key: Key) -> None:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"  # QTest aborts on None
        self.qtbot.keyClick(widget, key.key, key.modifiers)

    def menu_of(self, action_id: str) -> QMenu:
        action = self.window.named_actions[action_id]
        menus = [m for m in self.window.menuBar().findChildren(QMenu)
                 if action in m.actions() and m.menuAction() in self.window.menuBar().actions()]
        assert len(menus) == 1, f"{action_id} is in {len(menus)} menus of the menu bar"
        return menus[0]


@pytest.fixture
def user(qtbot, make_window, interview):
    window = make_window()
    window.show_document(interview)
    return KeyboardUser(qtbot, window)


@pytest.mark.parametrize("by_arrows", [False, True], ids=["mnemonic", "arrows"])
@pytest.mark.parametrize("spec", ACTIONS, ids=lambda s: s.id)
def test_every_action_is_reached_through_its_menu(user, spec, by_arrows):
    action = user.window.named_actions[spec.id]
    menu = user.menu_of(spec.id)
    first, *rest = menu_keys(menu, action, by_arrows=by_arrows)
    user.press(first)
    user.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=WAIT_MS)
    for key in rest:
        user.press(key)
    user.qtbot.waitUntil(lambda: spec.id in user.triggered, timeout=WAIT_MS)
    assert user.triggered == [spec.id]
    assert QApplication.activePopupWidget() is None  # the menu closed


@pytest.mark.parametrize("spec", [s for s in ACTIONS if shortcut_keys(s)], ids=lambda s: s.id)
def test_every_shortcut_runs_its_action_from_the_text(user, spec):
    """Shortcuts are pressed with the focus in the text, where every scope applies."""
    user.press(shortcut_keys(spec))
    user.qtbot.waitUntil(lambda: spec.id in user.triggered, timeout=WAIT_MS)
    assert user.triggered == [spec.id]


@pytest.mark.parametrize(
    "spec", [s for s in ACTIONS if shortcut_keys(s) and s.scope is Scope.WINDOW],
    ids=lambda s: s.id)
def test_window_shortcuts_work_from_the_outline_too(user, spec):
    user.window.outline.setFocus()
    user.qtbot.waitUntil(lambda: QApplication.focusWidget() is user.window.outline,
                         timeout=WAIT_MS)
    user.press(shortcut_keys(spec))
    user.qtbot.waitUntil(lambda: spec.id in user.triggered, timeout=WAIT_MS)
    assert user.triggered == [spec.id]


def test_every_action_without_a_shortcut_is_in_a_menu_with_a_mnemonic(user):
    """The parametrized tests above cover each; this one names the ones that rely on menus."""
    menu_only = [s.id for s in ACTIONS if shortcut_keys(s) is None]
    for action_id in menu_only:
        menu_keys(user.menu_of(action_id), user.window.named_actions[action_id])
