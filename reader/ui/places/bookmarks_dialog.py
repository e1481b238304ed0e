"""Bookmarks > Show bookmarks (Ctrl+Shift+B): the document's bookmarks, to go to, rename, delete.

A list a screen reader walks row by row ("Question 3: … (42 %)"); Enter goes to the bookmark,
F2 renames, Delete deletes; the same as buttons with mnemonics. The dialog edits a copy and
reports every change through ``changed`` (the caller saves), and ``chosen`` for Go to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.ui.appearance.dialog_fit import fit_dialog
from reader.ui.places.reading_places import Bookmark


class BookmarkList(QListWidget):
    go_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_requested.emit()
        elif key == Qt.Key.Key_F2:
            self.rename_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class BookmarksDialog(QDialog):
    changed = Signal(list)  # list[Bookmark], after a rename or a delete
    chosen = Signal(int)  # the offset to go to

    def __init__(self, marks: list[Bookmark], percent_of: Callable[[int], int],
                 say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks_dialog")
        self.setWindowTitle(messages.bookmarks_title())
        self.setAccessibleName(messages.bookmarks_title())
        self._marks = list(marks)
        self._percent_of = percent_of
        self._say = say
        self.list = BookmarkList(self)
        self.list.setObjectName("bookmarks_list")
        self.list.setAccessibleName(messages.bookmarks_list_name())
        self.list.setWordWrap(True)  # long labels wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(messages.bookmarks_empty(), self)
        self.empty.setWordWrap(True)
        self.go_button = self._button("bookmark_go", messages.bookmarks_go(), self._go)
        self.rename_button = self._button("bookmark_rename", messages.bookmarks_rename(),
                                          self._rename)
        self.delete_button = self._button("bookmark_delete", messages.bookmarks_delete(),
                                          self._delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._close = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        for button in (self.go_button, self.rename_button, self.delete_button):
            layout.addWidget(button)
        layout.addWidget(close)
        self.resize(760, 440)
        fit_dialog(self)
        self.list.go_requested.connect(self._go)
        self.list.rename_requested.connect(self._rename)
        self.list.delete_requested.connect(self._delete)
        self.list.itemActivated.connect(lambda _item: self._go())
        self._fill()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Return on a focused button presses it (the list takes Return itself, for Go).
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _fill(self, current: int = 0) -> None:
        self.list.clear()
        for mark in self._marks:
            QListWidgetItem(messages.bookmark_row(mark.label, self._percent_of(mark.offset)),
                            self.list)
        has_marks = bool(self._marks)
        self.empty.setVisible(not has_marks)
        for button in (self.go_button, self.rename_button, self.delete_button):
            button.setEnabled(has_marks)
        if has_marks:
            self.list.setCurrentRow(min(current, len(self._marks) - 1))
            self.list.setFocus()

    def _selected(self) -> int:
        row = self.list.currentRow()
        return row if 0 <= row < len(self._marks) else -1

    def _go(self) -> None:
        row = self._selected()
        if row >= 0:
            self.accept()
            self.chosen.emit(self._marks[row].offset)

    def _rename(self) -> None:
        row = self._selected()
        if row < 0:
            return
        label, ok = QInputDialog.getText(self, messages.bookmark_rename_title(),
                                         messages.bookmark_rename_label(),
                                         text=self._marks[row].label)
        if ok and label.strip():
            self.rename(row, label.strip())

    def rename(self, row: int, label: str) -> None:
        self._marks[row] = Bookmark(self._marks[row].offset, label)
        self._fill(row)
        self.changed.emit(list(self._marks))

    def _delete(self) -> None:
        row = self._selected()
        if row < 0:
            return
        gone = self._marks.pop(row)
        self._fill(row)
        self.changed.emit(list(self._marks))
        self._say(messages.bookmark_deleted(gone.label))
        if not self._marks:
            self._close.setFocus()
