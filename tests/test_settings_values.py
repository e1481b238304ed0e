"""Settings values checked before use: damaged ones fall back and say so; none stops start-up."""

from __future__ import annotations

import pytest

from reader.appearance.preferences import DEFAULTS, from_mapping, from_mapping_with_resets
from reader.settings_values import MAX_JSON_DEPTH, byte_value, finite_number, json_value


@pytest.mark.parametrize("raw", ["inf", "1e999", "-inf", "nan", "garbage"])
def test_appearance_numbers_that_cannot_be_used_fall_back_and_are_named(raw):
    # "max_line_length=inf" raised OverflowError at every start-up.
    values = {"max_line_length": raw, "line_focus_lines": raw, "font_size": "18"}
    appearance, reset = from_mapping_with_resets(values)
    assert appearance.max_line_length == DEFAULTS.max_line_length
    assert appearance.line_focus_lines == DEFAULTS.line_focus_lines
    assert appearance.font_size == 18.0
    if raw != "nan":  # NaN reads as a float and is cleaned later, silently
        assert set(reset) == {"max_line_length", "line_focus_lines"}
    assert from_mapping(values) == appearance


def test_deeply_nested_json_falls_back_instead_of_recursion_error():
    deep = "[" * 100_000 + "]" * 100_000
    assert json_value(deep, {}) == ({}, False)
    assert json_value("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), {})[1] is False


@pytest.mark.parametrize(("text", "expected"), [
    ('{"/a.md": [[10, "ici"]]}', ({"/a.md": [[10, "ici"]]}, True)),
    ("", ({}, True)),
    ("not json", ({}, False)),
    (42, ({}, False)),
])
def test_json_values(text, expected):
    assert json_value(text, {}) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("12", (12.0, True)), ("1e999", (3.0, False)), ("inf", (3.0, False)),
    (None, (3.0, False)), ("500", (100.0, False)), (7, (7.0, True)),
])
def test_finite_numbers(raw, expected):
    assert finite_number(raw, 3.0, 1.0, 100.0) == expected


def test_geometry_bytes_from_bytes_or_a_byte_array_never_from_text():
    from PySide6.QtCore import QByteArray

    assert byte_value(QByteArray(b"\x01\xd9")) == b"\x01\xd9"
    assert byte_value(b"\x01") == b"\x01"
    assert byte_value("garbage") is None
    assert byte_value(None) is None
