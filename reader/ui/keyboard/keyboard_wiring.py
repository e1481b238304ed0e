"""Builds the keyboard features onto a main window (called once, by ``reader.app``): the find
bar, go to / where am I / bookmarks / last position, F6 panes, the user's own shortcuts and the
app's spoken messages. Each lives in its own module; this only puts them together.

Find, F6 and the app's own voice are made when first used or after the first paint
(``finish``), their modules imported then (docs/performance.md, "Start-up"): their keys work
from the start (reader.ui.shell.first_use), and a message said before the voice is made is
said once it is. The places are made at once: opening a document puts the caret back where
the reader left it, before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from reader.ui.context import ActionId, ReaderContext
from reader.ui.keyboard.shortcut_settings import ShortcutEditor
from reader.ui.places.place_controller import PlaceController
from reader.ui.places.reading_places import ReadingPlaces
from reader.ui.shell.first_use import OnFirstUse

if TYPE_CHECKING:
    from reader.ui.keyboard.focus_cycle import FocusCycle
    from reader.ui.places.find_controller import FindController
    from reader.ui.shell.main_window import MainWindow
    from reader.ui.speech.announcer import Announcer


class KeyboardFeatures:
    def __init__(self, *, finder: OnFirstUse[FindController], places: PlaceController,
                 panes: OnFirstUse[FocusCycle], shortcuts: ShortcutEditor,
                 announcer: OnFirstUse[Announcer]) -> None:
        self.finder = finder
        self.places = places
        self._panes = panes
        self.shortcuts = shortcuts
        self._announcer = announcer

    @property
    def find(self) -> FindController:
        return self.finder.get()

    @property
    def panes(self) -> FocusCycle:
        return self._panes.get()

    @property
    def announcer(self) -> Announcer:
        return self._announcer.get()

    def finish(self) -> None:
        """Make what waited for the first paint."""
        self._panes.get()
        self._announcer.get()


def _find_controller(window: MainWindow, context: ReaderContext) -> FindController:
    from reader.ui.places.find_controller import FindController

    return FindController(window, context)


def _focus_cycle(window: MainWindow, context: ReaderContext, toolbar: QWidget,
                 find_bar: Callable[[], QWidget | None]) -> FocusCycle:
    from reader.ui.keyboard.focus_cycle import FocusCycle

    return FocusCycle(context, lambda: [toolbar, window.banner, window.outline, window.text,
                                        find_bar()], window)


def _announcer(window: MainWindow, context: ReaderContext, settings: QSettings,
               open_sink: Callable[[], object], unsaid: list[str]) -> Announcer:
    from reader.ui.speech.announcer import Announcer

    announcer = Announcer(context, settings, open_sink, window)
    for text in unsaid[-1:]:  # as the announcer keeps one message until speech is there
        announcer.say(text)
    unsaid.clear()
    return announcer


def add_keyboard_features(window: MainWindow, context: ReaderContext, toolbar: QWidget,
                          settings: QSettings,
                          open_sink: Callable[[], object]) -> KeyboardFeatures:
    """``toolbar``: the speech tool bar, a pane for F6; the announcer speaks once it is given
    the reading session (``Announcer.attach``, when speech has loaded)."""
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

    panes = OnFirstUse(lambda: _focus_cycle(window, context, toolbar, find_bar), [
        context.action(ActionId.NEXT_PANE), context.action(ActionId.PREVIOUS_PANE)])
    unsaid: list[str] = []  # "Reopened where you left off…", before the announcer is made
    context.set_voice(unsaid.append)
    announcer = OnFirstUse(lambda: _announcer(window, context, settings, open_sink, unsaid),
                           [context.action(ActionId.ANNOUNCE_MESSAGES)])
    return KeyboardFeatures(finder=finder, places=places, panes=panes, shortcuts=shortcuts,
                            announcer=announcer)
