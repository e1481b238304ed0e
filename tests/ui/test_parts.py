"""A large document is shown a part at a time (reader.ui.text.parts): the reader meets one text.
Every way of moving crosses the parts' edges — the keys, Ctrl+End, the outline, find and F3,
bookmarks, the place kept at re-open, reading aloud — and the text seen, the caret's place and
what is said are those of the whole document. The threshold is lowered here through the
renderer's parameter, so that a short document is cut into many parts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QTextFormat, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.appearance.themes import THEMES
from reader.document.pipeline import parse_text
from reader.ui.text.parts import Parting
from reader.ui.text.renderer import render

SMALL = Parting(threshold=3000, size=900)
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 10_000


def _big(path: str = "/tmp/parts-test.txt"):
    lines = ["Un long entretien", "Propos recueillis par Une Journaliste"]
    for number in range(1, 41):
        lines += [f"Question numéro {number}, pourquoi lire ?",
                  f"Réponse {number}. Lire ouvre des mondes. " * 4,
                  f"Suite {number}. Une phrase de plus pour la réponse. " * 3]
    lines.append("Le mot zéphyr n'apparaît qu'ici, à la toute fin.")
    return parse_text("\n\n".join(lines) + "\n", path=path, plain_text=True)


def _show(window, document):
    rendered = render(document, QFont(window.text.font()), window.text.palette(),
                      parting=SMALL)
    window.show_document(document, rendered)
    assert window.text.source is not None  # shown in parts
    return window.text.source.parts


@pytest.fixture
def big(make_window, qtbot):
    window = make_window()
    document = _big()
    parts = _show(window, document)
    assert len(parts) >= 6
    window.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text, timeout=WAIT_MS)
    return window, document, parts


def _arrived(qtbot, window, offset):
    qtbot.waitUntil(lambda: window.text.caret_offset() == offset, timeout=WAIT_MS)


def _line_of_caret(window) -> str:
    cursor = window.text.textCursor()
    return cursor.block().text()


def test_nothing_is_lost_the_parts_joined_are_the_whole_text(big):
    window, document, parts = big
    seen = []
    for part in parts:
        window.text.go_to(part.start)
        seen.append(window.text.document().toPlainText())
        assert window.text.caret_offset() == part.start
    assert "\n".join(seen) == document.text
    assert window.text.document().characterCount() - 1 < len(document.text) // 4


def test_down_at_a_parts_end_goes_on_into_the_next_and_up_comes_back(big, qtbot):
    window, document, parts = big
    text = window.text
    window.jump_to(parts[1].end)
    _arrived(qtbot, window, parts[1].end)
    qtbot.keyClick(text, Qt.Key.Key_Down)
    _arrived(qtbot, window, parts[2].start)
    assert text.part == 2
    assert text.document().toPlainText() == document.text[parts[2].start:parts[2].end]
    assert text.verticalScrollBar().value() == 0  # the view at the part's top
    assert _line_of_caret(window) == document.blocks[parts[2].first_block].text
    qtbot.keyClick(text, Qt.Key.Key_Up)
    _arrived(qtbot, window, parts[1].end)
    assert text.part == 1
    qtbot.keyClick(text, Qt.Key.Key_Right)
    _arrived(qtbot, window, parts[2].start)
    qtbot.keyClick(text, Qt.Key.Key_Left)
    _arrived(qtbot, window, parts[1].end)
    qtbot.keyClick(text, Qt.Key.Key_PageDown)  # on the part's last line
    _arrived(qtbot, window, parts[2].start)
    qtbot.keyClick(text, Qt.Key.Key_PageUp)
    _arrived(qtbot, window, parts[1].end)
    # Within a part the keys are Qt's own.
    window.jump_to(parts[1].start)
    _arrived(qtbot, window, parts[1].start)
    qtbot.keyClick(text, Qt.Key.Key_Down)
    assert text.part == 1 and text.caret_offset() > parts[1].start


def test_the_wheel_past_a_parts_end_shows_the_next(big, qtbot):
    window, _document, parts = big
    text = window.text
    bar = text.verticalScrollBar()
    bar.setValue(bar.maximum())

    def wheel(steps: int) -> None:
        event = QWheelEvent(QPointF(10, 10), QPointF(text.viewport().mapToGlobal(QPoint(10, 10))),
                            QPoint(), QPoint(0, steps), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(text.viewport(), event)

    wheel(-120)
    _arrived(qtbot, window, parts[1].start)
    assert text.part == 1
    bar.setValue(0)
    wheel(120)
    _arrived(qtbot, window, parts[0].end)
    assert text.part == 0


def test_ctrl_end_is_the_documents_end_and_ctrl_home_its_start(big, qtbot):
    window, document, parts = big
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    _arrived(qtbot, window, len(document.text))
    assert window.text.part == len(parts) - 1
    assert _line_of_caret(window) == document.blocks[-1].text
    qtbot.keyClick(window.text, Qt.Key.Key_Home, CTRL)
    _arrived(qtbot, window, 0)
    assert window.text.part == 0


def test_the_outline_and_go_to_question_reach_a_question_in_another_part(big, qtbot):
    window, document, parts = big
    question = document.questions[30]
    assert parts.index_at(question.start) > 0
    window.read_section(document.sections.index(question))
    _arrived(qtbot, window, question.start)
    assert window.text.part == parts.index_at(question.start)
    assert _line_of_caret(window) == document.text[question.start:question.end].split("\n")[0]
    window.keyboard.places.go_to_question(2)
    _arrived(qtbot, window, document.questions[1].start)
    assert window.text.part == parts.index_at(document.questions[1].start)


def test_where_am_i_is_about_the_whole_document(big, qtbot):
    window, document, parts = big
    place = parts[-1].start
    window.jump_to(place)
    _arrived(qtbot, window, place)
    percent = round(100 * place / len(document.text))
    assert percent > 80
    assert f"{percent} % through the document." in window.keyboard.places.where_am_i_text()


def test_find_and_f3_go_to_matches_in_other_parts(big, qtbot):
    window, document, parts = big
    find = window.keyboard.find
    bar = find.bar
    qtbot.keyClick(window.text, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: bar.field.hasFocus(), timeout=WAIT_MS)
    qtbot.keyClicks(bar.field, "zephyr")  # accents ignored: only in the last part
    where = document.text.index("zéphyr")
    _arrived(qtbot, window, where)
    assert window.text.part == len(parts) - 1
    bar.field.clear()
    qtbot.keyClicks(bar.field, "Question numero")  # accents ignored
    qtbot.waitUntil(lambda: len(find.matches) == 40, timeout=WAIT_MS)
    window.text.go_to(0)
    seen_parts = set()
    for match in find.matches:
        qtbot.keyClick(bar.field, Qt.Key.Key_F3)
        _arrived(qtbot, window, match[0])
        seen_parts.add(window.text.part)
        assert window.text.textCursor().block().text().startswith("Question numéro")
    assert seen_parts == set(range(len(parts)))
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    _arrived(qtbot, window, find.matches[-2][0])  # Shift+F3: back, into another part


def test_a_bookmark_in_another_part_is_reached(big, qtbot, settings):
    window, document, parts = big
    place = document.questions[25].start
    window.jump_to(place)
    _arrived(qtbot, window, place)
    window.keyboard.places.add_bookmark()
    window.jump_to(0)
    _arrived(qtbot, window, 0)
    dialog = window.keyboard.places.show_bookmarks()
    dialog.chosen.emit(place)
    _arrived(qtbot, window, place)
    assert window.text.part == parts.index_at(place) != 0


def test_the_place_is_kept_at_re_open_in_its_part(make_window, qtbot, settings):
    first = make_window()
    parts = _show(first, _big("/tmp/parts-reopen.txt"))
    place = parts[-2].start + 40
    first.text.go_to(place)
    first.close()
    second = build_main_window(settings)
    qtbot.addWidget(second)
    second.show()
    _show(second, _big("/tmp/parts-reopen.txt"))
    _arrived(qtbot, second, place)
    assert second.text.part == len(parts) - 2
    assert second.statusBar().currentMessage().startswith("Reopened where you left off")


def test_the_reading_highlight_crosses_into_the_next_part(qtbot, settings, interview):
    from .test_speech import Speaking

    s = Speaking(qtbot, settings, interview)
    document = _big("/tmp/parts-speech.txt")
    parts = _show(s.window, document)
    last_sentence = document.text.rindex("Une phrase de plus", parts[0].start, parts[0].end)
    s.text.go_to(last_sentence)
    s.key(Qt.Key.Key_Space, widget=s.text)
    sentences: list[tuple[int, int]] = []
    for _ in range(400):
        s.play(100)
        highlight = s.text.highlights.reading_ranges()
        if highlight and (not sentences or sentences[-1] != highlight[0]):
            sentences.append(highlight[0])
        if sentences and sentences[-1][0] >= parts[1].start:
            break
    crossed = sentences[-1]
    assert crossed[0] >= parts[1].start and s.text.part == 1
    heard = [document.text[a:b] for a, b in sentences]
    assert heard[0].startswith("Une phrase de plus")
    assert heard[-1] == "Question numéro " + heard[-1].split("numéro ")[1]  # the next block
    # No gap, no repeat: each sentence highlighted begins after the one before.
    assert all(b[0] >= a[1] for a, b in zip(sentences, sentences[1:], strict=False))
    s.window.close()


def test_a_rendering_anew_keeps_the_part_and_the_place(big, qtbot):
    """As a correction of the outline or hyphenation does (reader.ui.text.outline_corrections)."""
    window, document, parts = big
    place = parts[3].start + 50
    window.jump_to(place)
    _arrived(qtbot, window, place)
    window.text.replace_rendering(render(document, QFont(window.text.font()),
                                         window.text.palette(), parting=SMALL))
    assert window.text.part == 3
    assert window.text.caret_offset() == place
    assert window.text.document().toPlainText() == document.text[parts[3].start:parts[3].end]


def _with_table_and_links():
    chapters = []
    for number in range(1, 31):
        chapters.append(f"# Chapitre {number}\n\n" + f"Du texte du chapitre {number}. " * 12
                        + f"\n\nVoir [le site {number}](https://example.org/{number})."
                        + f"\n\n```\nprint({number})\n```")
    chapters.append("# Les prix\n\n| Fruit | Prix | Origine |\n|---|---|---|\n"
                    "| Pomme | 2.10 | Normandie |\n| Figue | 7.80 | Provence |\n\n"
                    "Fin, voir [la source](https://example.org/fin).")
    return parse_text("\n\n".join(chapters) + "\n", path="/tmp/parts-table.md")


def test_tables_and_links_of_a_later_part_are_laid_out_and_coloured(make_window, qtbot):
    from reader.document.model import BlockKind, InlineStyle

    window = make_window()
    document = _with_table_and_links()
    parts = _show(window, document)
    rows = [b for b in document.blocks if b.kind in (BlockKind.TABLE_HEADER,
                                                     BlockKind.TABLE_ROW)]
    assert parts.index_at(rows[0].start) == len(parts) - 1
    window.jump_to(rows[0].start)
    _arrived(qtbot, window, rows[0].start)
    shown = window.text.document()
    base = window.text.positions.base
    for row in rows:  # each row's block is the row's, with its columns' tab stops
        block = shown.findBlock(row.start - base)
        assert block.text() == row.text
        assert block.blockFormat().tabPositions()
    before = shown.findBlock(rows[0].start - base).previous()
    assert not before.blockFormat().tabPositions()  # the block before the table: none
    link = next(i for b in document.blocks[parts[-1].first_block:] for i in b.inlines
                if i.style is InlineStyle.LINK)
    window.appearance.apply(replace(window.appearance.appearance, theme="dark"), save=False)
    cursor = window.text.textCursor()
    cursor.setPosition(window.text.positions.to_qt(link.start) + 1)
    assert cursor.charFormat().foreground().color().name() == THEMES["dark"].link
    # The other parts' links and code blocks are not piled on the part's edges.
    for edge in (1, shown.characterCount() - 1):
        cursor.setPosition(edge)
        assert cursor.charFormat().foreground().color().name() != THEMES["dark"].link
        assert not cursor.blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush)


def test_select_all_then_copy_copies_the_whole_document_not_the_part(big, qtbot):
    window, document, parts = big
    window.jump_to(parts[2].start)
    _arrived(qtbot, window, parts[2].start)
    text = window.text
    clipboard = QApplication.clipboard()
    qtbot.keyClick(text, Qt.Key.Key_A, CTRL)
    assert text.textCursor().selectedText()  # the part shown is selected, as Qt shows it
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == document.text  # every part, not the one shown
    qtbot.keyClick(text, Qt.Key.Key_Down)  # another key: Copy is the selection's again
    cursor = text.textCursor()
    cursor.setPosition(cursor.block().position())
    cursor.setPosition(cursor.block().position() + 8, cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == cursor.selectedText()
