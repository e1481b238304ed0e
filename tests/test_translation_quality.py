"""What a translator can get wrong without the completeness test noticing: a placeholder
misspelt or dropped (``"{titel}"`` makes ``.format`` raise, so the message never shows), a
menu entry without its Alt+letter, a "…" that no longer says a dialog follows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from reader.resource_paths import translations_dir

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _translations(language: str) -> list[tuple[str, str, bool]]:
    """(source, one translated form, plural?) for every finished message."""
    root = ET.parse(translations_dir() / f"reader_{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")]
        plural = message.get("numerus") == "yes"
        found += [(source, form, plural) for form in forms or [translation.text or ""] if form]
    return found


def _has_mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


@pytest.mark.parametrize("language", ["fr", "de", "es", "en"])
def test_every_translation_keeps_the_placeholders_mnemonics_and_ellipses(language):
    wrong = []
    for source, translated, plural in _translations(language):
        expected = set(PLACEHOLDER.findall(source))
        if plural:  # a singular form may say "one" instead of the number
            expected -= {"{n}", "{count}"}
            if not expected <= set(PLACEHOLDER.findall(translated)):
                wrong.append((source, translated))
        elif set(PLACEHOLDER.findall(translated)) != expected:
            wrong.append((source, translated))
        if _has_mnemonic(source) != _has_mnemonic(translated):
            wrong.append((source, translated))
        if source.endswith("…") != translated.endswith("…"):
            wrong.append((source, translated))
    assert wrong == []
