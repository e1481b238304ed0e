"""Themes (reader.appearance.themes) as Qt palettes, applied to the whole application: the
page, the outline, menus, dialogs, the status line and the presenter's slides all take their
colours from the application palette, so one ``QApplication.setPalette`` changes them all.

"system" is an empty palette: Qt then takes every colour from the platform theme and follows
it when it changes (dark mode included).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF

from reader.appearance.themes import (
    DISABLED_AMOUNT,
    FOCUS_RING_PIXELS,
    SYSTEM,
    THEMES,
    Theme,
    mix,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# With a built-in or custom theme, for the whole application: Qt's Fusion style draws the frames
# of fields, buttons and check boxes in a shade of the window colour, which vanishes on black
# (a field with no visible edge, WCAG 1.4.11). Here every control has a 1-pixel edge in the
# border colour and a focus ring RING pixels thick in the highlight colour, both ≥ 3:1 in every
# built-in theme: focus shows by thickness as well as colour (WCAG 2.4.13), and the padding
# shrinks by what the ring adds, so nothing moves. A rule's colour holds in every state unless a
# :disabled rule says otherwise: without one the disabled Stop button looked enabled. Disabled
# controls get the palette's dimmed text and a dashed edge. Dialog buttons carry no icon: the
# platform's icons are dark pictures that vanish on black.
CONTROLS_STYLE = """
QAbstractSpinBox, QComboBox, QLineEdit, QPushButton, QToolButton {
    border: 1px solid palette(mid); border-radius: 3px; padding: PADpx PADSIDEpx;
    background: palette(button); color: palette(button-text);
}
QAbstractSpinBox, QLineEdit { background: palette(base); color: palette(text); }
QCheckBox, QRadioButton { border: 1px solid transparent; padding: PADpx; }
QAbstractSpinBox:focus, QComboBox:focus, QLineEdit:focus, QPushButton:focus,
QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    border: RINGpx solid palette(highlight); padding: 0px FOCUSSIDEpx;
}
QCheckBox:focus, QRadioButton:focus { padding: 0px; }
QPushButton:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QToolButton:disabled,
QLineEdit:disabled, QCheckBox:disabled, QRadioButton:disabled, QLabel:disabled {
    color: DISABLED; border-color: DISABLED; border-style: dashed;
}
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled { border-style: none; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QCheckBox::indicator, QRadioButton::indicator, QMenu::indicator {
    width: 0.8em; height: 0.8em; border: 2px solid palette(mid); background: palette(base);
}
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QMenu::indicator:checked {
    background: palette(highlight); border-color: palette(text);
}
QGroupBox {
    border: 1px solid palette(mid); border-radius: 3px; margin-top: 1.5em; padding-top: 0.3em;
}
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; padding: 0 4px; }
QMenu { border: 1px solid palette(mid); }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    width: 1.1em; border-left: 1px solid palette(mid); background: palette(button);
}
QComboBox::drop-down { width: 1.2em; border-left: 1px solid palette(mid); }
QAbstractSpinBox::up-arrow { image: url(ARROWS/up-COLOUR.png); width: 0.6em; height: 0.6em; }
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {
    image: url(ARROWS/down-COLOUR.png); width: 0.6em; height: 0.6em;
}
"""


# The reading panes (outline, text): the same ring, thicker than the unfocused edge.
PANES_STYLE = (
    "QTreeView, QTextEdit { border: 1px solid palette(mid); padding: PADpx; }"
    "QTreeView:focus, QTextEdit:focus { border: RINGpx solid palette(highlight); padding: 0px; }"
)


def _sized(style: str) -> str:
    pad = FOCUS_RING_PIXELS - 1  # the unfocused edge and its padding take the ring's room
    return (style.replace("RING", str(FOCUS_RING_PIXELS)).replace("PADSIDE", str(pad + 4))
            .replace("FOCUSSIDE", "4").replace("PAD", str(pad)))


def arrows_folder() -> Path:
    """Where the themes' arrow images are kept: the app's cache folder, never /tmp."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache) / "theme-arrows"


def panes_style() -> str:
    """The focus ring of the reading panes, for the window's central widget."""
    return _sized(PANES_STYLE)


def controls_style(palette: QPalette, folder: Path) -> str:
    """CONTROLS_STYLE with arrows for spin boxes and combo boxes drawn in the palette's button
    text colour (a style sheet that gives a control an edge takes away Qt's own arrows), saved
    as images in ``folder`` (the app's cache: a style sheet reads images from files only).

    Named by their colour, they are drawn once and shared by every run: nothing to clean up
    after a crash, nothing left in /tmp."""
    from PySide6.QtGui import QImage  # only for a theme's arrows: its enums cost 1 ms at start

    colour = palette.color(Group.Active, Role.ButtonText)
    name_colour = colour.name(QColor.NameFormat.HexArgb)[1:]
    folder.mkdir(parents=True, exist_ok=True)
    for name, points in (("up", ((1, 11), (8, 3), (15, 11))),
                         ("down", ((1, 5), (8, 13), (15, 5)))):
        target = folder / f"{name}-{name_colour}.png"
        if target.is_file():
            continue
        image = QImage(16, 16, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        painter.end()
        # Written whole then renamed: another running reader may be reading it.
        partial = target.with_name(f"{target.stem}.{os.getpid()}.png")
        if image.save(str(partial)):
            os.replace(partial, target)
    disabled = palette.color(Group.Disabled, Role.ButtonText).name()
    return (_sized(CONTROLS_STYLE).replace("ARROWS", folder.as_posix())
            .replace("COLOUR", name_colour).replace("DISABLED", disabled))


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    colours = {
        Role.Window: theme.window,
        Role.WindowText: theme.window_text,
        Role.Base: theme.background,
        Role.AlternateBase: mix(theme.background, theme.text, 0.07),
        Role.Text: theme.text,
        Role.Button: theme.window,
        Role.ButtonText: theme.window_text,
        Role.BrightText: theme.highlighted_text,
        Role.Highlight: theme.highlight,
        Role.HighlightedText: theme.highlighted_text,
        Role.Link: theme.link,
        Role.LinkVisited: theme.link,
        Role.ToolTipBase: theme.background,
        Role.ToolTipText: theme.text,
        Role.PlaceholderText: mix(theme.background, theme.text, 0.75),
        Role.Mid: theme.border,
        Role.Dark: theme.border,
        Role.Shadow: theme.border,
        Role.Light: mix(theme.window, theme.window_text, 0.10),
        Role.Midlight: mix(theme.window, theme.window_text, 0.20),
        Role.Accent: theme.highlight,
    }
    for role, colour in colours.items():
        palette.setColor(Group.All, role, QColor(colour))
    # Disabled controls: text part of the way to the background (WCAG exempts inactive
    # components; themes.disabled_text keeps it visible and clearly dimmer).
    for role, background in ((Role.WindowText, theme.window), (Role.ButtonText, theme.window),
                             (Role.Text, theme.background)):
        foreground = colours[role]
        palette.setColor(Group.Disabled, role,
                         QColor(mix(background, foreground, DISABLED_AMOUNT)))
    return palette


def theme_with_custom(theme_id: str, system: QPalette, *, text: str = "", background: str = "",
                      link: str = "", highlight: str = "") -> Theme:
    """The theme ``theme_id`` (or the system palette's colours) with the user's own colours."""
    base = THEMES.get(theme_id) or theme_from_palette(system)
    return base.with_custom(text=text, background=background, link=link, highlight=highlight)


def theme_from_palette(palette: QPalette) -> Theme:
    def hex_of(role: Role) -> str:
        return palette.color(Group.Active, role).name()

    return Theme(SYSTEM, text=hex_of(Role.Text), background=hex_of(Role.Base),
                 window=hex_of(Role.Window), window_text=hex_of(Role.WindowText),
                 link=hex_of(Role.Link), highlight=hex_of(Role.Highlight),
                 highlighted_text=hex_of(Role.HighlightedText), border=hex_of(Role.Mid))

