"""What the reader chooses for the text and the window: one frozen record, its limits, the
presets, and the clean-up that turns anything read from a settings file or a command line into
valid values (a hand-edited file never breaks the app: out-of-range numbers are clamped,
unknown names fall back to the default)."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any, TypedDict

from .themes import SYSTEM, THEME_IDS, is_colour

DEFAULT_FONT = ""  # the system's font
READING_FONTS = ("Atkinson Hyperlegible", "Lexend", "OpenDyslexic", "Literata")
ALIGNMENTS = ("left", "justify")
LINE_FOCUS_SIZES = (1, 3, 5)

# (low, high) for every number; also the preference dialog's ranges.
LIMITS: dict[str, tuple[float, float]] = {
    "font_size": (8.0, 96.0),  # points
    "line_height": (1.0, 3.0),  # times the font's natural line
    "paragraph_spacing": (0.0, 3.0),  # em, below each paragraph
    "letter_spacing": (0.0, 0.5),  # em
    "word_spacing": (0.0, 1.0),  # em
    "margin": (0.0, 10.0),  # em, left and right of the text
    "max_line_length": (0, 200),  # characters; 0 = no limit
}
SIZE_STEPS = (8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40, 48, 56, 64, 72, 80,
              88, 96)


@dataclass(frozen=True, slots=True)
class Appearance:
    theme: str = SYSTEM
    custom_colours: bool = False
    text_colour: str = ""
    background_colour: str = ""
    link_colour: str = ""
    highlight_colour: str = ""
    font_family: str = DEFAULT_FONT
    font_size: float = 14.0
    bold: bool = False
    line_height: float = 1.3
    paragraph_spacing: float = 0.6
    letter_spacing: float = 0.0
    word_spacing: float = 0.0
    margin: float = 0.5
    max_line_length: int = 0
    alignment: str = "left"
    line_focus: bool = False
    line_focus_lines: int = 3
    focus_mode: bool = False


class AppearanceValues(TypedDict, total=False):
    """Some of an Appearance's fields by name (a preset, the WCAG spacing, the command line's
    values), typed so that ``replace(appearance, **values)`` is checked."""

    theme: str
    custom_colours: bool
    text_colour: str
    background_colour: str
    link_colour: str
    highlight_colour: str
    font_family: str
    font_size: float
    bold: bool
    line_height: float
    paragraph_spacing: float
    letter_spacing: float
    word_spacing: float
    margin: float
    max_line_length: int
    alignment: str
    line_focus: bool
    line_focus_lines: int
    focus_mode: bool


DEFAULTS = Appearance()

# WCAG 1.4.12's text spacing, all at once: line 1.5, paragraph 2 × the size, letter 0.12 em,
# word 0.16 em.
WCAG_TEXT_SPACING: AppearanceValues = {"line_height": 1.5, "paragraph_spacing": 2.0,
                                       "letter_spacing": 0.12, "word_spacing": 0.16}

# Presets change typography and colours only; line focus and focus mode stay as they are.
PRESETS: dict[str, AppearanceValues] = {
    "large-print": {"font_size": 24.0, "line_height": 1.5, "paragraph_spacing": 1.0,
                    "font_family": "Atkinson Hyperlegible", "max_line_length": 60,
                    "alignment": "left"},
    "dyslexia": {"font_family": "OpenDyslexic", "font_size": 18.0, "line_height": 1.8,
                 "paragraph_spacing": 2.0, "letter_spacing": 0.12, "word_spacing": 0.3,
                 "max_line_length": 60, "alignment": "left", "theme": "sepia"},
    "high-contrast": {"theme": "yellow-on-black", "custom_colours": False, "font_size": 28.0,
                      "bold": True, "line_height": 1.5, "font_family": "Atkinson Hyperlegible",
                      "alignment": "left"},
}
DYSLEXIA_FALLBACK_FONT = "Lexend"  # when OpenDyslexic is not installed


def with_preset(current: Appearance, preset: str) -> Appearance:
    return clean(replace(current, **PRESETS[preset]))


def clean(appearance: Appearance) -> Appearance:
    """Every value valid: numbers clamped into LIMITS, unknown names back to the default."""
    changes: dict[str, Any] = {}
    for name, (low, high) in LIMITS.items():
        value = getattr(appearance, name)
        default = getattr(DEFAULTS, name)
        try:
            number = type(default)(value)
        except (TypeError, ValueError):
            number = default
        if number != number:  # NaN
            number = default
        changes[name] = type(default)(min(max(number, low), high))
    if appearance.theme not in THEME_IDS:
        changes["theme"] = DEFAULTS.theme
    if appearance.alignment not in ALIGNMENTS:
        changes["alignment"] = DEFAULTS.alignment
    if appearance.line_focus_lines not in LINE_FOCUS_SIZES:
        changes["line_focus_lines"] = DEFAULTS.line_focus_lines
    for name in ("text_colour", "background_colour", "link_colour", "highlight_colour"):
        value = str(getattr(appearance, name) or "").lower()
        changes[name] = value if is_colour(value) else ""
    changes["font_family"] = str(appearance.font_family or "").strip()
    return replace(appearance, **changes)


def from_mapping(values: dict[str, object]) -> Appearance:
    """An Appearance from loosely typed values (a settings file gives text): missing keys keep
    their default, unreadable ones too."""
    return from_mapping_with_resets(values)[0]


def from_mapping_with_resets(values: dict[str, object]) -> tuple[Appearance, list[str]]:
    """``from_mapping``, and the names of the values that could not be read and fell back to
    their default (for the one message that tells the user which settings were reset)."""
    kwargs: dict[str, Any] = {}  # each value read as its field's type below
    reset: list[str] = []
    for field in fields(Appearance):
        if field.name not in values:
            continue
        default = getattr(DEFAULTS, field.name)
        raw: Any = values[field.name]  # text from a settings file, or already typed
        try:
            if isinstance(default, bool):
                kwargs[field.name] = raw if isinstance(raw, bool) else str(raw).lower() == "true"
            elif isinstance(default, (int, float)):
                number = float(raw)  # anything: failures are caught
                if not math.isfinite(number):  # "inf", "1e999": int() would raise OverflowError
                    raise ValueError(raw)
                kwargs[field.name] = type(default)(number)
            else:
                kwargs[field.name] = str(raw)
        except (TypeError, ValueError, OverflowError):
            reset.append(field.name)
    return clean(Appearance(**kwargs)), reset


def to_mapping(appearance: Appearance) -> dict[str, object]:
    return {field.name: getattr(appearance, field.name) for field in fields(Appearance)}


def bigger(size: float) -> float:
    """The next size up on the usual ladder (Ctrl+=)."""
    return next((float(s) for s in SIZE_STEPS if s > size + 0.01), LIMITS["font_size"][1])


def smaller(size: float) -> float:
    """The next size down (Ctrl+-)."""
    return next((float(s) for s in reversed(SIZE_STEPS) if s < size - 0.01),
                LIMITS["font_size"][0])
