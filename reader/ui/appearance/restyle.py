"""A theme's style sheet set on the application, and the windows repainted once afterwards.

Setting the application's sheet restyles every widget, and each asks for a repaint once per
ancestor (Qt's repolish goes down from every styled widget to its children). While a theme is
applied the windows on screen have their updates off, and they repaint once, whole, after the
last restyle, in a turn of the event loop of its own: what is painted is the same.

With Preferences built (60 more widgets, 5 deep), a sheet changed in place costs more than no
sheet then the new one (two restyles of each widget), and each restyle then takes a turn of its
own, after the theme's palette and links: three shorter turns rather than one long one. Without
the dialog the sheet is set at once, in place (one restyle): what reads the application's sheet
right after a change finds the new one.
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

    def set_sheet(self, app: QApplication, sheet: str, *, in_turns: bool) -> None:
        """The application's sheet becomes ``sheet``: at once, or a restyle per turn."""
        if not in_turns and not self._pending:
            app.setStyleSheet(sheet)
            return
        self._pending = ["", sheet] if sheet and app.styleSheet() else [sheet]

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
