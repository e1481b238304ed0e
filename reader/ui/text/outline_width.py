"""View > Wider outline / Narrower outline: the outline's width from the keyboard.

The splitter's handle needs a mouse; at large sizes a reader wants the outline wider (its rows
wrap, so a narrow outline shows few words per line) or narrower (more room for the text). Each
step is a twentieth of the window, and the new share is said. The share (not a width in
pixels: the next window may be smaller, and the text would then lose what the outline kept) is
saved at once, also after a drag of the splitter's handle; once the reader has chosen one,
the outline keeps that share when the window changes size, and in the next run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from reader import messages
from reader.ui.context import ActionId, ReaderContext
from reader.ui.settings_values import clamp, read_value

STEP = 0.05  # of the splitter's width, per key press
NARROWEST = 0.10  # an outline narrower than this shows no word at large sizes
WIDEST = 0.70  # the text keeps at least the rest
SETTING = "window/outline_share"


class OutlineWidth(QObject):
    def __init__(self, splitter: QSplitter, outline: QWidget, context: ReaderContext,
                 settings: QSettings) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._outline = outline
        self._context = context
        self._settings = settings
        saved = read_value(settings, SETTING, 0.0)
        self._chosen = clamp(saved, NARROWEST, WIDEST) if saved > 0 else 0.0  # 0: not chosen
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._save)
        context.actions[ActionId.WIDER_OUTLINE].triggered.connect(lambda: self.change(+1))
        context.actions[ActionId.NARROWER_OUTLINE].triggered.connect(lambda: self.change(-1))

    def share(self) -> float:
        """The outline's part of the splitter's width, 0 to 1."""
        sizes = self._splitter.sizes()
        total = sum(sizes)
        return sizes[0] / total if total > 0 else 0.0

    def change(self, direction: int) -> None:
        if not self._outline.isVisible():  # a wider outline the reader cannot see is no help
            self._context.actions[ActionId.SHOW_OUTLINE].setChecked(True)
        total = sum(self._splitter.sizes())
        if total <= 0:
            return
        current = self.share()
        wanted = min(WIDEST, max(NARROWEST, current + direction * STEP))
        if abs(wanted - current) < 0.005:
            self._context.say(messages.outline_width_limit(direction > 0))
            return
        self._set_share(wanted)
        self._save()
        self._context.say(messages.outline_width_now(round(self.share() * 100)))

    def _set_share(self, share: float) -> None:
        total = sum(self._splitter.sizes())
        outline = round(total * share)
        self._splitter.setSizes([outline, total - outline])

    def _save(self) -> None:
        self._chosen = self.share()
        self._settings.setValue(SETTING, round(self._chosen, 4))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._chosen:
            # After the splitter has shared out the new width its own way (by stretch factor).
            QTimer.singleShot(0, self, self._keep_share)
        return False

    def _keep_share(self) -> None:
        if self._chosen and abs(self.share() - self._chosen) > 0.005:
            self._set_share(self._chosen)
