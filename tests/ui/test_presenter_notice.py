"""A notice on the slide's footer ("End of the presentation. Esc leaves.") is read whole from the
back of the room: on a slide of large type, whose footer follows that type, it was cut to
"End of the prese…" on a 1280×800 screen. It now takes a smaller type, never below the
footer's readable minimum, and is cut only if it cannot fit even then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.ui.presenter.slide_fit import slide_geometry
from reader.ui.presenter.slide_view import SlideView
from reader.ui.text.renderer import reading_font


@pytest.mark.parametrize("screen", [QSize(1280, 800), QSize(1920, 1080), QSize(1024, 768)])
def test_the_end_notice_is_shown_whole_under_a_slide_of_large_type(qtbot, screen):
    view = SlideView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    view.resize(screen)
    geometry = slide_geometry(screen)
    view.show_text(geometry, [], ["Quand ouvrira-t-elle ses portes ?"],
                   geometry.sizes.maximum)
    notice = messages.presenter_at_end()
    view.set_footer("0:42", notice, "3 / 3")
    shown, pixel_size = view.notice_shown
    assert shown == notice  # whole, not "End of the prese…"
    assert pixel_size >= geometry.footer_pixel_size  # still readable from the back
    assert pixel_size <= view.counter_pixel_size


def test_a_notice_too_long_even_at_the_minimum_is_cut_rather_than_overlap(qtbot):
    view = SlideView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    screen = QSize(1024, 768)
    view.resize(screen)
    geometry = slide_geometry(screen)
    view.show_text(geometry, [], ["Why?"], geometry.sizes.maximum)
    view.set_footer("", "A very long notice " * 10, "1 / 9")
    shown, pixel_size = view.notice_shown
    assert shown.endswith("…")
    assert pixel_size == geometry.footer_pixel_size
