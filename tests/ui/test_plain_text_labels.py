"""Document text is shown as text, never as rich text: a heading holding HTML once resized the
window to 1100×32767 through the status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.document.pipeline import open_document

HOSTILE = '<img width=60000 height=60000 src="x"> <b>bold</b>'


def test_a_heading_made_of_html_is_shown_as_text_and_leaves_the_window_its_size(
        make_window, qtbot, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(f"# {HOSTILE}\n\nSome text.\n\n## {HOSTILE}\n\nMore text.\n",
                    encoding="utf-8")
    window = make_window()
    window.resize(900, 600)
    before = window.size()
    assert window.open_path(path, in_background=False) == ""
    window.text.go_to(window.document.text.index("More"))
    assert HOSTILE in window.position_label.text()
    window.layout().activate()  # the layout a rich label would ask for, now
    assert window.size() == before
    # What the rich label asked the window for: 60,000 pixels (the screen's height).
    assert window.position_label.sizeHint().height() < 1000
    assert window.position_label.textFormat() == Qt.TextFormat.PlainText
    labels = window.findChildren(QLabel)  # the test may look; the app may not
    shown = [label for label in labels if HOSTILE in label.text() and label.isVisible()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_the_outline_tooltip_is_not_rich_text(make_window, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(f"# Title\n\nSome text.\n\n## {HOSTILE}\n\nMore text.\n", encoding="utf-8")
    window = make_window(load=open_document)
    window.open_path(path, in_background=False)
    tips = [item.toolTip(0) for item in window.outline.findItems(
        "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)]
    assert any("&lt;img" in tip for tip in tips)  # shown as the characters it holds
    assert not any("<img" in tip for tip in tips)

