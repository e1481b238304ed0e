"""A screen reader hears the text as written: the characters the view adds for layout (a soft
hyphen where an overwide word may break) never reach its accessible text, at any size, for a
document shown before or after one started listening (docs/what-orca-hears.md).

Asserted on what Qt gives a screen reader (``QAccessibleTextInterface.text``), as Orca reads it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from reader.document.model import Document, DocumentKind
from reader.document.pipeline import parse_text
from tests.ui.test_long_words import french_document, set_size

LAYOUT_CHARACTERS = ("\u00ad", "\u200b")  # soft hyphen, zero-width space
# A Chinese paragraph with no space in it: wider than a line at any size.
CHINESE = ("古籍修复师\n\n"
           "在省图书馆地下一层，恒温恒湿的修复室里，她已经工作了十六年，"
           "和同事们修好的古籍超过两千册，每一页都要先洗再补然后压平晾干。")


def chinese_document() -> Document:
    parsed = parse_text(CHINESE, path="/tmp/zh.txt", plain_text=True)
    return Document(title=parsed.blocks[0].text, kind=DocumentKind.ARTICLE, language="zh",
                    blocks=parsed.blocks, sections=(), source=parsed.source, path=parsed.path)


def heard(window) -> str:
    """The text view's text as a screen reader is given it."""
    interface = QAccessible.queryAccessibleInterface(window.text)
    text = interface.textInterface()
    return text.text(0, text.characterCount())


@pytest.fixture
def screen_reader():
    def start(*, focus: bool = True) -> None:
        QAccessible.setActive(True)  # what Qt's bridge does when one connects
        if focus:
            QApplication.instance().focusWindowChanged.emit(None)

    yield start
    QAccessible.setActive(False)


def _open(window, document: Document) -> None:
    window.show_document(document)
    QApplication.processEvents()


@pytest.mark.parametrize("size", [14.0, 96.0])
def test_a_document_opened_while_a_screen_reader_listens_is_heard_as_written(
        make_window, screen_reader, size):
    window = make_window()
    window.resize(900, 700)
    set_size(window, size)
    screen_reader()  # the page shown then had nothing to change: left alone
    for document in (french_document(), chinese_document()):
        _open(window, document)
        text = heard(window)
        assert [c for c in LAYOUT_CHARACTERS if c in text] == []
        assert text == document.text


def test_justified_text_opened_while_a_screen_reader_listens_is_heard_as_written(
        make_window, screen_reader):
    window = make_window()
    window.resize(900, 700)
    controller = window.appearance
    screen_reader()
    controller.apply(replace(controller.appearance, alignment="justify"))
    _open(window, french_document())
    assert "\u00ad" not in heard(window)


def test_a_screen_reader_started_after_the_app_hears_the_text_as_written(
        make_window, screen_reader, qtbot):
    """Orca started while the window already has the focus: no window gets the focus anew."""
    window = make_window()
    window.resize(900, 700)
    set_size(window, 96.0)
    _open(window, french_document())
    assert "\u00ad" in window.text.toPlainText()  # "Pé-do-cri-mi-na-li-té" for the eye
    screen_reader(focus=False)
    qtbot.waitUntil(lambda: "\u00ad" not in heard(window), timeout=5000)
    assert heard(window) == french_document().text


@pytest.mark.parametrize("size", [14.0, 96.0])
def test_chinese_and_japanese_lines_break_between_characters_with_no_hyphen(make_window, size):
    """Qt breaks a line between any two Han or kana characters, as they are set: a hyphen
    there is no mark of these scripts (and reached a screen reader started later)."""
    window = make_window()
    window.resize(900, 700)
    set_size(window, size)
    japanese = replace(chinese_document(), language="ja")
    for document in (chinese_document(), japanese):
        _open(window, document)
        assert "\u00ad" not in window.text.toPlainText()
