"""Themes (reader.appearance.themes) as Qt palettes, applied to the whole application: the
page, the outline, menus, dialogs, the status line and the presenter's slides all take their
colours from the application palette, so one ``QApplication.setPalette`` changes them all.

"system" is an empty palette: Qt then takes every colour from the platform theme and follows
it when it changes (dark mode included).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ..appearance.themes import SYSTEM, THEMES, Theme, mix

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# The focus ring and the frames of the two panes (main_window sets it on the central widget):
# the ring in the highlight colour, which every built-in theme keeps ≥ 3:1 against the page and
# the panels; the resting frame in the border colour (also ≥ 3:1).
FOCUS_RING_STYLE = (
    "QTreeView, QTextEdit { border: 2px solid palette(mid); }"
    "QTreeView:focus, QTextEdit:focus { border: 2px solid palette(highlight); }"
)


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
    # Disabled controls: text halfway to the background (WCAG exempts inactive components).
    for role, background in ((Role.WindowText, theme.window), (Role.ButtonText, theme.window),
                             (Role.Text, theme.background)):
        foreground = colours[role]
        palette.setColor(Group.Disabled, role, QColor(mix(background, foreground, 0.55)))
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

