"""Which screen the audience sees: the assignment rule, and the small dialog that asks.

Screens come from an injected provider (``QGuiApplication.screens`` in the app), so tests can
simulate one or two; anything with ``name()`` and ``geometry()`` will do. With one screen the
slide takes it and there is no presenter view. With two or more, the screen the trainer chose
last time (remembered by name) shows the slide; if it is not plugged in, the trainer is asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from reader import messages
from reader.ui.appearance.dialog_fit import fit_dialog


class ScreenLike(Protocol):
    def name(self) -> str: ...
    def geometry(self) -> QRect: ...


@dataclass(frozen=True, slots=True)
class Assignment:
    audience: ScreenLike
    trainer: ScreenLike | None  # None: one screen, no presenter view


def needs_choice(screens: Sequence[ScreenLike], remembered: str) -> bool:
    return len(screens) > 1 and not any(s.name() == remembered for s in screens)


def assign_screens(screens: Sequence[ScreenLike], audience_name: str) -> Assignment:
    """The named screen for the audience (else the second: a projector is usually plugged in
    as the second screen), the first other one for the trainer."""
    if not screens:
        raise ValueError("no screen")
    if len(screens) == 1:
        return Assignment(screens[0], None)
    audience = next((s for s in screens if s.name() == audience_name), screens[1])
    trainer = next(s for s in screens if s is not audience)
    return Assignment(audience, trainer)


class ScreenChooser(QDialog):
    """A list of the screens: the one selected shows the slide. Arrows choose, Enter accepts,
    Esc keeps the current choice."""

    def __init__(
        self, screens: Sequence[ScreenLike], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen_chooser")
        self.setWindowTitle(messages.screen_chooser_title())
        self._screens = list(screens)
        prompt = QLabel(messages.screen_chooser_prompt(), self)
        prompt.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("screen_list")
        self.list.setAccessibleName(messages.screen_chooser_list_name())
        prompt.setBuddy(self.list)
        for number, screen in enumerate(self._screens, start=1):
            size = screen.geometry().size()
            self.list.addItem(
                messages.screen_entry(number, screen.name(), size.width(), size.height())
            )
        names = [s.name() for s in self._screens]
        default = min(1, len(names) - 1)  # the second screen: usually the projector
        self.list.setCurrentRow(names.index(current) if current in names else default)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_dialog(self)
        self.list.setFocus()

    def chosen_name(self) -> str:
        row = self.list.currentRow()
        return self._screens[row].name() if 0 <= row < len(self._screens) else ""
