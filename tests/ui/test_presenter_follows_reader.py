"""The presenter follows the reader's choices: the reading font's family and weight reach the
slides at once, presenting or not (the slides keep their own fitted size, and their place); and
presenting from focus mode comes back to focus mode.

Fonts are changed as the preferences dialog changes them: through the appearance controller.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.document.pipeline import open_document
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.ui.presenter.presenter import MODE_KEY
from reader.ui.presenter.slides import PresentMode
from tests.ui.conftest import make_interview
from tests.ui.fake_screens import ONE, TWO
from tests.ui.test_presenter import start
from tests.ui.test_presenter_fit import line_extent
from tests.ui.test_presenter_slides import long_answer_document

# Shipped with the app (fontpkg). Named, never the default: the application font is shared by
# every test in the process, and the menus take the reading family (appearance_controller).
FIRST, WIDE, LAST = "Lexend", "Atkinson Hyperlegible", "Literata"


@pytest.fixture
def reader(qtbot, settings):
    def make(screens=ONE, document=None):
        window = build_main_window(settings, load=open_document, screens=lambda: screens,
                                   engine_factory=ScriptedEngine, open_sink=MemorySink)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_document(document or make_interview())
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def choose(window, **changes) -> None:
    """As the preferences dialog's OK does."""
    window.appearance.apply(replace(window.appearance.appearance, **changes))


def seen(document: QTextDocument) -> list[tuple[str, str, bool]]:
    """Each paragraph of a slide as it is drawn: its text, the family Qt found for it, and
    whether it is drawn bold."""
    paragraphs = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + 1)  # the format of the block's first character
        info = QFontInfo(cursor.charFormat().font())
        paragraphs.append((block.text(), info.family(), info.weight() >= QFont.Weight.Bold))
        block = block.next()
    return paragraphs


def fits(view) -> bool:
    right, bottom = line_extent(view.document)
    area = view.geometry_used.text_rect
    return right <= area.width() + 0.5 and bottom <= area.height()


def test_a_new_family_and_bold_reach_the_slide_on_screen_at_once(qtbot, reader):
    window = reader()
    choose(window, font_family=FIRST)
    presenter = start(qtbot, window, caret=window.document.blocks[5].start)  # answer 1
    qtbot.keyClick(presenter.audience, Qt.Key.Key_PageDown)  # the answer under its question
    heard = presenter.audience.accessibleName()
    before = seen(presenter.audience.document)
    assert [(family, bold) for _text, family, bold in before] == [
        (FIRST, True), (FIRST, False), (FIRST, False)]
    choose(window, font_family=WIDE, bold=True)
    after = seen(presenter.audience.document)
    assert [text for text, _family, _bold in after] == [text for text, _f, _b in before]
    assert [(family, bold) for _text, family, bold in after] == [(WIDE, True)] * 3
    lead = QTextCursor(presenter.audience.document)
    lead.setPosition(1)
    assert lead.charFormat().fontWeight() > QFont.Weight.Bold  # still above a bold answer
    assert QFontInfo(presenter.audience.document.defaultFont()).family() == WIDE  # the footer
    assert presenter.audience.accessibleName() == heard  # the same step
    assert fits(presenter.audience)
    choose(window, font_family=LAST, bold=False)
    assert [(family, bold) for _text, family, bold in seen(presenter.audience.document)] == [
        (LAST, True), (LAST, False), (LAST, False)]


def test_a_font_chosen_between_two_presentations_is_the_one_presented(qtbot, reader):
    window = reader()
    choose(window, font_family=FIRST)
    presenter = start(qtbot, window)
    assert seen(presenter.audience.document) == [("Qu'est-ce qu'une question ?", FIRST, True)]
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
    assert not presenter.is_presenting
    choose(window, font_family=WIDE, bold=True)
    presenter = start(qtbot, window)
    assert seen(presenter.audience.document) == [("Qu'est-ce qu'une question ?", WIDE, True)]


def test_a_new_text_size_alone_leaves_the_slides_size_as_it_is(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window)
    size = presenter.presentation.current.size
    pixels = presenter.audience.document.defaultFont().pixelSize()
    document = presenter.audience.document
    window.appearance.change_size(+1)
    window.appearance.change_size(+1)
    assert presenter.presentation.current.size == size
    assert presenter.audience.document is document  # not even laid out again
    assert document.defaultFont().pixelSize() == pixels


def test_the_trainers_screen_follows_the_font_too(qtbot, reader, settings):
    settings.setValue("presenter/audience_screen", "Projector")
    window = reader(screens=TWO)
    choose(window, font_family=FIRST)
    presenter = start(qtbot, window)
    trainer = presenter.trainer
    assert trainer is not None
    assert seen(trainer.preview.document)[0][1] == FIRST
    choose(window, font_family=WIDE, bold=True, font_size=20.0)
    assert seen(trainer.preview.document) == seen(presenter.audience.document)
    assert seen(trainer.preview.document)[0][1] == WIDE
    for label in (trainer.position, trainer.next_text, trainer.keys):
        assert QFontInfo(label.font()).family() == WIDE
        assert label.font().pointSizeF() == 30.0  # half as large again as the text
    assert trainer.position.font().weight() > QFont.Weight.Bold  # a title, above bold text


def test_refitted_in_another_font_the_slide_keeps_the_reader_on_the_same_text(
        qtbot, reader, settings):
    settings.setValue(MODE_KEY, PresentMode.WHOLE_SECTION.value)
    window = reader(document=long_answer_document())
    choose(window, font_family=WIDE)
    presenter = start(qtbot, window)
    for _ in range(11):
        qtbot.keyClick(presenter.audience, Qt.Key.Key_PageDown)
    slide = presenter.presentation.current
    assert slide.page == 12 and slide.pages > 12
    first_word = slide.body[0][0]  # what the room was reading at the top of the screen
    choose(window, font_family=LAST)
    now = presenter.presentation.current
    assert presenter.presentation.topic == slide.topic
    assert now.pages != slide.pages  # in the other font the answer takes another number of steps
    assert now.body[0][0] <= first_word < now.body[-1][1]
    assert fits(presenter.audience)
    assert presenter.audience.accessibleDescription() == \
        f"Question 1 of 2, part {now.page} of {now.pages}"
    assert presenter.audience.footer[2] == f"1 / 2 · {now.page}/{now.pages}"


@pytest.mark.parametrize("screens", [ONE, TWO], ids=["one screen", "two screens"])
def test_presenting_from_focus_mode_comes_back_to_focus_mode(qtbot, reader, settings, screens):
    settings.setValue("presenter/audience_screen", "Projector")
    window = reader(screens=screens)
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.menuBar().isVisible()
    caret = window.document.sections[3].start + 2  # in question 2
    presenter = start(qtbot, window, caret=caret)  # F5 works with the menus hidden
    qtbot.keyClick(presenter.audience, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
    assert not presenter.is_presenting
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    assert window.text.caret_offset() == window.document.sections[3].start
    assert window.appearance.focus_mode.on and window.named_actions["focus_mode"].isChecked()
    assert not window.outline.isVisible() and not window.statusBar().isVisible()
    assert not window.menuBar().isVisible()
    assert not any(bar.isVisible() for bar in window.findChildren(type(window.speech.toolbar)))
    assert "Ctrl+Shift+F" in window.banner.text()  # the way back, still shown
    qtbot.keyClick(window.text, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.outline.isVisible() and window.menuBar().isVisible()
    assert window.statusBar().isVisible()
