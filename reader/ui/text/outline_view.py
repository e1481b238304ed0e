"""The outline: one tree item per section, nested by ``Section.level``.

Activating an item (Enter, a click) asks to read that section (``section_activated``); the
window moves the text's caret there and focus with it. Its context menu (the Menu key, a right
click) is about the selected section; others fill it (``menu_opening``). ``follow`` makes the
selected item track the caret without emitting anything and without taking focus, so reading
the text moves the outline but never the other way round.

The tree has a *current* item only while it has keyboard focus; otherwise the section is shown
by the selection alone. Qt tells screen readers that the current item of a tree is "focused"
even when the tree is not (QAccessibleTableCell::state), and Orca then announced "Outline tree"
at start while the caret was in the text.

Showing another document takes the old rows out of the tree at once (one removal from the
model) and deletes them a slice per turn of the event loop afterwards: ``clear()`` deleted a
10 MB interview's 6 500 rows in the turn that showed the next document (9-18 ms).

The rows themselves, and their words made on first request, are ``OutlineRows``
(reader.ui.text.outline_rows); how a row is drawn, wrapped to its width, is ``WrappingDelegate``
(reader.ui.text.outline_drawing).
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget
from shiboken6 import delete

from reader import messages
from reader.document.model import Document
from reader.ui.text.outline_drawing import WrappingDelegate
from reader.ui.text.outline_rows import SECTION_ROLE, OutlineRows

_FREEING_SLICE_S = 0.004  # of each turn spent deleting the rows of a document left (1.5 ms/1000)


class OutlineView(QTreeWidget):
    section_activated = Signal(int)  # index into Document.sections
    menu_opening = Signal(QMenu, int)  # a context menu about this section: others fill it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(messages.outline_name())
        self.setAccessibleDescription(messages.outline_description())
        self.setColumnCount(1)
        self.setHeaderLabels([messages.outline_name()])  # hidden, but AT-SPI still lists it
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        self._items: list[QTreeWidgetItem] = []
        self.language = ""  # the document's: its rows' long words break at its syllables
        self._left: list[QTreeWidgetItem] = []  # rows of documents left, deleted a slice a turn
        self._freeing = QTimer(self, interval=0)
        self._freeing.timeout.connect(self._free_left_rows)
        self._context_menu: QMenu | None = None
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def show_document(self, document: Document | None, rows: OutlineRows | None = None) -> None:
        """Show ``document``'s sections; ``rows``: its items made beforehand (``OutlineRows``),
        used if they are that document's and not shown yet."""
        blocker = QSignalBlocker(self)
        self._leave_rows()
        self.language = document.language if document is not None else ""
        sections = document.sections if document is not None else ()
        if rows is None or not rows.take(sections):
            rows = OutlineRows(sections)
            rows.take(sections)
        self._items = rows.items
        self.addTopLevelItems(rows.top_level)  # at once: one insertion into the model, not 6 500
        if document is not None and not sections:
            placeholder = QTreeWidgetItem([messages.outline_empty()])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
            placeholder.setData(0, SECTION_ROLE, -1)
            self.addTopLevelItem(placeholder)
        # Expand only items with children: Qt reports an expanded leaf as "expanded" too, and Orca
        # said "expanded" after every question.
        for parent in rows.parents:
            parent.setExpanded(True)
        # A flat outline (an interview's) needs no room for expand arrows: at large sizes those
        # pixels are most of a word.
        self.setRootIsDecorated(bool(rows.parents))
        if self._items:
            self._mark(self._items[0])
        blocker.unblock()

    def language_learned(self, language: str) -> None:
        """The document's language, found after it was shown: long words break at its
        syllables."""
        self.language = language
        self.scheduleDelayedItemsLayout()

    def _leave_rows(self) -> None:
        """The rows shown go out of the tree now, and are deleted over the next turns."""
        self._left.extend(self.invisibleRootItem().takeChildren())  # owned by no one now
        self._items = []
        if self._left:
            self._freeing.start()

    def _free_left_rows(self) -> None:
        deadline = time.perf_counter() + _FREEING_SLICE_S
        while self._left and time.perf_counter() < deadline:
            item = self._left.pop()
            if item.childCount():  # deleted with it otherwise: taken out, for slices of their own
                self._left.extend(item.takeChildren())
            delete(item)
        if not self._left:
            self._freeing.stop()

    def freeing_rows(self) -> bool:
        """Whether rows of a document left are still to be deleted."""
        return bool(self._left)

    def row_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the row of ``index`` has for its text, past its indentation."""
        depth = 1 if self.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        return max(1, self.viewport().width() - self.indentation() * depth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows wrap anew

    def follow(self, section_index: int) -> None:
        """Make ``section_index`` current, silently (no signal, no focus change)."""
        if not 0 <= section_index < len(self._items):
            return
        item = self._items[section_index]
        if self.selectedItems() == [item]:
            return
        blocker = QSignalBlocker(self)
        # Qt repaints the rows selected and unselected where they are: with rows of their own
        # heights it measures every row between the two, 6 500 of them for a jump to the end of
        # a 10 MB interview (3 s). The whole outline is repainted instead, and only the rows
        # shown are measured.
        self.setUpdatesEnabled(False)
        self._mark(item)
        self.setUpdatesEnabled(True)
        blocker.unblock()
        self.scrollToItem(item)

    def _mark(self, item: QTreeWidgetItem) -> None:
        if self.hasFocus():
            self.setCurrentItem(item)
        else:
            self.clearSelection()
            item.setSelected(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        selected = self.selectedItems()
        if selected:
            blocker = QSignalBlocker(self)
            self.setCurrentItem(selected[0])
            blocker.unblock()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        blocker = QSignalBlocker(self)
        self.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        blocker.unblock()

    def current_section(self) -> int:
        """The section the outline shows as current (selected), -1 if none."""
        selected = self.selectedItems()
        item = selected[0] if selected else None
        if item is None:
            return -1
        value = item.data(0, SECTION_ROLE)
        return int(value) if value is not None else -1

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.itemAt(self.viewport().mapFromGlobal(event.globalPos()))
            if item is not None:
                self.setCurrentItem(item)  # the row clicked is the one the menu is about
        selected = self.selectedItems()
        if not selected:
            return
        menu = self.context_menu(self.current_section())
        if menu.isEmpty():
            return
        where = event.globalPos()
        if event.reason() != QContextMenuEvent.Reason.Mouse:  # the Menu key: at the row
            where = self.viewport().mapToGlobal(self.visualItemRect(selected[0]).bottomLeft())
        self._context_menu = menu  # kept alive while it shows
        menu.popup(where)

    def context_menu(self, section_index: int) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("outline_menu")
        self.menu_opening.emit(menu, section_index)
        return menu

    def row_texts(self) -> list[str]:
        """The visible texts of all items in reading order (for tests and "where am I"), as
        words: without the isolates that set a right-to-left question's direction."""
        return [messages.without_isolates(item.text(0)) for item in self._items]

    def item_for(self, section_index: int) -> QTreeWidgetItem:
        return self._items[section_index]

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, SECTION_ROLE)
        if index is not None and int(index) >= 0:
            self.section_activated.emit(int(index))
