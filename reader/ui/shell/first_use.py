"""A part of the window made the first time it is needed: by one of its actions (a key, a menu)
or by code asking for it. Its module is imported then too, never on the way to the window's
first paint (docs/performance.md, "Start-up").

The actions exist from the start with their shortcuts, so every key works at once: the first
trigger builds the part, which connects its own handlers, and the trigger is then delivered
again, now to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtGui import QAction

Part = TypeVar("Part")


class OnFirstUse(Generic[Part]):
    def __init__(self, build: Callable[[], Part], actions: Iterable[QAction] = ()) -> None:
        self._build = build
        self._part: Part | None = None
        self._waiting = [(action, self._deliverer(action)) for action in actions]
        for action, deliver in self._waiting:
            action.triggered.connect(deliver)

    def get(self) -> Part:
        if self._part is None:
            for action, deliver in self._waiting:
                action.triggered.disconnect(deliver)
            self._waiting = []
            self._part = self._build()
        return self._part

    def if_built(self) -> Part | None:
        return self._part

    def _deliverer(self, action: QAction) -> Callable[[bool], None]:
        def deliver(checked: bool = False) -> None:
            self.get()
            # Again, to the handlers the part connected (PySide6 picks "triggered()" without
            # the index; its stubs lack __getitem__).
            action.triggered[bool].emit(checked)  # type: ignore[index]

        return deliver
