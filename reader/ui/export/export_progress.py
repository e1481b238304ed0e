"""The export's progress window: percent, the section being made, the time left, Cancel.

Not modal: the reader keeps reading (and may read aloud: the engine takes turns,
``reader.speech.shared_engine``) while the files are made. A screen reader hears the progress
only now and then (``reader.export.progress.worth_announcing``): each new section, each tenth.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.document.labels import shortened
from reader.export.job import ExportProgress
from reader.export.progress import worth_announcing
from reader.ui.shell.screen_reader import tell_screen_reader


class ExportProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, title: str, say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_progress")
        self.setWindowTitle(messages.export_progress_title(shortened(title, 40)))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._say = say
        self._announced: ExportProgress | None = None
        self.part = QLabel(messages.export_progress_starting(), self)
        self.part.setObjectName("export_part")
        self.part.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("export_bar")
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(messages.export_progress_name())
        self.time_left = QLabel(messages.export_time_unknown(), self)
        self.time_left.setObjectName("export_time_left")
        self.cancel_button = QPushButton(messages.export_cancel(), self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.part)
        layout.addWidget(self.bar)
        layout.addWidget(self.time_left)
        layout.addWidget(buttons)
        # Grows with what it says (a long question wraps onto more lines), never clips it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for a section's title on a line or two, in its font (large print)."""
        parent = self.parentWidget()
        screen = (parent or self).screen().availableGeometry()
        self.part.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 40,
                                      int(screen.width() * 0.6)))
        self.adjustSize()
        if parent is not None:  # over the middle of the window, within the screen
            frame = self.frameGeometry()
            frame.moveCenter(parent.frameGeometry().center())
            self.move(max(screen.left(), min(frame.left(), screen.right() - frame.width())),
                      max(screen.top(), min(frame.top(), screen.bottom() - frame.height())))
        super().showEvent(event)

    def show_progress(self, progress: ExportProgress) -> None:
        percent = int(progress.fraction * 100)
        self.bar.setValue(percent)
        self.part.setText(messages.export_making(progress.index + 1, progress.count,
                                                 progress.part.title))
        self.time_left.setText(_left(progress.seconds_left))
        if worth_announcing(self._announced, progress):
            self._announced = progress
            self.announce(messages.export_announced(percent, progress.index + 1,
                                                    progress.count, progress.part.label))

    def announce(self, text: str) -> None:
        """Through the screen reader where the focus is in this window, else as the main
        window says things (its status line, the screen reader or the app's own voice)."""
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self or not tell_screen_reader(focused,
                                                                                    text):
            self._say(text)

    def cancel(self) -> None:
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.part.setText(messages.export_cancelling())
            self.cancel_requested.emit()

    def reject(self) -> None:  # Esc: the same as Cancel (the window closes when it has ended)
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        event.ignore()  # it closes itself when the export has ended

    def done_exporting(self) -> None:
        """The export is over: the window goes, for good."""
        self.hide()
        self.deleteLater()


def _left(seconds: float | None) -> str:
    if seconds is None:
        return messages.export_time_unknown()
    return messages.export_time_left(round(seconds))
