"""The Preferences dialog as the window keeps it: what it needs prepared after the first
paint, built once (ahead, a part at a time, when a screen reader listens), kept, and shown again
with the appearance of the moment; Cancel puts back what was there when it opened.

Its changes are applied by the ``AppearanceController``, which owns this keeper
(``controller.preferences``): the dialog's values are the controller's appearance.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from reader import messages
from reader.ui.context import ReaderContext

if TYPE_CHECKING:
    from reader.ui.appearance.appearance_controller import AppearanceController
    from reader.ui.appearance.language_choice import LanguageChoice
    from reader.ui.appearance.preferences_dialog import PreferencesDialog
    from reader.ui.shell.main_window import MainWindow


class PreferencesKeeper(QObject):
    _fonts_found = Signal()  # from the thread of prepare: register them (GUI thread)

    def __init__(self, controller: AppearanceController, window: MainWindow,
                 context: ReaderContext, settings: QSettings, fonts_loaded: set[str]) -> None:
        super().__init__(controller)
        self._controller = controller
        self._window = window
        self._context = context
        self._settings = settings
        self._fonts_loaded = fonts_loaded  # the controller's: a family is registered once
        # The other font packages, found ahead by prepare; None: not looked for.
        self._other_fonts: Callable[[], list[tuple[str, list[Path]]] | None] = lambda: None
        self._dialog: PreferencesDialog | None = None
        self._language: LanguageChoice | None = None  # the dialog's, built with it
        self._original = controller.appearance  # what Cancel in Preferences puts back
        self._fonts_found.connect(self.load_fonts)  # queued: emitted by another thread

    @property
    def built(self) -> bool:
        """Whether the dialog was built (a theme change then restyles it too)."""
        return self._dialog is not None

    def prepare(self) -> None:
        """After the first paint, off the GUI thread: what Preferences needs that takes time
        and touches no widget (the other font packages, ~0.3 s; the dialog's module), so
        that the dialog opens at once. The fonts found are then registered on the GUI thread,
        in a turn of their own (5-30 ms: once in the opening's turn, they made it longer)."""
        # Imported here, on the window's thread: a start with no reading font chosen needs it
        # only now (docs/performance.md, "Start-up (session 20)").
        from reader.ui.appearance import reading_fonts

        found: list[list[tuple[str, list[Path]]]] = []

        def prepare() -> None:
            found.append(reading_fonts.other_families())
            import reader.ui.appearance.preferences_dialog  # noqa: F401 (imported ahead)

            with contextlib.suppress(RuntimeError):  # the window closed meanwhile (tests)
                self._fonts_found.emit()

        thread = threading.Thread(target=prepare, name="preferences-ahead", daemon=True)
        thread.start()

        def other_fonts() -> list[tuple[str, list[Path]]] | None:
            thread.join()  # at once, unless Preferences is asked for in the first second
            return found[0] if found else None

        self._other_fonts = other_fonts

    def load_fonts(self) -> None:
        """Every reading font the app ships (after the first paint: the dialog lists them)."""
        from reader.ui.appearance import reading_fonts

        reading_fonts.load_all(self._fonts_loaded, self._other_fonts())

    def show(self) -> PreferencesDialog:
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.raise_()
            self._dialog.activateWindow()
            return self._dialog
        dialog = self.build()
        self._original = self._controller.appearance
        dialog.reopen(self._original)
        if self._language is not None:
            self._language.reopen()
        dialog.open()
        return dialog

    def build(self) -> PreferencesDialog:
        """The Preferences dialog, built once and kept. Building it sends a screen reader some
        100 events (every label, value and list it sets up), which Orca works through before
        it can say the dialog: seconds of silence. Kept, it is shown again with the few
        values that changed; ``app`` builds it ahead when a screen reader listens."""
        dialog = self._dialog or self._new(in_parts=False)
        dialog.finish()  # if it was being built ahead
        self._add_language_choice(dialog)
        return dialog

    def build_ahead(self) -> Iterator[None]:
        """Build the dialog a part at a time, yielding between parts (``BuildAhead``): the
        dialog's own parts, then the interface language's choice."""
        dialog = self._dialog or self._new(in_parts=True)
        while dialog.build_part():
            yield
        self._add_language_choice(dialog)

    def _new(self, *, in_parts: bool) -> PreferencesDialog:
        from reader.ui.appearance.preferences_dialog import PreferencesDialog  # only when asked

        self.load_fonts()  # the dialog lists them
        controller = self._controller
        dialog = PreferencesDialog(controller.appearance, controller.theme, self._window,
                                   in_parts=in_parts)
        dialog.changed.connect(lambda appearance: controller.apply(appearance, save=False))
        dialog.accepted.connect(lambda: controller.apply(dialog.appearance()))
        dialog.rejected.connect(lambda: controller.apply(self._original, save=False))
        # Closed, only its native window goes: kept, a hidden window would still be listed
        # among the app's windows to a screen reader. Its widgets stay, built.
        dialog.finished.connect(lambda _result: dialog.destroy())
        self._dialog = dialog
        return dialog

    def _add_language_choice(self, dialog: PreferencesDialog) -> None:
        from reader.ui.appearance.language_choice import LanguageChoice

        if self._language is None:
            language = LanguageChoice(self._settings, self._context.say, dialog)
            dialog.add_general_row(messages.interface_language_label(), language, language.note)
            dialog.accepted.connect(language.save)
            self._language = language
