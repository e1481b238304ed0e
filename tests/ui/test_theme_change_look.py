"""A theme changed while the reader works, as the reader then sees it: every widget in the new
theme's colours (none left in the old one's: under an application style sheet a styled widget
keeps the palette it was polished with, so a change of palette alone would leave the buttons,
fields and lists of the old theme), the arrows of combo boxes and spin boxes and the focus ring
drawn in the new colours, the Preferences dialog (kept, built once) included."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from reader.appearance.themes import THEMES

Role = QPalette.ColorRole
ROLES = (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button, Role.ButtonText,
         Role.Highlight, Role.HighlightedText)
# Each change from a light theme to a dark one and back, high contrast ones included.
CHANGES = [("light", "dark"), ("dark", "yellow-on-black"), ("white-on-black", "sepia"),
           ("black-on-white", "white-on-black")]


def _apply(window, theme_id: str) -> None:
    controller = window.appearance
    controller.apply(replace(controller.appearance, theme=theme_id, custom_colours=False))


def _old_colours_left(widgets: list[QWidget], old: str, new: str) -> list[str]:
    """The widgets showing a colour of the old theme that the new one does not have."""
    stale = {getattr(THEMES[old], field) for field in THEMES[old]._fields[1:]}
    stale -= {getattr(THEMES[new], field) for field in THEMES[new]._fields[1:]}
    left = []
    for widget in widgets:
        palette = widget.palette()
        colours = {palette.color(QPalette.ColorGroup.Active, role).name() for role in ROLES}
        if colours & stale:
            left.append(f"{type(widget).__name__} {widget.objectName()!r}: {colours & stale}")
    return left


def _everything(window, dialog) -> list[QWidget]:
    return [window, *window.findChildren(QWidget), dialog, *dialog.findChildren(QWidget)]


@pytest.mark.parametrize(("old", "new"), CHANGES)
def test_a_theme_change_leaves_no_widget_in_the_old_themes_colours(window, qtbot, old, new):
    _apply(window, old)
    dialog = window.appearance.preferences.show()  # built now, and kept after it closes
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert len(_everything(window, dialog)) > 100
    qtbot.waitUntil(lambda: not _old_colours_left(_everything(window, dialog), new, old))
    _apply(window, new)
    # With the dialog built, the restyle runs over a few turns of the event loop: wait for it.
    qtbot.waitUntil(lambda: not _old_colours_left(_everything(window, dialog), old, new))
    # The dialog opened again is in the new theme too, and its theme list says which.
    reopened = window.appearance.preferences.show()
    qtbot.waitUntil(reopened.isVisible)
    assert reopened is dialog
    assert _old_colours_left(_everything(window, dialog), old, new) == []
    assert dialog.theme.currentData() == new
    dialog.reject()


def _colours_in(image, rect) -> set[str]:
    return {image.pixelColor(x, y).name()
            for y in range(rect.top(), rect.bottom() + 1)
            for x in range(rect.left(), rect.right() + 1)}


@pytest.mark.parametrize(("old", "new"), CHANGES)
def test_arrows_and_the_focus_ring_are_drawn_in_the_new_themes_colours(window, qtbot, old,
                                                                       new):
    _apply(window, old)
    dialog = window.appearance.preferences.show()
    qtbot.waitUntil(dialog.isVisible)
    _apply(window, new)
    theme = THEMES[new]
    combo, spin = dialog.theme, dialog.max_line_length
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)

    # The focus ring: the field's top edge (its rounded corners aside), 2 pixels thick, in the
    # new highlight colour (once the restyle's last turn has repainted the windows).
    def ring() -> set[str]:  # measured each time: the restyle may resize the field
        return _colours_in(spin.grab().toImage(), spin.rect().adjusted(8, 0, -8,
                                                                        -spin.height() + 2))

    qtbot.waitUntil(lambda: ring() == {theme.highlight})
    # The arrows: the right end of each field, the new theme's button text among its pixels
    # (antialiased edges aside), none of the old theme's colours.
    stale = {THEMES[old].window_text, THEMES[old].highlight} - {
        theme.window_text, theme.highlight, theme.window, theme.border}
    for control in (combo, spin):
        image = control.grab().toImage()
        end = control.rect().adjusted(control.width() - control.height(), 3, -3, -3)
        colours = _colours_in(image, end)
        assert theme.window_text in colours, type(control).__name__
        assert not colours & stale, type(control).__name__
    dialog.reject()
    QApplication.processEvents()
