"""A theme's style sheet set on the application, and the windows repainted once afterwards.

Setting the application's sheet restyles every widget, and each asks for a repaint once per
ancestor (Qt's repolish goes down from every styled widget to its children). While a theme is
applied the windows on screen have their updates off, and they repaint once, whole, after the
last restyle, in a turn of the event loop of its own: what is painted is the same.

The sheet is set in a turn of its own, after the turn of the palette and the page's links: two
turns of about 10 ms of CPU rather than one of 17 (a 1 MB document), so a loaded machine's
scheduler cuts into each less. With Preferences built (60 more widgets, 5 deep), a sheet
changed in place costs more than no sheet then the new one (two restyles of each widget): each
then takes a turn of its own. At start-up the sheet is set at once, before the first paint.

A theme change cannot be the palette alone while the application has a sheet: Qt's style sheet
style gives every widget it polishes a palette of its own and keeps the colours of its rules
(``palette(mid)``...) from that moment, so only a restyle brings in a new palette's colours
(tests/ui/test_theme_change_look.py fails otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from reader.ui.shell.application import running_application


class Restyle(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[str] = []  # sheets still to set, one a turn
        self._held: list[QWidget] = []  # windows whose updates are off until the end
        self._finishing = False

    def hold_repaints(self) -> None:
        """Updates off on the windows on screen until the theme is applied."""
        windows = [window for window in QApplication.topLevelWidgets()
                   if window.isVisible() and window.updatesEnabled()]
        for window in windows:
            window.setUpdatesEnabled(False)
        self._held += windows
        if not self._finishing:
            self._finishing = True
            QTimer.singleShot(0, self._step)

    def set_sheet(self, app: QApplication, sheet: str, *, at_once: bool, in_two: bool) -> None:
        """The application's sheet becomes ``sheet``: at once, or in a turn of its own after
        this one, or (``in_two``) no sheet in one turn and the new one in the next."""
        if at_once and not self._pending:
            app.setStyleSheet(sheet)
            return
        self._pending = ["", sheet] if in_two and sheet and app.styleSheet() else [sheet]

    def _step(self) -> None:
        if not isValid(self):  # the window closed and deleted since
            return
        if self._pending:
            running_application().setStyleSheet(self._pending.pop(0))
            if self._pending:
                QTimer.singleShot(0, self._step)
                return
        self._finishing = False
        held, self._held = self._held, []
        for window in held:
            if isValid(window):  # closed and deleted since
                window.setUpdatesEnabled(True)
