"""Typography, themes and reading aids as the reader sees them: the fonts and formats of the
rendered document, the palette of the window, what is dimmed, what is hidden, what is saved."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from reader.app import build_main_window
from reader.appearance.preferences import DEFAULTS, WCAG_TEXT_SPACING, Appearance
from reader.appearance.themes import THEMES
from reader.document.model import Role
from reader.ui.appearance import appearance_settings
from reader.ui.text.renderer import em_pixels

ROOT = Path(__file__).resolve().parents[2]


def apply(window, **changes):
    controller = window.appearance
    controller.apply(replace(controller.appearance, **changes))
    window.typesetter.spacing.finish()
    QApplication.processEvents()  # the panels' fonts, queued for the next event-loop turn
    QApplication.processEvents()  # the application palette and font reach widgets by events


def wait_for_refit(window, qtbot, size):
    """Until the window has its new ``size`` and the text's margins fit the new width (the
    typesetter refits after the view's resize, in the next event-loop turn)."""

    def refitted():
        frame = window.text.document().rootFrame().frameFormat()
        side = window.typesetter.side_margin(window.text.viewport().width())
        return window.size() == size and frame.leftMargin() == side

    qtbot.waitUntil(refitted)


def block_of(window, role):
    index = next(i for i, b in enumerate(window.document.blocks) if b.role is role)
    return window.text.document().findBlockByNumber(index)


def test_settings_round_trip(settings):
    chosen = Appearance(theme="dark", font_family="Lexend", font_size=30.0, bold=True,
                        line_height=2.0, paragraph_spacing=1.5, letter_spacing=0.2,
                        word_spacing=0.4, margin=2.0, max_line_length=65, alignment="justify",
                        custom_colours=True, link_colour="#ffcc00", line_focus=True,
                        line_focus_lines=5, focus_mode=True)
    appearance_settings.save(settings, chosen)
    assert appearance_settings.load(settings) == chosen


def test_saved_appearance_is_restored_on_the_next_start(make_window, settings, interview):
    appearance_settings.save(settings, replace(DEFAULTS, font_size=24.0, theme="sepia"))
    window = make_window()
    window.show_document(interview)
    QApplication.processEvents()
    assert window.text.document().defaultFont().pointSizeF() == 24.0
    assert window.text.palette().color(QPalette.ColorRole.Base).name() == \
        THEMES["sepia"].background


def test_size_keys_change_the_documents_font_and_are_saved(window, qtbot, settings):
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text.document().defaultFont().pointSizeF() == 16.0
    qtbot.keyClick(window.text, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.text, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text.document().defaultFont().pointSizeF() == 12.0
    assert appearance_settings.load(settings).font_size == 12.0
    qtbot.keyClick(window.text, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.text.document().defaultFont().pointSizeF() == DEFAULTS.font_size


@pytest.mark.parametrize("theme_id", ["system", "yellow-on-black"])  # without, with a sheet
def test_panels_and_menus_follow_the_text_size_up_to_a_cap(window, theme_id):
    apply(window, theme=theme_id)
    apply(window, font_size=20.0, font_family="Lexend")
    assert window.outline.font().pointSizeF() == 20.0
    assert window.statusBar().font().pointSizeF() == 20.0
    assert window.position_label.font().pointSizeF() == 20.0
    assert window.menuBar().font().families()[0] == "Lexend"
    assert window.menuBar().font().pointSizeF() > QFont(QApplication.font()).pointSizeF() - 1
    apply(window, font_size=72.0)
    assert window.statusBar().font().pointSizeF() == 28.0  # a panel, not a slide
    assert window.outline.font().pointSizeF() == 72.0  # its rows wrap: it follows the text
    assert window.menuBar().font().pointSizeF() == 24.0


@pytest.mark.parametrize("theme_id", ["system", "yellow-on-black"])  # without, with a sheet
def test_the_messages_close_button_grows_with_the_interface(window, theme_id):
    apply(window, theme=theme_id)
    apply(window, font_size=48.0)
    window.banner.show_messages(["Une note."], error=False)
    close = window.banner.findChild(QPushButton, "message_close")
    assert close.font().pointSizeF() == window.menuBar().font().pointSizeF() == 24.0


def test_size_change_rescales_the_space_above_questions(window):
    apply(window, font_size=28.0)
    question = block_of(window, Role.QUESTION)
    em = em_pixels(window.text.document().defaultFont())
    assert question.blockFormat().topMargin() == pytest.approx(1.2 * em)
    assert question.blockFormat().bottomMargin() == pytest.approx(DEFAULTS.paragraph_spacing * em)


def test_each_spacing_setting_reaches_the_rendered_document(window):
    apply(window, **WCAG_TEXT_SPACING, alignment="justify", bold=True)
    document = window.text.document()
    font = document.defaultFont()
    em = em_pixels(font)
    assert font.letterSpacing() == pytest.approx(0.12 * em, abs=0.02)  # Qt keeps 1/64 px
    assert font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing
    assert font.wordSpacing() == pytest.approx(0.16 * em, abs=0.02)
    assert font.weight() == QFont.Weight.Bold
    answer = block_of(window, Role.ANSWER).blockFormat()
    assert answer.lineHeight() == pytest.approx(150)
    assert answer.bottomMargin() == pytest.approx(2.0 * em)
    assert answer.alignment() & Qt.AlignmentFlag.AlignJustify
    # The text laid out takes more room than without the spacing: applied, not only stored.
    tall = document.documentLayout().documentSize().height()
    apply(window, letter_spacing=0.0, word_spacing=0.0)
    assert document.documentLayout().documentSize().height() < tall


def test_a_document_opened_later_gets_the_same_typography(window, interview):
    apply(window, line_height=2.0, paragraph_spacing=1.0, font_size=20.0)
    window.show_document(interview)
    em = em_pixels(window.text.document().defaultFont())
    answer = block_of(window, Role.ANSWER).blockFormat()
    assert answer.lineHeight() == pytest.approx(200)
    assert answer.bottomMargin() == pytest.approx(em)


def test_reading_font_family_is_used(window):
    apply(window, font_family="Atkinson Hyperlegible")
    assert window.text.document().defaultFont().families()[0] == "Atkinson Hyperlegible"
    shown = QFontInfo(window.text.document().defaultFont())
    assert shown.family() == "Atkinson Hyperlegible"  # loaded, not a stand-in


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_theme_colours_the_page_the_panels_and_the_links(window, theme_id):
    apply(window, theme=theme_id)
    theme = THEMES[theme_id]
    for widget in (window.text, window.outline, window.menuBar(), window.statusBar()):
        palette = widget.palette()
        assert palette.color(QPalette.ColorRole.Base).name() == theme.background
        assert palette.color(QPalette.ColorRole.Text).name() == theme.text
        assert palette.color(QPalette.ColorRole.Window).name() == theme.window
    link = window.document.text.index("le site")
    cursor = QTextCursor(window.text.document())
    cursor.setPosition(link + 1)
    assert cursor.charFormat().foreground().color().name() == theme.link


def test_custom_colours_override_the_theme(window):
    apply(window, theme="light", custom_colours=True, background_colour="#fff8dc",
          highlight_colour="#004080")
    palette = window.text.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == "#fff8dc"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#004080"


def test_wcag_spacing_at_400_percent_wraps_with_no_horizontal_scrolling(window, qtbot):
    window.resize(1280, 800)
    apply(window, font_size=56.0, **WCAG_TEXT_SPACING)
    wait_for_refit(window, qtbot, QSize(1280, 800))
    window.text.document().documentLayout().documentSize()  # lay everything out
    bar = window.text.horizontalScrollBar()
    assert bar.maximum() == 0
    assert window.text.document().blockCount() == len(window.document.blocks)


def test_maximum_line_length_narrows_the_text_column(window, qtbot):
    window.resize(1400, 800)
    apply(window, max_line_length=40, margin=0.0)
    wait_for_refit(window, qtbot, QSize(1400, 800))
    window.typesetter.fit_width()
    frame = window.text.document().rootFrame().frameFormat()
    column = window.text.viewport().width() - frame.leftMargin() - frame.rightMargin()
    average = QFontMetrics(window.text.document().defaultFont()).averageCharWidth()
    assert frame.leftMargin() > 0
    assert 30 * average < column < 50 * average
    apply(window, max_line_length=0)
    window.typesetter.fit_width()
    assert window.text.document().rootFrame().frameFormat().leftMargin() == 0


def test_line_focus_dims_all_but_the_lines_around_the_caret(window, qtbot):
    window.resize(1000, 700)
    apply(window, theme="white-on-black")
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.named_actions["line_focus"].isChecked()
    window.text.go_to(window.document.sections[2].start)  # a question, mid-page
    image = window.text.viewport().grab().toImage()
    top, bottom = window.text.focus_band
    caret = window.text.cursorRect()
    assert top <= caret.top() and caret.bottom() <= bottom
    line = QFontMetrics(window.text.document().defaultFont()).height()
    assert bottom - top >= 2.5 * line  # three lines
    # White text on black: the brightest pixel outside the band is far dimmer than inside.
    def brightest(y0, y1):
        return max(image.pixelColor(x, y).lightness()
                   for y in range(max(0, y0), min(image.height(), y1), 2)
                   for x in range(0, image.width() - 20, 3))
    assert brightest(top, bottom) > 200
    assert brightest(0, top - 2) < 120
    qtbot.keyClick(window.text, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.text.viewport().grab()
    assert window.text.focus_band is None


def test_focus_mode_shows_only_the_text_and_brings_the_panels_back(window, qtbot):
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.outline.isVisible()
    assert not window.statusBar().isVisible()
    assert not window.menuBar().isVisible()
    assert window.text.isVisible() and window.text.hasFocus()
    assert "Ctrl+Shift+F" in window.banner.text()  # the way back, where it can be seen
    qtbot.keyClick(window.text, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.outline.isVisible() and window.statusBar().isVisible()
    assert window.menuBar().isVisible()
    assert window.banner.text() == ""


def test_command_line_overrides_are_not_saved(qtbot, settings, interview):
    appearance_settings.save(settings, replace(DEFAULTS, theme="sepia", font_size=18.0))
    window = build_main_window(settings, appearance={"theme": "dark", "font_size": 40.0})
    qtbot.addWidget(window)
    window.show_document(interview)
    QApplication.processEvents()
    assert window.text.document().defaultFont().pointSizeF() == 40.0
    assert window.text.palette().color(QPalette.ColorRole.Base).name() == \
        THEMES["dark"].background
    window.appearance.apply(replace(window.appearance.appearance, bold=True))
    saved = appearance_settings.load(settings)
    assert (saved.theme, saved.font_size, saved.bold) == ("sepia", 18.0, True)


def test_a_document_rendered_before_a_size_change_is_brought_up_to_date(window, interview):
    from reader.ui.text.renderer import render

    stale = render(interview, window.text.document().defaultFont(), window.text.palette())
    apply(window, font_size=30.0, paragraph_spacing=1.0)
    window.show_document(interview, stale)  # as a background open delivers it
    window.typesetter.spacing.finish()
    document = window.text.document()
    em = em_pixels(document.defaultFont())
    assert document.defaultFont().pointSizeF() == 30.0
    assert block_of(window, Role.ANSWER).blockFormat().bottomMargin() == pytest.approx(em)
    assert block_of(window, Role.QUESTION).blockFormat().topMargin() == pytest.approx(1.2 * em)


def test_ctrl_wheel_changes_the_text_size(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    def wheel(delta):
        event = QWheelEvent(QPointF(50, 50), QPointF(window.text.viewport().mapToGlobal(
            QPoint(50, 50))), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(window.text.viewport(), event)

    wheel(120)
    assert window.text.document().defaultFont().pointSizeF() == 16.0
    wheel(-120)
    wheel(-120)
    assert window.text.document().defaultFont().pointSizeF() == 12.0


def test_back_to_the_system_theme_follows_the_platform_again(window, qapp):
    system_base = qapp.palette().color(QPalette.ColorRole.Base).name()
    apply(window, theme="dark")
    assert qapp.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)
    apply(window, theme="system")
    assert not qapp.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)
    assert window.text.palette().color(QPalette.ColorRole.Base).name() == system_base
    assert window.outline.palette().color(QPalette.ColorRole.Base).name() == system_base


def test_built_in_themes_give_every_control_a_visible_edge(window, qapp):
    import os
    import re

    apply(window, theme="white-on-black")
    sheet = qapp.styleSheet()
    assert "border: 1px solid palette(mid)" in sheet
    assert "border: 2px solid palette(highlight)" in sheet  # the focus ring
    arrows = re.findall(r"url\(([^)]+)\)", sheet)
    assert arrows and all(os.path.exists(path) for path in arrows)
    apply(window, theme="system")
    assert qapp.styleSheet() == ""


@pytest.mark.parametrize("line_height", [1.0, 1.5, 3.0])
def test_lines_never_overlap_whatever_the_spacing(window, line_height):
    """WCAG 1.4.12: spacing changes must not clip text: every line starts below the previous
    one's full height, headings (larger type) included."""
    apply(window, **{**WCAG_TEXT_SPACING, "line_height": line_height}, font_size=28.0)
    document = window.text.document()
    document.documentLayout().documentSize()
    checked = 0
    block = document.begin()
    previous_bottom = -1.0
    while block.isValid() and checked < 40:
        layout = block.layout()
        top = layout.position().y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            assert top + line.y() >= previous_bottom - 0.5
            previous_bottom = top + line.y() + line.height()
            checked += 1
        block = block.next()
    assert checked >= 10


def test_dyslexia_font_falls_back_to_lexend_when_opendyslexic_is_missing(window, monkeypatch):
    from reader.ui.appearance import reading_fonts

    real = reading_fonts.load_family
    monkeypatch.setattr(reading_fonts, "load_family",
                        lambda family, loaded: False if family == "OpenDyslexic"
                        else real(family, loaded))
    apply(window, font_family="OpenDyslexic")
    assert window.text.document().defaultFont().families()[0] == "Lexend"
    assert window.appearance.appearance.font_family == "OpenDyslexic"  # the choice is kept


def test_opendyslexic_is_installed_by_the_setup(qapp):
    from PySide6.QtGui import QFontDatabase

    assert "OpenDyslexic" in QFontDatabase.families()  # scripts/setup.sh: fonts-opendyslexic


def test_ctrl_t_in_focus_mode_brings_the_outline_back(window, qtbot):
    window.appearance.toggle_focus_mode()
    assert not window.outline.isVisible()
    assert not window.named_actions["show_outline"].isChecked()  # the menu tells the truth
    window.named_actions["outline"].trigger()
    assert window.outline.isVisible() and window.outline.hasFocus()
    window.appearance.toggle_focus_mode()
    assert window.outline.isVisible() and window.statusBar().isVisible()


@pytest.mark.parametrize("theme_id", ["yellow-on-black", "light"])
def test_the_speech_buttons_icons_are_drawn_in_the_themes_text_colour(window, theme_id):
    # Qt's standard media icons are black: on a black theme they vanished.
    apply(window, theme=theme_id)
    toolbar = window.speech.toolbar
    for button in (toolbar.play_button, toolbar.stop_button):
        image = button.icon().pixmap(48, 48).toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, 48, 4)
                   for y in range(0, 48, 4) if image.pixelColor(x, y).alpha() == 255}
        assert colours == {button.palette().color(QPalette.ColorRole.ButtonText).name()}
    if theme_id == "yellow-on-black":
        assert toolbar.play_button.palette().color(QPalette.ColorRole.ButtonText).name() == \
            THEMES[theme_id].text


def test_starting_in_focus_mode_says_the_way_back_beside_the_documents_notes(qtbot, settings):
    appearance_settings.save(settings, replace(DEFAULTS, focus_mode=True))
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(ROOT / "seeds" / "interview-pedocriminalite.txt") == ""
    qtbot.waitUntil(window.text.hasFocus)
    window.appearance.remind_focus_mode()  # as reader.app.run_gui does once the file is open
    assert not window.menuBar().isVisible()
    assert "paragraphs broken in the middle of a sentence" in window.banner.text()
    assert "Focus mode: only the text. Ctrl+Shift+F shows the panels again." in \
        window.banner.text()
    qtbot.keyClick(window.text, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.menuBar().isVisible()
    assert window.banner.text() == ""
