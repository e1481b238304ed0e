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
