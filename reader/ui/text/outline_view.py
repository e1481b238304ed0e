"""The outline: one tree item per section, nested by ``Section.level``.

Activating an item (Enter, a click) asks to read that section (``section_activated``); the
window moves the text's caret there and focus with it. ``follow`` makes the selected item track
the caret without emitting anything and without taking focus, so reading the text moves the
outline but never the other way round.

The tree has a *current* item only while it has keyboard focus; otherwise the section is shown
by the selection alone. Qt tells screen readers that the current item of a tree is "focused"
even when the tree is not (QAccessibleTableCell::state), and Orca then announced "Outline tree"
at start while the caret was in the text.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from reader import messages
from reader.document.model import Document, Section, SectionKind
from reader.ui.text.tooltips import plain_tooltip

_SECTION_ROLE = Qt.ItemDataRole.UserRole
OUTLINE_SLICE = 300  # items made per turn of the event loop


class OutlineView(QTreeWidget):
    section_activated = Signal(int)  # index into Document.sections

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
        self._sections: tuple[Section, ...] = ()
        self._questions = 0
        self._stack: list[tuple[int, QTreeWidgetItem]] = []  # open parents while filling
        self._wanted = -1  # a section to follow once its item is made
        self._filling = QTimer(self)
        self._filling.setInterval(0)
        self._filling.timeout.connect(self._add_more)
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def show_document(self, document: Document | None) -> None:
        blocker = QSignalBlocker(self)
        self._filling.stop()
        self.clear()
        self._items, self._stack, self._wanted = [], [], -1
        sections = self._sections = document.sections if document is not None else ()
        self._questions = sum(1 for s in sections if s.kind is SectionKind.QUESTION)
        self._add_items()
        if document is not None and not sections:
            placeholder = QTreeWidgetItem([messages.outline_empty()])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
            placeholder.setData(0, _SECTION_ROLE, -1)
            self.addTopLevelItem(placeholder)
        if self._items:
            self._mark(self._items[0])
        if len(self._items) < len(sections):
            self._filling.start()
        blocker.unblock()

    def _add_items(self) -> None:
        """The next ``OUTLINE_SLICE`` sections' items (a 6,500-question outline held the window
        1.7 s when made at once)."""
        sections = self._sections
        stack = self._stack
        first = len(self._items)
        for index in range(first, min(len(sections), first + OUTLINE_SLICE)):
            section = sections[index]
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            label = messages.section_label(section)
            spoken = messages.section_spoken(section, self._questions)
            parent = stack[-1][1] if stack else None
            item = QTreeWidgetItem([label]) if parent is None else QTreeWidgetItem(parent, [label])
            if parent is None:
                self.addTopLevelItem(item)
            elif not parent.isExpanded():
                # Expand only items with children: Qt reports an expanded leaf as "expanded"
                # too, and Orca said "expanded" after every question.
                parent.setExpanded(True)
            item.setData(0, _SECTION_ROLE, index)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(0, plain_tooltip(spoken))
            stack.append((section.level, item))
            self._items.append(item)

    def _add_more(self) -> None:
        blocker = QSignalBlocker(self)
        self._add_items()
        blocker.unblock()
        if len(self._items) >= len(self._sections):
            self._filling.stop()
        if 0 <= self._wanted < len(self._items):
            wanted, self._wanted = self._wanted, -1
            self.follow(wanted)

    def filling(self) -> bool:
        """Whether items are still being added (a long outline is made in slices)."""
        return self._filling.isActive()

    def follow(self, section_index: int) -> None:
        """Make ``section_index`` current, silently (no signal, no focus change)."""
        if len(self._items) <= section_index < len(self._sections):
            self._wanted = section_index  # once its item is made
            return
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

    def row_texts(self) -> list[str]:
        """The visible texts of all items in reading order (for tests and "where am I")."""
        return [item.text(0) for item in self._items]

    def item_for(self, section_index: int) -> QTreeWidgetItem:
        return self._items[section_index]

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, _SECTION_ROLE)
        if index is not None and int(index) >= 0:
            self.section_activated.emit(int(index))
