"""Navigate > Go to question (Ctrl+G): a labelled number field, OK and Cancel.

A number out of range (or not a number) keeps the dialog open with the reason shown under the
field, set as the field's description and said aloud (``say``), the field's text selected so
that typing replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.ui.appearance.dialog_fit import fit_dialog


class GoToQuestionDialog(QDialog):
    chosen = Signal(int)  # the question number, 1-based

    def __init__(self, count: int, say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("go_to_dialog")
        self.setWindowTitle(messages.go_to_title())
        self.setAccessibleName(messages.go_to_title())
        self._count = count
        self._say = say
        self.field = QLineEdit(self)
        self.field.setObjectName("question_number")
        self.field.setAccessibleName(messages.go_to_label(count).replace("&", ""))
        self.error = QLabel(self)
        self.error.setObjectName("go_to_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        form = QFormLayout()
        form.addRow(messages.go_to_label(count), self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_dialog(self)
        self.field.setFocus()

    def _check(self) -> None:
        text = self.field.text().strip()
        number = int(text) if text.isdigit() else 0
        if 1 <= number <= self._count:
            self.accept()
            self.chosen.emit(number)
            return
        problem = messages.go_to_out_of_range(text, self._count)
        self.error.setText(problem)
        self.error.show()
        self.adjustSize()  # room for the wrapped message
        self.field.setAccessibleDescription(problem)
        self.field.setFocus()
        self.field.selectAll()
        self._say(problem)
