"""High-contrast themes as a low-vision reader sees them: a disabled Stop that looks disabled,
a caret as thick as the text is large in the text's colour, a focus ring thicker than an
unfocused edge, no dark icons on dialog buttons."""

from dataclasses import replace

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

from reader.appearance.themes import THEMES, contrast_ratio
from reader.ui.text.caret import caret_width

HIGH_CONTRAST = ["white-on-black", "yellow-on-black", "black-on-white"]


def _apply(window, **changes):
    controller = window.appearance
    controller.apply(replace(controller.appearance, **changes))
    QApplication.processEvents()
    QApplication.processEvents()


def _opaque_colours(image):
    colours = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                colours.add(pixel.name())
    return colours


@pytest.mark.parametrize("theme_id", HIGH_CONTRAST)
def test_the_disabled_stop_button_looks_disabled(window, theme_id):
    _apply(window, theme=theme_id)
    toolbar = window.speech.toolbar
    stop, play = toolbar.stop_button, toolbar.play_button
    assert not stop.isEnabled() and play.isEnabled()
    theme = THEMES[theme_id]
    # Its picture, as drawn: the icon in a dimmed colour, not the enabled one.
    size = toolbar.iconSize()
    dimmed = set()
    for mode in (QIcon.Mode.Disabled, QIcon.Mode.Normal):
        dimmed |= _opaque_colours(stop.icon().pixmap(size, mode).toImage())
    assert dimmed and theme.window_text not in dimmed
    assert _opaque_colours(play.icon().pixmap(size).toImage()) == {theme.window_text}
    for colour in dimmed:
        ratio = contrast_ratio(colour, theme.window)
        assert 3.0 <= ratio <= contrast_ratio(theme.window_text, theme.window) / 2
    # Its words: the style sheet gives a disabled tool button the dimmed colour too.
    grabbed = stop.grab().toImage()
    words = _opaque_colours(grabbed) - {theme.window}
    assert theme.window_text not in words
    assert theme.window_text in _opaque_colours(play.grab().toImage())
    # Enabled (while reading): the enabled colour again.
    window.named_actions["stop"].setEnabled(True)
    assert _opaque_colours(stop.icon().pixmap(size).toImage()) == {theme.window_text}


@pytest.mark.parametrize("points", [12.0, 48.0, 96.0])
def test_the_caret_is_as_thick_as_the_text_is_large_in_the_texts_colour(window, points):
    window.resize(1280, 800)
    _apply(window, theme="yellow-on-black", font_size=points)
    window.text.setFocus()
    window.text.go_to(20)
    QApplication.processEvents()
    rect = window.caret.caret_rect()
    assert rect.width() == caret_width(points) >= max(2, round(points / 8))
    assert rect.height() >= window.text.cursorRect().height()
    page = window.text.viewport().grab().toImage()
    for x in range(rect.left(), rect.right() + 1):  # its whole width, over the letters too
        assert page.pixelColor(x, rect.center().y()).name() == THEMES["yellow-on-black"].text
    window.outline.setFocus()
    QApplication.processEvents()
    assert window.caret.caret_rect().isEmpty()  # only where the keys go


def test_the_focus_ring_is_thicker_than_the_unfocused_edge(window):
    _apply(window, theme="white-on-black")
    sheet = QApplication.instance().styleSheet()
    assert "border: 1px solid palette(mid)" in sheet
    assert "2px solid palette(highlight)" in sheet
    central = window.centralWidget().styleSheet()
    assert "QTextEdit:focus { border: 2px solid palette(highlight)" in central
    assert "border: 1px solid palette(mid)" in central
    # Nothing moves when focus moves: the same room for the text inside the frame.
    window.text.setFocus()
    QApplication.processEvents()
    focused = window.text.viewport().geometry()
    window.outline.setFocus()
    QApplication.processEvents()
    assert window.text.viewport().geometry() == focused


def test_dialog_buttons_carry_no_dark_icon_on_black(window):
    """The platform's dialog button icons are dark pictures; under a theme there are none
    (whatever the desktop's style would have done)."""
    _apply(window, theme="white-on-black")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Ok)
    box.show()
    QApplication.processEvents()
    assert not box.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons,
                                     None, box)
    assert all(button.icon().isNull() for button in box.buttons())
    box.close()
