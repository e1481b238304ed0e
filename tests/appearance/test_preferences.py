"""Preferences as data: limits, presets, the WCAG text-spacing values."""

import math
from dataclasses import fields

import pytest

from reader.appearance.preferences import (
    DEFAULTS,
    LIMITS,
    PRESETS,
    WCAG_TEXT_SPACING,
    Appearance,
    AppearanceValues,
    bigger,
    clean,
    from_mapping,
    smaller,
    to_mapping,
    with_preset,
)


def test_out_of_range_and_unreadable_values_fall_back_or_are_clamped():
    appearance = from_mapping({"font_size": "500", "line_height": "abc", "theme": "purple",
                               "letter_spacing": "-1", "alignment": "centre",
                               "text_colour": "red", "line_focus_lines": "4",
                               "bold": "true", "max_line_length": "nan"})
    assert appearance.font_size == 96.0
    assert appearance.line_height == DEFAULTS.line_height
    assert appearance.theme == DEFAULTS.theme
    assert appearance.letter_spacing == 0.0
    assert appearance.alignment == "left"
    assert appearance.text_colour == ""
    assert appearance.line_focus_lines == 3
    assert appearance.bold is True
    assert appearance.max_line_length == DEFAULTS.max_line_length


def test_mapping_round_trip():
    appearance = Appearance(theme="sepia", font_size=22.5, letter_spacing=0.12,
                            custom_colours=True, text_colour="#102030", line_focus=True,
                            line_focus_lines=5, max_line_length=70, alignment="justify")
    assert from_mapping({k: str(v) for k, v in to_mapping(appearance).items()}) == appearance


def test_wcag_text_spacing_is_reachable():
    for name, value in WCAG_TEXT_SPACING.items():
        low, high = LIMITS[name]
        assert low <= value <= high
    spaced = clean(Appearance(**WCAG_TEXT_SPACING))
    assert (spaced.line_height, spaced.paragraph_spacing, spaced.letter_spacing,
            spaced.word_spacing) == (1.5, 2.0, 0.12, 0.16)


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_presets_are_valid_and_change_something(preset):
    changed = with_preset(DEFAULTS, preset)
    assert changed == clean(changed)
    assert changed != DEFAULTS


def test_high_contrast_preset_is_large_bold_light_on_black():
    changed = with_preset(DEFAULTS, "high-contrast")
    assert changed.theme in ("yellow-on-black", "white-on-black")
    assert changed.bold and changed.font_size >= 24


def test_size_steps_stay_within_8_and_96():
    assert bigger(14) == 16 and smaller(14) == 12
    assert bigger(96) == 96 and smaller(8) == 8
    assert not math.isnan(bigger(13.3))


def test_the_typed_values_name_every_field_of_an_appearance_and_no_other():
    # A field added to Appearance and not here could not be set by a preset or the command line
    # without mypy objecting.
    assert set(AppearanceValues.__annotations__) == {field.name for field in fields(Appearance)}
