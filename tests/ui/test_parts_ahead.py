"""The parts of a large document a reader goes to next are rendered ahead in a worker
(reader.ui.text.parts_ahead): Ctrl+End, Ctrl+Home, F3 into the next part then only swap the page.
What the reader sees must be the page rendered on the spot would show; a part rendered in an
old size is never shown; another document drops them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tests.ui.test_parts import CTRL, WAIT_MS, _arrived, _big, _line_of_caret, _show


def _shown_in_parts(make_window, qtbot):
    window = make_window()
    document = _big()
    parts = _show(window, document)
    window.text.setFocus()
    ahead = window.text.parts_ahead
    qtbot.waitUntil(lambda: not ahead.busy(), timeout=WAIT_MS)
    return window, document, parts, ahead


def test_the_next_the_first_and_the_last_part_are_rendered_ahead(make_window, qtbot):
    window, document, parts, ahead = _shown_in_parts(make_window, qtbot)
    assert ahead.ready() == [1, len(parts) - 1]  # the first is shown
    window.text.go_to(parts[3].start)
    qtbot.waitUntil(lambda: not ahead.busy(), timeout=WAIT_MS)
    assert ahead.ready() == [0, 2, 4, len(parts) - 1]  # the part shown's neighbours, both ends


def test_a_part_rendered_ahead_is_the_page_rendered_on_the_spot(make_window, qtbot):
    window, document, parts, ahead = _shown_in_parts(make_window, qtbot)
    text = window.text
    source, last = text.source, len(parts) - 1
    font, palette = text.document().defaultFont(), text.palette()
    now = source.render(last, font, palette)
    rendered = ahead.render(source, last, font, palette)
    assert last not in ahead.ready()  # this one was taken from those ready
    assert rendered.text_document.toHtml() == now.text_document.toHtml()
    assert rendered.positions == now.positions
    assert (rendered.spaced_blocks, rendered.tables) == (now.spaced_blocks, now.tables)


def test_ctrl_end_shows_the_last_part_rendered_ahead(make_window, qtbot):
    window, document, parts, ahead = _shown_in_parts(make_window, qtbot)
    ready_last = ahead._ready[len(parts) - 1].text_document
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    _arrived(qtbot, window, len(document.text))
    assert window.text.document() is ready_last  # swapped in, not rendered again
    assert _line_of_caret(window) == document.blocks[-1].text
    shown = window.text.document().toPlainText()
    assert shown == document.text[parts[-1].start:parts[-1].end]
    qtbot.keyClick(window.text, Qt.Key.Key_Home, CTRL)
    _arrived(qtbot, window, 0)
    assert window.text.document().toPlainText() == document.text[:parts[0].end]


def test_a_part_rendered_in_another_size_is_not_shown(make_window, qtbot):
    window, document, parts, ahead = _shown_in_parts(make_window, qtbot)
    stale = ahead._ready[len(parts) - 1].text_document
    appearance = window.appearance
    bigger = appearance.appearance.font_size + 4
    appearance.apply(replace(appearance.appearance, font_size=bigger), save=False)
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    _arrived(qtbot, window, len(document.text))
    assert window.text.document() is not stale
    assert window.text.document().defaultFont().pointSizeF() == bigger
    assert window.text.document().toPlainText() == document.text[parts[-1].start:]


def test_another_document_drops_the_parts_rendered_ahead(make_window, qtbot):
    window, document, parts, ahead = _shown_in_parts(make_window, qtbot)
    assert ahead.ready()
    from reader.document.pipeline import parse_text
    from reader.ui.text.renderer import render

    small = parse_text("Un court texte.\n\nDeux paragraphes.\n", path="/tmp/small.txt",
                       plain_text=True)
    window.show_document(small, render(small, QFont(window.text.font()), window.text.palette()))
    qtbot.waitUntil(lambda: not ahead.busy(), timeout=WAIT_MS)
    assert ahead.ready() == []
    assert window.text.document().toPlainText() == small.text
