"""Settings that stopped start-up reset to their defaults, said once; an unwritable settings
file is said, once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from reader.app import build_main_window
from reader.appearance.preferences import DEFAULTS, Appearance
from reader.ui.places.reading_places import ReadingPlaces
from reader.ui.shell.settings_check import CheckedSettings

from .conftest import make_interview


def _settings_file(tmp_path, text: str) -> QSettings:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.mark.parametrize(("text", "named"), [
    ("[appearance]\nmax_line_length=inf\n", "max line length"),
    ("[appearance]\nline_focus_lines=1e999\n", "line focus lines"),
    ("[window]\ngeometry=garbage\n", "window size and place"),
    ("[places]\nbookmarks=\"" + "[" * 50_000 + "]" * 50_000 + "\"\n", "bookmarks"),
])
def test_a_damaged_setting_no_longer_stops_start_up_and_is_named(qtbot, tmp_path, text, named):
    settings = _settings_file(tmp_path, text)
    window = build_main_window(settings)  # raised OverflowError, TypeError, RecursionError
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "reset to their defaults" in window.banner.text()
    assert named in window.banner.text()
    appearance = window.appearance.appearance
    assert appearance.max_line_length == DEFAULTS.max_line_length
    assert appearance.line_focus_lines == DEFAULTS.line_focus_lines
    assert ReadingPlaces(settings).bookmarks("/tmp/a.txt") == []


def test_the_reset_message_stays_beside_the_first_documents_notes(qtbot, tmp_path, interview):
    window = build_main_window(_settings_file(tmp_path, "[appearance]\nfont_size=inf\n"))
    qtbot.addWidget(window)
    window.show_document(interview)
    assert "font size" in window.banner.text()
    window.show_document(interview)  # told once: the next document shows its own notes only
    assert "reset to their defaults" not in window.banner.text()


def test_good_settings_say_nothing(qtbot, tmp_path):
    window = build_main_window(_settings_file(tmp_path, "[appearance]\nfont_size=20\n"))
    qtbot.addWidget(window)
    assert window.banner.text() == ""
    assert window.appearance.appearance.font_size == 20


def test_an_unwritable_settings_file_is_told_once(qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # a file where the folder should be: unwritable, even for root
    settings = CheckedSettings(str(blocker / "settings.ini"))
    window = build_main_window(settings)
    qtbot.addWidget(window)
    told = []
    settings.unwritable.connect(told.append)
    window.appearance.apply(Appearance(font_size=30), save=True)
    assert "Your settings cannot be saved" in window.banner.text()
    assert str(blocker) in window.banner.text()
    window.banner.dismiss()
    window.appearance.apply(Appearance(font_size=31), save=True)
    assert window.banner.text() == ""  # once
    assert len(told) == 1


def test_settings_held_during_start_up_are_read_at_once_and_saved_once_released(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    settings = CheckedSettings(str(path))
    settings.hold_writes()
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.appearance.apply(Appearance(font_size=30), save=True)
    QCoreApplication.sendPostedEvents(settings)  # Qt's own write, at a later turn: held too
    assert window.appearance.appearance.font_size == 30
    assert "font_size" not in (path.read_text(encoding="utf-8") if path.exists() else "")
    settings.release_writes()
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert again.value("appearance/font_size") in (30, "30")


def test_an_unwritable_settings_file_held_at_start_up_is_told_once_released(qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = CheckedSettings(str(blocker / "settings.ini"))
    settings.hold_writes()
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.appearance.apply(Appearance(font_size=30), save=True)
    assert window.banner.text() == ""
    settings.release_writes()
    assert "Your settings cannot be saved" in window.banner.text()


def _place_saved(path) -> bool:
    return path.exists() and "last_positions" in path.read_text(encoding="utf-8")


def test_the_place_left_is_written_once_the_reader_is_quiet_and_read_back(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    settings = CheckedSettings(str(path))
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show_document(make_interview("/tmp/one.txt"))
    window.text.go_to(50)
    window.show_document(make_interview("/tmp/two.txt"))
    assert ReadingPlaces(settings).last_position("/tmp/one.txt") == 50  # read at once
    qtbot.waitUntil(lambda: _place_saved(path), timeout=20000)
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert ReadingPlaces(again).last_position("/tmp/one.txt") == 50


def test_the_place_left_at_quit_is_written(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    settings = CheckedSettings(str(path))
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show_document(make_interview("/tmp/one.txt"))
    window.text.go_to(50)
    window.close()  # as the app ends, which then writes what waits (reader.app.run_gui)
    settings.release_writes()
    settings.sync()
    assert _place_saved(path)
    assert ReadingPlaces(QSettings(str(path), QSettings.Format.IniFormat)).last_position(
        "/tmp/one.txt") == 50


def test_an_unwritable_settings_file_is_told_when_the_place_left_cannot_be_written(
        qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = CheckedSettings(str(blocker / "settings.ini"))
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show_document(make_interview("/tmp/one.txt"))
    window.text.go_to(50)
    window.show_document(make_interview("/tmp/two.txt"))
    qtbot.waitUntil(lambda: "Your settings cannot be saved" in window.banner.text(),
                    timeout=20000)
