"""Links are opened only when asked, and only http/https, through the desktop's browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices

from reader.ui.shell.links import is_web_link


@pytest.fixture
def opened(monkeypatch):
    urls = []

    def fake_open(url):
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def _caret_on(window, needle: str) -> int:
    offset = window.document.text.index(needle) + 1
    window.text.go_to(offset)
    return offset


def test_ctrl_enter_opens_the_web_link_at_the_caret(window, qtbot, opened):
    _caret_on(window, "le site")
    qtbot.keyClick(window.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["https://example.org/a"]
    assert window.banner.text() == ""


@pytest.mark.parametrize("needle, target", [("un serveur", "ftp://example.org/f"),
                                            ("un fichier", "notes.md"),
                                            ("Twitter", "#")])
def test_other_schemes_are_refused_with_a_message(window, qtbot, opened, needle, target):
    _caret_on(window, needle)
    qtbot.keyClick(window.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == []
    assert target in window.banner.text() and "not opened" in window.banner.text()


@pytest.mark.parametrize("target", ["javascript:alert(1)", "file:///etc/passwd", "#top",
                                    "mailto:a@example.org", "http://", "data:text/html,x", ""])
def test_only_absolute_http_addresses_pass(window, opened, target):
    assert not is_web_link(target)
    window.open_link(target)
    assert opened == []
    assert "not opened" in window.banner.text()


def test_web_addresses_pass():
    assert is_web_link("https://example.org/a?b=c#d")
    assert is_web_link("HTTP://EXAMPLE.ORG")


def test_no_link_at_the_caret_says_so(window, qtbot, opened):
    qtbot.keyClick(window.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == []
    assert "no link" in window.statusBar().currentMessage()


def test_clicking_a_link_does_not_follow_it(window, qtbot, opened):
    offset = window.document.text.index("le site") + 2
    cursor = window.text.textCursor()
    cursor.setPosition(window.text.positions.to_qt(offset))
    point = window.text.cursorRect(cursor).center()
    qtbot.mouseClick(window.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == []


def test_context_menu_offers_open_link_over_a_link(window, opened):
    offset = window.document.text.index("le site") + 2
    menu = window.text.context_menu(QPoint(1, 1), offset)
    entries = {a.objectName(): a for a in menu.actions()}
    assert "context_open_link" in entries
    assert entries["context_open_link"] is menu.actions()[0]
    entries["context_open_link"].trigger()
    assert opened == ["https://example.org/a"]
    plain = window.text.context_menu(QPoint(1, 1), 0)
    assert "context_open_link" not in {a.objectName() for a in plain.actions()}


def test_link_at_the_end_of_a_link_counts(window):
    end = window.document.text.index("le site") + len("le site")
    assert window.text.link_at(end) == "https://example.org/a"
    assert window.text.link_at(0) is None
