"""F1's list as a keyboard and screen-reader user meets it: Down from the search starts at the
top of what matches, Tab goes on to the list, and an action with no key says so (an empty cell
is read "blank")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog
from tests.ui.test_shortcut_editing import open_shortcuts


def _current(dialog: ShortcutsDialog) -> tuple[str, str]:
    row = dialog.table.currentRow()
    return dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text()


def test_down_from_the_search_lands_on_the_first_row(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    assert dialog.table.currentRow() == 0
    assert _current(dialog) == dialog.visible_rows()[0] == ("Open…", "Ctrl+O")
    assert [i.row() for i in dialog.table.selectionModel().selectedRows()] == [0]
    dialog.close()


def test_down_from_the_search_lands_on_the_first_match(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    for _ in range(8):  # further down the list, to a row that the search below keeps…
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    while "text" not in " ".join(_current(dialog)).lower():  # (whatever actions come first)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    further = _current(dialog)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "text")
    assert further in dialog.visible_rows()[1:]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # …yet Down starts at the first match
    assert _current(dialog) == dialog.visible_rows()[0]
    assert "text" in " ".join(_current(dialog)).lower()
    dialog.close()


def test_tab_goes_from_the_search_to_the_list(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.search
    dialog.close()


def test_an_action_without_a_key_says_no_key(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    rows = dict(dialog.visible_rows())
    assert rows["About Accessible Reader"] == messages.shortcut_no_key() == "No key"
    assert "" not in rows.values()
    # What a screen reader reads: the table's cells, row by row after the column headers.
    table = QAccessible.queryAccessibleInterface(dialog.table)
    cells = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    about = cells.index("About Accessible Reader")
    assert cells[about + 1] == "No key"
    assert all(cells[cells.index(action) + 1] for action in rows)  # no cell read "blank"
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "About Accessible Reader")
    assert dialog.table.item(row, 1).font().italic()  # told apart from a key's name
    dialog.close()


def test_a_removed_key_shows_no_key(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "where am")
    dialog.remove_selected()
    assert ("Where am I?", "No key") in dialog.visible_rows()
    dialog.close()


def test_the_table_holds_only_the_matches(window, qtbot):
    """Hidden rows are counted by a screen reader ("table with 46 rows" with one shown)."""
    dialog = open_shortcuts(window, qtbot)
    # On opening, Orca reads the count from the dialog's label: the field only gives the hint.
    assert dialog.search.accessibleDescription() == messages.shortcuts_search_description()
    qtbot.keyClicks(dialog.search, "about")
    assert dialog.table.rowCount() == 1
    assert QAccessible.queryAccessibleInterface(dialog.table).childCount() < 10
    assert dialog.shown_label.text() == "1 shortcut shown"
    assert window.statusBar().currentMessage() == "1 shortcut shown"  # said (no screen reader)
    # With one, Orca says the field's new description.
    assert dialog.search.accessibleDescription() == "1 shortcut shown"
    dialog.search.clear()
    assert dialog.table.rowCount() == len(dialog.visible_rows()) > 40
    dialog.close()


def test_searching_no_key_lists_the_actions_without_one(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "no key")
    rows = dialog.visible_rows()
    assert ("About Accessible Reader", "No key") in rows
    assert all(keys == "No key" for _action, keys in rows)
    dialog.close()


def test_down_with_nothing_matching_stays_in_the_search(window, qtbot):
    dialog = open_shortcuts(window, qtbot)
    qtbot.keyClicks(dialog.search, "zzzz")
    assert window.statusBar().currentMessage() == "0 shortcuts shown"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.search.hasFocus()
    dialog.close()
