"""The interface language in Preferences: the desktop's choice first, then each language named
in its own words (a reader who cannot read the current interface still finds theirs).

Saved when the dialog is accepted and applied from the next start: the window's texts are
made once, when it is built, and a window half in one language and half in another would be
worse than waiting. The choice's description says so (a screen reader reads it with the
choice), a note under it too once another language is picked (shown only then: Orca reads a
dialog's loose labels when it opens), and the status line (spoken) when it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from reader import messages
from reader.messages.languages import LANGUAGE_SETTING, language_choices


class LanguageChoice(QComboBox):
    def __init__(self, settings: QSettings, say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interface_language")
        self._settings = settings
        self._say = say
        for value, label in language_choices():
            self.addItem(label, value)
        self.note = QLabel(messages.interface_language_next_start(), parent)
        self.note.setObjectName("interface_language_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.setAccessibleDescription(self.note.text())
        self.currentIndexChanged.connect(
            lambda _index: self.note.setVisible(str(self.currentData()) != self.saved()))
        self.reopen()

    def reopen(self) -> None:
        """The saved choice again (the dialog is kept and shown again after a Cancel)."""
        self.setCurrentIndex(max(0, self.findData(self.saved())))
        self.note.setVisible(False)

    def saved(self) -> str:
        return str(self._settings.value(LANGUAGE_SETTING, ""))

    def save(self) -> None:
        """Keeps the choice (the dialog's OK); says when it will apply if it changed."""
        chosen = str(self.currentData())
        if chosen == self.saved():
            return
        self._settings.setValue(LANGUAGE_SETTING, chosen)
        self._settings.sync()
        self._say(messages.interface_language_next_start())
