"""The outline's rows: one tree item per section, nested by ``Section.level``, not yet in a tree.

An item's words (its label, and the spoken text also shown as its tooltip) are made when Qt
first asks for them, which it does for the rows on screen: a 10 MB interview has 6 500
sections, and making every item's words up front held the window for over a second.

Items are no QObjects, so any thread may make them: a large document's rows are made in the
worker that opens it (reader.ui.opening.background_open) and shown once by ``OutlineView``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from reader import messages
from reader.document.model import Section, SectionKind
from reader.ui.text.tooltips import plain_tooltip

SECTION_ROLE = Qt.ItemDataRole.UserRole  # an item's index into Document.sections (-1: none)
_LABEL_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value})
_SPOKEN_ROLE = Qt.ItemDataRole.AccessibleTextRole.value
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value


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
                    self._label = messages.section_label_shown(self._section)
                return self._label
            if role in (_SPOKEN_ROLE, _TOOLTIP_ROLE):
                if self._spoken is None:
                    self._spoken = messages.section_spoken(self._section, self._total)
                # A heading may read "<img width=60000>": the tooltip shows it as characters.
                return self._spoken if role == _SPOKEN_ROLE else plain_tooltip(self._spoken)
            if role == SECTION_ROLE.value:
                return self._index
        return super().data(column, role)


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
