"""With French translations installed (as a French desktop gets them at start-up), the window a
user sees and Orca reads is French."""

from __future__ import annotations

import pytest

from reader.messages.languages import install_translators, remove_translators


@pytest.fixture
def french(qapp):
    installed = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, installed)


def test_the_menus_are_french(french, window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in titles
    assert "&Affichage" in titles
    assert "&File" not in titles


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def _clashes(menu_actions) -> list[list[str]]:
    by_letter: dict[str, list[str]] = {}
    for action in menu_actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _mnemonic(action.text())
        if letter:
            by_letter.setdefault(letter, []).append(action.text())
    return [texts for texts in by_letter.values() if len(texts) > 1]


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_each_menu_has_distinct_mnemonics(qapp, make_window, interview, language):
    """A keyboard user opens a menu and presses a letter: in every language, each letter of a
    menu leads to one item only (and each menu of the bar has its own letter)."""
    installed = install_translators(qapp, language)
    try:
        window = make_window()
        window.show_document(interview)
        bar = window.menuBar().actions()
        clashes = _clashes(bar)
        for top in bar:
            clashes += _clashes(top.menu().actions())
        assert clashes == []
    finally:
        remove_translators(qapp, installed)


# --- At start-up: the desktop's language, or the one chosen in Preferences ----------------------

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def desktop(monkeypatch, qapp):
    """A desktop session in the given locale; the translators start-up installs are removed
    after the test."""
    installed = []

    def set_locale(**environ: str) -> None:
        for name in _LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in environ.items():
            monkeypatch.setenv(name, value)

    yield set_locale, installed
    remove_translators(qapp, installed)


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_french_desktop_gets_french_menus_on_screen(desktop, qapp, settings, make_window):
    from reader.app import speak_interface_language

    set_locale, installed = desktop
    set_locale(LANGUAGE="fr", LANG="fr_FR.UTF-8")
    installed += speak_interface_language(qapp, settings)
    window = make_window()
    assert window.menuBar().isVisible()
    assert _menu_titles(window)[0] == "&Fichier"
    assert "&Affichage" in _menu_titles(window)
    assert "&File" not in _menu_titles(window)


def test_the_language_chosen_in_preferences_wins_over_the_desktop(desktop, qapp, settings,
                                                                   make_window):
    from reader.app import speak_interface_language
    from reader.messages.languages import LANGUAGE_SETTING

    set_locale, installed = desktop
    set_locale(LANG="fr_FR.UTF-8")
    settings.setValue(LANGUAGE_SETTING, "de")
    installed += speak_interface_language(qapp, settings)
    assert "&Datei" in _menu_titles(make_window())


def test_a_missing_file_is_reported_in_french_by_the_window_process(tmp_path):
    missing = tmp_path / "absent.txt"
    result = _reader_process(str(missing), LANG="fr_FR.UTF-8")
    assert result.returncode == 0
    assert f"Le fichier «\u00a0{missing}\u00a0» n'existe pas." in result.stderr
    assert "first-paint" in result.stdout  # the window opened, in French


# --- Preferences -----------------------------------------------------------------------------


@pytest.fixture
def preferences(window):
    window.named_actions["preferences"].trigger()
    return window.appearance.preferences.show()


def test_preferences_offer_every_language_in_its_own_words(preferences):
    from PySide6.QtWidgets import QComboBox

    choice = preferences.findChild(QComboBox, "interface_language")
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert labels[0].startswith("The desktop's language (")
    assert labels[1:] == ["English", "Français", "Deutsch", "Español"]
    assert choice.currentIndex() == 0  # nothing chosen yet: the desktop's
    assert choice.accessibleName() == "Interface language"
    assert "next start" in choice.accessibleDescription()


def test_a_chosen_language_is_saved_on_ok_and_applies_from_the_next_start(window, preferences,
                                                                          settings):
    from PySide6.QtWidgets import QComboBox, QLabel

    from reader.messages.languages import LANGUAGE_SETTING

    choice = preferences.findChild(QComboBox, "interface_language")
    note = preferences.findChild(QLabel, "interface_language_note")
    assert not note.isVisible()  # until another language is picked
    choice.setCurrentIndex(choice.findData("es"))
    assert note.isVisible()
    assert note.text() == "The reader speaks the new language from its next start."
    assert settings.value(LANGUAGE_SETTING, "") == ""  # not before OK
    preferences.accept()
    assert settings.value(LANGUAGE_SETTING) == "es"
    assert window.statusBar().currentMessage() == note.text()  # and said


def test_cancel_keeps_the_language(window, preferences, settings):
    from PySide6.QtWidgets import QComboBox, QLabel

    from reader.messages.languages import LANGUAGE_SETTING

    choice = preferences.findChild(QComboBox, "interface_language")
    choice.setCurrentIndex(choice.findData("de"))
    preferences.reject()
    assert settings.value(LANGUAGE_SETTING, "") == ""
    window.appearance.preferences.show()  # the kept dialog, shown again
    assert choice.currentData() == ""
    assert not preferences.findChild(QLabel, "interface_language_note").isVisible()


def _reader_process(*args: str, **environ: str):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=Path(__file__).resolve().parents[2],
        capture_output=True, text=True, timeout=60,
        env={**env, **environ, "READER_FIRST_PAINT_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"})


def test_a_usage_error_of_the_window_command_speaks_the_desktop_language():
    result = _reader_process("--font-size", "500", LANG="es_ES.UTF-8")
    assert result.returncode == 2
    assert result.stderr.startswith("uso: reader")
    assert "8" in result.stderr and "96" in result.stderr
    assert "the font size" not in result.stderr


def test_the_theme_list_speaks_the_desktop_language():
    result = _reader_process("--list-themes", LANG="fr_FR.UTF-8")
    assert result.returncode == 0
    assert "dark\tSombre" in result.stdout.splitlines()
