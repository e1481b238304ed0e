"""Every built-in theme's contrast, computed (WCAG 2.2 relative luminance), and the warnings a
custom colour choice gets."""

import pytest

from reader.appearance.themes import (
    FOCUS_RING_PIXELS,
    THEMES,
    contrast_checks,
    contrast_ratio,
    custom_colour_warnings,
    disabled_text,
)


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_there_are_the_six_named_themes():
    assert set(THEMES) == {"light", "dark", "sepia", "white-on-black", "yellow-on-black",
                           "black-on-white"}


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_every_built_in_theme_meets_its_contrast_targets(theme_id):
    checks = {check.what: check for check in contrast_checks(THEMES[theme_id])}
    assert checks["text"].ratio >= 7.0
    assert checks["window_text"].ratio >= 7.0
    assert checks["link"].ratio >= 7.0
    assert checks["border"].ratio >= 3.0
    assert checks["focus"].ratio >= 3.0
    assert checks["highlight"].ratio >= 3.0  # the spoken word stands out from the page
    assert checks["highlighted_text"].ratio >= 4.5  # and its text stays readable
    assert checks["sentence"].ratio >= 4.5  # text on the spoken sentence's tint
    assert all(check.passes for check in checks.values())


def test_a_low_contrast_custom_colour_gets_a_warning():
    theme = THEMES["light"].with_custom(text="#aaaaaa")
    warnings = custom_colour_warnings(theme)
    assert "text" in [w.what for w in warnings]
    assert all(w.ratio < w.required for w in warnings)


def test_good_custom_colours_get_no_warning_and_highlight_text_is_chosen():
    theme = THEMES["light"].with_custom(text="#000000", background="#fffbe6",
                                        highlight="#004080")
    assert custom_colour_warnings(theme) == []
    assert theme.highlighted_text == "#ffffff"
    pale = THEMES["light"].with_custom(highlight="#ffe000")
    assert [w.what for w in custom_colour_warnings(pale)] == ["highlight"]
    assert pale.highlighted_text == "#000000"
    assert theme.window == "#fffbe6"


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_a_disabled_control_is_visible_but_clearly_dimmer_than_an_enabled_one(theme_id):
    theme = THEMES[theme_id]
    disabled = contrast_ratio(disabled_text(theme), theme.window)
    enabled = contrast_ratio(theme.window_text, theme.window)
    assert disabled >= 3.0  # still seen: a reader knows the button is there
    assert disabled <= enabled / 2  # and not taken for an enabled one


@pytest.mark.parametrize("theme_id", sorted(THEMES))
def test_the_focus_ring_is_thick_and_stands_out_on_both_its_sides(theme_id):
    theme = THEMES[theme_id]
    assert FOCUS_RING_PIXELS >= 2  # WCAG 2.4.13
    # Outside: the panels; inside: a field's or the page's background, or a button's (panel).
    for neighbour in (theme.window, theme.background):
        assert contrast_ratio(theme.highlight, neighbour) >= 3.0
