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

Showing another document takes the old rows out of the tree at once (one removal from the
model) and deletes them a slice per turn of the event loop afterwards: ``clear()`` deleted a
10 MB interview's 6 500 rows in the turn that showed the next document (9-18 ms).

Rows wrap rather than end in "…": at large sizes a cut row showed "Question 2: …" and no word
of the question. A tree view asks its delegate for a row's height without saying how wide the
row is, so ``_WrappingDelegate`` tells it, and a change of width lays the rows out again.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import delete

from reader import messages
from reader.document.model import Document, Section, SectionKind
from reader.ui.text.long_words import hyphenated
from reader.ui.text.tooltips import plain_tooltip

_SECTION_ROLE = Qt.ItemDataRole.UserRole
_LABEL_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value})
_SPOKEN_ROLE = Qt.ItemDataRole.AccessibleTextRole.value
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value
# Around a row's text: the focus frame's margin (2 px in Qt's Fusion and common styles) and one
# pixel, as Qt's own item views leave.
_TEXT_MARGIN = 3
_FREEING_SLICE_S = 0.004  # of each turn spent deleting the rows of a document left (1.5 ms/1000)


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
            if role in (_SPOKEN_ROLE, _TOOLTIP_ROLE):
                if self._spoken is None:
                    self._spoken = messages.section_spoken(self._section, self._total)
                # A heading may read "<img width=60000>": the tooltip shows it as characters.
                return self._spoken if role == _SPOKEN_ROLE else plain_tooltip(self._spoken)
            if role == _SECTION_ROLE.value:
                return self._index
        return super().data(column, role)


_HEIGHTS_KEPT = 20_000  # rows' heights kept: a 10 MB interview's 6 500 rows at three widths


class _WrappingDelegate(QStyledItemDelegate):
    """A row as tall as its text wrapped to the width the row has; a word wider than the row
    (a long word at 96 pt) breaks at a syllable, with a hyphen (reader.ui.text.long_words)."""

    def __init__(self, view: OutlineView) -> None:
        super().__init__(view)
        self._view = view
        # Qt measures the rows again at every restyle (a theme change): kept per text, font
        # and width, they are measured once.
        self._heights: dict[tuple[str, str, int, str], tuple[str, int]] = {}  # and text shown

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.row_width(index) - 2 * _TEXT_MARGIN
        _shown, height = self.wrapped(str(index.data()), option.font, width)
        return QSize(width, height + 2 * _TEXT_MARGIN)

    def wrapped(self, text: str, font: QFont, width: int) -> tuple[str, int]:
        """``text`` as shown (hyphenated where a word is wider than the row), and its height."""
        key = (text, font.key(), width, self._view.language)
        made = self._heights.get(key)
        if made is None:
            if len(self._heights) >= _HEIGHTS_KEPT:
                self._heights.clear()
            shown = hyphenated(text, font, width, self._view.language)
            made = self._heights[key] = (shown, wrapped_height(shown, font, width))
        return made

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # Qt draws the row, its selection and focus; paint adds the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        # Asked of the selection, not of the option's QStyle flags: PySide makes QStyle's
        # Python enums when the class is first used, 15-20 ms of start-up.
        selected = self._view.selectionModel().isSelected(index)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        rect = QRectF(option.rect.adjusted(_TEXT_MARGIN, _TEXT_MARGIN, -_TEXT_MARGIN,
                                           -_TEXT_MARGIN))
        shown, _height = self.wrapped(str(index.data()), option.font, round(rect.width()))
        painter.drawText(rect, shown, _wrapping())
        painter.restore()


def _wrapping() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text`` in ``font`` wrapped at word boundaries (or anywhere in a word
    wider than ``width``)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        height += line.height()
    layout.endLayout()
    return max(QFontMetrics(font).height(), round(height + 0.5))


class OutlineRows:
    """A document's outline items, nested, not yet in a tree: made off the GUI thread while a
    large document opens (items are no QObjects: any thread may make them), shown once.

    Making 6 500 items took about 20 ms of the window's time, and a model answering Qt from
    Python far more: a tree view asks its model for every row's index, flags and children when
    it lays the rows out (26 000 calls into Python for 6 500 sections, 70-100 ms)."""

    def __init__(self, sections: tuple[Section, ...]) -> None:
        self._sections = sections
        total = sum(1 for s in sections if s.kind is SectionKind.QUESTION)
        self.items: list[QTreeWidgetItem] = []
        self.top_level: list[QTreeWidgetItem] = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for index, section in enumerate(sections):
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            item = _SectionItem(section, index, total)
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.top_level.append(item)
            stack.append((section.level, item))
            self.items.append(item)
        self.parents = [item for item in self.items if item.childCount()]
        self._taken = False

    def take(self, sections: tuple[Section, ...]) -> bool:
        """Whether these are the rows of ``sections``, not shown yet (a tree owns its items:
        they can be shown once)."""
        if self._taken or self._sections is not sections:
            return False
        self._taken = True
        return True


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
        self.setItemDelegate(_WrappingDelegate(self))
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
            placeholder.setData(0, _SECTION_ROLE, -1)
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
