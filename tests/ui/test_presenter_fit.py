"""Slides fit the screen: every line of every step inside the text area, never below 28 pt.

Measured on what ``SlideView`` paints (its QTextDocument's line layout), for every presented
section of both seeds and of a very long answer, on a 1024×768 projector and a 1920×1080 one,
in the system's font and in a wide bold reading font with WCAG text spacing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from reader.appearance.preferences import WCAG_TEXT_SPACING, Appearance
from reader.document.pipeline import open_document
from reader.ui.appearance import reading_fonts
from reader.ui.presenter.slide_fit import MINIMUM_PIXEL_SIZE, SlideFitter, slide_geometry
from reader.ui.presenter.slide_view import SlideView
from reader.ui.presenter.slides import PresentMode, topic_slides, topics_of
from reader.ui.text import typography
from reader.ui.text.renderer import reading_font
from tests.ui.test_presenter_slides import long_answer_document

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [QSize(1024, 768), QSize(1920, 1080)]
WIDE_BOLD = "Atkinson Hyperlegible"  # shipped with the app (fontpkg), wider than DejaVu Sans


def reader_font(face: str):
    """The reader's font as the appearance controller makes it: the system's, or bold Atkinson
    Hyperlegible with the spacing of WCAG 1.4.12."""
    if face == "system":
        return reading_font(QApplication.font())
    assert reading_fonts.load_family(WIDE_BOLD, set())
    appearance = Appearance(font_family=WIDE_BOLD, bold=True, **WCAG_TEXT_SPACING)
    return typography.reading_font(appearance, QApplication.font())


@cache
def documents():
    return {
        "interview": open_document(ROOT / "seeds" / "interview-pedocriminalite.txt"),
        "article": open_document(ROOT / "seeds" / "article-pedocriminalite.txt"),
        "long answer": long_answer_document(),
    }


def line_extent(document: QTextDocument) -> tuple[float, float]:
    """The right-most and lowest point any line of ``document`` reaches."""
    layout = document.documentLayout()
    right = bottom = 0.0
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            right = max(right, origin.x() + line.x() + line.naturalTextWidth())
            bottom = max(bottom, origin.y() + line.y() + line.height())
        block = block.next()
    return right, bottom


@pytest.mark.parametrize("face", ["system", "bold wide"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("name", ["interview", "article", "long answer"])
def test_every_step_fits_the_screen_at_a_readable_size(qapp, screen, name, face):
    document = documents()[name]
    font = reader_font(face)
    geometry = slide_geometry(screen)
    fitter = SlideFitter(font, geometry)
    view = SlideView(font)
    topics = topics_of(document)
    assert topics
    checked = 0
    for mode in PresentMode:
        for index in range(len(topics)):
            for slide in topic_slides(document, topics, index, mode, fitter, geometry.sizes):
                lead = [document.text[a:b] for a, b in slide.lead]
                body = [document.text[a:b] for a, b in slide.body]
                view.show_text(geometry, lead, body, slide.size)
                right, bottom = line_extent(view.document)
                where = f"{name} topic {index + 1} page {slide.page}/{slide.pages}"
                assert slide.size >= MINIMUM_PIXEL_SIZE, where
                assert right <= geometry.text_rect.width() + 0.5, where
                assert bottom <= geometry.text_rect.height(), where
                checked += 1
    assert checked >= 2 * len(topics)


def test_the_minimum_is_28_points_and_the_text_area_leaves_room_for_the_footer():
    assert round(28 * 96 / 72) == MINIMUM_PIXEL_SIZE
    for screen in SCREENS:
        geometry = slide_geometry(screen)
        assert geometry.text_rect.bottom() < geometry.footer_rect.top()
        assert geometry.footer_rect.bottom() < screen.height()
        assert geometry.sizes.maximum > geometry.sizes.minimum


def test_the_long_answer_needs_several_steps_on_a_small_projector(qapp):
    document = long_answer_document()
    geometry = slide_geometry(SCREENS[0])
    fitter = SlideFitter(reading_font(QApplication.font()), geometry)
    topics = topics_of(document)
    slides = topic_slides(document, topics, 0, PresentMode.WHOLE_SECTION, fitter, geometry.sizes)
    assert len(slides) > 5
    assert {s.size for s in slides} == {slides[0].size}


def test_the_slide_counter_is_as_large_as_the_smallest_slide_type():
    for screen in SCREENS:
        geometry = slide_geometry(screen)
        assert geometry.footer_pixel_size >= MINIMUM_PIXEL_SIZE
        assert geometry.footer_rect.height() >= geometry.footer_pixel_size
