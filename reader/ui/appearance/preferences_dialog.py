"""Preferences (Ctrl+,): typography, colours and reading aids, shown live in the window.

Every change is sent at once (``changed``) and the window shows it; OK keeps it, Cancel (or Esc)
puts back what the reader had. Every control has a label that is its buddy (so a screen reader
says the label, and Alt+letter reaches it), a keyboard path, and Qt's focus frame; the form sits
in a scroll area, so at very large sizes nothing is out of reach.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader import messages
from reader.appearance.preferences import (
    ALIGNMENTS,
    DEFAULTS,
    LIMITS,
    LINE_FOCUS_SIZES,
    PRESETS,
    READING_FONTS,
    WCAG_TEXT_SPACING,
    Appearance,
    AppearanceValues,
    clean,
    with_preset,
)
from reader.appearance.themes import THEME_IDS, Theme, custom_colour_warnings
from reader.ui.appearance.dialog_fit import (
    SCREEN_SHARE,
    following_scroll_area,
    narrow_choices,
    stack_buttons,
    stack_form_rows,
    wrap_labels,
)
from reader.ui.shell.kept_dialogs import BuiltInParts
from reader.ui.shell.quiet_choices import SEPARATOR, set_choices, set_up_spin_box

ColourField = Literal["text_colour", "background_colour", "link_colour", "highlight_colour"]
SpacingField = Literal["line_height", "paragraph_spacing", "letter_spacing", "word_spacing",
                       "margin"]

COLOUR_FIELDS: dict[str, ColourField] = {
    "text": "text_colour", "background": "background_colour", "link": "link_colour",
    "highlight": "highlight_colour"}
# (field, label, unit, step, decimals)
_SPACING: tuple[tuple[SpacingField, Callable[[], str], Callable[[], str], float, int], ...] = (
    ("line_height", messages.label_line_height, messages.unit_times, 0.1, 2),
    ("paragraph_spacing", messages.label_paragraph_spacing, messages.unit_em, 0.1, 2),
    ("letter_spacing", messages.label_letter_spacing, messages.unit_em, 0.01, 2),
    ("word_spacing", messages.label_word_spacing, messages.unit_em, 0.01, 2),
    ("margin", messages.label_margin, messages.unit_em, 0.5, 1),
)


class PreferencesDialog(QDialog, BuiltInParts):
    """Built whole, or, given ``in_parts``, in the parts ``build_part`` adds one at a time:
    built ahead for a screen reader, each part sends it few enough events that it keeps up
    (reader.ui.shell.kept_dialogs)."""

    changed = Signal(object)  # Appearance, on every edit (the live preview)

    def __init__(self, appearance: Appearance, theme_of: Callable[[Appearance], Theme],
                 parent: QWidget | None = None, *, in_parts: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(messages.preferences_title())
        self.setAccessibleName(messages.preferences_title())
        self.setAccessibleDescription(messages.preferences_description())
        self._theme_of = theme_of  # Appearance -> Theme, for the contrast warnings
        self._appearance = appearance
        self._loading = False
        self._parts = self._build()
        if not in_parts:
            self.finish()

    def appearance(self) -> Appearance:
        return self._appearance

    def reopen(self, appearance: Appearance) -> None:
        """Shown again (the dialog is kept: reader.ui.appearance.appearance_controller), with
        ``appearance`` as what Cancel puts back, as if new: no preset chosen, the first
        control focused."""
        self._load(appearance)
        self.preset.setCurrentIndex(0)
        self.preset.setFocus()

    # --- Building -----------------------------------------------------------------------------

    def _build(self) -> Iterator[bool]:
        """Its parts: the text's controls, the spacing's, the colours' and reading aids',
        then the form laid out with the values in force."""
        self.preset = QComboBox(self)
        set_choices(self.preset, [(messages.preset_choose(), ""),
                                  *((messages.preset_name(p), p) for p in PRESETS)])
        self.preset.activated.connect(self._preset_chosen)

        text, text_rows = self._group(messages.group_text())
        self.font_family = QComboBox(self)
        families = QFontDatabase.families()
        installed = set(families)  # asked once: hasFamily for each font took 10 ms
        set_choices(self.font_family, [
            (messages.font_system(), ""),
            *((family if family in installed else messages.font_missing(family), family)
              for family in READING_FONTS),
            SEPARATOR,
            *((family, family) for family in families
              if family not in READING_FONTS and not QFontDatabase.isPrivateFamily(family))])
        self.font_family.currentIndexChanged.connect(self._edited)
        self._add_row(text_rows, messages.label_font(), self.font_family)
        self.font_size = self._number("font_size", messages.unit_points(), 1.0, 1)
        self._add_row(text_rows, messages.label_size(), self.font_size)
        self.bold = self._check(messages.label_bold())
        text_rows.addRow(self.bold)
        yield True

        spacing, spacing_rows = self._group(messages.group_spacing())
        self.spacing: dict[SpacingField, QDoubleSpinBox] = {}
        for name, label, unit, step, decimals in _SPACING:
            self.spacing[name] = self._number(name, unit(), step, decimals)
            self._add_row(spacing_rows, label(), self.spacing[name])
        self.max_line_length = QSpinBox(self)
        self.max_line_length.setSpecialValueText(messages.no_limit())
        set_up_spin_box(self.max_line_length, LIMITS["max_line_length"], 5,
                        messages.unit_characters(), self._appearance.max_line_length)
        self.max_line_length.valueChanged.connect(self._edited)
        self._add_row(spacing_rows, messages.label_max_line_length(), self.max_line_length)
        self.alignment = QComboBox(self)
        set_choices(self.alignment, ((messages.alignment_name(a), a) for a in ALIGNMENTS))
        self.alignment.currentIndexChanged.connect(self._edited)
        self._add_row(spacing_rows, messages.label_alignment(), self.alignment)
        self.wcag = QPushButton(messages.wcag_spacing_button(), self)
        self.wcag.setToolTip(messages.wcag_spacing_tip())
        self.wcag.setAccessibleDescription(messages.wcag_spacing_tip())
        self.wcag.clicked.connect(self._wcag_spacing)
        spacing_rows.addRow(self.wcag)
        yield True

        colours, colour_rows = self._group(messages.group_colours())
        self.theme = QComboBox(self)
        set_choices(self.theme, ((messages.theme_name(t), t) for t in THEME_IDS))
        self.theme.currentIndexChanged.connect(self._edited)
        self._add_row(colour_rows, messages.label_theme(), self.theme)
        self.custom = self._check(messages.label_custom_colours())
        colour_rows.addRow(self.custom)
        self.colour_buttons: dict[str, QPushButton] = {}
        for what in COLOUR_FIELDS:
            button = QPushButton(self)
            button.setObjectName(f"colour_{what}")
            button.clicked.connect(lambda _=False, w=what: self._choose_colour(w))
            self.colour_buttons[what] = button
            colour_rows.addRow(button)
        self.contrast = QLabel(self)
        self.contrast.setObjectName("contrast_warning")
        self.contrast.setWordWrap(True)
        self.contrast.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.contrast.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches it
        colour_rows.addRow(self.contrast)

        aids, aid_rows = self._group(messages.group_reading_aids())
        self.line_focus = self._check(messages.label_line_focus())
        aid_rows.addRow(self.line_focus)
        self.line_focus_lines = QComboBox(self)
        set_choices(self.line_focus_lines, ((str(n), n) for n in LINE_FOCUS_SIZES))
        self.line_focus_lines.currentIndexChanged.connect(self._edited)
        self._add_row(aid_rows, messages.label_line_focus_lines(), self.line_focus_lines)
        self.focus_mode = self._check(messages.label_focus_mode())
        aid_rows.addRow(self.focus_mode)
        yield True

        form = QWidget(self)
        column = QVBoxLayout(form)
        self._general_rows = QFormLayout()
        self._general_rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_row(self._general_rows, messages.label_preset(), self.preset)
        column.addLayout(self._general_rows)
        for group in (text, spacing, colours, aids):
            column.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.reset = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset.setText(messages.reset_defaults())
        self.reset.clicked.connect(self._reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        wrap_labels(form)
        narrow_choices(self)
        stack_form_rows(self)
        layout = QVBoxLayout(self)
        if stack_buttons(self):  # too wide for the screen even as a column: they scroll too
            column.addWidget(buttons)
        # Follows the focus: a field changed live (the text size) stays in view as the form
        # grows around it. Sideways scrolling only for what cannot wrap (a check box's words
        # at 96 pt): nothing is ever out of reach.
        layout.addWidget(following_scroll_area(form, self), 1)
        if buttons.parentWidget() is self:
            layout.addWidget(buttons)
        self._fit_to_screen(form)
        self._load(self._appearance)

    def _fit_to_screen(self, form: QWidget) -> None:
        """As wide as the form wants (large print makes it wide), within the screen."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = form.sizeHint().width() + 60
        self.resize(min(max(640, wanted), int(screen.width() * SCREEN_SHARE)),
                    min(max(720, form.sizeHint().height() // 2), int(screen.height() * 0.9)))

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title, self)
        form = QFormLayout()
        # Large print: a field goes under its label rather than off the side (no sideways
        # scrolling, WCAG 1.4.10).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        group.setLayout(form)
        return group, form

    def add_general_row(self, label: str, field: QWidget, note: QWidget | None = None) -> None:
        """A setting that is not the text's look (the interface language), above the groups."""
        self._add_row(self._general_rows, label, field)
        if note is not None:
            self._general_rows.addRow(note)

    def _add_row(self, layout: QFormLayout, label: str, field: QWidget) -> None:
        buddy = QLabel(label, self)
        buddy.setBuddy(field)  # the label names the control for screen readers, Alt+letter
        field.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout.addRow(buddy, field)

    def _number(self, name: str, unit: str, step: float, decimals: int) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        set_up_spin_box(box, LIMITS[name], step, unit, getattr(self._appearance, name), decimals)
        box.valueChanged.connect(self._edited)
        return box

    def _check(self, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(self._edited)
        return box

    # --- Values -------------------------------------------------------------------------------

    def _load(self, appearance: Appearance) -> None:
        self._loading = True
        try:
            _select(self.font_family, appearance.font_family, add_missing=True)
            self.font_size.setValue(appearance.font_size)
            self.bold.setChecked(appearance.bold)
            for name, box in self.spacing.items():
                box.setValue(getattr(appearance, name))
            self.max_line_length.setValue(appearance.max_line_length)
            _select(self.alignment, appearance.alignment)
            _select(self.theme, appearance.theme)
            self.custom.setChecked(appearance.custom_colours)
            self.line_focus.setChecked(appearance.line_focus)
            _select(self.line_focus_lines, appearance.line_focus_lines)
            self.focus_mode.setChecked(appearance.focus_mode)
        finally:
            self._loading = False
        self._appearance = appearance
        self._refresh_colours()

    def _read(self) -> Appearance:
        values: AppearanceValues = {
            "font_family": self.font_family.currentData() or "",
            "font_size": self.font_size.value(), "bold": self.bold.isChecked(),
            "max_line_length": self.max_line_length.value(),
            "alignment": self.alignment.currentData(), "theme": self.theme.currentData(),
            "custom_colours": self.custom.isChecked(), "line_focus": self.line_focus.isChecked(),
            "line_focus_lines": self.line_focus_lines.currentData(),
            "focus_mode": self.focus_mode.isChecked()}
        for name, box in self.spacing.items():
            values[name] = box.value()
        return clean(replace(self._appearance, **values))

    def _edited(self, *_args: object) -> None:  # any signal's arguments
        if self._loading:
            return
        self._set(self._read())

    def _set(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._refresh_colours()
        self.changed.emit(appearance)

    def _refresh_colours(self) -> None:
        appearance = self._appearance
        for what, button in self.colour_buttons.items():
            colour = getattr(appearance, COLOUR_FIELDS[what])
            button.setText(messages.colour_button(what, colour))
            button.setAccessibleName(button.text())
            button.setEnabled(appearance.custom_colours)
        warnings = custom_colour_warnings(self._theme_of(appearance)) \
            if appearance.custom_colours else []
        text = " ".join(messages.contrast_warning(w.what, w.ratio, w.required) for w in warnings)
        self.contrast.setText(text or (messages.contrast_all_good()
                                       if appearance.custom_colours else ""))
        self.contrast.setAccessibleName(self.contrast.text())
        self.contrast.setVisible(bool(self.contrast.text()))
        for button in self.colour_buttons.values():
            button.setAccessibleDescription(text)

    def _choose_colour(self, what: str) -> None:
        field = COLOUR_FIELDS[what]
        current = getattr(self._appearance, field) or getattr(self._theme_of(self._appearance),
                                                              what)
        colour = QColorDialog.getColor(QColor(current), self, messages.colour_dialog_title(what))
        if colour.isValid():
            self.set_colour(what, colour.name())

    def set_colour(self, what: str, colour: str) -> None:
        """(Also the tests' way in: QColorDialog is modal.)"""
        values: AppearanceValues = {}
        values[COLOUR_FIELDS[what]] = colour
        self._set(clean(replace(self._appearance, **values)))

    def _preset_chosen(self, index: int) -> None:
        preset = self.preset.itemData(index)
        if preset:
            self._load(with_preset(self._appearance, preset))
            self._set(self._appearance)
        self.preset.setCurrentIndex(0)

    def _wcag_spacing(self) -> None:
        self._load(clean(replace(self._appearance, **WCAG_TEXT_SPACING)))
        self._set(self._appearance)

    def _reset(self) -> None:
        self._load(DEFAULTS)
        self._set(DEFAULTS)


def _select(combo: QComboBox, value: object, *, add_missing: bool = False) -> None:
    index = combo.findData(value)
    if index < 0 and add_missing and value:
        combo.addItem(messages.font_missing(str(value)), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
