"""Arabic and Hebrew words wider than the line at 96 pt get no hyphen: neither script marks a
broken word with one (Arabic's letters are joined; a hyphen between them is no mark of it).
Before, "المشتركين" got a soft hyphen between every two letters on the page and in the
outline, and a line ending inside it showed "-"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.pipeline import open_document
from reader.ui.text.word_breaks import break_points
from tests.ui.test_long_words import set_size

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "document" / "fixtures" / "real_formats"


@pytest.mark.parametrize(("word", "language"), [("المشتركين", "ar"), ("لصلاحيات", "fa"),
                                                ("לצלילה", "he"), ("והמבוגרים", "he")])
def test_no_break_point_is_marked_in_an_arabic_or_hebrew_word(word, language):
    assert break_points(word, language, lambda _piece: True) == []


@pytest.mark.parametrize("name", ["rtl-arabic-s-j-labels.html", "he-rtl-strong-questions.html"])
def test_at_96_pt_the_page_has_no_hyphen_in_arabic_or_hebrew(make_window, name):
    window = make_window()
    window.resize(1100, 760)
    window.show_document(open_document(FIXTURES / name))
    set_size(window, 96.0)
    assert "\u00ad" not in window.text.document().toPlainText()
