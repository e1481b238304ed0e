"""Help > Keyboard shortcuts (F1): the actions table as a list a screen reader can walk row by
row, searchable by typing, and, for the main window, editable.

The search field comes first: typing filters the rows (action name or key, ignoring case and
accents) and the list holds only the matches; Down (or Tab) moves into it, on its first row.
An action without a key says "No key" rather than showing an empty cell. With an ``editor``
(reader.ui.keyboard.shortcut_settings), the selected action's key can be changed (Enter or
Change key…:
``KeyDialog``, which reports a conflict and lets the user take the key or cancel), removed,
reset to its default, and all keys reset. Without one (the presenter's key list) the dialog
only lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.document.search import fold
from reader.ui.actions import plain_text, spec
from reader.ui.appearance.dialog_fit import fit_dialog
from reader.ui.shell.screen_reader import screen_reader_listening

if TYPE_CHECKING:
    from reader.ui.keyboard.key_dialog import KeyDialog
    from reader.ui.keyboard.shortcut_settings import ShortcutEditor


class _SearchField(QLineEdit):
    def __init__(self, table: QTableWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            if self._table.rowCount():  # nothing matches: stay, the count was said
                # From the search, Down always starts at the top of what matches.
                self._table.setCurrentCell(0, 0)
                self._table.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            super().keyPressEvent(event)


def _keys_item(keys: str) -> QTableWidgetItem:
    """An action without a key says so, in words: an empty cell is read "blank" by Orca and
    looks like a gap to a sighted reader. Italic tells it apart from a key's name."""
    if keys:
        return QTableWidgetItem(keys)
    item = QTableWidgetItem(messages.shortcut_no_key())
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    return item


class _ShortcutTable(QTableWidget):
    def __init__(self, rows: int, parent: QWidget, on_enter: Callable[[], object]) -> None:
        super().__init__(rows, 2, parent)
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
        else:
            super().keyPressEvent(event)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None, *,
                 editor: ShortcutEditor | None = None,
                 say: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(messages.shortcuts_title())
        self.setAccessibleName(messages.shortcuts_title())
        self._editor = editor
        self._say = say or (lambda text: None)
        self._rows: list[tuple[str, str, str]] = []  # (action id or "", action, keys)
        self._ids: list[str] = []  # of the rows in the table, which match the search
        table = _ShortcutTable(0, self, self.change_selected)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(messages.shortcuts_table_name())
        table.setHorizontalHeaderLabels(
            [messages.shortcuts_column_action(), messages.shortcuts_column_keys()]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table = table
        self.search = _SearchField(table, self)
        self.search.setObjectName("shortcuts_search")
        self.search.setAccessibleName(messages.shortcuts_search_name())
        self.search.setAccessibleDescription(messages.shortcuts_search_description())
        self.search.textChanged.connect(self.filter)
        search_label = QLabel(messages.shortcuts_search_label(), self)
        search_label.setBuddy(self.search)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("shortcuts_shown")
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.shown_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table)
        if editor is not None:
            layout.addLayout(self._edit_buttons())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill([("", action, keys) for action, keys in rows] if editor is None
                   else editor.rows())
        self.resize(640, 520)
        fit_dialog(self)
        # The table is made first (the search field needs it): Tab must still go from the
        # search to the results it filters, not past them to the buttons.
        QWidget.setTabOrder(self.search, table)
        self.search.setFocus()

    def _edit_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in (
            ("shortcut_change", messages.shortcuts_change(), self.change_selected),
            ("shortcut_remove", messages.shortcuts_remove(), self.remove_selected),
            ("shortcut_reset", messages.shortcuts_reset(), self.reset_selected),
            ("shortcut_reset_all", messages.shortcuts_reset_all(), lambda: self.reset_all()),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # --- The list ---------------------------------------------------------------------------

    def _fill(self, rows: Sequence[tuple[str, str, str]], keep: str = "") -> None:
        self._rows = list(rows)
        self._show(self.search.text(), keep)

    def _show(self, query: str, keep: str = "") -> str:
        """Put in the table the rows matching ``query``, the current one on ``keep``'s row
        (an action id) or the first. Rows that do not match are left out, not hidden: a screen
        reader counts hidden rows ("table with 46 rows" with one in sight). Returns the count
        of rows shown, in words."""
        wanted = fold(query.strip())
        no_key = messages.shortcut_no_key()
        rows = [(action_id, action, keys) for action_id, action, keys in self._rows
                if not wanted or wanted in fold(f"{action} {keys or no_key}")]  # as shown
        self._ids = [action_id for action_id, _a, _k in rows]
        self.table.setRowCount(len(rows))
        for row, (_id, action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            self.table.setItem(row, 1, _keys_item(keys))
        if rows:
            # "" is the id of every row that cannot be edited: it keeps nothing.
            self.table.setCurrentCell(self._ids.index(keep) if keep and keep in self._ids
                                      else 0, 0)
        shown = messages.shortcuts_shown(len(rows))
        self.shown_label.setText(shown)
        return shown

    def visible_rows(self) -> list[tuple[str, str]]:
        return [(self._cell_text(row, 0), self._cell_text(row, 1))
                for row in range(self.table.rowCount())]

    def _cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def filter(self, query: str) -> None:
        shown = self._show(query)
        # Said through the search field, which has the focus: its description becomes the
        # count, and Orca speaks a change of its focused control's description (as
        # reader.ui.shell.screen_reader explains; the window's way, through its text view, cannot
        # work behind this dialog). Left in place, the count is also said when the search
        # gets the focus again. With no screen reader, the app's own voice says it.
        self.search.setAccessibleDescription(shown)
        if query.strip() and not (self.search.hasFocus() and screen_reader_listening()):
            self._say(shown)

    def _selected_id(self) -> str:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._ids):
            return ""
        return self._ids[row]

    def _refresh(self, keep: str) -> None:
        if self._editor is not None:
            self._fill(self._editor.rows(), keep)

    # --- Editing ----------------------------------------------------------------------------

    def change_selected(self) -> KeyDialog | None:
        action_id, editor = self._selected_id(), self._editor
        if editor is None or not action_id:
            return None
        name = plain_text(spec(action_id).text())
        if not editor.editable(action_id):
            self._say(messages.shortcut_not_editable(name))
            QMessageBox.information(self, messages.shortcuts_title(),
                                    messages.shortcut_not_editable(name))
            return None
        from reader.ui.keyboard.key_dialog import KeyDialog

        dialog = KeyDialog(name, lambda keys: self._verdict(editor, action_id, keys), self._say,
                           self)
        dialog.setFont(self.font())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assign(editor, action_id, dialog.keys))
        dialog.open()
        return dialog

    def _verdict(self, editor: ShortcutEditor, action_id: str, keys: str) -> tuple[str, bool]:
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        if editor.reserved(keys):
            return messages.key_reserved(shown), False
        own = {QKeySequence(k).toString() for k in editor.keys_of(action_id)}
        if QKeySequence(keys).toString() in own:
            return messages.key_already_own(shown), True
        others = editor.conflicts(action_id, keys)
        if others:
            return messages.key_conflict(shown, plain_text(spec(others[0]).text())), True
        return messages.key_free(shown), True

    def _assign(self, editor: ShortcutEditor, action_id: str, keys: str) -> None:
        if not keys or editor.reserved(keys):
            return
        editor.assign(action_id, keys)
        self._refresh(action_id)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        self._say(messages.key_changed(plain_text(spec(action_id).text()), shown))
        self.table.setFocus()

    def remove_selected(self) -> None:
        action_id = self._selected_id()
        if self._editor is None or not action_id or not self._editor.editable(action_id):
            return
        self._editor.remove(action_id)
        self._refresh(action_id)
        self._say(messages.key_removed(plain_text(spec(action_id).text())))

    def reset_selected(self) -> None:
        action_id = self._selected_id()
        if self._editor is None or not action_id:
            return
        self._editor.reset(action_id)
        self._refresh(action_id)
        self._say(messages.keys_reset(plain_text(spec(action_id).text())))

    def reset_all(self, *, confirm: bool = True) -> None:
        if self._editor is None:
            return
        if confirm and QMessageBox.question(
                self, messages.shortcuts_title(), messages.shortcuts_reset_all_question(),
        ) != QMessageBox.StandardButton.Yes:
            return
        keep = self._selected_id()
        self._editor.reset_all()
        self._refresh(keep)
        self._say(messages.keys_reset_all())
