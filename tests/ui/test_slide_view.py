"""What the room sees: the slide's colours follow the reader's palette; which screen is whose."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.ui.presenter.presentation import Screen
from reader.ui.presenter.screen_chooser import assign_screens, needs_choice
from reader.ui.presenter.slide_fit import MINIMUM_PIXEL_SIZE, slide_geometry
from reader.ui.presenter.slide_view import SlideView
from reader.ui.text.renderer import reading_font
from tests.ui.fake_screens import ONE, TWO, FakeScreen


def colours(view: SlideView) -> set[str]:
    image = view.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)}


def test_the_slide_uses_the_palette_so_a_high_contrast_theme_applies(qtbot):
    view = SlideView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffff00"))  # yellow on black
    view.setPalette(palette)
    view.resize(512, 384)
    geometry = slide_geometry(QSize(1024, 768))
    view.show_text(geometry, ["Pourquoi ?"], ["Parce que."], 60)
    view.set_footer("", "", "1 / 7")
    seen = colours(view)
    assert "#000000" in seen and "#ffff00" in seen
    assert "#ffffff" not in seen  # nothing left in the default colours


def test_black_and_white_screens_are_plain(qtbot):
    view = SlideView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    view.resize(200, 150)
    view.show_text(slide_geometry(QSize(1024, 768)), ["Pourquoi ?"], [], 60)
    view.set_screen(Screen.BLACK)
    assert colours(view) == {"#000000"}
    view.set_screen(Screen.WHITE)
    assert colours(view) == {"#ffffff"}


def test_one_screen_is_the_audience_screen_and_there_is_no_presenter_view():
    assignment = assign_screens(ONE, "")
    assert assignment.audience is ONE[0] and assignment.trainer is None
    assert not needs_choice(ONE, "")


def test_two_screens_follow_the_choice_else_the_second_is_the_audience():
    assert not needs_choice(TWO, "Laptop") and needs_choice(TWO, "Unplugged")
    chosen = assign_screens(TWO, "Laptop")
    assert chosen.audience is TWO[0] and chosen.trainer is TWO[1]
    default = assign_screens(TWO, "Unplugged")
    assert default.audience is TWO[1] and default.trainer is TWO[0]
    three = [*TWO, FakeScreen("Television", QRect(2944, 0, 1920, 1080))]
    assert assign_screens(three, "Television").trainer is TWO[0]


def test_the_slide_counter_is_drawn_at_the_slides_type_size(qtbot):
    """Measured in the picture: the digits of "3 / 8" are as tall as those of 28 pt type."""
    view = SlideView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    view.setPalette(palette)
    view.resize(1024, 768)
    geometry = slide_geometry(QSize(1024, 768))
    view.show_text(geometry, [], [], 60)
    view.set_footer("", "", "3 / 8")
    image = view.grab().toImage()
    footer = geometry.footer_rect
    inked = [y for y in range(footer.top(), footer.bottom() + 1)
             if any(image.pixelColor(x, y).lightness() > 128
                    for x in range(footer.left(), footer.right() + 1, 2))]
    digit_height = max(inked) - min(inked) + 1
    assert digit_height >= 0.65 * MINIMUM_PIXEL_SIZE  # a digit is ~0.7 of the type's size
