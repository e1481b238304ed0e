"""File > Export audio…: where the files go, their format, and which sections.

Every field has a label with a mnemonic (its buddy), so a screen reader names it and the keyboard
reaches it in one key; the dialog grows with the font (low vision) and never has a fixed size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.export.encoding import AudioFormat
from reader.export.parts import Part
from reader.ui.shell.quiet_choices import set_choices


@dataclass(frozen=True, slots=True)
class ExportChoice:
    folder: Path
    audio_format: AudioFormat
    parts: tuple[Part, ...]  # () for all


class ExportDialog(QDialog):
    def __init__(self, title: str, parts: list[Part], folder: Path,
                 audio_format: AudioFormat = AudioFormat.OPUS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(messages.export_dialog_title())
        self._parts: list[Part] = []
        intro = QLabel(self)
        intro.setWordWrap(True)
        self._intro = intro

        self.folder = QLineEdit(self)
        self.folder.setObjectName("export_folder")
        self.folder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.choose = QPushButton(messages.export_folder_choose(), self)
        self.choose.setAccessibleName(messages.export_folder_choose_name())
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)

        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        set_choices(self.format,
                    ((messages.export_format_choice(f.extension), f) for f in AudioFormat))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # at 96 pt too
        form.addRow(_buddy(messages.export_folder_label(), self.folder, self), folder_row)
        form.addRow(_buddy(messages.export_format_label(), self.format, self), self.format)

        self.all_sections = QRadioButton(self)
        self.some_sections = QRadioButton(messages.export_some_sections(), self)
        group = QButtonGroup(self)
        group.addButton(self.all_sections)
        group.addButton(self.some_sections)
        self.first = self._part_list("export_first")
        self.last = self._part_list("export_last")
        range_form = QFormLayout()
        range_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        range_form.addRow(_buddy(messages.export_from_label(), self.first, self), self.first)
        range_form.addRow(_buddy(messages.export_to_label(), self.last, self), self.last)
        sections = QGroupBox(messages.export_sections_group(), self)
        sections_layout = QVBoxLayout(sections)
        sections_layout.addWidget(self.all_sections)
        sections_layout.addWidget(self.some_sections)
        sections_layout.addLayout(range_form)
        self.some_sections.toggled.connect(self._range_enabled)
        self.first.currentIndexChanged.connect(lambda i: self._keep_order(first_moved=True))
        self.last.currentIndexChanged.connect(lambda i: self._keep_order(first_moved=False))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(messages.export_start(),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # In large print the fields may be taller than the screen: they scroll, the buttons
        # stay in sight.
        fields = QWidget(self)
        column = QVBoxLayout(fields)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(sections)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fields = fields
        self.reopen(title, parts, folder, audio_format)

    def reopen(self, title: str, parts: list[Part], folder: Path,
               audio_format: AudioFormat) -> None:
        """As new, for the document ``title`` of ``parts``. The dialog is kept between openings
        (reader.ui.shell.kept_dialogs says why): only what differs changes."""
        self._intro.setText(messages.export_dialog_intro(title))
        if parts != self._parts:
            self._parts = parts
            self.all_sections.setText(messages.export_all_sections(len(parts)))
            for combo in (self.first, self.last):
                set_choices(combo, [(messages.export_part_choice(part.number, part.title), None)
                                    for part in parts])
        self.last.setCurrentIndex(len(parts) - 1)
        self.first.setCurrentIndex(0)
        self.all_sections.setChecked(True)
        self._range_enabled(False)
        self.folder.setText(str(folder))
        self.format.setCurrentIndex(list(AudioFormat).index(audio_format))
        self.folder.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """As large as the fields want (the font may be large), within the screen."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = self._fields.sizeHint()
        self.resize(min(wanted.width() + 40, int(screen.width() * 0.95)),
                    min(wanted.height() + 90, int(screen.height() * 0.9)))
        super().showEvent(event)

    def choice(self) -> ExportChoice:
        chosen: tuple[Part, ...] = ()
        if self.some_sections.isChecked():
            chosen = tuple(self._parts[self.first.currentIndex():self.last.currentIndex() + 1])
        audio_format = self.format.currentData()
        assert isinstance(audio_format, AudioFormat)
        return ExportChoice(Path(self.folder.text().strip()).expanduser(), audio_format, chosen)

    def _part_list(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)  # long questions are cut, not the dialog widened
        return combo

    def _range_enabled(self, enabled: bool) -> None:
        self.first.setEnabled(enabled)
        self.last.setEnabled(enabled)

    def _keep_order(self, *, first_moved: bool) -> None:
        """From never after To: the other end follows."""
        if self.first.currentIndex() > self.last.currentIndex():
            if first_moved:
                self.last.setCurrentIndex(self.first.currentIndex())
            else:
                self.first.setCurrentIndex(self.last.currentIndex())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, messages.export_folder_dialog_title(), self.folder.text())
        if folder:
            self.folder.setText(folder)


def plain(text: str) -> str:
    """A label's text without its mnemonic marker or colon, as an accessible name."""
    return text.replace("&", "").rstrip(":")


def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    if not field.accessibleName():  # Orca names a field by it, whatever the label relation
        field.setAccessibleName(plain(text))
    return label
