"""A document in a script no installed font can draw says so beside its other notes: its
characters show as empty boxes, and a low-vision reader must not think the file is broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from reader import messages
from reader.document import scripts
from reader.messages.languages import install_translators, remove_translators
from reader.ui.opening import missing_fonts

FIXTURES = Path(__file__).parent.parent / "document" / "fixtures" / "real_formats"
CHINESE = FIXTURES / "zh-wen-da-labels.html"


@pytest.fixture
def no_font_for(monkeypatch):
    """Make the font lookup answer "no font" for the scripts given, and record every ask."""
    asked: list[str] = []

    def lacking(*lacking_scripts: str) -> list[str]:
        def can_draw(script: str, characters: str) -> bool:
            asked.append(script)
            return script not in lacking_scripts

        monkeypatch.setattr(missing_fonts, "can_draw", can_draw)
        return asked

    return lacking


def test_a_chinese_document_without_a_chinese_font_says_so(make_window, no_font_for):
    no_font_for("han")
    window = make_window()
    assert window.open_path(CHINESE, in_background=False) == ""
    shown = window.banner.text()
    assert window.banner.isVisible()
    assert "Chinese characters" in shown
    assert "fonts-noto-cjk" in shown
    assert "Reading aloud is not affected." in shown


def test_the_note_joins_the_documents_other_notes(make_window, no_font_for, tmp_path):
    no_font_for("han")
    path = tmp_path / "deep.md"
    path.write_text("".join("  " * level + "- 问题\n" for level in range(30)) + "\n回答。\n",
                    encoding="utf-8")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    shown = window.banner.text()
    assert "nested more than" in shown
    assert "Chinese characters" in shown


def test_a_french_document_has_no_font_note(make_window, no_font_for, tmp_path):
    asked = no_font_for(*(script.key for script in scripts.SCRIPTS))
    path = tmp_path / "entretien.txt"
    path.write_text("Entretien avec Hélène Dupré\n\nQuestion : Pourquoi écrire ?\n\n"
                    "Réponse : Parce que c'est ça, la vie — « à l'œuvre ».\n", encoding="utf-8")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    assert asked == []
    assert "no font" not in window.banner.text()


def test_greek_and_cyrillic_with_the_installed_fonts_have_no_note(make_window, tmp_path):
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Greek):
        pytest.skip("no Greek font installed here")
    path = tmp_path / "synenteuxi.txt"
    path.write_text("Συνέντευξη με τη συγγραφέα\n\nΕρώτηση: Γιατί γράφετε;\n\n"
                    "Ответ: Потому что это жизнь.\n", encoding="utf-8")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    assert "no font" not in window.banner.text()
    assert missing_fonts.missing_font_notes(path.read_text(encoding="utf-8")) == []


def test_the_real_lookup_finds_no_chinese_font_when_none_is_installed(qapp):
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("a Chinese font is installed here")
    assert not missing_fonts.can_draw("han", "问答你好")
    assert missing_fonts.can_draw("greek", "Γειά") == bool(
        QFontDatabase.families(QFontDatabase.WritingSystem.Greek))
    notes = missing_fonts.missing_font_notes(CHINESE.read_text(encoding="utf-8"))
    assert any("Chinese characters" in note for note in notes)


def test_a_10_mb_text_is_sampled_not_walked_whole():
    text = "a" * 10_000_000
    looked_at = scripts.sample(text)
    assert len(looked_at) == scripts.SLICES * scripts.SLICE_LENGTH
    # The first and the last slice reach the very start and end of the text.
    ends = "日本" + "x" * 9_999_996 + "שלום"
    assert set(scripts.scripts_used(ends)) == {"han", "hebrew"}


def test_each_script_is_named_in_every_note():
    for script in scripts.SCRIPTS:
        linux = messages.missing_font(script.key, "linux")
        elsewhere = messages.missing_font(script.key, "win32")
        assert messages.script_name(script.key) in linux
        assert "fonts-noto" in linux
        assert "fonts-noto" not in elsewhere


@pytest.mark.parametrize(("language", "name"), [
    ("fr", "caractères chinois"), ("de", "chinesische Schriftzeichen"),
    ("es", "caracteres chinos")])
def test_the_note_names_the_script_in_the_readers_language(qapp, language, name):
    installed = install_translators(qapp, language)
    try:
        note = messages.missing_font("han", "linux")
    finally:
        remove_translators(qapp, installed)
    assert name in note
    assert "fonts-noto-cjk" in note
