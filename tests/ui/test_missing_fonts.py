"""A document in a script no installed font can draw says so beside its other notes: its
characters show as empty boxes, and a low-vision reader must not think the file is broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from reader import messages
from reader.document import scripts
from reader.messages.languages import install_translators, remove_translators
from reader.ui.opening import background_open, missing_fonts

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


def test_a_japanese_text_gets_one_note_naming_japanese(no_font_for):
    no_font_for("han", "kana")
    notes = missing_fonts.missing_font_notes("日本語のインタビュー：なぜ書くのですか？")
    assert len(notes) == 1
    assert "Japanese characters" in notes[0] and "fonts-noto-cjk" in notes[0]


def test_a_large_chinese_file_opened_in_the_background_says_so_when_shown(
        make_window, no_font_for, monkeypatch, tmp_path, qtbot):
    no_font_for("han")
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", 2_000)
    path = tmp_path / "fangtan.txt"
    path.write_text("访谈\n\n" + "问：为什么写作？\n\n答：因为这就是生活。\n\n" * 200,
                    encoding="utf-8")
    window = make_window()
    assert window.open_path(path) == ""
    assert window.opening.background.pending is not None  # not on the spot
    qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "Chinese characters" in window.banner.text(), timeout=20_000)


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


def test_the_chinese_interview_says_so_on_this_machine_without_a_chinese_font(make_window):
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("a Chinese font is installed here")
    window = make_window()
    assert window.open_path(CHINESE, in_background=False) == ""
    assert "Chinese characters" in window.banner.text()


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
