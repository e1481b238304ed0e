"""The themes' arrow images live in the app's cache folder, never in /tmp (where a crash left
them behind)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from reader.ui.appearance.appearance_controller import arrows_folder


def test_a_theme_draws_its_arrows_from_the_cache_folder_not_tmp(window, tmp_path, monkeypatch):
    temporary = tmp_path / "tmp"  # the temporary folder Qt would use (others share /tmp)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    assert QDir.tempPath() == str(temporary)
    window.appearance.apply(replace(window.appearance.appearance, theme="yellow-on-black"))
    sheet = QApplication.instance().styleSheet()
    images = [Path(url) for url in re.findall(r"url\(([^)]*)\)", sheet)]
    assert images and all(image.is_file() for image in images)
    assert all(image.parent == arrows_folder() for image in images)
    assert list(temporary.iterdir()) == []  # nothing left in the temporary folder


def test_each_colour_has_its_own_arrows(window):
    window.appearance.apply(replace(window.appearance.appearance, theme="yellow-on-black"))
    first = set(re.findall(r"url\(([^)]*)\)", QApplication.instance().styleSheet()))
    window.appearance.apply(replace(window.appearance.appearance, theme="sepia"))
    second = set(re.findall(r"url\(([^)]*)\)", QApplication.instance().styleSheet()))
    assert first and second and first.isdisjoint(second)
