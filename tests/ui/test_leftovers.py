"""A document left for another is freed over the next turns of the event loop, never in the
turn that shows the next one, and the reader never sees any of it: the text shown is whole,
and going back to the document left shows it whole too."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import Qt

from reader.document.pipeline import parse_text
from reader.ui.text import leftovers


def _long(path, paragraphs: int, word: str):
    text = "\n\n".join(f"{word} {number}: une phrase assez longue pour la page."
                       for number in range(paragraphs))
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_the_document_left_is_freed_a_slice_at_a_time_and_the_next_reads_whole(
        make_window, tmp_path, qtbot):
    window = make_window()
    first = _long(tmp_path / "first.txt", 3 * leftovers.BLOCKS_PER_CUT, "Premier")
    second = _long(tmp_path / "second.txt", 40, "Second")
    assert window.open_path(first) == ""
    qtbot.waitUntil(lambda: window.document is not None, timeout=20000)
    left = window.text.document()
    blocks = left.blockCount()
    when_shown = []  # the document left, as the turn that shows the next one ends
    window.context.document_changed.connect(
        lambda _document: when_shown.append(shiboken6.isValid(left) and left.blockCount()))

    assert window.open_path(second) == ""
    qtbot.waitUntil(lambda: window.document.path == str(second), timeout=20000)
    assert when_shown == [blocks]  # nothing of it freed in that turn
    qtbot.waitUntil(lambda: not shiboken6.isValid(left), timeout=20000)
    assert not window.text.leftovers.busy()

    assert window.text.toPlainText() == window.document.text
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.text.caret_offset() == len(window.document.text)


def test_going_back_while_the_document_left_is_still_being_freed_shows_it_whole(
        make_window, tmp_path, qtbot):
    window = make_window()
    first = _long(tmp_path / "first.txt", 3 * leftovers.BLOCKS_PER_CUT, "Premier")
    second = _long(tmp_path / "second.txt", 3 * leftovers.BLOCKS_PER_CUT, "Second")
    for path in (first, second, first):
        assert window.open_path(path) == ""
        qtbot.waitUntil(lambda path=path: window.document is not None
                        and window.document.path == str(path), timeout=20000)
    assert window.text.toPlainText() == window.document.text
    assert window.text.toPlainText().startswith("Premier 0:")
    qtbot.waitUntil(lambda: not window.text.leftovers.busy(), timeout=20000)
    assert window.text.toPlainText() == window.document.text


def test_a_model_is_freed_once_nothing_else_holds_it(qapp):
    kept = leftovers.Leftovers()
    model = parse_text("Un.\n\nDeux.\n\nTrois.\n", path="/tmp/kept.txt", plain_text=True)
    block = model.blocks[1]
    held = sys.getrefcount(block)  # this name, the model's blocks, getrefcount's argument
    kept.bury(model)
    kept.finish()  # still held here: left whole
    assert sys.getrefcount(block) == held
    assert [b.text for b in model.blocks] == ["Un.", "Deux.", "Trois."]

    kept.bury(model)
    del model
    kept.finish()
    assert sys.getrefcount(block) == held - 1  # the model and its pieces are gone
    assert not kept.busy()
