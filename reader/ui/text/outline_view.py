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

An item's words (its label, and the spoken text also shown as its tooltip) are made when Qt
first asks for them, which it does for the rows on screen: a 10 MB interview has 6 500
sections, and making every item's words up front held the window for over a second.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from reader import messages
from reader.document.model import Document, Section, SectionKind

_SECTION_ROLE = Qt.ItemDataRole.UserRole
_LABEL_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value})
_SPOKEN_ROLES = frozenset({Qt.ItemDataRole.AccessibleTextRole.value,
                           Qt.ItemDataRole.ToolTipRole.value})


class _SectionItem(QTreeWidgetItem):
    """One section; its words are made on first request (``data``), then kept."""

    def __init__(self, section: Section, index: int, total: int) -> None:
        super().__init__()
        self._section, self._index, self._total = section, index, total
        self._label: str | None = None
        self._spoken: str | None = None

    def data(self, column: int, role: int) -> Any:
        if column == 0:
            role = getattr(role, "value", role)  # an int from Qt, an enum from Python
            if role in _LABEL_ROLES:
                if self._label is None:
                    self._label = messages.section_label(self._section)
                return self._label
            if role in _SPOKEN_ROLES:
                if self._spoken is None:
                    self._spoken = messages.section_spoken(self._section, self._total)
                return self._spoken
            if role == _SECTION_ROLE.value:
                return self._index
        return super().data(column, role)


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
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setExpandsOnDoubleClick(False)
        self._items: list[QTreeWidgetItem] = []
        self._context_menu: QMenu | None = None
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def show_document(self, document: Document | None) -> None:
        blocker = QSignalBlocker(self)
        self.clear()
        self._items = []
        sections = document.sections if document is not None else ()
        total = sum(1 for s in sections if s.kind is SectionKind.QUESTION)
        stack: list[tuple[int, QTreeWidgetItem]] = []
        top_level: list[QTreeWidgetItem] = []
        for index, section in enumerate(sections):
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            item = _SectionItem(section, index, total)
            if stack:
                stack[-1][1].addChild(item)
            else:
                top_level.append(item)
            stack.append((section.level, item))
            self._items.append(item)
        self.addTopLevelItems(top_level)  # at once: one insertion into the model, not 6 500
        if document is not None and not sections:
            placeholder = QTreeWidgetItem([messages.outline_empty()])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
            placeholder.setData(0, _SECTION_ROLE, -1)
            self.addTopLevelItem(placeholder)
        # Expand only items with children: Qt reports an expanded leaf as "expanded" too, and Orca
        # said "expanded" after every question.
        for section_item in self._items:
            if section_item.childCount():
                section_item.setExpanded(True)
        if self._items:
            self._mark(self._items[0])
        blocker.unblock()

    def follow(self, section_index: int) -> None:
        """Make ``section_index`` current, silently (no signal, no focus change)."""
        if not 0 <= section_index < len(self._items):
            return
        item = self._items[section_index]
        if self.selectedItems() == [item]:
            return
        blocker = QSignalBlocker(self)
        self._mark(item)
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
        value = item.data(0, _SECTION_ROLE)
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
        """The visible texts of all items in reading order (for tests and "where am I")."""
        return [item.text(0) for item in self._items]

    def item_for(self, section_index: int) -> QTreeWidgetItem:
        return self._items[section_index]

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, _SECTION_ROLE)
        if index is not None and int(index) >= 0:
            self.section_activated.emit(int(index))
