"""Simulated screens for the presenter: anything with ``name()`` and ``geometry()`` will do."""

from __future__ import annotations

from PySide6.QtCore import QRect


class FakeScreen:
    def __init__(self, name: str, rect: QRect) -> None:
        self._name, self._rect = name, rect

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._rect


ONE = [FakeScreen("Built-in", QRect(0, 0, 1024, 768))]
TWO = [FakeScreen("Laptop", QRect(0, 0, 1920, 1080)),
       FakeScreen("Projector", QRect(1920, 0, 1024, 768))]
