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
