"""The slide counter ("3 / 8") as the room sees it: in proportion to the type each slide is
drawn with after fitting, never below the readable minimum, never over the slide's text,
whatever the reader's own text size (8 pt or 96 pt).

Measured in the picture SlideView paints, light type on black, on a 1920×1080 projector: the
slide with the largest type of the interview's presentation and the one with the smallest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from reader.document.pipeline import open_document
from reader.ui.presenter.slide_fit import MINIMUM_PIXEL_SIZE, SlideFitter, slide_geometry
from reader.ui.presenter.slide_view import SlideView
from reader.ui.presenter.slides import PresentMode, topic_slides, topics_of
from reader.ui.text.renderer import reading_font
from tests.ui.test_presenter_fit import line_extent

ROOT = Path(__file__).resolve().parents[2]
SCREEN = QSize(1920, 1080)


def inked_rows(view: SlideView, area: QRect) -> list[int]:
    image = view.grab().toImage()
    return [y for y in range(area.top(), area.bottom() + 1)
            if any(image.pixelColor(x, y).lightness() > 128
                   for x in range(area.left(), area.right() + 1, 2))]


@pytest.fixture(scope="module")
def extreme_slides(qapp):
    """(lead, body, fitted size) of the slides with the largest and the smallest type."""
    document = open_document(ROOT / "seeds" / "interview-pedocriminalite.txt")
    geometry = slide_geometry(SCREEN)
    fitter = SlideFitter(reading_font(QApplication.font()), geometry)
    topics = topics_of(document)
    slides = [slide for index in range(len(topics))
              for slide in topic_slides(document, topics, index, PresentMode.QUESTION_THEN_ANSWER,
                                        fitter, geometry.sizes)]
    chosen = [max(slides, key=lambda s: s.size), min(slides, key=lambda s: s.size)]
    return [([document.text[a:b] for a, b in s.lead], [document.text[a:b] for a, b in s.body],
             s.size) for s in chosen]


@pytest.mark.parametrize("reading_points", [8, 96])
def test_the_counter_follows_each_slides_type_and_never_covers_its_text(
        qtbot, extreme_slides, reading_points):
    font = reading_font(QApplication.font())
    font.setPointSizeF(reading_points)
    view = SlideView(font)
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    view.setPalette(palette)
    view.resize(SCREEN)  # drawn 1:1: one pixel of the picture is one of the projector
    geometry = slide_geometry(SCREEN)
    (large_lead, large_body, large), (small_lead, small_body, small) = extreme_slides
    assert large > small  # two slides of different fitted sizes
    measured = []
    for lead, body, size in ((large_lead, large_body, large), (small_lead, small_body, small)):
        view.show_text(geometry, lead, body, size)
        view.set_footer("", "", "3 / 8")
        body_pixels = QFontInfo(view.document.defaultFont()).pixelSize()
        assert body_pixels == size  # the slide is drawn at its fitted type
        counter = view.counter_pixel_size
        assert counter >= MINIMUM_PIXEL_SIZE  # 28 pt: readable from the back of the room
        assert counter >= 0.7 * body_pixels  # a page number a little smaller than the text
        # What is painted: the counter's digits, below the lowest line of the slide's text.
        text_bottom = geometry.text_rect.top() + line_extent(view.document)[1]
        below_text = QRect(geometry.footer_rect.left(), geometry.text_rect.top(),
                           geometry.footer_rect.width(), SCREEN.height() - geometry.text_rect.top())
        right_quarter = QRect(below_text.right() - below_text.width() // 4, 0,
                              below_text.width() // 4, SCREEN.height()).intersected(below_text)
        footer = geometry.footer_rect_for(size)
        digits = inked_rows(view, footer.intersected(right_quarter))
        assert digits, "no counter painted"
        assert min(digits) > text_bottom, "the counter overlaps the text"
        assert min(digits) >= footer.top() and max(digits) < SCREEN.height()
        digit_height = max(digits) - min(digits) + 1
        assert digit_height >= 0.65 * counter  # a digit is ~0.7 of the type's size
        measured.append(digit_height)
    assert measured[0] > measured[1]  # larger type on the slide, larger counter
