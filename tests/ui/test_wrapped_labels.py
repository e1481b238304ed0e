"""Preferences' labels beside their fields show whole (reader.ui.appearance.dialog_fit): a
label given just the width Qt measured for it was painted on two lines in one line's height
("Paragraph spacing:", its second line cut). Each now has room for its words and a character
more, and the height of all its lines at the width it has."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLabel


def _labels_beside_fields(dialog):
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                yield item.widget()


def test_each_label_beside_its_field_has_room_for_its_lines(window, qtbot):
    dialog = window.appearance.preferences.show()
    qtbot.waitExposed(dialog)
    # A label that does not wrap (added after the dialog was fitted) cannot be cut so.
    labels = [label for label in _labels_beside_fields(dialog)
              if label.isVisible() and label.wordWrap()]
    assert any("Paragraph spacing" in label.text().replace("&", "") for label in labels)

    def fitted() -> bool:
        return all(label.width() >= label.sizeHint().width()
                   + QFontMetrics(label.font()).averageCharWidth()
                   and label.height() >= label.heightForWidth(label.width())
                   for label in labels)

    qtbot.waitUntil(fitted)
    dialog.reject()
