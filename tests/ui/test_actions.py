"""The actions table: one place for shortcuts, and the rules a keyboard user relies on."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.ui.actions import ACTIONS, Scope, plain_text, shortcut_rows


def _keys(spec):
    return [QKeySequence(k) for k in spec.shortcuts + spec.window_shortcuts]


_MEDIA_KEYS = {Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaStop,
               Qt.Key.Key_MediaPause}


def test_ids_and_keys_are_unique():
    assert len({a.id for a in ACTIONS}) == len(ACTIONS)
    keys = Counter(k.toString() for a in ACTIONS for k in _keys(a))
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_key_parses():
    for spec in ACTIONS:
        for keys in _keys(spec):
            assert not keys.isEmpty() and keys[0].key() != Qt.Key.Key_unknown, spec.id


def test_single_keys_without_modifier_only_in_the_reading_pane():
    modifiers = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)
    for spec in ACTIONS:
        for keys in _keys(spec):
            combo = keys[0]
            is_function_key = Qt.Key.Key_F1.value <= combo.key().value <= Qt.Key.Key_F35.value
            # Media keys and Esc never type text: they may work anywhere in the window.
            typing_key = combo.key() not in _MEDIA_KEYS | {Qt.Key.Key_Escape}
            if not combo.keyboardModifiers() & modifiers and not is_function_key and typing_key:
                assert spec.scope is Scope.READING_PANE, spec.id


def test_mnemonics_are_unique_within_each_menu():
    by_menu: dict = {}
    for spec in ACTIONS:
        text = spec.text()
        index = text.replace("&&", "").find("&")
        assert index >= 0, f"{spec.id} has no mnemonic"
        letter = text.replace("&&", "")[index + 1].lower()
        by_menu.setdefault(spec.menu, []).append(letter)
    for menu, letters in by_menu.items():
        assert len(letters) == len(set(letters)), (menu, letters)


def test_shortcut_rows_show_plain_names_and_scope():
    rows = dict(shortcut_rows())
    assert rows["Next question"] == "N (in the text)"
    assert rows["Previous question"] == "Shift+N (in the text)"
    assert rows["Go to start of document"] == "Ctrl+Home (in the text)"
    assert rows["Go to the outline"] == "Ctrl+T"
    assert rows["Read the selected section"] == "Return (in the outline)"
    assert rows["Play"] == "Space (in the text), Media Play, Toggle Media Play/Pause"
    assert rows["Stop reading"] == "Esc, Media Stop"
    assert rows["Next paragraph"] == "Ctrl+Down (in the text)"
    assert plain_text("Save && &quit") == "Save & quit"
