"""Large documents: the outline made while the file is parsed in the background reads as any
other, and a reader re-opening a long document far from its start gets back there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader import messages
from reader.document.model import SectionKind
from reader.ui.opening import background_open

from .conftest import make_interview

LARGE = 2000  # bytes: what counts as large here (the real threshold is 1 MB)


def _interview_file(path, questions: int, paragraph: str = "Une réponse assez longue. " * 8):
    parts = ["Un entretien", "Propos recueillis par Une Journaliste"]
    for number in range(1, questions + 1):
        parts += [f"Question numéro {number}, pourquoi lire ?", paragraph, paragraph]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def test_an_outline_made_in_the_background_reads_and_works_as_any_other(
        make_window, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", LARGE)
    window = make_window()
    path = _interview_file(tmp_path / "grand.txt", 40)
    assert window.open_path(path) == ""
    qtbot.waitUntil(lambda: window.document is not None, timeout=20000)

    sections = window.document.sections
    total = sum(1 for s in sections if s.kind is SectionKind.QUESTION)
    assert total == 40
    outline = window.outline
    assert outline.row_texts() == [messages.section_label(s) for s in sections]
    for index in (0, 7, len(sections) - 1):
        item = outline.item_for(index)
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == messages.section_spoken(
            sections[index], total)
    assert not outline.rootIsDecorated()  # a flat outline
    assert not any(outline.item_for(i).isExpanded() for i in range(len(sections)))

    outline.setFocus()
    outline.setCurrentItem(outline.item_for(7))
    qtbot.keyClick(outline, Qt.Key.Key_Return)
    assert window.text.caret_offset() == sections[7].start
    assert window.text.hasFocus()


@pytest.fixture
def long_file(tmp_path):
    return _interview_file(tmp_path / "long.txt", 600)


def _far_place(window) -> int:
    return window.document.sections[-3].start


def test_reopening_far_into_a_long_document_goes_back_there(make_window, long_file, qtbot):
    window = make_window()
    assert window.open_path(long_file, in_background=False) == ""
    place = _far_place(window)
    window.text.go_to(place)
    window.show_document(make_interview("/tmp/other.txt"))
    said: list[str] = []  # every message: on a loaded machine the place is reached late, and
    window.statusBar().messageChanged.connect(said.append)  # the message may be gone by then

    assert window.open_path(long_file, in_background=False) == ""
    qtbot.waitUntil(lambda: window.text.caret_offset() == place, timeout=60000)
    assert any(message.startswith("Reopened where you left off") for message in said)


def test_the_place_is_kept_when_another_document_comes_before_it_is_reached(
        make_window, long_file, qtbot):
    window = make_window()
    window.open_path(long_file, in_background=False)
    place = _far_place(window)
    window.text.go_to(place)
    window.show_document(make_interview("/tmp/other.txt"))
    window.open_path(long_file, in_background=False)
    window.show_document(make_interview("/tmp/other.txt"))  # at once: nothing laid out yet

    window.open_path(long_file, in_background=False)
    qtbot.waitUntil(lambda: window.text.caret_offset() == place, timeout=60000)


def test_a_document_replaced_is_let_go(window, qtbot):
    # It was kept, with every line's layout (hundreds of MB for 10 MB), and laid out unseen.
    shown = window.text.document()
    with qtbot.waitSignal(shown.destroyed, timeout=10000):
        window.show_document(make_interview("/tmp/other.txt"))
    assert window.text.toPlainText().startswith(window.document.blocks[0].text)


def test_reopening_with_the_find_bar_open_goes_back_to_the_place_not_the_first_match(
        make_window, long_file, qtbot):
    window = make_window()
    assert window.open_path(long_file, in_background=False) == ""
    place = _far_place(window)
    window.text.go_to(place)
    finder = window.keyboard.find
    finder.open()
    qtbot.keyClicks(finder.bar.field, "pourquoi")  # every question: the first near the start
    window.text.go_to(place)
    window.show_document(make_interview("/tmp/other.txt"))

    assert window.open_path(long_file, in_background=False) == ""
    qtbot.waitUntil(lambda: window.text.caret_offset() == place, timeout=60000)
    window.typesetter.layout.finish()  # nothing still waiting moves the caret after
    assert window.text.caret_offset() == place
    assert finder.bar.count_label.text() == messages.find_count(
        finder.current + 1, len(finder.matches))
    qtbot.keyClick(finder.bar.field, Qt.Key.Key_F3)  # F3 goes on from the place
    assert finder.matches[finder.current][0] > place
