"""Builds the keyboard features onto a main window (called once, by ``reader.app``): the find
bar, go to / where am I / bookmarks / last position, F6 panes, the user's own shortcuts and the
app's spoken messages. Each lives in its own module; this only puts them together. Find is
made when first asked for (its keys work from the start: reader.ui.shell.first_use).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from reader.ui.context import ActionId, ReaderContext
from reader.ui.keyboard.focus_cycle import FocusCycle
from reader.ui.keyboard.shortcut_settings import ShortcutEditor
from reader.ui.places.place_controller import PlaceController
from reader.ui.places.reading_places import ReadingPlaces
from reader.ui.shell.first_use import OnFirstUse
from reader.ui.speech.announcer import Announcer

if TYPE_CHECKING:
    from reader.ui.places.find_controller import FindController
    from reader.ui.shell.main_window import MainWindow


class KeyboardFeatures:
    def __init__(self, *, finder: OnFirstUse[FindController], places: PlaceController,
                 panes: FocusCycle, shortcuts: ShortcutEditor, announcer: Announcer) -> None:
        self.finder = finder
        self.places = places
        self.panes = panes
        self.shortcuts = shortcuts
        self.announcer = announcer

    @property
    def find(self) -> FindController:
        return self.finder.get()


def _find_controller(window: MainWindow, context: ReaderContext) -> FindController:
    from reader.ui.places.find_controller import FindController

    return FindController(window, context)


def add_keyboard_features(window: MainWindow, context: ReaderContext, toolbar: QWidget,
                          settings: QSettings,
                          open_sink: Callable[[], object]) -> KeyboardFeatures:
    """``toolbar``: the speech tool bar, a pane for F6. The announcer speaks once it is given
    the reading session (``Announcer.attach``: speech loads after the first paint)."""
    shortcuts = window.shortcut_editor
    shortcuts.apply_saved()
    # Before the find bar: on opening, the last position is restored first, and a search still
    # open goes on from there.
    places = PlaceController(window, context, ReadingPlaces(settings))
    finder = OnFirstUse(lambda: _find_controller(window, context), [
        context.action(ActionId.FIND), context.action(ActionId.FIND_NEXT),
        context.action(ActionId.FIND_PREVIOUS)])

    def find_bar() -> QWidget | None:
        find = finder.if_built()
        return find.bar_if_made() if find is not None else None

    panes = FocusCycle(context, lambda: [toolbar, window.banner, window.outline, window.text,
                                         find_bar()], window)
    return KeyboardFeatures(
        finder=finder,
        places=places,
        panes=panes,
        shortcuts=shortcuts,
        announcer=Announcer(context, settings, open_sink, window),
    )
