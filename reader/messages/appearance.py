"""Typography, themes, reading aids and the preferences dialog. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr

# --- Actions ---------------------------------------------------------------------------------


def action_bigger_text() -> str:
    return tr("B&igger text")


def action_smaller_text() -> str:
    return tr("Smalle&r text")


def action_reset_text_size() -> str:
    return tr("&Usual text size")


def action_line_focus() -> str:
    return tr("&Line focus")


def action_focus_mode() -> str:
    return tr("&Focus mode (only the text)")


def action_full_screen() -> str:
    return tr("Full scree&n")


def full_screen_now(on: bool, keys: str) -> str:
    if on:
        return tr("Full screen on. {keys} or Esc leaves it.").format(keys=keys)
    return tr("Full screen off")


def action_preferences() -> str:
    return tr("Pr&eferences…")


def text_size_now(points: float) -> str:
    """Status line after a size change."""
    return tr("Text size {size} points").format(size=f"{points:g}")


def line_focus_now(on: bool, lines: int) -> str:
    if not on:
        return tr("Line focus off")
    return tr("Line focus on: %n line(s)", "", lines)


def focus_mode_now(on: bool, keys: str) -> str:
    if on:
        return tr("Focus mode: only the text. {keys} shows the panels again.").format(keys=keys)
    return tr("Focus mode off: the panels are back")


# --- Themes and presets ------------------------------------------------------------------------


def theme_name(theme_id: str) -> str:
    return {
        "system": tr("System (follow the desktop)"),
        "light": tr("Light"),
        "dark": tr("Dark"),
        "sepia": tr("Sepia"),
        "white-on-black": tr("White on black"),
        "yellow-on-black": tr("Yellow on black"),
        "black-on-white": tr("Black on white"),
    }.get(theme_id, theme_id)


def preset_name(preset_id: str) -> str:
    return {
        "large-print": tr("Large print"),
        "dyslexia": tr("Dyslexia friendly"),
        "high-contrast": tr("High contrast"),
    }.get(preset_id, preset_id)


def alignment_name(alignment: str) -> str:
    return {"left": tr("Left"), "justify": tr("Justified, hyphenated")}.get(alignment, alignment)


def colour_role_name(what: str) -> str:
    return {
        "text": tr("Text"),
        "link": tr("Links"),
        "highlight": tr("Speech highlight"),
        "sentence": tr("Text on the spoken sentence"),
    }.get(what, what)


def contrast_warning(what: str, ratio: float, required: float) -> str:
    return tr("{what}: contrast {ratio}:1, below the {required}:1 most readers need.").format(
        what=colour_role_name(what), ratio=f"{ratio:.1f}", required=f"{required:g}")


def contrast_all_good() -> str:
    return tr("Contrast: every colour meets WCAG AA.")


# --- Preferences dialog ------------------------------------------------------------------------


def preferences_title() -> str:
    return tr("Preferences")


def preferences_description() -> str:
    return tr("Changes show in the window at once. OK keeps them, Cancel puts back what you had.")


def group_text() -> str:
    return tr("Text")


def group_spacing() -> str:
    return tr("Spacing and layout")


def group_colours() -> str:
    return tr("Colours")


def group_reading_aids() -> str:
    return tr("Reading aids")


def label_preset() -> str:
    return tr("&Preset:")


def preset_choose() -> str:
    return tr("Choose a preset…")


def label_font() -> str:
    return tr("&Font:")


def font_system() -> str:
    return tr("System font")


def font_missing(family: str) -> str:
    return tr("{family} (not installed)").format(family=family)


def label_size() -> str:
    return tr("&Size:")


def unit_points() -> str:
    return tr(" pt")


def unit_em() -> str:
    return tr(" em")


def unit_times() -> str:
    return tr(" ×")


def unit_characters() -> str:
    return tr(" characters")


def label_bold() -> str:
    return tr("&Bold text")


def label_line_height() -> str:
    return tr("&Line height:")


def label_paragraph_spacing() -> str:
    return tr("&Paragraph spacing:")


def label_letter_spacing() -> str:
    return tr("L&etter spacing:")


def label_word_spacing() -> str:
    return tr("&Word spacing:")


def label_margin() -> str:
    return tr("&Margins:")


def label_max_line_length() -> str:
    return tr("Ma&ximum line length:")


def no_limit() -> str:
    return tr("No limit")


def label_alignment() -> str:
    return tr("&Alignment:")


def label_theme() -> str:
    return tr("&Theme:")


def label_custom_colours() -> str:
    return tr("Use my own &colours")


def label_colour(what: str) -> str:
    return {
        "text": tr("Text colour:"),
        "background": tr("Background colour:"),
        "link": tr("Link colour:"),
        "highlight": tr("Speech highlight colour:"),
    }[what]


def colour_button(what: str, colour: str) -> str:
    """A colour button's text and accessible name: what it sets and the colour now."""
    return tr("{what} {colour}").format(what=label_colour(what), colour=colour or tr("theme's"))


def colour_dialog_title(what: str) -> str:
    return label_colour(what).rstrip(":")


def label_line_focus() -> str:
    return tr("Line f&ocus (dim all but a few lines)")


def label_line_focus_lines() -> str:
    return tr("Lines in &focus:")


def label_focus_mode() -> str:
    return tr("Focus mode: &hide the panels, only the text")


def wcag_spacing_button() -> str:
    return tr("WCA&G text spacing")


def wcag_spacing_tip() -> str:
    return tr("Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing "
              "0.16 em (WCAG 1.4.12)")


def reset_defaults() -> str:
    return tr("&Reset to defaults")


# --- Command line ------------------------------------------------------------------------------


def usage_theme() -> str:
    return tr("colour theme for this run (not saved); see --list-themes")


def usage_font_size() -> str:
    return tr("text size in points for this run, 8 to 96 (not saved)")


def usage_list_themes() -> str:
    return tr("print the theme names and exit")


def unknown_theme(name: str, names: str) -> str:
    return tr("unknown theme “{name}”; the themes are: {names}").format(name=name, names=names)


def font_size_out_of_range(low: float, high: float) -> str:
    return tr("the font size must be between {low:g} and {high:g} points").format(
        low=low, high=high)
