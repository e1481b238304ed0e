"""Lists of choices and spin boxes filled in one step, so that a screen reader is told of each
once (``reader.ui.shell.kept_dialogs`` says why dialogs are kept and built ahead)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QListView,
    QSpinBox,
)

SEPARATOR = object()  # in set_choices' entries: a line between two groups of choices


def set_choices(combo: QComboBox, entries: Iterable[tuple[str, object] | object]) -> None:
    """``combo``'s choices become ``entries`` (text and data, or ``SEPARATOR``), the first
    chosen. The list is made apart and handed over whole: added a row at a time, it sent a
    screen reader an event per row (a hundred languages, a hundred events). The drop-down
    list becomes a ``QuietChoiceList``."""
    if not isinstance(combo.view(), QuietChoiceList):
        quiet = QuietChoiceList()
        quiet.setAccessibleName(combo.view().accessibleName())
        combo.setView(quiet)  # which deletes the list it had
    model = QStandardItemModel(combo)
    for entry in entries:
        if entry is SEPARATOR:  # as QComboBox.insertSeparator marks one
            item = QStandardItem()
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData("separator", Qt.ItemDataRole.AccessibleDescriptionRole)
        else:
            text, data = entry  # type: ignore[misc]
            item = QStandardItem(text)
            item.setData(data, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    combo.setModel(model)  # which deletes the list it had, a child of the combo box too


class QuietChoiceList(QListView):
    """A list of choices that tells a screen reader its row chosen only while it is shown.
    Qt's tells it at every change, shown or not: a row selected and a list changed, the two
    events Orca takes longest over (0.2 s each on a busy machine), for every value a dialog
    is built or reopened with."""

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.isVisible():
            super().selectionChanged(selected, deselected)
        else:  # what QListView adds to it is the screen reader's events
            QAbstractItemView.selectionChanged(self, selected, deselected)


def set_up_spin_box(box: QSpinBox | QDoubleSpinBox, limits: tuple[float, float],
                    step: float, suffix: str, value: float, decimals: int = 2) -> None:
    """A new spin box's range, step, unit and first value, with its text written once: each
    setting rewrote the text, and each rewrite sent a screen reader three or four events
    (Preferences' seven boxes, some 80 events). ``decimals`` for a QDoubleSpinBox."""
    # The ignores below: a QSpinBox is given ints, as ``number`` makes them (mypy cannot tell).
    number = float if isinstance(box, QDoubleSpinBox) else int
    low, high = number(limits[0]), number(limits[1])
    if isinstance(box, QDoubleSpinBox) and box.decimals() != decimals:
        box.setDecimals(decimals)  # which writes the text whatever comes after
    box.clear()  # Qt leaves a cleared box's text alone until a value is set
    box.setSingleStep(number(step))  # type: ignore[arg-type]
    box.setSuffix(suffix)
    box.setRange(min(low, 0), max(high, 0))  # type: ignore[arg-type]  # its value, 0, in range
    box.setValue(number(value))  # type: ignore[arg-type]  # the one rewrite
    box.setRange(low, high)  # type: ignore[arg-type]
