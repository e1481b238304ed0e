"""Moving through a document as a keyboard user does: outline, N / Shift+N, Ctrl+PgDn/PgUp."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit

from reader.document.model import Section, SectionKind
from reader.document.pipeline import parse_text
from reader.ui.navigation import next_start, previous_start


def _caret(window) -> int:
    return window.text.caret_offset()


def _section_start(window, index: int) -> int:
    return window.document.sections[index].start


def _question_start(window, number: int) -> int:
    return window.document.questions[number - 1].start


def test_window_title_is_document_title_then_app_name(window):
    assert window.windowTitle() == "Une interview de test — Accessible Reader"


def test_outline_rows_for_an_interview(window):
    assert window.outline.row_texts() == [
        "Front matter",
        "Introduction",
        "Question 1: Qu'est-ce qu'une question ?",
        "Question 2: Pourquoi lire ?",
        "Question 3: Et la dernière question ?",
    ]


def test_outline_items_tell_the_question_position(window):
    item = window.outline.item_for(3)
    assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == "Question 2 of 3: Pourquoi lire ?"
    assert item.toolTip(0) == "Question 2 of 3: Pourquoi lire ?"


def test_opening_puts_focus_in_text_with_caret_at_start(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    assert _caret(window) == 0
    assert window.text.verticalScrollBar().value() == 0


def test_enter_on_outline_row_moves_caret_and_focus_to_text(window, qtbot):
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.outline.hasFocus())
    window.outline.setCurrentItem(window.outline.item_for(3))
    qtbot.keyClick(window.outline, Qt.Key.Key_Return)
    assert _caret(window) == _question_start(window, 2)
    assert QApplication.focusWidget() is window.text


def test_activating_by_click_also_reads_the_section(window):
    item = window.outline.item_for(4)
    window.outline.itemClicked.emit(item, 0)
    assert _caret(window) == _question_start(window, 3)


def test_target_is_scrolled_near_the_top(make_window, interview, qtbot):
    window = make_window()
    window.resize(700, 260)  # small: question 3 is below the fold
    window.show_document(interview)
    qtbot.waitUntil(lambda: window.size() == QSize(700, 260))
    bar = window.text.verticalScrollBar()
    for index in (3, 4):
        window.read_section(index)
        rect = window.text.cursorRect()
        viewport = window.text.viewport().rect()
        assert viewport.contains(rect)
        # near the top, unless the text ends before a whole screen is left
        assert rect.top() < viewport.height() / 3 or bar.value() == bar.maximum()
    assert bar.value() > 0


def test_n_and_shift_n_move_between_questions(window, qtbot):
    text = window.text
    qtbot.keyClick(text, Qt.Key.Key_N)
    assert _caret(window) == _question_start(window, 1)
    qtbot.keyClick(text, Qt.Key.Key_N)
    assert _caret(window) == _question_start(window, 2)
    qtbot.keyClick(text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert _caret(window) == _question_start(window, 1)
    assert QApplication.focusWidget() is text


def test_shift_n_from_inside_an_answer_goes_to_its_question(window, qtbot):
    answer = window.document.text.index("Une deuxième phrase")
    window.text.go_to(answer + 3)
    qtbot.keyClick(window.text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert _caret(window) == _question_start(window, 1)


def test_last_question_stays_and_says_so(window, qtbot):
    window.text.go_to(_question_start(window, 3))
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert _caret(window) == _question_start(window, 3)
    assert "last" in window.statusBar().currentMessage()
    window.text.go_to(0)
    qtbot.keyClick(window.text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert _caret(window) == 0
    assert "first" in window.statusBar().currentMessage()


def test_n_does_nothing_when_focus_is_in_the_outline(window, qtbot):
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.outline.hasFocus())
    qtbot.keyClick(window.outline, Qt.Key.Key_N)
    qtbot.keyClick(window.outline, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert _caret(window) == 0
    assert window.outline.hasFocus()


def test_n_does_nothing_in_a_text_field(window, qtbot):
    field = QLineEdit(window.centralWidget())
    window.centralWidget().layout().addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Nn")
    assert field.text() == "Nn"
    assert _caret(window) == 0


def test_menu_entries_work_from_anywhere_and_show_the_key(window, qtbot):
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.outline.hasFocus())
    action = window.named_actions["next_question"]
    assert action.shortcut().toString() == "N"
    action.trigger()
    assert _caret(window) == _question_start(window, 1)
    assert QApplication.focusWidget() is window.text


def test_single_letter_shortcuts_are_scoped_to_the_text(window):
    for name in ("next_question", "previous_question"):
        action = window.named_actions[name]
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
        assert action in window.text.actions()
        assert action not in window.actions()


def test_ctrl_page_down_and_up_move_between_sections(window, qtbot):
    text = window.text
    qtbot.keyClick(text, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == _section_start(window, 1)
    qtbot.keyClick(text, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == _section_start(window, 2)
    qtbot.keyClick(text, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == _section_start(window, 1)
    assert QApplication.focusWidget() is text


def test_ctrl_page_down_works_from_the_outline_and_focuses_the_text(window, qtbot):
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.outline.hasFocus())
    qtbot.keyClick(window.outline, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == _section_start(window, 1)
    assert QApplication.focusWidget() is window.text


def test_ctrl_home_end_stay_native(window, qtbot):
    fired = []
    window.named_actions["document_end"].triggered.connect(lambda: fired.append("end"))
    qtbot.keyClick(window.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == len(window.document.text)
    qtbot.keyClick(window.text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _caret(window) == 0
    assert fired == []  # the text view did it; the menu entry did not fire as well
    window.named_actions["document_end"].trigger()  # the menu entry works on its own
    assert _caret(window) == len(window.document.text)


def test_outline_follows_the_caret_without_taking_focus(window, qtbot):
    answer = window.document.text.index("Pour apprendre")
    window.text.go_to(answer)
    assert window.outline.current_section() == 3
    assert QApplication.focusWidget() is window.text
    qtbot.keyClick(window.text, Qt.Key.Key_Down)  # the last answer line -> next question
    qtbot.keyClick(window.text, Qt.Key.Key_Down)
    assert window.outline.current_section() == 4
    assert QApplication.focusWidget() is window.text
    # following did not move the caret back to the section's start
    assert _caret(window) > _question_start(window, 3)


def test_status_line_says_where_the_caret_is(window):
    window.text.go_to(_question_start(window, 2) + 2)
    assert window.position_label.text() == "Question 2 of 3 · Interview"
    window.text.go_to(_section_start(window, 1))
    assert window.position_label.text() == "Introduction · Interview"


def test_ctrl_t_focuses_the_outline_on_the_current_section(window, qtbot):
    window.text.go_to(_question_start(window, 2))
    qtbot.keyClick(window.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.outline
    assert window.outline.current_section() == 3


def test_widgets_have_accessible_names(window):
    assert window.outline.accessibleName() == "Outline"
    assert window.text.accessibleName() == "Document text"
    assert window.position_label.accessibleName()
    assert window.banner.accessibleName() == ""  # on purpose: tests/ui/test_message_banner.py
    interface = QAccessible.queryAccessibleInterface(window.text)
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly


def test_caret_is_movable_with_arrow_keys_in_read_only_text(window, qtbot):
    assert window.text.isReadOnly()
    qtbot.keyClick(window.text, Qt.Key.Key_Right)
    qtbot.keyClick(window.text, Qt.Key.Key_Right)
    assert _caret(window) == 2
    assert window.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_text_view_ignores_typing(window, qtbot):
    before = window.text.toPlainText()
    qtbot.keyClicks(window.text, "xyz")
    assert window.text.toPlainText() == before


def test_start_and_end_helpers():
    starts = [10, 20, 30]
    assert next_start(starts, 0) == 10 and next_start(starts, 10) == 20
    assert next_start(starts, 30) is None
    assert previous_start(starts, 25) == 20 and previous_start(starts, 20) == 10
    assert previous_start(starts, 10) is None


def test_outline_panel_can_be_hidden_and_ctrl_t_brings_it_back(window, qtbot):
    window.named_actions["show_outline"].setChecked(False)
    assert window.outline.isHidden()
    qtbot.keyClick(window.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.isVisible() and window.outline.hasFocus()
    assert window.named_actions["show_outline"].isChecked()


def test_outline_nests_by_section_level(make_window):
    document = parse_text("# One\n\ntext\n\n## One.a\n\ntext\n\n## One.b\n\n# Two\n\ntext\n")
    headings = [(i, b) for i, b in enumerate(document.blocks) if b.text.startswith(("One", "Two"))]
    sections = tuple(
        Section(SectionKind.HEADING, i, i + 1, b.start, b.end, b.text, b.level)
        for i, b in headings
    )
    window = make_window()
    window.show_document(replace(document, sections=sections))
    outline = window.outline
    assert outline.topLevelItemCount() == 2
    first = outline.topLevelItem(0)
    assert [first.child(i).text(0) for i in range(first.childCount())] == ["One.a", "One.b"]
    assert outline.topLevelItem(1).text(0) == "Two"


def test_a_document_without_sections_says_so_in_the_outline(make_window):
    window = make_window()
    window.show_document(replace(parse_text("Just one paragraph."), sections=()))
    assert window.outline.topLevelItemCount() == 1
    assert "no sections" in window.outline.topLevelItem(0).text(0)
    window.go_question(forward=True)
    assert "no questions" in window.statusBar().currentMessage()
    assert window.text.caret_offset() == 0


def test_the_outline_claims_no_focused_item_while_the_text_has_focus(window, qtbot):
    # Qt reports a tree's current item as "focused" to screen readers even when the tree is
    # not: Orca then announced the outline while the caret was in the text.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    window.text.go_to(_question_start(window, 2))
    assert window.outline.currentItem() is None
    assert window.outline.current_section() == 3  # still shown, by the selection
    qtbot.keyClick(window.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.currentItem() is window.outline.item_for(3)
    qtbot.keyClick(window.outline, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.text
    assert window.outline.currentItem() is None


def test_outline_items_without_children_are_not_expanded(window):
    # An "expanded" leaf makes Orca say "expanded" after every question.
    assert not any(window.outline.item_for(i).isExpanded() for i in range(5))
