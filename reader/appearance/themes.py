"""Built-in colour themes and the WCAG 2.2 contrast arithmetic that checks them.

Every built-in theme is meant to pass (and ``tests/appearance/test_themes.py`` proves it):
text and links on the page ≥ 7:1 (1.4.6, AAA), panel text ≥ 7:1, borders and the focus ring
≥ 3:1 against what surrounds them (1.4.11), the focus ring ``FOCUS_RING_PIXELS`` thick and
≥ 3:1 against the panels and the page on both its sides (2.4.13), the spoken word's highlight
≥ 3:1 against the page with its text ≥ 4.5:1, the text on the spoken sentence's tint ≥ 4.5:1,
and a disabled control's text clearly dimmer than an enabled one's (at most half its contrast)
yet still ≥ 3:1, so that a disabled button can be seen and is not taken for an enabled one.

"system" is not in ``THEMES``: it means "the platform's palette, untouched" (dark mode included).
"""

from __future__ import annotations

import re
from typing import NamedTuple

SYSTEM = "system"
SENTENCE_TINT = 0.30  # how much of the highlight colour tints the spoken sentence's background
TEXT_CONTRAST = 7.0  # WCAG 1.4.6 (AAA)
MINIMUM_TEXT_CONTRAST = 4.5  # WCAG 1.4.3 (AA): below this a custom colour gets a warning
UI_CONTRAST = 3.0  # WCAG 1.4.11
FOCUS_RING_PIXELS = 2  # WCAG 2.4.13: at least 2, and twice the unfocused edge (1)
DISABLED_AMOUNT = 0.55  # a disabled control's text: this much of the way to the panel text

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


class Theme(NamedTuple):  # a named tuple: a dataclass took 1.9 ms of start-up to define
    """Colours as "#rrggbb". ``background``/``text`` are the page; ``window``/``window_text``
    the panels, menus and dialogs; ``border`` frames controls; ``highlight`` is the selection,
    the focus ring and the spoken word's background, with ``highlighted_text`` on it."""

    id: str
    text: str
    background: str
    window: str
    window_text: str
    link: str
    highlight: str
    highlighted_text: str
    border: str

    def with_custom(self, text: str = "", background: str = "", link: str = "",
                    highlight: str = "") -> Theme:
        """This theme with the user's own colours (empty = keep the theme's)."""
        changes = {name: value for name, value in (("text", text), ("background", background),
                                                   ("link", link), ("highlight", highlight))
                   if is_colour(value)}
        if "text" in changes:
            changes.setdefault("window_text", changes["text"])
        if "background" in changes:
            changes.setdefault("window", changes["background"])
        if "highlight" in changes:
            # The spoken word's text: whichever of black and white reads best on it.
            mark = changes["highlight"]
            changes["highlighted_text"] = max(("#000000", "#ffffff"),
                                              key=lambda c: contrast_ratio(c, mark))
        return self._replace(**changes)


THEMES: dict[str, Theme] = {
    theme.id: theme
    for theme in (
        Theme("light", text="#1a1a1a", background="#ffffff", window="#f2f2f2",
              window_text="#1a1a1a", link="#0645ad", highlight="#0050a0",
              highlighted_text="#ffffff", border="#6e6e6e"),
        Theme("dark", text="#ececec", background="#1b1b1b", window="#262626",
              window_text="#ececec", link="#8ec5ff", highlight="#ffd75e",
              highlighted_text="#000000", border="#8c8c8c"),
        Theme("sepia", text="#2e2414", background="#f5ecd7", window="#eadfc4",
              window_text="#2e2414", link="#4a2f9a", highlight="#7a3e00",
              highlighted_text="#ffffff", border="#7d6a4d"),
        Theme("white-on-black", text="#ffffff", background="#000000", window="#000000",
              window_text="#ffffff", link="#7fdbff", highlight="#00e0ff",
              highlighted_text="#000000", border="#bfbfbf"),
        Theme("yellow-on-black", text="#ffff00", background="#000000", window="#000000",
              window_text="#ffff00", link="#7fdbff", highlight="#ffffff",
              highlighted_text="#000000", border="#d6d600"),
        Theme("black-on-white", text="#000000", background="#ffffff", window="#ffffff",
              window_text="#000000", link="#0000c0", highlight="#0000c0",
              highlighted_text="#ffffff", border="#000000"),
    )
}
THEME_IDS: tuple[str, ...] = (SYSTEM, *THEMES)


def is_colour(value: str) -> bool:
    return bool(value) and _HEX.fullmatch(value) is not None


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb" (sRGB, linearised)."""
    channels = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), lighter over darker: 1.0 to 21.0."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(base: str, mark: str, amount: float) -> str:
    """``amount`` of ``mark`` over ``base`` (0 = base, 1 = mark)."""
    parts = []
    for i in (1, 3, 5):
        low, high = int(base[i:i + 2], 16), int(mark[i:i + 2], 16)
        parts.append(round(low + (high - low) * amount))
    return "#" + "".join(f"{p:02x}" for p in parts)


def sentence_background(theme: Theme) -> str:
    """The spoken sentence's background: a tint of the highlight over the page."""
    return mix(theme.background, theme.highlight, SENTENCE_TINT)


def disabled_text(theme: Theme) -> str:
    """A disabled control's text (and icon) on the panels."""
    return mix(theme.window, theme.window_text, DISABLED_AMOUNT)


class ContrastCheck(NamedTuple):  # a named tuple: a dataclass took 1.4 ms of start-up to define
    what: str  # "text", "link", "highlight", "highlighted_text", "sentence", "border", "focus",
    # "disabled"
    ratio: float
    required: float

    @property
    def passes(self) -> bool:
        return self.ratio >= self.required


def contrast_checks(theme: Theme) -> list[ContrastCheck]:
    """Every pair of colours a reader depends on, with what WCAG asks of it."""
    return [
        ContrastCheck("text", contrast_ratio(theme.text, theme.background), TEXT_CONTRAST),
        ContrastCheck("window_text", contrast_ratio(theme.window_text, theme.window),
                      TEXT_CONTRAST),
        ContrastCheck("link", contrast_ratio(theme.link, theme.background), TEXT_CONTRAST),
        ContrastCheck("highlight", contrast_ratio(theme.highlight, theme.background),
                      UI_CONTRAST),
        ContrastCheck("highlighted_text",
                      contrast_ratio(theme.highlighted_text, theme.highlight),
                      MINIMUM_TEXT_CONTRAST),
        ContrastCheck("sentence", contrast_ratio(theme.text, sentence_background(theme)),
                      MINIMUM_TEXT_CONTRAST),
        ContrastCheck("border", contrast_ratio(theme.border, theme.window), UI_CONTRAST),
        ContrastCheck("focus", min(contrast_ratio(theme.highlight, theme.window),
                                   contrast_ratio(theme.highlight, theme.background)),
                      UI_CONTRAST),
        ContrastCheck("disabled", contrast_ratio(disabled_text(theme), theme.window),
                      UI_CONTRAST),
    ]


def custom_colour_warnings(theme: Theme) -> list[ContrastCheck]:
    """For colours the user picked: what falls below WCAG AA (4.5:1 for text, 3:1 for the
    highlight). A warning, never a refusal: the reader knows their eyes."""
    wanted = {"text": MINIMUM_TEXT_CONTRAST, "link": MINIMUM_TEXT_CONTRAST,
              "highlight": UI_CONTRAST, "sentence": MINIMUM_TEXT_CONTRAST}
    return [ContrastCheck(check.what, check.ratio, wanted[check.what])
            for check in contrast_checks(theme)
            if check.what in wanted and check.ratio < wanted[check.what]]
