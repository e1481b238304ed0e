"""F1: a searchable list of shortcuts in which keys can be changed, with conflicts reported,
saved and restored at the next start, and reset per action or all at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.ui.keyboard.key_dialog import KeyDialog
from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog
from reader.ui.places.reading_places import ReadingPlaces

from .conftest import make_interview

CTRL = Qt.KeyboardModifier.ControlModifier


def open_shortcuts(window, qtbot) -> ShortcutsDialog:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog.search.hasFocus())
    return dialog


def _change_key(dialog, qtbot, action: str, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Search ``action``, open Change key, press the key; the KeyDialog is returned open."""
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, action)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.findChild(KeyDialog) is not None)
    key_dialog = dialog.findChild(KeyDialog)
    qtbot.waitUntil(lambda: key_dialog.field.hasFocus())
    qtbot.keyClick(key_dialog.field, key, modifier)
    return key_dialog


def _keys(window, action_id: str) -> list[str]:
    return [k.toString() for k in window.named_actions[action_id].shortcuts()]


def test_typing_filters_the_list(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "FIND")
    names = [action for action, _keys in dialog.visible_rows()]
    assert names == ["Find…", "Find next", "Find previous", "Next / previous match"]
    assert dialog.shown_label.text() == "4 shortcuts shown"
    assert window.statusBar().currentMessage() == "4 shortcuts shown"  # said
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "f3")  # by key too
    assert [a for a, _k in dialog.visible_rows()] == ["Find next", "Find previous"]
    dialog.close()


def test_search_ignores_accents(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    dialog.search.setText("prévious")  # QTest cannot type "é"
    assert "Previous question" in [a for a, _k in dialog.visible_rows()]
    dialog.close()


def test_a_conflict_is_reported_and_taking_the_key_moves_it(window, qtbot, settings):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "add a bookmark", Qt.Key.Key_F, CTRL)
    assert key_dialog.verdict.text().startswith("Ctrl+F is already the key of “Find…”")
    assert key_dialog.field.accessibleDescription() == key_dialog.verdict.text()
    assert window.statusBar().currentMessage() == key_dialog.verdict.text()  # said
    assert key_dialog.ok_button.isEnabled()
    qtbot.keyClick(key_dialog.field, Qt.Key.Key_Return)
    assert _keys(window, "add_bookmark") == ["Ctrl+F"]
    assert _keys(window, "find") == []
    dialog.close()
    # The new key works in the window.
    window.activateWindow()
    window.focus_text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F, CTRL)
    assert len(ReadingPlaces(settings).bookmarks(window.document.path)) == 1
    assert not window.keyboard.find.bar.isVisible()


def test_cancel_keeps_the_keys(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "add a bookmark", Qt.Key.Key_F, CTRL)
    qtbot.keyClick(key_dialog.field, Qt.Key.Key_Escape)
    assert not key_dialog.isVisible()
    assert _keys(window, "add_bookmark") == ["Ctrl+B"]
    assert _keys(window, "find") == ["Ctrl+F"]
    dialog.close()


def test_tab_leaves_the_key_field(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "add a bookmark", Qt.Key.Key_J, CTRL)
    qtbot.keyClick(key_dialog.field, Qt.Key.Key_Tab)
    assert not key_dialog.field.hasFocus()  # no keyboard trap
    assert key_dialog.field.keys == "Ctrl+J"
    key_dialog.reject()
    dialog.close()


def test_caret_keys_are_reserved(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "where am", Qt.Key.Key_Down)
    assert "cannot be a shortcut" in key_dialog.verdict.text()
    assert not key_dialog.ok_button.isEnabled()
    key_dialog.reject()
    dialog.close()


def test_changed_keys_survive_a_restart(window, qtbot, settings):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "where am", Qt.Key.Key_J, CTRL)
    assert key_dialog.verdict.text() == "Ctrl+J is free."
    key_dialog.accept()
    dialog.close()
    window.close()
    again = build_main_window(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.show_document(make_interview())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.text)
    assert _keys(again, "where_am_i") == ["Ctrl+J"]
    qtbot.keyClick(again.text, Qt.Key.Key_J, CTRL)
    assert again.statusBar().currentMessage().startswith("Une interview de test.")
    assert ("Where am I?", "Ctrl+J") in [r[1:] for r in again.keyboard.shortcuts.rows()]


def test_a_single_letter_given_by_the_user_acts_only_in_the_text(window, qtbot, settings):
    dialog = open_shortcuts(window, qtbot)
    key_dialog = _change_key(dialog, qtbot, "add a bookmark", Qt.Key.Key_M)
    assert key_dialog.verdict.text() == "M is free."
    key_dialog.accept()
    assert ("Add a bookmark here", "M (in the text)") in dialog.visible_rows()
    dialog.close()
    window.activateWindow()
    window.keyboard.find.open()
    field = window.keyboard.find.bar.field
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "m")
    assert field.text() == "m"
    assert ReadingPlaces(settings).bookmarks(window.document.path) == []
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_M)
    assert len(ReadingPlaces(settings).bookmarks(window.document.path)) == 1


def test_reset_one_and_reset_all(window, qtbot, settings):
    editor = window.keyboard.shortcuts
    editor.assign("add_bookmark", "Ctrl+F")
    editor.assign("where_am_i", "Ctrl+J")
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "add a bookmark")
    dialog.reset_selected()
    assert _keys(window, "add_bookmark") == ["Ctrl+B"]
    assert _keys(window, "find") == []  # the key it lost stays lost until reset
    dialog.reset_all(confirm=False)
    assert _keys(window, "find") == ["Ctrl+F"]
    assert _keys(window, "where_am_i") == [QKeySequence("Ctrl+Shift+K").toString()]
    assert window.statusBar().currentMessage() == "Every action has its default keys again."
    settings.sync()
    assert settings.childGroups().count("shortcuts") == 0
    dialog.close()


def test_remove_key(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "where am")
    dialog.remove_selected()
    assert _keys(window, "where_am_i") == []
    assert ("Where am I?", "No key") in dialog.visible_rows()
    dialog.close()


def test_damaged_saved_keys_fall_back_to_defaults(settings, qtbot):
    settings.setValue("shortcuts/find", "[not json")
    settings.setValue("shortcuts/where_am_i", '["Ctrl+J"]')
    settings.setValue("shortcuts/no_such_action", '["Ctrl+Y"]')
    window = build_main_window(settings)
    qtbot.addWidget(window)
    assert _keys(window, "find") == ["Ctrl+F"]
    assert _keys(window, "where_am_i") == ["Ctrl+J"]


def test_media_keys_count_as_taken(window):
    assert window.keyboard.shortcuts.conflicts("where_am_i", "Media Stop") == ["stop"]
    assert window.keyboard.shortcuts.conflicts("stop", "Esc") == []  # its own key


def test_scope_follows_the_keys():
    from reader.ui.actions import Scope, effective_scope, spec

    assert effective_scope(spec("stop"), ("Esc",)) is Scope.WINDOW  # the table's own key
    assert effective_scope(spec("where_am_i"), ("Esc",)) is Scope.READING_PANE
    assert effective_scope(spec("where_am_i"), ("F9",)) is Scope.WINDOW
    assert effective_scope(spec("where_am_i"), ("Ctrl+J",)) is Scope.WINDOW
    assert effective_scope(spec("document_start"), ("Ctrl+Home",)) is Scope.NATIVE
