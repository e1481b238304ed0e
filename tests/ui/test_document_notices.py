"""What the loading had to change in a document is said in the window's message area."""

from __future__ import annotations

from reader import messages
from reader.document.model import Notice, NoticeKind


def test_flattened_nesting_is_said_in_the_message_area(make_window, tmp_path):
    path = tmp_path / "deep.md"
    path.write_text("".join("  " * level + "- level\n" for level in range(30)) + "\nAfter.\n",
                    encoding="utf-8")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    assert "After." in window.text.toPlainText()
    assert "nested more than" in window.banner.text()
    flattened = [n for n in window.document.notices if n.kind is NoticeKind.FLATTENED]
    assert messages.notice(flattened[0]) in window.banner.text()


def test_zero_bytes_left_out_are_said_in_the_message_area(make_window, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Start.\n\n" + b"a b c d e f g\n" * 6000 + b"x\x00y\x00z\n\nEnd.\n")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    assert "End." in window.text.toPlainText()
    assert messages.notice(Notice(NoticeKind.NUL_REMOVED, "2")) in window.banner.text()
