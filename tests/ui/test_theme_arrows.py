"""The themes' arrow images live in the app's cache folder, never in /tmp (where a crash left
them behind)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from reader.ui.appearance.appearance_controller import arrows_folder


def _arrows(window, qtbot, theme_id: str) -> set[str]:
    """The arrow images of ``theme_id``'s sheet, set in a turn of its own after the palette."""
    window.appearance.apply(replace(window.appearance.appearance, theme=theme_id))
    before = QApplication.instance().styleSheet()
    qtbot.waitUntil(lambda: QApplication.instance().styleSheet() != before)
    return set(re.findall(r"url\(([^)]*)\)", QApplication.instance().styleSheet()))


def test_a_theme_draws_its_arrows_from_the_cache_folder_not_tmp(window, qtbot, tmp_path,
                                                                monkeypatch):
    temporary = tmp_path / "tmp"  # the temporary folder Qt would use (others share /tmp)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    assert QDir.tempPath() == str(temporary)
    images = [Path(url) for url in _arrows(window, qtbot, "yellow-on-black")]
    assert images and all(image.is_file() for image in images)
    assert all(image.parent == arrows_folder() for image in images)
    assert list(temporary.iterdir()) == []  # nothing left in the temporary folder


def test_each_colour_has_its_own_arrows(window, qtbot):
    first = _arrows(window, qtbot, "yellow-on-black")
    second = _arrows(window, qtbot, "sepia")
    assert first and second and first.isdisjoint(second)
